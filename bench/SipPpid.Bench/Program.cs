// Benchmarks that generate their own data and print figures (never run by the test suite).
//   dotnet run -c Release --project bench/SipPpid.Bench -- register [--requests 100000] [--postgres "Host=...;Database=...;..."]
//   dotnet run -c Release --project bench/SipPpid.Bench -- register-import [--requests 100000] [--postgres "..."]
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
    default:
        Console.Error.WriteLine("usage: register | register-import [--requests N] [--postgres CONNECTION]");
        return 2;
}

int Arg(string name, int fallback) =>
    ArgText(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
