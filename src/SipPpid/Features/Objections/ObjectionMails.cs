using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>The e-mails of an objection (Indonesian, plain text), queued in the outbox with the change they report.</summary>
public sealed class ObjectionMails(AppDbContext db, IOptions<PpidOptions> options)
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    private string ReceiptUrl(Objection o) =>
        $"{Base}/Keberatan/Tanda-Terima?nomor={Uri.EscapeDataString(o.ObjectionNumber)}&kode={o.TrackingCode}";

    private static string D(DateOnly d) => IndonesianDates.Format(d);

    public void Filed(Objection o, InformationRequest r) => db.Enqueue(r.ApplicantEmail,
        $"Keberatan {o.ObjectionNumber} telah diterima",
        $"""
        Yth. {r.ApplicantName},

        Keberatan Anda atas permohonan informasi {r.RegistrationNumber} telah diterima dan dicatat.

        Nomor keberatan   : {o.ObjectionNumber}
        Kode pelacakan    : {o.TrackingCode}
        Tanggal diterima  : {D(o.ReceivedDate)}
        Batas waktu tanggapan Atasan PPID: {D(o.Deadline)} ({ServiceDeadlines.ObjectionAnswerDays} hari kerja)

        Tanda bukti penerimaan keberatan:
        {ReceiptUrl(o)}
        """, r);

    public void Decided(Objection o, InformationRequest r) => db.Enqueue(r.ApplicantEmail,
        $"Keberatan {o.ObjectionNumber}: tanggapan Atasan PPID",
        $"""
        Yth. {r.ApplicantName},

        Atasan PPID telah menanggapi keberatan Anda nomor {o.ObjectionNumber} tertanggal {D(o.DecisionDate!.Value)}.

        Tanggapan: {ObjectionCodes.Label(o.Decision!.Value)}

        Status: {ReceiptUrl(o)}

        Bila Anda tidak puas, Anda dapat mengajukan penyelesaian sengketa informasi kepada Komisi Informasi
        dalam {ServiceDeadlines.DisputeFilingDays} hari kerja sejak menerima tanggapan ini (UU No. 14 Tahun 2008 Pasal 37).
        """, r);

    public void DueSoonToAtasan(Objection o, InformationRequest r, string email) => db.Enqueue(email,
        $"Segera jatuh tempo: keberatan {o.ObjectionNumber}",
        $"""
        Keberatan {o.ObjectionNumber} dari {r.ApplicantName} atas permohonan {r.RegistrationNumber} harus ditanggapi
        paling lambat {D(o.Deadline)}.

        Buka: {Base}/Objections/Details/{o.Id}
        """, r);
}
