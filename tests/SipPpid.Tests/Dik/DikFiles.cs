using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Csv;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dik;

/// <summary>DIK files for the tests, in the import's columns (contracts.md), and the import run in a scope as the command line runs it.</summary>
public static class DikFiles
{
    public const string Header = "unit_code,information,basis,legal_reference,consequence,public_interest,scope,period_end,decree_number,decree_date,set_by";

    public static string Row(string unit, string information, string number, string basis = "17h", string end = "", string decreed = "2026-01-05",
        string scope = "full") =>
        $"{unit},\"{information}\",{basis},\"UU 14/2008 Pasal 17 huruf h\",\"Kerugian bila dibuka\",\"Kepentingan publik\",{scope},{end},{number},{decreed},\"dr. Siti Rahmawati\"";

    public static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static async Task<ImportDik.Result> ImportDikAsync(this AppFactory app, string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportDik>()
            .RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), TableFormat.Csv, null, null, CancellationToken.None);
    }
}
