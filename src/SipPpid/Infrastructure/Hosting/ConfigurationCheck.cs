using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Hosting;

/// <summary>
/// Runs every options validation registered with ValidateOnStart before the web app or a command does anything,
/// so a bad setting ends the start with one line per problem instead of a stack trace later.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>The exit status for a configuration problem (EX_CONFIG): systemd can be told not to restart on it.</summary>
    public const int ExitCode = 78;

    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return [.. ex.Failures];
        }
        catch (AggregateException ex)
        {
            return [.. ex.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message])];
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong type: "Failed to convert configuration value at 'Mail:PollSeconds' to type 'System.Int32'."
            return [ex.Message];
        }
    }

    /// <summary>Null when <paramref name="path"/> is (or can be made) a folder this process can write to; else why not.</summary>
    public static string? FolderProblem(string key, string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return $"{key} is empty.";
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{key} '{path}' is not a writable folder: {ex.Message}";
        }
    }
}
