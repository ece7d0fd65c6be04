using System.CommandLine;
using System.Text.RegularExpressions;
using SipPpid.Features.Calendar;
using SipPpid.Features.Demo;
using SipPpid.Features.Units;
using SipPpid.Features.Users;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Cli;

/// <summary>The executable's commands (README, "The executable's commands"). Each exits 0 on success, non-zero with a reason on stderr.</summary>
public static partial class AppCommands
{
    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>
    /// Separates the command from host configuration overrides such as `--Database:Provider=postgres`
    /// (which may be given before or after any command). No command: the web app runs with every argument
    /// (`--urls URL` and the like). A first word that is not a known command is still taken as a command, so
    /// a typo fails with a reason instead of starting the web app.
    /// </summary>
    public static (string[] Command, string[] Host) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var config = args.Where(a => ConfigOverride().IsMatch(a)).ToArray();
        var rest = args.Except(config).ToArray();
        var isCommand = rest.Length > 0 && (!rest[0].StartsWith('-') || HelpFlags.Contains(rest[0]));
        return isCommand ? (rest, config) : ([], args);
    }

    [GeneratedRegex(@"^--[A-Za-z][\w.]*(:[\w.]+)+=")]
    private static partial Regex ConfigOverride();

    /// <summary>Runs one command; <paramref name="pipeline"/> gives the web app's request pipeline to the commands that print a page.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, Func<RequestDelegate> pipeline)
    {
        var root = new RootCommand("SIP PPID: run without arguments to serve the web app, or run one command.");
        root.Subcommands.Add(Migrate(services, stdout));
        root.Subcommands.Add(SeedDemoCommand(services, stdout, stderr));
        root.Subcommands.Add(Import(services, stdout, stderr));
        root.Subcommands.Add(User(services, stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(services, pipeline, stdout, stderr));
        root.Subcommands.Add(OpenApiCommand.Create(services, pipeline, stdout, stderr));
        foreach (var command in OperationsCommands.Create(services, stdout, stderr)) root.Subcommands.Add(command);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(config);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: " + ex.GetBaseException().Message);
            return 2;
        }
    }

    private static Command Migrate(IServiceProvider services, TextWriter stdout)
    {
        var cmd = new Command("migrate", "Create or upgrade the database schema.");
        cmd.SetAction(async (_, ct) =>
        {
            await AppInitializer.InitializeAsync(services, ct);
            await stdout.WriteLineAsync("Database schema is up to date.");
            return 0;
        });
        return cmd;
    }

    private static Command SeedDemoCommand(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var force = new Option<bool>("--force") { Description = "Load the demo data outside demo mode (its accounts still cannot sign in)" };
        var cmd = new Command("seed-demo", "Load the demo province (idempotent).") { force };
        cmd.SetAction(async (pr, ct) =>
        {
            var demoMode = DemoMode.IsOn(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
            if (!demoMode && !pr.GetValue(force))
            {
                await stderr.WriteLineAsync("error: demo mode is off (ASPNETCORE_ENVIRONMENT=Production or Demo:Enabled=false): the demo accounts " +
                    "have a published password. Load the demo on a demo server (Demo:Enabled=true), or pass --force to load its data " +
                    "anyway; its accounts then cannot sign in.");
                return 1;
            }

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var summary = await scope.ServiceProvider.GetRequiredService<SeedDemo>().RunAsync(ct: ct);
            await stdout.WriteLineAsync(summary);
            if (!demoMode) await stdout.WriteLineAsync("Demo mode is off: the demo accounts cannot sign in.");
            return 0;
        });
        return cmd;
    }

    private static Command Import(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var import = new Command("import", "Import data from a file.");

        var unitsFile = new Argument<FileInfo>("FILE") { Description = "CSV: code,name,parent_code,kind" };
        var units = new Command("units", "Units from CSV.") { unitsFile };
        units.SetAction((pr, ct) => RunImportAsync(services, pr.GetValue(unitsFile)!, stdout, stderr, async (sp, stream) =>
        {
            var r = await sp.GetRequiredService<ImportUnits>().RunAsync(stream, ct);
            return (r.Errors, $"Units imported: {r.Added} added, {r.Updated} updated.");
        }, ct));
        import.Subcommands.Add(units);

        var holidaysFile = new Argument<FileInfo>("FILE") { Description = "CSV: date,kind,name_id,name_en,source" };
        var holidays = new Command("holidays", "Holidays from CSV.") { holidaysFile };
        holidays.SetAction((pr, ct) => RunImportAsync(services, pr.GetValue(holidaysFile)!, stdout, stderr, async (sp, stream) =>
        {
            var r = await sp.GetRequiredService<ImportHolidays>().RunAsync(stream, ct);
            return (r.Errors, $"Holidays imported: {r.Added} added, {r.Updated} updated.");
        }, ct));
        import.Subcommands.Add(holidays);
        import.Subcommands.Add(RegisterImportCommand.Create(services, stdout, stderr));
        import.Subcommands.Add(DipImportCommand.Create(services, stdout, stderr));
        import.Subcommands.Add(DikImportCommand.Create(services, stdout, stderr));
        import.Subcommands.Add(SurveyImportCommand.Create(services, stdout, stderr));
        return import;
    }

    private static async Task<int> RunImportAsync(
        IServiceProvider services, FileInfo file, TextWriter stdout, TextWriter stderr,
        Func<IServiceProvider, Stream, Task<(IReadOnlyList<ImportError> Errors, string Summary)>> import, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await stderr.WriteLineAsync($"error: file not found: {file.FullName}");
            return 1;
        }

        await AppInitializer.InitializeAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        await using var stream = file.OpenRead();
        var (errors, summary) = await import(scope.ServiceProvider, stream);
        if (errors.Count == 0)
        {
            await stdout.WriteLineAsync(summary);
            return 0;
        }

        await stderr.WriteLineAsync($"error: {file.Name} was not imported (nothing changed); {errors.Count} problem(s):");
        foreach (var e in errors) await stderr.WriteLineAsync(e.ToString());
        return 1;
    }

    private static Command User(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var email = new Option<string>("--email") { Description = "E-mail (also the sign-in name)", Required = true };
        var role = new Option<string>("--role") { Description = "admin | ppid_utama | ppid_pembantu | atasan_ppid", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit code (required for ppid_pembantu)" };
        var password = new Option<string?>("--password") { Description = "Password; a random one is printed when omitted" };
        var name = new Option<string?>("--name") { Description = "Full name" };
        var add = new Command("add", "Create a staff account.") { email, role, unit, password, name };
        add.SetAction(async (pr, ct) =>
        {
            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CreateStaffAccount>().RunAsync(
                new CreateStaffAccount.Input(pr.GetValue(email)!, pr.GetValue(role)!, pr.GetValue(unit), pr.GetValue(password), pr.GetValue(name), null),
                null, ct);
            if (!result.Succeeded)
            {
                foreach (var (field, message) in result.Errors)
                    await stderr.WriteLineAsync($"error: --{CliName(field)}: {message}");
                return 1;
            }

            await stdout.WriteLineAsync($"User {result.User!.Email} created.");
            if (result.GeneratedPassword is { } generated) await stdout.WriteLineAsync($"Password: {generated}");
            return 0;
        });
        return new Command("user", "Manage staff accounts.") { add };
    }

    private static string CliName(string field) => field switch
    {
        "UnitCode" => "unit",
        _ => field.ToLowerInvariant(),
    };
}
