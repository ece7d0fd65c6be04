using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dik;

/// <summary>DIK entries with their first decree, stored directly (the classification pages are tested elsewhere).</summary>
public static class DikExpiryData
{
    public static async Task<DateOnly> TodayAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<Infrastructure.Time.BodyClock>().Today;
    }

    /// <summary>A new entry of the unit (next number), in force unless <paramref name="released"/>, ending on <paramref name="end"/> (null: no end).</summary>
    public static Task<int> EntryAsync(this AppFactory app, string unitCode, string information, DateOnly? end, string basis = "17h", bool released = false) =>
        app.WithDbAsync(db => EntryAsync(db, unitCode, information, end, basis, released));

    public static async Task<int> EntryAsync(AppDbContext db, string unitCode, string information, DateOnly? end, string basis = "17h", bool released = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var number = (await db.DikEntries.Where(e => e.UnitId == unitId).MaxAsync(e => (int?)e.Number) ?? 0) + 1;
        var now = DateTime.UtcNow;
        var entry = new DikEntry
        {
            UnitId = unitId,
            Number = number,
            Information = information,
            Basis = basis,
            LegalReference = "UU 14/2008 Pasal 17 huruf " + basis[^1],
            Consequence = "Membuka data pribadi pasien.",
            PublicInterest = "Melindungi hak pribadi lebih besar daripada manfaat membukanya.",
            Scope = DikScope.Full,
            PeriodEnd = end,
            NoEndReason = end is null ? "Rahasia pribadi tanpa batas waktu." : null,
            TestTeam = "Tim uji konsekuensi",
            HeadName = "dr. Siti Rahmawati, M.Kes.",
            HeadAgreedOn = new DateOnly(2026, 1, 2),
            Status = released ? DikStatus.Released : DikStatus.InForce,
            ReleasedOn = released ? new DateOnly(2026, 6, 1) : null,
            ReleaseReason = released ? "Dibuka" : null,
            CreatedAtUtc = now,
            ChangedAtUtc = now,
        };
        entry.Decrees.Add(new DikDecree
        {
            UnitId = unitId,
            Kind = DikDecreeKind.Initial,
            Number = $"188.4/{unitCode}/{number}/{Guid.NewGuid():N}"[..40],
            Date = new DateOnly(2026, 1, 2),
            Place = "Pontianak",
            SignatoryName = "dr. Siti Rahmawati, M.Kes.",
            SignatoryNip = "198104062008012015",
            PeriodEnd = end,
            WorksheetJson = "{}",
            VerificationCode = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
            DecreedAtUtc = now,
            DecreedByName = "Tes",
        });
        db.DikEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }
}
