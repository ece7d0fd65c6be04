using SipPpid.Infrastructure.Cli;

namespace SipPpid;

public static class AppHost
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (command, hostArgs) = AppCommands.Split(args);
        var builder = WebApplication.CreateBuilder(hostArgs);
        if (command.Length > 0)
        {
            // Commands keep standard output for their results (a report's JSON); logs go to standard error.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            // Provider-specific, so it also beats appsettings' "Default": "Information" (cron mails stay readable).
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        builder.AddSipPpid();
        await using var app = builder.Build();
        if (command.Length > 0) return await AppCommands.RunAsync(app.Services, command, stdout, stderr);

        await AppInitializer.InitializeAsync(app.Services);
        app.UseSipPpid();
        await app.RunAsync();
        return 0;
    }
}
