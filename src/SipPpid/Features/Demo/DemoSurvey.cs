using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Survey;

namespace SipPpid.Features.Demo;

/// <summary>
/// A year of Survei Kepuasan Masyarakat for the demo province (the twelve months up to today): most applicants of a
/// request decided in that year rate it a few days after its notice (Source Request, one per request), walk-in
/// applicants answer at the kiosk on working days, and one paper survey was imported. Answers lean to 3 and 4 as real
/// surveys do (cost is almost always "gratis", the waiting time and the complaints handling score lower, the officers'
/// manner higher); three units serve poorly (grade C), six well (A), the rest B. The PPID Utama and the two units with a
/// busy counter reach Krejcie–Morgan's sample, the others do not. Deterministic for a given day; a database that has
/// responses is left as it is.
/// </summary>
public sealed class DemoSurvey(AppDbContext db)
{
    /// <summary>How a unit's applicants answer: the chances of 1, 2, 3 and 4, how many rate their request, the kiosk's responses.</summary>
    private sealed record Profile(double[] Answer, double Rated, int Kiosk);

    private static readonly Profile Good = new([0, 0.02, 0.28, 0.70], 0.75, 3);
    private static readonly Profile Usual = new([0.01, 0.08, 0.51, 0.40], 0.7, 3);
    private static readonly Profile Poor = new([0.06, 0.30, 0.49, 0.15], 0.6, 2);

    private static readonly Dictionary<string, Profile> Profiles = new(StringComparer.Ordinal)
    {
        [DemoProvince.RootCode] = Good with { Kiosk = 50 },
        ["DISKOMINFO"] = Good,
        ["DPMPTSP"] = Good with { Kiosk = 40 },
        ["DINKES"] = Good with { Kiosk = 35 },
        ["DISPERPUSIP"] = Good with { Kiosk = 12 },
        ["BAPPEDA"] = Good,
        ["DISHUB"] = Poor,
        ["SATPOLPP"] = Poor,
        ["DISNAKERTRANS"] = Poor,
    };

    /// <summary>The paper survey of two units' service desks, entered from the forms and imported early in the year.</summary>
    private static readonly string[] PaperUnits = ["DISDIKBUD", "DINSOS"];

    private static readonly string[] Suggestions =
    [
        "Mohon waktu layanan dipercepat, saya menunggu hampir dua minggu.",
        "Pelayanan sudah baik, petugas ramah dan membantu.",
        "Sebaiknya ada pemberitahuan lewat WhatsApp ketika permohonan sudah diproses.",
        "Formulir permohonan di situs web perlu disederhanakan.",
        "Ruang tunggu perlu diperluas dan diberi kursi lebih banyak.",
        "Terima kasih, informasi yang saya minta lengkap.",
        "Dokumen yang dikirim sebagian sulit dibaca karena hasil pindaian buram.",
        "Mohon petugas menjelaskan alasan penolakan dengan bahasa yang lebih sederhana.",
        "Sediakan data dalam format Excel, bukan hanya PDF.",
        "Nomor telepon layanan sering tidak diangkat.",
        "Alur pengajuan keberatan belum jelas bagi masyarakat umum.",
        "Petugas sangat kompeten dan cepat menanggapi.",
        "Perlu papan petunjuk arah ke meja layanan PPID.",
        "Informasi di situs web sebaiknya diperbarui lebih sering.",
        "Parkir kendaraan pemohon terbatas.",
        "Mohon disediakan layanan pada hari Sabtu.",
        "Proses sudah transparan, pertahankan.",
        "Perlu sosialisasi hak atas informasi ke desa-desa.",
        "Salinan dokumen dikirim tepat waktu melalui surel.",
        "Sebaiknya ada fasilitas untuk penyandang disabilitas di ruang layanan.",
    ];

