using SipPpid.Cli;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid;

public static class AppHost
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var (command, hostArgs) = AppCommands.Split(args);
        // The app's own assembly names the application (pages, static assets) even when another entry assembly
        // hosts it, as the test runner does when it runs a command in process.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ApplicationName = typeof(AppHost).Assembly.GetName().Name });
        ConfigureLogging(builder, isCommand: command.Length > 0);
        builder.AddSipPpid();
        await using var app = builder.Build();

        var problems = ConfigurationCheck.Problems(app.Services);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await stderr.WriteLineAsync("configuration error: " + problem);
            return ConfigurationCheck.ExitCode;
        }

        if (command.Length > 0)
        {
            // Built only by a command that renders a page (`report service --format pdf|html`).
            var pipeline = new Lazy<RequestDelegate>(() => InProcessPage.Pipeline(app));
            return await AppCommands.RunAsync(app.Services, command, stdout, stderr, () => pipeline.Value);
        }

        try
        {
            await AppInitializer.InitializeAsync(app.Services);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: the database could not be prepared: " + ex.GetBaseException().Message);
            return 1;
        }

        app.UseSipPpid();
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// <c>Logging:Format</c> = <c>json</c> (default in Production: one JSON object per line, for journald or a log
    /// shipper) or <c>simple</c> (default elsewhere). Commands keep standard output for their results (a report's
    /// JSON), so their logs go to standard error.
    /// </summary>
    private static void ConfigureLogging(WebApplicationBuilder builder, bool isCommand)
    {
        var format = builder.Configuration["Logging:Format"];
        var json = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            || (string.IsNullOrEmpty(format) && builder.Environment.IsProduction());
        if (isCommand)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            // Provider-specific, so it also beats appsettings' "Default": "Information" (cron mails stay readable).
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        if (!json) return;
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
    }
}
