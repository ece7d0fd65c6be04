using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Settings;

/// <summary>
/// The body's logo on the kop surat. The setting <see cref="SettingKeys.BodyLogo"/> holds the stored file's key (files
/// live outside the web root, shared by every instance); the letterhead embeds the image as a <c>data:</c> URI, so a
/// printed page and the PDF that Chromium renders from it need no further request, cookie or public file address.
/// No cache: the file is small (at most <see cref="MaxBytes"/>) and read once per printed page, and every instance
/// reads the current key from the database.
/// </summary>
public sealed class BodyLogo(FileStore files)
{
    /// <summary>The largest logo accepted: a kop surat needs a few hundred pixels, not a photograph.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Checks and stores an uploaded logo (PNG or JPEG by content, at most <see cref="MaxBytes"/>).</summary>
    public Task<(StoredFile? File, string? Error)> SaveAsync(Stream content, string fileName, CancellationToken ct) =>
        files.SaveAsync(content, fileName, MaxBytes, FileStore.ImageTypes, ct);

    /// <summary>The logo as a <c>data:</c> URI, or null when there is none (or its file has gone missing).</summary>
    public async Task<string?> DataUriAsync(string? storageKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(storageKey)) return null;
        var bytes = await files.ReadAllBytesAsync(storageKey, ct);
        // Checked again on reading: only an image of an accepted type ever reaches a page.
        return bytes is not null && FileStore.TypeOf(bytes) is { } type && FileStore.ImageTypes.Contains(type)
            ? $"data:{type};base64,{Convert.ToBase64String(bytes)}"
            : null;
    }

    public void Delete(string storageKey) => files.Delete(storageKey);
}