    private static readonly (string Code, int Weight)[] Educations = [("sd", 2), ("smp", 5), ("sma", 30), ("d1-d3", 10), ("d4-s1", 40), ("s2", 12), ("s3", 1)];
    private static readonly (string Code, int Weight)[] Occupations = [("pns", 15), ("tni_polri", 4), ("swasta", 26), ("wirausaha", 15), ("pelajar_mahasiswa", 25), ("lainnya", 15)];

    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        if (await db.SurveyResponses.AnyAsync(ct)) return 0;
        var from = today.AddYears(-1).AddDays(1);
        var random = new Random(16);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var profiles = units.ToDictionary(u => u.Id, u => Profiles.GetValueOrDefault(u.Code, Usual));
        var decided = await db.Requests.AsNoTracking().Where(SurveyRules.Population(from, today)).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.UnitId, Notice = r.NoticeDate!.Value }).ToListAsync(ct);

        var responses = new List<SurveyResponse>();
        foreach (var r in decided)
        {
            if (!profiles.TryGetValue(r.UnitId, out var profile) || random.NextDouble() >= profile.Rated) continue;
            // A day or a few after the notice arrived, never before it and never after today.
            var date = r.Notice.AddDays(random.Next(0, 5));
            if (date > today) date = today;
            var response = Respond(random, profile, r.UnitId, date, SurveySource.Request, allAnswered: true);
            response.RequestId = r.Id;
            responses.Add(response);
        }

        var days = today.DayNumber - from.DayNumber + 1;
        foreach (var unit in units)
        {
            var profile = profiles[unit.Id];
            var kiosk = profile.Kiosk + random.Next(0, 4);
            for (var i = 0; i < kiosk; i++)
            {
                var date = from.AddDays(random.Next(days));
                // The counter is open on weekdays: a weekend moves to the Monday, or back to the Friday when that Monday is still to come.
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    var monday = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
                    date = monday <= today ? monday : monday.AddDays(-3);
                }
                responses.Add(Respond(random, profile, unit.Id, date, SurveySource.Kiosk, allAnswered: true));
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        responses.AddRange(await PaperSurveyAsync(random, units.Where(u => PaperUnits.Contains(u.Code)).Select(u => u.Id).ToList(), profiles, from, ct));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.SurveyResponses.AddRange(responses);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return responses.Count;
    }

    /// <summary>Paper forms of the first months, imported a little later as one file; now and then an element left blank.</summary>
    private async Task<List<SurveyResponse>> PaperSurveyAsync(Random random, List<int> unitIds, Dictionary<int, Profile> profiles, DateOnly from,
        CancellationToken ct)
    {
        var imported = from.AddDays(100);
        var rows = new List<SurveyResponse>();
        foreach (var unitId in unitIds)
        {
            for (var i = 0; i < 15 + random.Next(0, 8); i++)
                rows.Add(Respond(random, profiles[unitId], unitId, from.AddDays(random.Next(0, 90)), SurveySource.Import, allAnswered: false));
        }

        if (rows.Count == 0) return rows;
        var import = new SurveyImport
        {
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo survei kertas {from:yyyy-MM-dd}"))),
            FileName = "survei-kertas-loket.xlsx",
            Rows = rows.Count,
            ImportedAtUtc = imported.ToDateTime(new TimeOnly(3, 15), DateTimeKind.Utc),
            ImportedByName = "Data demo",
        };
        db.SurveyImports.Add(import);
        await db.SaveChangesAsync(ct);
        foreach (var r in rows) (r.ImportId, r.SubmittedAtUtc) = (import.Id, import.ImportedAtUtc);
        return rows;
    }

    private static SurveyResponse Respond(Random random, Profile profile, int unitId, DateOnly date, SurveySource source, bool allAnswered)
    {
        var answers = new int?[9];
        for (var i = 0; i < 9; i++)
        {
            if (!allAnswered && random.NextDouble() < 0.04) continue;
            answers[i] = i switch
            {
                // Biaya / tarif: the information service is free, and nearly everyone says so.
                3 => Pick(random, profile == Poor ? [0.02, 0.06, 0.12, 0.80] : [0.01, 0.02, 0.07, 0.90]),
                // Waktu penyelesaian and penanganan pengaduan score lower, perilaku pelaksana higher.
                2 => Math.Max(1, Pick(random, profile.Answer) - (random.NextDouble() < 0.15 ? 1 : 0)),
                7 => Math.Max(1, Pick(random, profile.Answer) - (random.NextDouble() < 0.10 ? 1 : 0)),
                6 => Math.Min(4, Pick(random, profile.Answer) + (random.NextDouble() < 0.15 ? 1 : 0)),
                _ => Pick(random, profile.Answer),
            };
        }

        if (answers.All(a => a is null)) answers[0] = Pick(random, profile.Answer);
        var form = new SurveyAnswers
        {
            Answers = answers,
            Gender = random.NextDouble() < 0.92 ? (random.NextDouble() < 0.55 ? "l" : "p") : null,
            Age = random.NextDouble() < 0.85 ? 18 + random.Next(0, 25) + random.Next(0, 25) : null,
            Education = random.NextDouble() < 0.88 ? Weighted(random, Educations) : null,
            Occupation = random.NextDouble() < 0.88 ? Weighted(random, Occupations) : null,
            Comment = random.NextDouble() < 0.3 ? Suggestions[random.Next(Suggestions.Length)] : null,
        };
        if (form.Validate(requireAll: allAnswered) is { Count: > 0 } errors)
            throw new InvalidOperationException("Demo survey response: " + string.Join("; ", errors));
        var at = date.ToDateTime(new TimeOnly(1 + random.Next(0, 9), random.Next(0, 60)), DateTimeKind.Utc);
        return form.ToResponse(unitId, date, at, source);
    }

    private static int Pick(Random random, double[] chances)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < chances.Length; i++)
        {
            roll -= chances[i];
            if (roll < 0) return i + 1;
        }

        return chances.Length;
    }

    private static string Weighted(Random random, (string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
        {
            if (roll < weight) return code;
            roll -= weight;
        }

        return choices[^1].Code;
    }
}
