using System.Globalization;
using System.Text;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.RegisterImport;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Bench;

/// <summary>
/// A national-scale body: a unit tree (root, up to 40 agencies, the rest as their sub-units) and requests spread
/// over five years with a realistic mix — decisions of every kind with processing times around the deadline,
/// extensions (most valid, some void because sent after day 10), withdrawals, unanswered requests, objections
/// answered on time and late, and disputes with every outcome. Dates follow the database's working-day calendar
/// (the bundled holidays). Deterministic for a seed. Written with the register import's own bulk writer.
/// </summary>
public sealed class NationalData(WorkingCalendar calendar, int seed = 42)
{
    public static readonly DateOnly Start = new(2022, 1, 1);
    public static readonly DateOnly End = new(2026, 12, 31);
    public const string RootCode = "NAS";

    private static readonly Channel[] Channels = [Channel.Web, Channel.Web, Channel.Web, Channel.InPerson, Channel.InPerson, Channel.Letter, Channel.Email, Channel.Email, Channel.Phone, Channel.WhatsApp, Channel.Other];
    private static readonly (Decision Decision, double Share)[] Decisions =
        [(Decision.GrantedFull, 0.55), (Decision.GrantedPartial, 0.15), (Decision.RejectedExempt, 0.08), (Decision.NotHeld, 0.08), (Decision.NotDocumented, 0.05), (Decision.HeldByOtherBody, 0.09)];
    private static readonly ObjectionDecision[] ObjectionDecisions = [ObjectionDecision.Rejected, ObjectionDecision.Rejected, ObjectionDecision.Accepted, ObjectionDecision.Settled, ObjectionDecision.Withdrawn];

    private readonly Random _random = new(seed);

    /// <summary>The unit tree: codes and parents, root first; every unit below the root is a PPID Pembantu.</summary>
    public static List<(string Code, string Name, string? Parent)> UnitTree(int count)
    {
        var units = new List<(string, string, string?)> { (RootCode, "PPID Utama Badan Publik Nasional", null) };
        var agencies = Math.Min(40, count - 1);
        for (var a = 1; a <= agencies; a++) units.Add(($"A{a:00}", $"Instansi {a:00}", RootCode));
        for (var i = 0; units.Count < count; i++)
        {
            var parent = $"A{i % agencies + 1:00}";
            units.Add(($"{parent}-U{i / agencies + 1:000}", $"Satuan kerja {i / agencies + 1:000} {parent}", parent));
        }

        return units;
    }

    /// <summary>Adds the unit tree with its paths; returns unit id by code.</summary>
    public static async Task<Dictionary<string, int>> AddUnitsAsync(AppDbContext db, int count, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var byCode = new Dictionary<string, Unit>();
        foreach (var (code, name, parent) in UnitTree(count))
        {
            var p = parent is null ? null : byCode[parent];
            var unit = new Unit { Code = code, Name = name, Kind = p is null ? UnitKind.Utama : UnitKind.Pembantu, Parent = p, Path = Unit.PathFor(p?.Path, code) };
            byCode[code] = unit;
            db.Units.Add(unit);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return byCode.ToDictionary(kv => kv.Key, kv => kv.Value.Id);
    }

    /// <summary><paramref name="count"/> register rows over the five years, in date order; <paramref name="prefix"/> keeps numbers unique across calls.</summary>
    public IEnumerable<RegisterRow> Rows(IReadOnlyList<string> unitCodes, int count, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        // Busy and quiet units: weights from 1 to ~50 (a few agencies get most of the requests).
        var weights = unitCodes.Select(_ => Math.Exp(_random.NextDouble() * 4)).ToArray();
        var cumulative = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++) cumulative[i] = weights[i] + (i > 0 ? cumulative[i - 1] : 0);
        var span = End.DayNumber - Start.DayNumber + 1;
        var days = new int[count];
        for (var i = 0; i < count; i++) days[i] = _random.Next(span);
        Array.Sort(days);
        var sequence = new Dictionary<(string, int), int>();
        for (var i = 0; i < count; i++)
        {
            var pick = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
            var unit = unitCodes[pick < 0 ? Math.Min(~pick, unitCodes.Count - 1) : pick];
            var channel = Channels[_random.Next(Channels.Length)];
            var received = DateOnly.FromDayNumber(Start.DayNumber + days[i]);
            // Only the web form receives on weekends and holidays; the desk registers on the next working day.
            if (channel != Channel.Web && !calendar.IsWorkingDay(received)) received = calendar.AddWorkingDays(received, 1);
            var key = (unit, received.Year);
            var n = sequence[key] = sequence.GetValueOrDefault(key) + 1;
            yield return Row(i, unit, prefix + Numbering.Format(Numbering.DefaultFormat, n, unit, received), received, channel);
        }
    }

