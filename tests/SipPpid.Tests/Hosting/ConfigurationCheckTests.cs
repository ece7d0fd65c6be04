using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Tests.Hosting;

/// <summary>Bad settings stop the web app and every command before they touch anything: one line per problem, no stack trace.</summary>
public sealed class ConfigurationCheckTests
{
    private static async Task<(int Code, string Out, string[] Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AppHost.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Sqlite() => $"--ConnectionStrings:Ppid=Data Source={Path.Combine(Path.GetTempPath(), $"sipppid-config-{Guid.NewGuid():N}.db")}";

    [Fact]
    public async Task An_unknown_database_provider_stops_a_command_with_one_clear_line()
    {
        var (code, stdout, stderr) = await RunAsync("migrate", "--Database:Provider=oracle", Sqlite());
        Assert.Equal(ConfigurationCheck.ExitCode, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr);
        Assert.Equal("configuration error: Database:Provider 'oracle' is not supported: use 'sqlite' (default) or 'postgres'.", line);
    }

    [Fact]
    public async Task The_web_app_does_not_start_on_a_bad_setting()
    {
        var (code, _, stderr) = await RunAsync("--Database:Provider=postgres", "--urls=http://127.0.0.1:0");
        Assert.Equal(ConfigurationCheck.ExitCode, code);
        Assert.Equal("configuration error: Database:Provider is 'postgres' but ConnectionStrings:Ppid (ConnectionStrings__Ppid) is not set.", Assert.Single(stderr));
    }

    [Fact]
    public async Task Every_problem_is_named_at_once()
    {
        var notAFolder = Path.GetTempFileName();
        var (code, _, stderr) = await RunAsync("migrate", Sqlite(),
            "--Ppid:TimeZone=Mars/Olympus",
            "--Ppid:PublicBaseUrl=ppid.example",
            "--Mail:From=not an address",
            "--Mail:Smtp:Password=secret",
            "--Mail:ReminderMinutes=0",
            $"--Storage:Path={Path.Combine(notAFolder, "files")}",
            "--Proxy:KnownProxies:0=nginx.local",
            "--OpenTelemetry:OtlpEndpoint=collector:4317x");
        File.Delete(notAFolder);

        Assert.Equal(ConfigurationCheck.ExitCode, code);
        Assert.All(stderr, l => Assert.StartsWith("configuration error: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain(stderr, l => l.Contains(" at SipPpid.", StringComparison.Ordinal));
        string[] expected =
        [
            "Ppid:TimeZone is not a known time zone",
            "Ppid:PublicBaseUrl must be an absolute http(s) address",
            "Mail:From 'not an address' is not an e-mail address.",
            "Mail:Smtp:Password is set but Mail:Smtp:User is not.",
            "Mail:ReminderMinutes must be 1 to 1440 (is 0).",
            "Storage:Path '",
            "Proxy:KnownProxies must list IP addresses",
            "OpenTelemetry:OtlpEndpoint must be an http(s) address",
        ];
        Assert.All(expected, e => Assert.Contains(stderr, l => l.Contains(e, StringComparison.Ordinal)));
        Assert.Equal(expected.Length, stderr.Length);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named()
    {
        var (code, _, stderr) = await RunAsync("migrate", Sqlite(), "--Mail:PollSeconds=often");
        Assert.Equal(ConfigurationCheck.ExitCode, code);
        Assert.Contains("Mail:PollSeconds", Assert.Single(stderr), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_reported_without_echoing_it()
    {
        var (code, _, stderr) = await RunAsync("migrate", "--Database:Provider=postgres", "--ConnectionStrings:Ppid=Host=db;Pasword=rahasia-sekali");
        Assert.Equal(ConfigurationCheck.ExitCode, code);
        var line = Assert.Single(stderr);
        Assert.StartsWith("configuration error: ConnectionStrings:Ppid is not a valid PostgreSQL connection string", line, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia-sekali", line, StringComparison.Ordinal);
    }
}
