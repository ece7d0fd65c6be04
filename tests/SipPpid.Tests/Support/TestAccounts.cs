using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Tests.Support;

/// <summary>Accounts and files arranged through the app's own services.</summary>
public static class TestAccounts
{
    public const string Password = "Akun-Uji-2026";

    /// <summary>An account with one role, created through Identity as <c>user add</c> would.</summary>
    public static async Task<AppUser> AccountAsync(this AppFactory app, string email, string role, string password = Password, int? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, FullName = "Akun " + email, UnitId = unitId, LockoutEnabled = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>
    /// A PDF the officer provided for a request (what the applicant downloads from the tracking page), or another
    /// <paramref name="kind"/> of file of the request.
    /// </summary>
    public static async Task<int> ProvidedFileAsync(this AppFactory app, int requestId, string fileName, FileKind kind = FileKind.InformationProvided)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var pdf = new MemoryStream("%PDF-1.4 informasi"u8.ToArray());
        var (stored, _) = await scope.ServiceProvider.GetRequiredService<FileStore>().SaveAsync(pdf, fileName, CancellationToken.None);
        var file = new RequestFile
        {
            RequestId = requestId,
            Kind = kind,
            FileName = stored!.FileName,
            ContentType = stored.ContentType,
            Size = stored.Size,
            StorageKey = stored.StorageKey,
            Sha256 = stored.Sha256,
            UploadedAtUtc = DateTime.UtcNow,
        };
        db.RequestFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}
