using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// The disputes behind the report's "Sengketa" figures: registered at the Komisi Informasi in a period, per unit or
/// unit subtree, by outcome as of the report's day (ReportRules, the same expressions as the figures).
/// </summary>
public sealed class DisputesModel(AppDbContext db, CurrentScope scope, BodyClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DisputeFilter Filter { get; set; } = new();

    public sealed record ListRow(int Id, string CommissionNumber, DateOnly Registered, int RequestId, string RequestNumber, string UnitCode, string UnitName,
        string Applicant, int? ObjectionId, string? ObjectionNumber, DisputeStage Stage, DisputeOutcome? Outcome, DateOnly? OutcomeDate, bool CourtCase)
    {
        /// <summary>The DIK entry at stake ("UNIT/number") and its decree in force, for the hearing.</summary>
        public int? DikEntryId { get; init; }
        public string? DikLabel { get; init; }
        public int? DikDecreeId { get; init; }

        /// <summary>The outcome as the report counts it (null: pending as of the report's day).</summary>
        public DisputeOutcome? OutcomeAsOf { get; init; }
    }

    public List<ListRow> Rows { get; private set; } = [];
    public DateOnly AsOf { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsOf = Filter.AsOf ?? clock.Today;
        var rows = await db.Disputes.AsNoTracking().InScope(await scope.GetAsync(ct)).Matching(Filter, clock.Today)
            .Select(d => new
            {
                d.Id,
                d.CommissionNumber,
                d.RegisteredDate,
                d.RequestId,
                d.Request!.RegistrationNumber,
                d.Request.Unit!.Code,
                d.Request.Unit.Name,
                d.Request.ApplicantName,
                d.ObjectionId,
                ObjectionNumber = d.Objection == null ? null : d.Objection.ObjectionNumber,
                d.Stage,
                d.Outcome,
                d.OutcomeDate,
                d.CourtCase,
                d.DikEntryId,
                Dik = db.DikEntries.Where(e => e.Id == d.DikEntryId).Select(e => new
                {
                    e.Unit!.Code,
                    e.Number,
                    Decree = e.Decrees.Where(x => x.SupersededById == null).Select(x => (int?)x.Id).FirstOrDefault(),
                }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var outcomeAsOf = ReportRules.DisputeOutcomeAsOf(AsOf).Compile();
        Rows = rows.Select(d => new ListRow(d.Id, d.CommissionNumber, d.RegisteredDate, d.RequestId, d.RegistrationNumber, d.Code, d.Name, d.ApplicantName,
            d.ObjectionId, d.ObjectionNumber, d.Stage, d.Outcome, d.OutcomeDate, d.CourtCase)
        {
            OutcomeAsOf = outcomeAsOf(new Dispute { Outcome = d.Outcome, OutcomeDate = d.OutcomeDate }),
            DikEntryId = d.DikEntryId,
            DikLabel = d.Dik == null ? null : $"{d.Dik.Code}/{d.Dik.Number}",
            DikDecreeId = d.Dik?.Decree,
        }).ToList();
    }

    /// <summary>The outcome's label (a resource key), or null for all the disputes.</summary>
    public string? OutcomeLabel => Filter.Outcome switch
    {
        null or "" => null,
        "pending" => "Dalam proses",
        var code when ObjectionCodes.Outcomes.TryGetValue(code, out var o) => ObjectionCodes.Label(o),
        _ => null,
    };
}
