using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Tests.Support;

/// <summary>Builders for requests, registered through the real use case.</summary>
public static class Requests
{
    public static RegisterRequest.Input Valid(string? unit = null, string name = "Budi Santoso") => new()
    {
        UnitCode = unit,
        ApplicantType = "individual",
        ApplicantName = name,
        ApplicantNik = "6171012304850003",
        ApplicantEmail = "budi@example.org",
        ApplicantPhone = "081234567890",
        ApplicantAddress = "Jl. Gajah Mada No. 10, Pontianak",
        ApplicantOccupation = "Wiraswasta",
        InformationRequested = "Daftar penerima bantuan sosial tahun 2025",
        Purpose = "Penelitian skripsi",
        ObtainMethod = "copy",
        CopyFormat = "softcopy",
        DeliveryMethod = "email",
    };

    public static async Task<InformationRequest> SubmitAsync(this AppFactory app, RegisterRequest.Input? input = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RegisterRequest>().SubmitAsync(input ?? Valid(), [], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Request!;
    }

    public static async Task<InformationRequest> EnterAtDeskAsync(
        this AppFactory app, DateOnly received, string channel = "letter", string? unit = null, string name = "Budi Santoso")
    {
        var input = Valid(unit, name);
        input.Channel = channel;
        input.ReceivedDate = received;
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RegisterRequest>().EnterAtDeskAsync(input, [], new Actor(null, "Petugas Uji"), null, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Request!;
    }
}
