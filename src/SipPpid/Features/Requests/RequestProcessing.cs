using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
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
public sealed class RequestProcessing(
    AppDbContext db, CalendarSource calendars, BodyClock clock, RequestMails mails, ClassifyInformation classify, IStringLocalizer<SharedResource> t)
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

    /// <summary>
    /// Records the written notice. A refusal or a partial grant cites a DIK entry (<see cref="DecisionInput.Dik"/>): one
    /// of the unit chain's entries in force on the notice's day, or a new consequence test (<paramref name="newTest"/>)
    /// whose entry and Surat Penetapan Klasifikasi are saved in the same transaction as the decision. Nothing is saved
    /// when anything is wrong; every message comes back at once.
    /// </summary>
    public async Task<List<FieldError>> DecideAsync(InformationRequest r, DecisionInput input, Actor actor, CancellationToken ct,
        DikForm? newTest = null, ClaimsPrincipal? user = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        void Need(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add(new FieldError(field, t[message]));
        }

        if (!r.IsOpen()) return [new("", t["Permohonan ini sudah tidak terbuka."])];
        var dateValid = false;
        if (input.NoticeDate is not { } date) errors.Add(new FieldError("NoticeDate", t["Tanggal pemberitahuan wajib diisi."]));
        else if (date > clock.Today) errors.Add(new FieldError("NoticeDate", t["Tanggal tidak boleh sesudah hari ini."]));
        else if (date < r.ReceivedDate) errors.Add(new FieldError("NoticeDate", t["Tanggal tidak boleh sebelum permohonan diterima."]));
        else dateValid = true;
        Decision? decision = input.Decision is { } code && RequestCodes.Decisions.TryGetValue(code, out var dec) ? dec : null;
        if (decision is null) errors.Add(new FieldError("Decision", t["Pilih keputusan."]));
        Need(input.Reasons, "Reasons", "Tulis alasan keputusan.");
        var day = dateValid ? input.NoticeDate!.Value : clock.Today;
        var cited = DikRules.MustCite(decision) ? await CheckCitationAsync(r, input, newTest, day, errors, ct) : null;

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

        // The entry and its decree, and the decision that cites them, are saved together or not at all.
        await using var tx = DikRules.MustCite(decision) ? await db.Database.BeginTransactionAsync(ct) : null;
        if (cited is null && DikRules.MustCite(decision))
        {
            var (entry, testErrors) = await classify.CreateAsync(r.UnitId, newTest!, user, r.Id, ct);
            if (entry is null) return testErrors;
            var decreeId = await db.DikDecrees.Where(d => d.EntryId == entry.Id && d.SupersededById == null).Select(d => d.Id).FirstAsync(ct);
            cited = new Cited(entry.Id, decreeId, entry.Basis, entry.Consequence);
        }

        r.NoticeDate = input.NoticeDate;
        (await calendars.GetAsync(ct)).Apply(r);
        r.Decision = decision;
        r.DecisionReasons = input.Reasons!.Trim();
        // A part the decision does not need is not kept, whatever the form sent (its fields may have been filled
        // for another decision first). The basis and the consequence test are the cited entry's.
        r.DikEntryId = cited?.EntryId;
        r.DikDecreeId = cited?.DecreeId;
        r.ExemptionBasis = DecisionParts.Exemption.Needs(decision) ? cited!.Basis : null;
        r.ConsequenceTest = DecisionParts.Exemption.Needs(decision) ? cited!.Consequence : null;
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
            new { decision = RequestCodes.Code(decision!.Value), r.ExemptionBasis, r.OtherBody, dikEntry = r.DikEntryId, dikDecree = r.DikDecreeId });
        mails.Decided(r);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return [];
    }

    private sealed record Cited(int EntryId, int DecreeId, string Basis, string Consequence);

    /// <summary>
    /// The cited entry, when an existing one is cited and may be: of the request's unit or an ancestor, in force on
    /// <paramref name="day"/>, with a decree. For a new test, its worksheet's messages (null: the entry is made later).
    /// </summary>
    private async Task<Cited?> CheckCitationAsync(InformationRequest r, DecisionInput input, DikForm? newTest, DateOnly day,
        List<FieldError> errors, CancellationToken ct)
    {
        var choice = input.Dik?.Trim();
        if (string.IsNullOrEmpty(choice))
        {
            errors.Add(new("Dik", t["Penolakan dan pengabulan sebagian wajib mengutip Daftar Informasi yang Dikecualikan: pilih entri yang berlaku atau lakukan uji konsekuensi sekarang."]));
            return null;
        }

        if (choice == DecisionInput.NewTest)
        {
            var form = newTest ?? new DikForm();
            errors.AddRange(form.Validate(t));
            if (form.DecreeDate is { } decreed && decreed > day)
                errors.Add(new(DikForm.Prefix + nameof(DikForm.DecreeDate), t["Surat penetapan harus sudah ada pada tanggal pemberitahuan: tanggalnya tidak boleh sesudah {0}.", IndonesianDates.Format(day)]));
            if (form.PeriodEnd is { } end && end < day)
                errors.Add(new(DikForm.Prefix + nameof(DikForm.PeriodEnd), t["Pengecualian harus masih berlaku pada tanggal pemberitahuan ({0}).", IndonesianDates.Format(day)]));
            return null;
        }

        var unitPath = await db.Units.AsNoTracking().Where(u => u.Id == r.UnitId).Select(u => u.Path).FirstAsync(ct);
        var chain = DikCitations.ChainPaths(unitPath);
        var entry = int.TryParse(choice, out var id)
            ? await db.DikEntries.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new
                {
                    e.Id,
                    e.Unit!.Path,
                    e.Status,
                    e.PeriodEnd,
                    e.Basis,
                    e.Consequence,
                    DecreeId = e.Decrees.Where(d => d.SupersededById == null).Select(d => (int?)d.Id).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(ct)
            : null;
        if (entry is null || !chain.Contains(entry.Path))
            errors.Add(new("Dik", t["Entri DIK ini bukan milik unit permohonan ini atau unit induknya."]));
        else if (entry.Status == DikStatus.Released)
            errors.Add(new("Dik", t["Informasi pada entri DIK ini sudah dibuka; entri ini tidak dapat dikutip lagi."]));
        else if (!DikRules.IsInForce(new DikEntry { Status = entry.Status, PeriodEnd = entry.PeriodEnd }, day))
            errors.Add(new("Dik", t["Masa pengecualian entri DIK ini berakhir {0}: uji ulang entri itu dahulu, atau pilih entri lain.", IndonesianDates.Format(entry.PeriodEnd!.Value)]));
        else if (entry.DecreeId is null)
            errors.Add(new("Dik", t["Entri DIK ini belum memiliki Surat Penetapan Klasifikasi."]));
        else return new Cited(entry.Id, entry.DecreeId.Value, entry.Basis, entry.Consequence);
        return null;
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