    private RegisterRow Row(int i, string unit, string number, DateOnly received, Channel channel)
    {
        var roll = _random.NextDouble();
        DateOnly Day(int n) => calendar.AddWorkingDays(received, n);
        DateOnly? extension = null, notice = null, withdrawn = null;
        Decision? decision = null;
        string? basis = null, other = null;
        if (roll < 0.03)
        {
            withdrawn = Day(_random.Next(1, 9));
        }
        else if (roll < 0.95)
        {
            // Most answered within 10 working days; some extended (valid: sent by day 10; void: after it); some late.
            var extend = _random.NextDouble();
            int noticeDay;
            if (extend < 0.08)
            {
                var on = _random.Next(3, 11);
                extension = Day(on);
                noticeDay = on + _random.Next(0, 9);
            }
            else if (extend < 0.10)
            {
                var on = _random.Next(11, 14);
                extension = Day(on);
                noticeDay = on + _random.Next(0, 6);
            }
            else
            {
                noticeDay = _random.NextDouble() < 0.9 ? _random.Next(0, 11) : _random.Next(11, 25);
            }

            notice = Day(noticeDay);
            var pick = _random.NextDouble();
            decision = Decisions[^1].Decision;
            foreach (var (d, share) in Decisions)
            {
                if (pick < share)
                {
                    decision = d;
                    break;
                }

                pick -= share;
            }

            basis = decision == Decision.RejectedExempt ? RequestCodes.ExemptionBases[_random.Next(RequestCodes.ExemptionBases.Count)] : null;
            other = decision == Decision.HeldByOtherBody ? "Badan Pusat Statistik" : null;
        }

        DateOnly? objection = null, answered = null, dispute = null, outcomeDate = null;
        string? grounds = null;
        ObjectionDecision? objectionDecision = null;
        DisputeOutcome? outcome = null;
        if (withdrawn is null && _random.NextDouble() < (decision is Decision.GrantedFull ? 0.01 : notice is null ? 0.3 : 0.08))
        {
            objection = calendar.AddWorkingDays(notice ?? Day(10), _random.Next(1, 25));
            grounds = string.Join(';', "abcdefg".Where(_ => _random.NextDouble() < 0.3).DefaultIfEmpty(notice is null ? 'c' : 'e'));
            if (_random.NextDouble() < 0.85)
            {
                answered = calendar.AddWorkingDays(objection.Value, _random.NextDouble() < 0.85 ? _random.Next(3, 31) : _random.Next(31, 45));
                objectionDecision = ObjectionDecisions[_random.Next(ObjectionDecisions.Length)];
                if (objectionDecision != ObjectionDecision.Withdrawn && _random.NextDouble() < 0.3)
                {
                    dispute = calendar.AddWorkingDays(answered.Value, _random.Next(1, 15));
                    var o = _random.NextDouble();
                    outcome = o < 0.4 ? DisputeOutcome.MediationSuccess : o < 0.55 ? DisputeOutcome.AdjudicationForApplicant
                        : o < 0.7 ? DisputeOutcome.AdjudicationForPublicBody : o < 0.8 ? DisputeOutcome.Withdrawn : null;
                    outcomeDate = outcome is null ? null : calendar.AddWorkingDays(dispute.Value, _random.Next(15, 90));
                }
            }
        }

        return new RegisterRow
        {
            Line = i + 2,
            UnitCode = unit,
            Request = new InformationRequest
            {
                RegistrationNumber = number,
                ReceivedDate = received,
                Channel = channel,
                ApplicantType = _random.NextDouble() < 0.85 ? ApplicantType.Individual : ApplicantType.Organization,
                ApplicantName = "Pemohon " + i.ToString(CultureInfo.InvariantCulture),
                ApplicantNik = "6171" + _random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture),
                InformationRequested = "Salinan dokumen anggaran dan realisasi kegiatan tahun " + (received.Year - 1).ToString(CultureInfo.InvariantCulture),
                Purpose = "Penelitian",
                ObtainMethod = ObtainMethod.Copy,
                CopyFormat = CopyFormat.Softcopy,
                DeliveryMethod = DeliveryMethod.Email,
                ExtensionDate = extension,
                NoticeDate = notice,
                Decision = decision,
                ExemptionBasis = basis,
                OtherBody = other,
                Fee = notice is null ? null : 0m,
                WithdrawnDate = withdrawn,
            },
            ObjectionDate = objection,
            ObjectionGrounds = grounds,
            ObjectionDecisionDate = answered,
            ObjectionDecision = objectionDecision,
            DisputeDate = dispute,
            DisputeOutcome = outcome,
            DisputeOutcomeDate = outcomeDate,
            CourtCase = dispute is not null && _random.NextDouble() < 0.05,
        };
    }

    /// <summary>
    /// Writes the rows as the import would store them (request, events, objection, dispute), in one transaction
    /// per batch through <see cref="RegisterBulkWriter"/>. Returns the number of requests written.
    /// </summary>
    public async Task<int> WriteAsync(AppDbContext db, IReadOnlyDictionary<string, int> unitIds, IEnumerable<RegisterRow> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(rows);
        var written = 0;
        foreach (var batch in rows.Chunk(ImportRegister.BatchSize))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var records = batch.Select(r => RegisterRecords.Build(calendar, r, unitIds[r.UnitCode],
                r.ReceivedDate.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), $"IMP/{r.UnitCode}/{r.RegistrationNumber}")).ToList();
            using var writer = RegisterBulkWriter.For(db);
            await writer.WriteAsync(records, ct);
            await tx.CommitAsync(ct);
            written += records.Count;
        }

        return written;
    }

    /// <summary>The rows as a register CSV (every column of <see cref="RegisterColumns"/>), for timing the import itself.</summary>
    public static string Csv(IEnumerable<RegisterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.AppendJoin(',', RegisterColumns.All.Select(c => c.Name)).Append('\n');
        foreach (var r in rows)
        {
            // The request's columns are read from it; the unit and the objection's and dispute's columns from the row.
            var cells = RegisterColumns.All.Select(c => c.Exported && c != RegisterColumns.UnitCode ? c.Text(c.ValueOf(r.Request)) : c.Name switch
            {
                "unit_code" => r.UnitCode,
                "objection_date" => Iso(r.ObjectionDate),
                "objection_grounds" => r.ObjectionGrounds,
                "objection_decision_date" => Iso(r.ObjectionDecisionDate),
                "objection_decision" => RegisterColumns.ObjectionDecision.Text(r.ObjectionDecision),
                "dispute_date" => Iso(r.DisputeDate),
                "dispute_outcome" => r.DisputeDate is null ? null : RegisterColumns.DisputeOutcome.Text(r.DisputeOutcome) ?? "pending",
                "dispute_outcome_date" => Iso(r.DisputeOutcomeDate),
                "court_case" => r.DisputeDate is null ? null : RegisterColumns.CourtCase.Text(r.CourtCase),
                _ => throw new InvalidOperationException($"{c.Name}: not generated"),
            });
            sb.AppendJoin(',', cells.Select(c => c is null ? "" : c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)).Append('\n');
        }

        return sb.ToString();
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
