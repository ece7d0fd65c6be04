// Benchmarks that generate their own data and print figures (never run by the test suite).
//   dotnet run -c Release --project bench/SipPpid.Bench -- register [--requests 100000] [--postgres "Host=...;Database=...;..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- register-import [--requests 100000] [--postgres "..."]
//   load --urls http://127.0.0.1:5106,http://127.0.0.1:5107 [--seconds 30] [--warmup 5] [--concurrency 64] [--rate N] [--units A,B] --created FILE
//   load-check --provider sqlite|postgres --connection "..." --created FILE      (bench/load/run.sh runs both)
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
    case "load":
        return await LoadClient.RunAsync(new LoadClient.Options(
            ArgText("--urls")!.Split(','), Arg("--seconds", 30), Arg("--warmup", 5), Arg("--concurrency", 64),
            (ArgText("--units") ?? "").Split(','), ArgText("--created")!, Arg("--rate", 0)));
    case "load-check":
        return await LoadCheck.RunAsync(ArgText("--provider") ?? "sqlite", ArgText("--connection")!, ArgText("--created")!);
    default:
        Console.Error.WriteLine("usage: register | register-import [--requests N] [--postgres CONNECTION] | load ... | load-check ...");
        return 2;
}

int Arg(string name, int fallback) =>
    ArgText(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
