using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Features.Demo;

/// <summary>
/// Realistic years of service for the demo province — the whole of last year and this year from 1 January to
/// yesterday: requests through every channel and unit with the life cycle's events, extensions, decisions of every
/// kind, withdrawals, objections and disputes — so the dashboard, this year's report and last year's statutory
/// annual report look like a real province on first run. Deterministic (each year from its own seed); a year that
/// already has requests is left as it is, so running it again adds nothing.
/// </summary>
public sealed class DemoYear(AppDbContext db, CalendarSource calendars)
{
    private static readonly string[] Topics =
    [
        "Rencana kerja dan anggaran {0} tahun {1}", "Daftar penerima bantuan sosial {1}", "Laporan realisasi anggaran {0} tahun {1}",
        "Data cakupan imunisasi per kabupaten/kota {1}", "Dokumen AMDAL proyek jalan provinsi ruas Sanggau–Sekadau",
        "Daftar izin usaha perkebunan yang terbit {1}", "Data sekolah rusak berat di Kalimantan Barat {1}", "Standar operasional prosedur pelayanan {0}",
        "Hasil evaluasi kinerja {0} {1}", "Daftar paket pengadaan barang/jasa {0} {1}", "Data kejadian banjir dan titik api {1}",
        "Salinan peraturan gubernur tentang tarif retribusi", "Jumlah tenaga kesehatan per puskesmas {1}", "Data kemiskinan ekstrem per desa {1}",
    ];

    private static readonly string[] Names =
    [
        "Budi Santoso", "Siti Aminah", "Yohanes Sanjaya", "Rina Wulandari", "Ahmad Fauzi", "Maria Ulfa", "Hendra Kurniawan", "Dewi Lestari", "Agus Salim",
        "Lim Swie Hok", "Fransiskus Asisi", "Nurhayati", "Rudi Hartono", "Sri Mulyani", "Eko Prasetyo", "Yayasan Pontianak Bersih", "LBH Kalimantan Barat",
    ];

    /// <summary>The years seeded relative to <paramref name="today"/>: last year in full and this year so far.</summary>
    public static IReadOnlyList<int> Years(DateOnly today) => [today.Year - 1, today.Year];

    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var units = await db.Units.Where(u => u.IsActive).OrderBy(u => u.Path).ToListAsync(ct);
        var root = units.First(u => u.ParentId == null);
        var actor = new Actor(null, "Data demo");
        var count = 0;
        foreach (var year in Years(today))
        {
            var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            if (await db.Requests.AnyAsync(r => r.ReceivedDate >= start && r.ReceivedDate <= end, ct)) continue;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            count += await SeedYearAsync(year, today, units, root, calendar, actor, ct);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }

