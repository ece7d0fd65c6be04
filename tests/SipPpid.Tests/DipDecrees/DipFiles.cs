using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Features.DipDecrees;
using SipPpid.Features.RegisterImport;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.DipDecrees;

/// <summary>DIP files for the tests, in the import's columns, and the import run in a scope as the command line runs it.</summary>
public static class DipFiles
{
    public const string Header = "unit_code,category,title,summary,holder,responsible,produced_time,produced_place,format,retention,url,published_date";

    public static string Row(string unit, string title, string category = "berkala", string summary = "Ringkasan", string holder = "Sekretariat",
        string url = "", string published = "", string time = "2025") =>
        $"{unit},{category},\"{title}\",\"{summary}\",{holder},Kepala Dinas,{time},Pontianak,softcopy,5 tahun,{url},{published}";

    public static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static async Task<ImportDip.Result> ImportAsync(this AppFactory app, string csv) => await app.ImportAsync(Encoding.UTF8.GetBytes(csv), ImportRegister.FileFormat.Csv);

    public static async Task<ImportDip.Result> ImportAsync(this AppFactory app, byte[] file, ImportRegister.FileFormat format)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportDip>().RunAsync(new MemoryStream(file), format, null, null, CancellationToken.None);
    }
}
