using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// The dispute at the Komisi Informasi after an objection: its registration (KI number and date, on a decided or
/// lapsed objection), then its stage, outcome, court case and the body's implementation. Each step is an event on
/// the request dated with the step's own date.
/// </summary>
public sealed class RecordDispute(AppDbContext db, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    public sealed class Input
    {
        public string? CommissionNumber { get; set; }
        public DateOnly? RegisteredDate { get; set; }
        public string? Stage { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? OutcomeDate { get; set; }
        public string? OutcomeNote { get; set; }
        public bool CourtCase { get; set; }
        public string? CourtName { get; set; }
        public string? CourtCaseNumber { get; set; }
        public string? CourtResult { get; set; }
        public DateOnly? CourtResultDate { get; set; }
        public string? Implementation { get; set; }

        /// <summary>
        /// The DIK entry at stake: another entry of the unit chain, 0 for none; not sent (null): the request's cited
        /// entry when registering, unchanged when updating.
        /// </summary>
        public int? DikEntryId { get; set; }
    }

    public async Task<List<FieldError>> RegisterAsync(Objection o, Input input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(input);
        var r = o.Request ?? throw new InvalidOperationException("Load the objection with its request.");
        var today = clock.Today;
        if (o.Status != ObjectionStatus.Decided && !o.IsLapsed(today))
            return [new("", t["Sengketa dicatat sesudah keberatan ditanggapi atau sesudah {0} hari kerja lewat tanpa tanggapan.", ServiceDeadlines.ObjectionAnswerDays])];
        if (await db.Disputes.AnyAsync(d => d.ObjectionId == o.Id, ct)) return [new("", t["Sengketa atas keberatan ini sudah dicatat."])];
        var errors = new List<FieldError>();
        var number = input.CommissionNumber?.Trim();
        if (string.IsNullOrEmpty(number)) errors.Add(new("CommissionNumber", t["Nomor register Komisi Informasi wajib diisi."]));
        var entryId = input.DikEntryId is null ? r.DikEntryId : input.DikEntryId == 0 ? null : input.DikEntryId;
        if (!await InChainAsync(r, entryId, ct)) errors.Add(new("DikEntryId", t["Entri DIK ini bukan milik unit permohonan ini atau unit induknya."]));
        if (input.RegisteredDate is not { } date) errors.Add(new("RegisteredDate", t["Tanggal wajib diisi."]));
        else if (date > today) errors.Add(new("RegisteredDate", t["Tanggal tidak boleh sesudah hari ini."]));
        else if (date < o.ReceivedDate) errors.Add(new("RegisteredDate", t["Tanggal tidak boleh sebelum keberatan diterima."]));
        if (errors.Count > 0) return errors;

        var dispute = new Dispute
        {
            RequestId = r.Id,
            ObjectionId = o.Id,
            CommissionNumber = number!.Length > 100 ? number[..100] : number,
            RegisteredDate = input.RegisteredDate!.Value,
            Stage = DisputeStage.Mediation,
            DikEntryId = entryId,
        };
        db.Disputes.Add(dispute);
        db.Record(r, RequestEventKind.DisputeRegistered, dispute.RegisteredDate, actor,
            $"Sengketa {dispute.CommissionNumber} (keberatan {o.ObjectionNumber})", new { commissionNumber = dispute.CommissionNumber, objection = o.ObjectionNumber });
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Updates stage, outcome, court case and implementation; the dispute must be loaded with its request and tracked.</summary>
    public async Task<List<FieldError>> UpdateAsync(Dispute d, Input input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(input);
        var r = d.Request ?? throw new InvalidOperationException("Load the dispute with its request.");
        var today = clock.Today;
        var errors = new List<FieldError>();
        DisputeStage stage = default;
        if (input.Stage is null || !ObjectionCodes.Stages.TryGetValue(input.Stage, out stage)) errors.Add(new("Stage", t["Wajib dipilih."]));
        DisputeOutcome? outcome = null;
        if (!string.IsNullOrEmpty(input.Outcome))
        {
            if (ObjectionCodes.Outcomes.TryGetValue(input.Outcome, out var o)) outcome = o;
            else errors.Add(new("Outcome", t["Wajib dipilih."]));
        }

        CheckDate(input.OutcomeDate, "OutcomeDate", outcome is not null, d.RegisteredDate, today, errors);
        var entryId = input.DikEntryId is null ? d.DikEntryId : input.DikEntryId == 0 ? null : input.DikEntryId;
        if (entryId != d.DikEntryId && !await InChainAsync(r, entryId, ct))
            errors.Add(new("DikEntryId", t["Entri DIK ini bukan milik unit permohonan ini atau unit induknya."]));
        if (input.CourtCase)
        {
            if (input.CourtName is null || !ObjectionCodes.Courts.Contains(input.CourtName)) errors.Add(new("CourtName", t["Pilih pengadilan (PTUN, PN atau MA)."]));
            if (string.IsNullOrWhiteSpace(input.CourtCaseNumber)) errors.Add(new("CourtCaseNumber", t["Nomor perkara wajib diisi."]));
            CheckDate(input.CourtResultDate, "CourtResultDate", !string.IsNullOrWhiteSpace(input.CourtResult), d.RegisteredDate, today, errors);
        }

        if (errors.Count > 0) return errors;
        var before = Snapshot(d);
        d.Stage = stage;
        d.Outcome = outcome;
        d.OutcomeDate = outcome is null ? null : input.OutcomeDate;
        d.OutcomeNote = Clean(input.OutcomeNote);
        d.CourtCase = input.CourtCase;
        d.CourtName = input.CourtCase ? input.CourtName : null;
        d.CourtCaseNumber = input.CourtCase ? Clean(input.CourtCaseNumber) : null;
        d.CourtResult = input.CourtCase ? Clean(input.CourtResult) : null;
        d.CourtResultDate = input.CourtCase && d.CourtResult is not null ? input.CourtResultDate : null;
        d.Implementation = Clean(input.Implementation);
        d.DikEntryId = entryId;
        var after = Snapshot(d);
        if (before == after) return [];

        // The event carries the date of what changed: the court result, the outcome, else the day it was recorded.
        var date = d.CourtResultDate is { } cd && cd != before.CourtResultDate ? cd
            : d.OutcomeDate is { } od && od != before.OutcomeDate ? od
            : today;
        var parts = new List<string> { $"{ObjectionCodes.Label(d.Stage)}" };
        if (d.Outcome is { } oc) parts.Add(ObjectionCodes.Label(oc));
        if (d.CourtCase) parts.Add($"{d.CourtName} {d.CourtCaseNumber}" + (d.CourtResult is null ? "" : $": {d.CourtResult}"));
        if (d.Implementation is not null) parts.Add($"Pelaksanaan: {d.Implementation}");
        db.Record(r, RequestEventKind.DisputeUpdated, date, actor, $"Sengketa {d.CommissionNumber}: " + string.Join("; ", parts), new { before, after });
        await db.SaveChangesAsync(ct);
        return [];
    }

    private void CheckDate(DateOnly? date, string field, bool required, DateOnly registered, DateOnly today, List<FieldError> errors)
    {
        if (date is not { } d)
        {
            if (required) errors.Add(new(field, t["Tanggal wajib diisi."]));
            return;
        }

        if (d > today) errors.Add(new(field, t["Tanggal tidak boleh sesudah hari ini."]));
        else if (d < registered) errors.Add(new(field, t["Tanggal tidak boleh sebelum sengketa didaftarkan."]));
    }

    private static Snap Snapshot(Dispute d) => new(ObjectionCodes.Code(d.Stage), d.Outcome is { } o ? ObjectionCodes.Code(o) : null, d.OutcomeDate,
        d.CourtCase, d.CourtName, d.CourtCaseNumber, d.CourtResult, d.CourtResultDate, d.Implementation, d.DikEntryId);

    private sealed record Snap(string Stage, string? Outcome, DateOnly? OutcomeDate, bool CourtCase, string? CourtName, string? CourtCaseNumber,
        string? CourtResult, DateOnly? CourtResultDate, string? Implementation, int? DikEntryId);

    /// <summary>No entry, or an entry of the request's unit or one of its ancestors (whatever its state: the dispute may be about an old test).</summary>
    private async Task<bool> InChainAsync(InformationRequest r, int? entryId, CancellationToken ct)
    {
        if (entryId is not { } id) return true;
        var unitPath = await db.Units.AsNoTracking().Where(u => u.Id == r.UnitId).Select(u => u.Path).FirstAsync(ct);
        var chain = DikCitations.ChainPaths(unitPath);
        return await db.DikEntries.AsNoTracking().AnyAsync(e => e.Id == id && chain.Contains(e.Unit!.Path), ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