        return count;
    }

    /// <summary>The requests received in <paramref name="year"/> before <paramref name="today"/>, advanced as far as today allows.</summary>
    private async Task<int> SeedYearAsync(int year, DateOnly today, List<Unit> units, Unit root, WorkingCalendar calendar, Actor actor, CancellationToken ct)
    {
        var random = new Random(year);
        var sequences = new Dictionary<int, int>();
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day < today && day.Year == year; day = day.AddDays(1))
        {
            var perDay = calendar.IsWorkingDay(day) ? random.Next(2, 9) : random.Next(0, 2);
            for (var i = 0; i < perDay; i++)
            {
                var unit = random.NextDouble() < 0.3 ? root : units[random.Next(units.Count)];
                sequences[unit.Id] = sequences.GetValueOrDefault(unit.Id) + 1;
                var r = NewRequest(random, unit, day, sequences[unit.Id], calendar);
                db.Requests.Add(r);
                db.Record(r, RequestEventKind.Received, day, actor, toUnitId: unit.Id);
                Advance(random, r, calendar, today, actor);
                count++;
            }
        }

        // The register's counters continue after the demo's numbers (a counter left from deleted requests keeps the higher value).
        var counters = await db.NumberSequences.Where(s => s.Year == year && s.Kind == NumberSequence.Requests).ToDictionaryAsync(s => s.UnitId, ct);
        foreach (var (unitId, last) in sequences)
        {
            if (counters.TryGetValue(unitId, out var counter)) counter.Last = Math.Max(counter.Last, last);
            else db.NumberSequences.Add(new NumberSequence { UnitId = unitId, Year = year, Kind = NumberSequence.Requests, Last = last });
        }

        return count;
    }

    private static InformationRequest NewRequest(Random random, Unit unit, DateOnly day, int sequence, WorkingCalendar calendar)
    {
        var channels = new[] { Channel.Web, Channel.Web, Channel.Web, Channel.InPerson, Channel.InPerson, Channel.Letter, Channel.Email, Channel.WhatsApp, Channel.Phone, Channel.Other };
        var name = Names[random.Next(Names.Length)];
        var r = new InformationRequest
        {
            UnitId = unit.Id,
            RegisteredUnitId = unit.Id,
            ReceivedDate = day,
            ReceivedAtUtc = day.ToDateTime(new TimeOnly(2 + random.Next(7), random.Next(60)), DateTimeKind.Utc),
            Channel = channels[random.Next(channels.Length)],
            RegistrationNumber = Numbering.Format(Numbering.DefaultFormat, sequence, unit.Code, day),
            TrackingCode = $"DEMO{random.Next(100000, 999999)}",
            ApplicantName = name,
            ApplicantType = name.StartsWith("Yayasan", StringComparison.Ordinal) || name.StartsWith("LBH", StringComparison.Ordinal) ? ApplicantType.Organization : ApplicantType.Individual,
            ApplicantNik = $"6171{random.Next(10000000, 99999999)}{random.Next(1000, 9999)}",
            ApplicantEmail = $"pemohon{random.Next(1000)}@contoh.id",
            ApplicantAddress = "Pontianak, Kalimantan Barat",
            InformationRequested = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                Topics[random.Next(Topics.Length)], unit.Name, day.Year - 1),
            Purpose = "Penelitian dan pengawasan publik",
            ObtainMethod = random.NextDouble() < 0.8 ? ObtainMethod.Copy : ObtainMethod.View,
            Status = RequestStatus.InProcess,
        };
        if (r.ObtainMethod == ObtainMethod.Copy) (r.CopyFormat, r.DeliveryMethod) = (CopyFormat.Softcopy, DeliveryMethod.Email);
        calendar.Apply(r);
        return r;
    }

    /// <summary>Moves a request along its life cycle as far as "today" allows.</summary>
    private void Advance(Random random, InformationRequest r, WorkingCalendar calendar, DateOnly today, Actor actor)
    {
        var roll = random.NextDouble();
        if (roll < 0.02)
        {
            var w = calendar.AddWorkingDays(r.ReceivedDate, 2);
            if (w >= today) return;
            (r.WithdrawnDate, r.Status) = (w, RequestStatus.Withdrawn);
            db.Record(r, RequestEventKind.Withdrawn, w, actor);
            return;
        }

        // Extended on working day 8 (before day 10, so valid) and then answered on or after that day, as the app allows.
        const int extensionDay = 8;
        var extend = random.NextDouble() < 0.12;
        if (extend)
        {
            var e = calendar.AddWorkingDays(r.ReceivedDate, extensionDay);
            if (e >= today) return;
            (r.ExtensionDate, r.ExtensionReason) = (e, "Informasi sedang dihimpun dari beberapa bidang.");
            db.Record(r, RequestEventKind.Extended, e, actor, r.ExtensionReason);
        }

        const int day10 = ServiceDeadlines.NoticeDays, day17 = ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays;
        var days = roll < 0.85 ? random.Next(extend ? extensionDay : 0, day10) : extend ? random.Next(day10 + 1, day17) : random.Next(day10 + 1, day17 - 1);
        var notice = calendar.AddWorkingDays(r.ReceivedDate, days);
        if (notice >= today) { calendar.Apply(r); return; }
        var d = random.NextDouble();
        r.Decision = d < 0.6 ? Decision.GrantedFull : d < 0.75 ? Decision.GrantedPartial : d < 0.84 ? Decision.RejectedExempt
            : d < 0.91 ? Decision.NotHeld : d < 0.95 ? Decision.NotDocumented : Decision.HeldByOtherBody;
        r.NoticeDate = notice;
        r.DecisionReasons = "Sesuai Daftar Informasi Publik.";
        if (r.Decision == Decision.RejectedExempt)
        {
            r.ExemptionBasis = new[] { "17h", "17a", "17i", "17j", "17c" }[random.Next(5)];
            r.ConsequenceTest = "Membuka informasi ini dapat merugikan kepentingan yang dilindungi undang-undang.";
        }

        if (r.Decision == Decision.GrantedPartial) r.BlackedOutParts = "Data pribadi (NIK dan alamat) dihitamkan.";
        if (r.Decision == Decision.HeldByOtherBody) r.OtherBody = "Badan Pusat Statistik Provinsi Kalimantan Barat";
        r.Status = RequestStatus.Decided;
        calendar.Apply(r);
        db.Record(r, RequestEventKind.Decided, notice, actor);
        if (r.Decision is Decision.RejectedExempt or Decision.GrantedPartial && random.NextDouble() < 0.3) Object(random, r, calendar, today, actor);
    }

    private void Object(Random random, InformationRequest r, WorkingCalendar calendar, DateOnly today, Actor actor)
    {
        var received = calendar.AddWorkingDays(r.NoticeDate!.Value, random.Next(1, 20));
        if (received >= today) return;
        var o = new Objection
        {
            Request = r,
            ObjectionNumber = $"DEMO/KEB/{r.RegistrationNumber}",
            TrackingCode = $"K{random.Next(100000000, 999999999)}",
            ReceivedDate = received,
            ReceivedAtUtc = received.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Channel = Channel.Web,
            Grounds = r.Decision == Decision.RejectedExempt ? "a" : "d;e",
            CaseDescription = "Pemohon menilai informasi tersebut bukan informasi yang dikecualikan.",
            Deadline = calendar.AnswerDeadline(received),
            Status = ObjectionStatus.Registered,
        };
        db.Objections.Add(o);
        db.Record(r, RequestEventKind.ObjectionFiled, received, actor);
        var decided = calendar.AddWorkingDays(received, random.Next(5, 33));
        if (decided >= today) return;
        (o.DecisionDate, o.Status, o.AtasanName, o.AtasanPosition) = (decided, ObjectionStatus.Decided, "Dr. H. Harisson, M.Kes.", "Sekretaris Daerah");
        o.Decision = random.NextDouble() < 0.6 ? ObjectionDecision.Rejected : ObjectionDecision.Accepted;
        o.DecisionReasons = o.Decision == ObjectionDecision.Rejected ? "Keputusan PPID telah sesuai uji konsekuensi." : "Informasi dapat diberikan dengan penghitaman.";
        db.Record(r, RequestEventKind.ObjectionDecided, decided, actor);
        if (o.Decision != ObjectionDecision.Rejected || random.NextDouble() > 0.4) return;
        var registered = calendar.AddWorkingDays(decided, random.Next(3, 14));
        if (registered >= today) return;
        var dispute = new Dispute
        {
            Request = r,
            Objection = o,
            CommissionNumber = $"{random.Next(10, 99)}/REG-PSI/KI-KB/{registered.Year}",
            RegisteredDate = registered,
            Stage = DisputeStage.Mediation,
        };
        var outcome = calendar.AddWorkingDays(registered, random.Next(20, 60));
        if (outcome < today)
        {
            (dispute.Outcome, dispute.OutcomeDate, dispute.Stage) = (random.NextDouble() < 0.5 ? DisputeOutcome.MediationSuccess : DisputeOutcome.AdjudicationForPublicBody, outcome, DisputeStage.Closed);
        }

        db.Disputes.Add(dispute);
        db.Record(r, RequestEventKind.DisputeRegistered, registered, actor);
    }
}
