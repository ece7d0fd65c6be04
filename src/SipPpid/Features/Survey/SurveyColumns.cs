namespace SipPpid.Features.Survey;

/// <summary>
/// One column of a survey file (contracts.md, "Satisfaction survey"): its name in the CSV and the import's header, its
/// Indonesian header in an XLSX (which the import also accepts), and whether it is required.
/// </summary>
public sealed record SurveyColumn(string Name, string Header, bool Required);

/// <summary>The survey file's columns, described once: the import reads them, the template writes them in this order.</summary>
public static class SurveyColumns
{
    public static readonly SurveyColumn UnitCode = new("unit_code", "Kode unit", true);
    public static readonly SurveyColumn Date = new("date", "Tanggal", true);
    public static readonly SurveyColumn Gender = new("gender", "Jenis kelamin", false);
    public static readonly SurveyColumn Age = new("age", "Umur", false);
    public static readonly SurveyColumn Education = new("education", "Pendidikan", false);
    public static readonly SurveyColumn Occupation = new("occupation", "Pekerjaan", false);
    public static readonly SurveyColumn RegistrationNumber = new("registration_number", "Nomor registrasi", false);
    public static readonly SurveyColumn Comment = new("comment", "Saran", false);

    /// <summary>u1 … u9, headed by their element's name in an XLSX ("U1 Persyaratan").</summary>
    public static readonly IReadOnlyList<SurveyColumn> Elements =
        [.. SurveyCodes.Elements.Select(e => new SurveyColumn(e.Code, $"{e.Code.ToUpperInvariant()} {e.Name}", false))];

    public static readonly IReadOnlyList<SurveyColumn> All =
        [UnitCode, Date, .. Elements, Gender, Age, Education, Occupation, RegistrationNumber, Comment];

    public static readonly IReadOnlyCollection<string> Required = All.Where(c => c.Required).Select(c => c.Name).ToArray();

    public static readonly IReadOnlyCollection<string> Optional = All.Where(c => !c.Required).Select(c => c.Name).ToArray();

    /// <summary>The XLSX headers (lower case) mapped to the column names.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderNames =
        All.ToDictionary(c => c.Header.ToLowerInvariant(), c => c.Name, StringComparer.Ordinal);

    /// <summary>The template offered on the upload page: two paper forms, one with every answer and its profile, one partly answered.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> Examples { get; } =
    [
        ["DINKES", new DateOnly(2026, 1, 15), 4, 3, 3, 4, 3, 4, 4, 3, 3, "p", 34, "d4-s1", "swasta", null, "Mohon waktu layanan dipercepat."],
        ["DINKES", new DateOnly(2026, 1, 16), 3, 3, 2, 4, null, 3, 4, null, 3, "l", null, "sma", "wirausaha", null, null],
    ];
}
