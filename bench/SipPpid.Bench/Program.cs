// Benchmarks that generate their own data and print figures (never run by the test suite).
//   dotnet run -c Release --project bench/SipPpid.Bench -- register [--requests 100000] [--postgres "Host=...;Database=...;..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- register-import [--requests 100000] [--postgres "..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- report [--requests 1000000] [--units 1000] [--import 100000] [--runs 7] [--year 2025] [--postgres "..."]
//     (report: SQLite always, and PostgreSQL too when --postgres is given; see bench/README.md)
using SipPpid.Bench;

var requests = Arg("--requests", 100_000);
var postgres = ArgText("--postgres");
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
            new ReportBench.Options(Arg("--requests", 1_000_000), Arg("--units", 1_000), Arg("--import", 100_000), Arg("--runs", 7), Arg("--year", 2025)),
            postgres is null ? [null] : [null, postgres]);
        return 0;
    default:
        Console.Error.WriteLine("usage: register | register-import | report [--requests N] [--units N] [--postgres CONNECTION]");
        return 2;
}

int Arg(string name, int fallback) =>
    ArgText(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
