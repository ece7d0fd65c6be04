using SipPpid.Infrastructure.Cli;

namespace SipPpid;

public static class AppHost
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (command, hostArgs) = AppCommands.Split(args);
        // The app's own assembly names the application (pages, static assets) even when another entry assembly
        // hosts it, as the test runner does when it runs a command in process.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ApplicationName = typeof(AppHost).Assembly.GetName().Name });
        if (command.Length > 0)
        {
            // Commands keep standard output for their results (a report's JSON); logs go to standard error.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.AddSipPpid();
        await using var app = builder.Build();
        if (command.Length > 0)
        {
            // Built only by a command that renders a page (`report service --format pdf|html`).
            var pipeline = new Lazy<RequestDelegate>(() => InProcessPage.Pipeline(app));
            return await AppCommands.RunAsync(app.Services, command, stdout, stderr, () => pipeline.Value);
        }

        await AppInitializer.InitializeAsync(app.Services);
        app.UseSipPpid();
        await app.RunAsync();
        return 0;
    }
}
