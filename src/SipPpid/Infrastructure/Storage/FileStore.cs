using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Storage;

public sealed class StorageOptions
{
    /// <summary>Folder for uploaded files, outside the web root (default ./data/files).</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "files");

    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;
}

/// <summary>Uploads can be stored: the folder is writable and the size limit positive.</summary>
public sealed class StorageOptionsCheck : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MaxUploadBytes <= 0) problems.Add($"Storage:MaxUploadBytes must be positive (is {options.MaxUploadBytes}).");
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
/// Stores uploads outside the web root. Only PDF, JPEG and PNG are accepted, recognised by their first bytes;
/// anything larger than the limit is refused. Files are served only through pages that check who may see them.
/// </summary>
public sealed class FileStore(IOptions<StorageOptions> options)
{
    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public long MaxBytes => options.Value.MaxUploadBytes;

    private string Root => System.IO.Path.GetFullPath(options.Value.Path);

    /// <summary>Checks and stores <paramref name="content"/>; returns null and a reason when it is refused.</summary>
    public async Task<(StoredFile? File, string? Error)> SaveAsync(Stream content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, MaxBytes, ct);
        if (buffer.Length > MaxBytes) return (null, "too_large");
        if (buffer.Length == 0) return (null, "empty");
        var bytes = buffer.ToArray();
        var signature = Signatures.FirstOrDefault(s => bytes.AsSpan().StartsWith(s.Magic));
        if (signature.Type is null) return (null, "type");

        var key = $"{DateTime.UtcNow:yyyy}/{DateTime.UtcNow:MM}/{Guid.NewGuid():N}{FileNames.ExtensionOf(signature.Type)}";
        var path = System.IO.Path.Combine(Root, key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return (new StoredFile(FileNames.Display(fileName), signature.Type, buffer.Length, key, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()), null);
    }

    public Stream Open(string storageKey)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, storageKey));
        if (!path.StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Storage key escapes the storage folder.");
        return File.OpenRead(path);
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
