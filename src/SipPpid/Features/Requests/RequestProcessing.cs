using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// The handling unit's steps: ask the applicant to complete, extend once, decide by written notice, record
/// delivery, record a withdrawal. Each step validates against the request's state and the calendar, changes
/// the request, records its event and queues the applicant's e-mail in one SaveChanges. Errors come back as
/// (field, message) for the form that asked.
/// </summary>
public sealed class RequestProcessing(AppDbContext db, CalendarSource calendars, BodyClock clock, RequestMails mails, IStringLocalizer<SharedResource> t)
{
    public async Task<FieldError?> AskCompletionAsync(InformationRequest r, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.IsOpen()) return new("", t["Permohonan ini sudah tidak terbuka."]);
        if (string.IsNullOrWhiteSpace(note)) return new("note", t["Tulis apa yang perlu dilengkapi pemohon."]);
        r.Status = RequestStatus.Incomplete;
        db.Record(r, RequestEventKind.IncompleteAsked, clock.Today, actor, note.Trim());
        mails.Incomplete(r, note.Trim());
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<FieldError?> MarkCompletedAsync(InformationRequest r, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Status != RequestStatus.Incomplete) return new("", t["Permohonan ini tidak sedang menunggu kelengkapan."]);
        r.Status = RequestStatus.InProcess;
        db.Record(r, RequestEventKind.Completed, clock.Today, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<FieldError?> ExtendAsync(InformationRequest r, DateOnly? date, string? reason, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var calendar = await calendars.GetAsync(ct);
        var first = calendar.NoticeDeadline(r.ReceivedDate, extended: false);
        if (!r.IsOpen()) return new("", t["Permohonan ini sudah tidak terbuka."]);
        if (r.ExtensionDate is not null) return new("", t["Jangka waktu hanya dapat diperpanjang satu kali."]);
        if (date is not { } d) return new("date", t["Tanggal surat perpanjangan wajib diisi."]);
        if (d > clock.Today) return new("date", t["Tanggal tidak boleh sesudah hari ini."]);
        if (d < r.ReceivedDate) return new("date", t["Tanggal tidak boleh sebelum permohonan diterima."]);
        if (!calendar.IsValidExtension(r.ReceivedDate, d)) return new("date", t["Perpanjangan harus diberitahukan paling lambat {0} (hari kerja ke-{1}).", BodyClock.FormatDate(first), ServiceDeadlines.NoticeDays]);
        if (string.IsNullOrWhiteSpace(reason)) return new("reason", t["Tulis alasan perpanjangan."]);
        var before = r.Deadline;
        r.ExtensionDate = d;
        r.ExtensionReason = reason.Trim();
        calendar.Apply(r);
        if (r.Status == RequestStatus.Registered) r.Status = RequestStatus.InProcess;
        db.Record(r, RequestEventKind.Extended, d, actor, r.ExtensionReason, new { before, after = r.Deadline });
        mails.Extended(r);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<List<FieldError>> DecideAsync(InformationRequest r, DecisionInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        void Need(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add(new FieldError(field, t[message]));
        }

        if (!r.IsOpen()) return [new("", t["Permohonan ini sudah tidak terbuka."])];
        if (input.NoticeDate is not { } date) errors.Add(new FieldError("NoticeDate", t["Tanggal pemberitahuan wajib diisi."]));
        else if (date > clock.Today) errors.Add(new FieldError("NoticeDate", t["Tanggal tidak boleh sesudah hari ini."]));
        else if (date < r.ReceivedDate) errors.Add(new FieldError("NoticeDate", t["Tanggal tidak boleh sebelum permohonan diterima."]));
        Decision? decision = input.Decision is { } code && RequestCodes.Decisions.TryGetValue(code, out var dec) ? dec : null;
        if (decision is null) errors.Add(new FieldError("Decision", t["Pilih keputusan."]));
        Need(input.Reasons, "Reasons", "Tulis alasan keputusan.");
        if (DecisionParts.Exemption.Needs(decision))
        {
            if (input.ExemptionBasis is null || !RequestCodes.ExemptionBases.Contains(input.ExemptionBasis))
                errors.Add(new FieldError("ExemptionBasis", t["Pilih dasar pengecualian (Pasal 17 huruf a–j atau undang-undang lain)."]));
            Need(input.ConsequenceTest, "ConsequenceTest", "Tulis ringkasan uji konsekuensi.");
        }

        if (DecisionParts.OtherBody.Needs(decision)) Need(input.OtherBody, "OtherBody", "Sebutkan badan publik yang menguasai informasi.");
        if (DecisionParts.BlackedOut.Needs(decision)) Need(input.BlackedOutParts, "BlackedOutParts", "Jelaskan bagian informasi yang dihitamkan.");
        Need(input.SignerName, "SignerName", "Nama pejabat penanda tangan wajib diisi.");
        var granted = DecisionParts.Granted.Needs(decision);
        CopyFormat? format = granted && input.ProvidedFormat is { } f && RequestCodes.CopyFormats.TryGetValue(f, out var cf) ? cf : null;
        DeliveryMethod? delivery = granted && input.ProvidedDelivery is { } dm && RequestCodes.DeliveryMethods.TryGetValue(dm, out var dv) ? dv : null;
        if (granted)
        {
            // What is given, in which form, how and when: Pasal 22(7) requires these of a notice that grants.
            Need(input.MaterialProvided, "MaterialProvided", "Sebutkan bahan informasi yang diberikan.");
            if (format is null) errors.Add(new FieldError("ProvidedFormat", t["Pilih bentuk informasi yang diberikan."]));
            if (delivery is null) errors.Add(new FieldError("ProvidedDelivery", t["Pilih cara penyampaian informasi."]));
            Need(input.TimeNeeded, "TimeNeeded", "Sebutkan waktu penyediaan informasi.");
            if (input.Fee is < 0) errors.Add(new FieldError("Fee", t["Biaya tidak boleh negatif."]));
        }

        if (errors.Count > 0) return errors;

        r.NoticeDate = input.NoticeDate;
        (await calendars.GetAsync(ct)).Apply(r);
        r.Decision = decision;
        r.DecisionReasons = input.Reasons!.Trim();
        // A part the decision does not need is not kept, whatever the form sent (its fields may have been filled
        // for another decision first).
        r.ExemptionBasis = DecisionParts.Exemption.Needs(decision) ? input.ExemptionBasis : null;
        r.ConsequenceTest = DecisionParts.Exemption.Needs(decision) ? input.ConsequenceTest!.Trim() : null;
        r.OtherBody = DecisionParts.OtherBody.Needs(decision) ? input.OtherBody!.Trim() : null;
        r.BlackedOutParts = DecisionParts.BlackedOut.Needs(decision) ? input.BlackedOutParts!.Trim() : null;
        r.MaterialProvided = granted ? Clean(input.MaterialProvided) : null;
        r.ProvidedFormat = format;
        r.ProvidedDelivery = delivery;
        r.TimeNeeded = granted ? Clean(input.TimeNeeded) : null;
        r.Fee = granted ? input.Fee : null;
        r.NoticeSignerName = input.SignerName!.Trim();
        r.NoticeSignerNip = Clean(input.SignerNip);
        r.Status = RequestStatus.Decided;
        db.Record(r, RequestEventKind.Decided, r.NoticeDate!.Value, actor, null,
            new { decision = RequestCodes.Code(decision!.Value), r.ExemptionBasis, r.OtherBody });
        mails.Decided(r);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<FieldError?> RecordDeliveryAsync(InformationRequest r, DateOnly? date, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Status != RequestStatus.Decided) return new("", t["Penyerahan dicatat sesudah pemberitahuan tertulis."]);
        if (date is not { } d) return new("date", t["Tanggal penyerahan wajib diisi."]);
        if (d > clock.Today) return new("date", t["Tanggal tidak boleh sesudah hari ini."]);
        if (d < r.NoticeDate) return new("date", t["Tanggal penyerahan tidak boleh sebelum tanggal pemberitahuan."]);
        r.DeliveredDate = d;
        r.DeliveryNote = Clean(note);
        r.Status = RequestStatus.Closed;
        db.Record(r, RequestEventKind.Delivered, d, actor, r.DeliveryNote);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<FieldError?> WithdrawAsync(InformationRequest r, DateOnly? date, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.IsOpen()) return new("", t["Permohonan ini sudah tidak terbuka."]);
        if (date is not { } d) return new("date", t["Tanggal penarikan wajib diisi."]);
        if (d > clock.Today) return new("date", t["Tanggal tidak boleh sesudah hari ini."]);
        if (d < r.ReceivedDate) return new("date", t["Tanggal tidak boleh sebelum permohonan diterima."]);
        r.WithdrawnDate = d;
        r.Status = RequestStatus.Withdrawn;
        db.Record(r, RequestEventKind.Withdrawn, d, actor, Clean(note));
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
