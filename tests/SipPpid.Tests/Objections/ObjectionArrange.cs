using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Objections;

/// <summary>Requests and objections arranged through the real use cases.</summary>
public static class ObjectionArrange
{
    public static async Task<InformationRequest> RejectedAsync(this AppFactory app, string? unit = null, string name = "Budi Santoso")
    {
        var request = await app.SubmitAsync(Support.Requests.Valid(unit, name));
        var (entry, _) = await app.EntryAsync(await app.WithDbAsync(db => db.Units.Where(u => u.Id == request.UnitId).Select(u => u.Code).SingleAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var r = await db.Requests.SingleAsync(x => x.Id == request.Id);
        var errors = await scope.ServiceProvider.GetRequiredService<RequestProcessing>().DecideAsync(r, new DecisionInput
        {
            NoticeDate = scope.ServiceProvider.GetRequiredService<BodyClock>().Today,
            Decision = "rejected_exempt",
            Reasons = "Informasi memuat data pribadi.",
            Dik = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SignerName = "Petugas Uji",
        }, new Actor(null, "Petugas Uji"), CancellationToken.None);
        Assert.Empty(errors);
        return r;
    }

    public static async Task<Objection> FiledAtDeskAsync(this AppFactory app, InformationRequest r, params string[] grounds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tracked = await db.Requests.SingleAsync(x => x.Id == r.Id);
        var result = await scope.ServiceProvider.GetRequiredService<FileObjection>().AtDeskAsync(tracked, new FileObjection.Input
        {
            Grounds = [.. grounds],
            CaseDescription = "Pemohon keberatan atas keputusan PPID.",
            Channel = "in_person",
            ReceivedDate = scope.ServiceProvider.GetRequiredService<BodyClock>().Today,
        }, null, new Actor(null, "Petugas Uji"), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Objection!;
    }
}
