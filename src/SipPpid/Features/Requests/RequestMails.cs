using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>The e-mails of a request's life cycle (Indonesian, plain text), queued in the outbox.</summary>
public sealed class RequestMails(AppDbContext db, IOptions<PpidOptions> options)
{
    private string TrackingUrl(InformationRequest r) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";

    private static string D(DateOnly d) => IndonesianDates.Format(d);

    /// <summary>
    /// The applicant's receipt e-mail and, for a request that came in online, a note to the officers of the unit it is
    /// addressed to (for the root unit: the PPID Utama officers), so a new request does not wait unseen in an inbox.
    /// </summary>
    /// <summary>The applicant's receipt, and for an online request a notice to each of the unit's officers (<paramref name="officerEmails"/>).</summary>
    public void Registered(InformationRequest r, Unit unit, IEnumerable<string> officerEmails)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(officerEmails);
        Registered(r);
        foreach (var email in officerEmails)
            db.Enqueue(email, $"Permohonan baru {r.RegistrationNumber} untuk {unit.Name}",
                $"""
                Permohonan informasi baru {r.RegistrationNumber} dari {r.ApplicantName} diterima secara daring untuk {unit.Name}.
                Batas waktu pemberitahuan tertulis: {D(r.Deadline)}.

                Rincian informasi: {r.InformationRequested}

                Buka: {options.Value.PublicBaseUrl.TrimEnd('/')}/Requests/Details/{r.Id}
                """, r);
    }

    private void Registered(InformationRequest r) => db.Enqueue(r.ApplicantEmail,
        $"Permohonan informasi {r.RegistrationNumber} telah diterima",
        $"""
        Yth. {r.ApplicantName},

        Permohonan informasi Anda telah kami terima dan dicatat.

        Nomor pendaftaran : {r.RegistrationNumber}
        Kode pelacakan    : {r.TrackingCode}
        Tanggal diterima  : {D(r.ReceivedDate)}
        Batas waktu jawaban: {D(r.Deadline)} ({ServiceDeadlines.NoticeDays} hari kerja)

        Pantau status permohonan Anda di:
        {TrackingUrl(r)}

        Simpan kode pelacakan ini; kode ini diperlukan untuk melihat status dan mengunduh informasi.
        """, r);

    public void Incomplete(InformationRequest r, string note) => db.Enqueue(r.ApplicantEmail,
        $"Permohonan {r.RegistrationNumber}: mohon dilengkapi",
        $"""
        Yth. {r.ApplicantName},

        Permohonan informasi Anda nomor {r.RegistrationNumber} perlu dilengkapi:

        {note}

        Silakan hubungi petugas PPID atau balas e-mail ini. Status: {TrackingUrl(r)}
        """, r);

    public void Extended(InformationRequest r) => db.Enqueue(r.ApplicantEmail,
        $"Permohonan {r.RegistrationNumber}: perpanjangan jangka waktu",
        $"""
        Yth. {r.ApplicantName},

        Jangka waktu jawaban atas permohonan informasi Anda nomor {r.RegistrationNumber} diperpanjang {ServiceDeadlines.ExtensionDays} hari kerja
        (UU No. 14 Tahun 2008 Pasal 22 ayat (8)). Batas waktu baru: {D(r.Deadline)}.

        Alasan: {r.ExtensionReason}

        Status: {TrackingUrl(r)}
        """, r);

    public void Decided(InformationRequest r) => db.Enqueue(r.ApplicantEmail,
        $"Permohonan {r.RegistrationNumber}: pemberitahuan tertulis",
        $"""
        Yth. {r.ApplicantName},

        PPID telah memberikan pemberitahuan tertulis atas permohonan informasi Anda nomor {r.RegistrationNumber}
        tertanggal {D(r.NoticeDate!.Value)}.

        Keputusan: {RequestCodes.Label(r.Decision!.Value)}

        Lihat pemberitahuan lengkap dan unduh informasi (bila ada) di:
        {TrackingUrl(r)}

        Bila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID dalam {ServiceDeadlines.ObjectionFilingDays} hari kerja.

        Bantu kami memperbaiki layanan: isi Survei Kepuasan Masyarakat atas permohonan ini
        (sembilan pertanyaan, sekitar satu menit) di:
        {SurveyLinks.ForRequest(options.Value.PublicBaseUrl, r.RegistrationNumber, r.TrackingCode)}
        """, r);

    public void RoutedToOfficer(InformationRequest r, string officerEmail, string unitName) => db.Enqueue(officerEmail,
        $"Disposisi permohonan {r.RegistrationNumber} ke {unitName}",
        $"""
        Permohonan informasi {r.RegistrationNumber} dari {r.ApplicantName} didisposisikan ke {unitName}.
        Batas waktu pemberitahuan tertulis: {D(r.Deadline)}.

        Rincian informasi: {r.InformationRequested}

        Buka: {options.Value.PublicBaseUrl.TrimEnd('/')}/Requests/Details/{r.Id}
        """, r);

    public void DueSoonToOfficer(InformationRequest r, string officerEmail) => db.Enqueue(officerEmail,
        $"Segera jatuh tempo: permohonan {r.RegistrationNumber}",
        $"""
        Permohonan informasi {r.RegistrationNumber} dari {r.ApplicantName} jatuh tempo pada {D(r.Deadline)}.

        Buka: {options.Value.PublicBaseUrl.TrimEnd('/')}/Requests/Details/{r.Id}
        """, r);
}
