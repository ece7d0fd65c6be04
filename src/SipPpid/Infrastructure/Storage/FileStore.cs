using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Storage;

public sealed class StorageOptions
{
    /// <summary>Folder for uploaded files, outside the web root (default ./data/files).</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "files");

    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest document of a DIP entry (reports, audio versions): 20 MB unless set.</summary>
    public long MaxDipUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// The highest <see cref="MaxDipUploadBytes"/> allowed: the DIP upload page's request size limit is an attribute,
    /// a constant, so the setting is capped by it.
    /// </summary>
    public const long MaxDipUploadCeiling = 100 * 1024 * 1024;
}

/// <summary>Uploads can be stored: the folder is writable and the size limit positive.</summary>
public sealed class StorageOptionsCheck : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MaxUploadBytes <= 0) problems.Add($"Storage:MaxUploadBytes must be positive (is {options.MaxUploadBytes}).");
        if (options.MaxDipUploadBytes is <= 0 or > StorageOptions.MaxDipUploadCeiling)
            problems.Add($"Storage:MaxDipUploadBytes must be between 1 and {StorageOptions.MaxDipUploadCeiling} (is {options.MaxDipUploadBytes}).");
        if (Hosting.ConfigurationCheck.FolderProblem("Storage:Path", options.Path) is { } folder) problems.Add(folder);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>
/// A checked upload: its type comes from its content, never from its name; <see cref="FileName"/> is the uploaded
/// name cleaned for display only (<see cref="FileNames.Display"/>), never used to name a download.
/// </summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string StorageKey, string Sha256);

/// <summary>
/// Stores uploads outside the web root. Requests accept only PDF, JPEG and PNG; DIP documents the wider
/// <see cref="ContentTypes.Dip"/> set; types are recognised from the content (<see cref="ContentTypes"/>), and
/// anything larger than the limit is refused. Files are served only through pages that check who may see them.
/// </summary>
public sealed class FileStore(IOptions<StorageOptions> options)
{
    /// <summary>The image types: what a picture shown on a page or a letter may be.</summary>
    public static readonly IReadOnlySet<string> ImageTypes = new HashSet<string>(StringComparer.Ordinal) { ContentTypes.Jpeg, ContentTypes.Png };

    public long MaxBytes => options.Value.MaxUploadBytes;

    public long MaxDipBytes => options.Value.MaxDipUploadBytes;

    /// <summary>The type of a PDF, JPEG or PNG recognised from its first bytes, or null.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> content) => ContentTypes.Signature(content);

    private string Root => System.IO.Path.GetFullPath(options.Value.Path);

    /// <summary>Checks and stores <paramref name="content"/>; returns null and a reason when it is refused.</summary>
    public Task<(StoredFile? File, string? Error)> SaveAsync(Stream content, string fileName, CancellationToken ct) =>
        SaveAsync(content, fileName, MaxBytes, null, ct);

    /// <summary>
    /// As <see cref="SaveAsync(Stream, string, CancellationToken)"/>, with a lower size limit (never above
    /// <see cref="MaxBytes"/>) and only the given <paramref name="types"/> (null: PDF, JPEG and PNG).
    /// </summary>
    public Task<(StoredFile? File, string? Error)> SaveAsync(Stream content, string fileName, long maxBytes, IReadOnlySet<string>? types, CancellationToken ct) =>
        SaveCheckedAsync(content, fileName, Math.Min(maxBytes, MaxBytes), types ?? ContentTypes.Basic, ct);

    /// <summary>A DIP entry's document: any of <see cref="ContentTypes.Dip"/>, up to <see cref="MaxDipBytes"/>.</summary>
    public Task<(StoredFile? File, string? Error)> SaveDipAsync(Stream content, string fileName, CancellationToken ct) =>
        SaveCheckedAsync(content, fileName, MaxDipBytes, ContentTypes.Dip, ct);

    private async Task<(StoredFile? File, string? Error)> SaveCheckedAsync(Stream content, string fileName, long max, IReadOnlySet<string> types, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, max, ct);
        if (buffer.Length > max) return (null, "too_large");
        if (buffer.Length == 0) return (null, "empty");
        var bytes = buffer.ToArray();
        var type = ContentTypes.Recognise(bytes, fileName);
        if (type is null || !types.Contains(type)) return (null, "type");

        var key = $"{DateTime.UtcNow:yyyy}/{DateTime.UtcNow:MM}/{Guid.NewGuid():N}{FileNames.ExtensionOf(type)}";
        var path = System.IO.Path.Combine(Root, key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return (new StoredFile(FileNames.Display(fileName), type, buffer.Length, key, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()), null);
    }

    public Stream Open(string storageKey)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, storageKey));
        if (!path.StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Storage key escapes the storage folder.");
        return File.OpenRead(path);
    }

    /// <summary>The stored file's bytes, or null when it is missing (e.g. removed by hand from the storage folder).</summary>
    public async Task<byte[]?> ReadAllBytesAsync(string storageKey, CancellationToken ct = default)
    {
        try
        {
            await using var stream = Open(storageKey);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            return copy.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string storageKey)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, storageKey));
        if (path.StartsWith(Root, StringComparison.Ordinal) && File.Exists(path)) File.Delete(path);
    }

    private static async Task CopyLimitedAsync(Stream source, Stream target, long max, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), ct);
            if (target.Length > max) return;
        }
    }
}
