// Benchmarks that generate their own data and print figures (never run by the test suite).
//   dotnet run -c Release --project bench/SipPpid.Bench -- register [--requests 100000] [--postgres "Host=...;Database=...;..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- register-import [--requests 100000] [--postgres "..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- report [--requests 1000000] [--units 1000] [--import 100000] [--runs 7] [--year 2025] [--postgres "..."]
//     (report: SQLite always, and PostgreSQL too when --postgres is given; see bench/README.md)
//   dotnet run -c Release --project bench/SipPpid.Bench -- dip-search [--entries 50000] [--units 1000] [--runs 7] [--postgres "..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- survey [--responses 500000] [--units 1000] [--requests 200000] [--runs 7] [--year 2025] [--postgres "..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- hand-sql [postgres]   (prints the report's hand-written SQL)
//   load --urls http://127.0.0.1:5106,http://127.0.0.1:5107 [--seconds 30] [--warmup 5] [--concurrency 64] [--rate N] [--units A,B] --created FILE
//   load-check --provider sqlite|postgres --connection "..." --created FILE      (bench/load/run.sh runs both)
namespace SipPpid.Bench;

// A named entry class, not top-level statements: the test project references this assembly (the report bench's
// smoke test), and a second global `Program` would clash with the web app's.
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var requests = Arg(args, "--requests", 100_000);
        var postgres = ArgText(args, "--postgres");
        switch (args.FirstOrDefault())
        {
            case "register":
                await RegisterBench.RunAsync(requests, postgres);
                return 0;
            case "register-import":
                await RegisterImportBench.RunAsync(requests, postgres);
                return 0;
            case "report":
                await ReportBench.RunAsync(
                    new ReportBench.Options(Arg(args, "--requests", 1_000_000), Arg(args, "--units", 1_000), Arg(args, "--import", 100_000),
                        Arg(args, "--runs", 7), Arg(args, "--year", 2025)),
                    postgres is null ? [null] : [null, postgres]);
                return 0;
            case "dip-search":
                await DipSearchBench.RunAsync(Arg(args, "--entries", 50_000), Arg(args, "--units", 1_000), Arg(args, "--runs", 7),
                    postgres is null ? [null] : [null, postgres]);
                return 0;
            case "survey":
                await SurveyBench.RunAsync(
                    new SurveyBench.Options(Arg(args, "--responses", 500_000), Arg(args, "--units", 1_000), Arg(args, "--requests", 200_000),
                        Arg(args, "--runs", 7), Arg(args, "--year", 2025)),
                    postgres is null ? [null] : [null, postgres]);
                return 0;
            case "hand-sql":
                // The report's hand-written statement, to read or to EXPLAIN (parameters @prefix, @from, @to).
                Console.WriteLine(HandReportSql.Statement(postgres: args.Contains("postgres")));
                return 0;
            case "load":
                return await LoadClient.RunAsync(new LoadClient.Options(
                    ArgText(args, "--urls")!.Split(','), Arg(args, "--seconds", 30), Arg(args, "--warmup", 5), Arg(args, "--concurrency", 64),
                    (ArgText(args, "--units") ?? "").Split(','), ArgText(args, "--created")!, Arg(args, "--rate", 0)));
            case "load-check":
                return await LoadCheck.RunAsync(ArgText(args, "--provider") ?? "sqlite", ArgText(args, "--connection")!, ArgText(args, "--created")!);
            default:
                await Console.Error.WriteLineAsync("usage: register | register-import | report | dip-search | survey [--requests N] [--units N] [--postgres CONNECTION] | hand-sql [postgres] | load ... | load-check ...");
                return 2;
        }
    }

    private static int Arg(string[] args, string name, int fallback) =>
        ArgText(args, name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static string? ArgText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
