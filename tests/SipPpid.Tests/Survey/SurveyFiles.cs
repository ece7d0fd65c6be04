using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Csv;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>Survey files for the tests, in the import's columns (contracts.md), and the import run in a scope as the command line runs it.</summary>
public static class SurveyFiles
{
    public const string Header = "unit_code,date,u1,u2,u3,u4,u5,u6,u7,u8,u9,gender,age,education,occupation,registration_number,comment";

    /// <summary>A row: <paramref name="answers"/> is nine cells ("4,3,,..."), empty ones unanswered.</summary>
    public static string Row(string unit, string date = "2026-02-10", string answers = "4,3,3,4,3,4,4,3,3", string gender = "p", string age = "34",
        string education = "d4-s1", string occupation = "swasta", string number = "", string comment = "") =>
        $"{unit},{date},{answers},{gender},{age},{education},{occupation},{number},\"{comment}\"";

    public static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>Imports as the command line does (all units), in Indonesian unless told.</summary>
    public static async Task<ImportSurvey.Result> ImportSurveyAsync(this AppFactory app, string csv, string name = "survei.csv", string culture = "id-ID")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ImportSurvey>()
                .RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, TableFormat.Csv, null, null, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
