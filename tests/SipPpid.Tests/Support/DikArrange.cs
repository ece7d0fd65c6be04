using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Tests.Support;

/// <summary>DIK entries arranged through the real use case (ClassifyInformation).</summary>
public static class DikArrange
{
    private static int _serial;

    /// <summary>A complete worksheet and decree (17h, ending in two years), its decree number unique in the test run.</summary>
    public static DikForm Worksheet(DateOnly today, string information = "Rekam medis pasien rumah sakit daerah", string? decreeNumber = null) => new()
    {
        Information = information,
        Basis = "17h",
        LegalReference = "UU 14/2008 Pasal 17 huruf h angka 2; UU 17/2023 Pasal 296",
        Consequence = "Membuka rekam medis mengungkap riwayat kesehatan pasien dan melanggar rahasia pribadinya.",
        PublicInterest = "Perlindungan rahasia pribadi pasien lebih besar daripada manfaat membukanya.",
        Scope = "full",
        PeriodEnd = today.AddYears(2),
        TestTeam = "Tim Uji Konsekuensi PPID",
        HeadName = "Dr. H. Harisson, M.Kes.",
        HeadAgreedOn = today,
        DecreeNumber = decreeNumber ?? $"SPK-{Interlocked.Increment(ref _serial)}/{Guid.NewGuid():N}"[..30],
        DecreeDate = today,
        DecreePlace = "Pontianak",
        SignatoryName = "dr. Siti Rahmawati, M.Kes.",
        SignatoryNip = "198104062008012015",
    };

    /// <summary>A new entry of the unit's DIK with its first decree; returns the entry (with its decree in force's id).</summary>
    public static async Task<(DikEntry Entry, DikDecree Decree)> EntryAsync(this AppFactory app, string unitCode, Action<DikForm>? change = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var form = Worksheet(today);
        change?.Invoke(form);
        var (entry, errors) = await scope.ServiceProvider.GetRequiredService<ClassifyInformation>().CreateAsync(unitId, form, null, null, CancellationToken.None);
        Assert.True(entry is not null, string.Join("; ", errors.Select(e => e.Field + ": " + e.Message)));
        var decree = await db.DikDecrees.AsNoTracking().SingleAsync(d => d.EntryId == entry!.Id && d.SupersededById == null);
        return (entry!, decree);
    }
}
