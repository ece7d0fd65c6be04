using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>
/// The worked example of the results tests, first half of 2025 (units SKR, SKR-A, SKR-B below it):
/// <code>
///          u1 u2 u3 u4 u5 u6 u7 u8 u9
/// A  r1     4  4  3  3  4  4  4  2  3   2025-02-01  l, 25, d4-s1, pns   "Pelayanan cepat"
/// A  r2     3  3  3  2  3  4  4  2  3   2025-03-01  p, 41, sma, swasta  "&lt;b&gt;Tambah&lt;/b&gt; kursi"
/// A  r3     4  3  2  3  3  3  4  1  4   2025-04-01  (no profile)
/// B  r4     2  2  2  2  2  2  2  2  2   2025-05-05  –, 65, –, lainnya   "=1+1 ruang tunggu"
/// A  (2025-07-01, after the period: not counted)
/// </code>
/// Total: sums 13 12 10 10 12 13 14 7 12 over 4 → NRR 3.25 3.00 2.50 2.50 3.00 3.25 3.50 1.75 3.00; ΣNRR = 103/4;
/// IKM = 103/36 = 2.8611… → 2.861; konversi 2575/36 = 71.527… → 71.53 (C). A alone: ΣNRR = 85/3, IKM 85/27 = 3.148,
/// konversi 78.70 (B). B: 2.000, 50.00 (D). Population: A 2, B 5 decided requests → minimum 2, 5, total 7 → 7.
/// </summary>
internal static class SurveyResultsData
{
    public const string From = "2025-01-01", To = "2025-06-30";
    public const string PembantuA = "skr-a@skm.test", Utama = "skr-utama@skm.test";

    private static readonly string[] DecidedA = ["2025-02-03", "2025-03-03"];
    private static readonly string[] DecidedB = ["2025-02-04", "2025-02-05", "2025-02-06", "2025-02-07", "2025-02-10"];

    public static async Task SeedAsync(AppFactory app)
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "SKR"))) return;
        var (a, b) = await ReportData.WithAsync(app, async data =>
        {
            var root = data.Unit("SKR", null);
            var a = data.Unit("SKR-A", root);
            var b = data.Unit("SKR-B", root);
            await data.SaveAsync();
            foreach (var day in DecidedA) data.Request(a, day, notice: day, decision: Decision.GrantedFull);
            foreach (var day in DecidedB)
                data.Request(b, day, notice: day, decision: Decision.GrantedFull);
            return (a, b);
        });
        await app.WithDbAsync(async db =>
        {
            void Add(Unit unit, string date, int?[] answers, string? gender = null, int? age = null, string? education = null, string? occupation = null, string? comment = null) =>
                db.SurveyResponses.Add(new SurveyResponse
                {
                    UnitId = unit.Id,
                    Date = ReportData.D(date),
                    SubmittedAtUtc = DateTime.UtcNow,
                    Source = SurveySource.Kiosk,
                    Answers = answers,
                    Gender = gender,
                    Age = age,
                    Education = education,
                    Occupation = occupation,
                    Comment = comment,
                });
            Add(a, "2025-02-01", [4, 4, 3, 3, 4, 4, 4, 2, 3], "l", 25, "d4-s1", "pns", "Pelayanan cepat");
            Add(a, "2025-03-01", [3, 3, 3, 2, 3, 4, 4, 2, 3], "p", 41, "sma", "swasta", "<b>Tambah</b> kursi");
            Add(a, "2025-04-01", [4, 3, 2, 3, 3, 3, 4, 1, 4], comment: "");
            Add(b, "2025-05-05", [2, 2, 2, 2, 2, 2, 2, 2, 2], age: 65, occupation: "lainnya", comment: "=1+1 ruang tunggu");
            Add(a, "2025-07-01", [1, 1, 1, 1, 1, 1, 1, 1, 1], comment: "Di luar periode");
            return await db.SaveChangesAsync();
        });
        await app.AccountAsync(PembantuA, Roles.PpidPembantu, unitId: a.Id);
        await app.AccountAsync(Utama, Roles.PpidUtama);
    }
}
