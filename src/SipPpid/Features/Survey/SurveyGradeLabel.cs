namespace SipPpid.Features.Survey;

/// <summary>The words of a mutu pelayanan grade (survey.md; PermenPAN-RB 14/2017), Indonesian (keys of the localizer).</summary>
public static class SurveyGradeLabel
{
    public static string? For(string? grade) => grade switch
    {
        "A" => "Sangat Baik",
        "B" => "Baik",
        "C" => "Kurang Baik",
        "D" => "Tidak Baik",
        _ => null,
    };

    /// <summary>"B (Baik)", or "–" when there is no index.</summary>
    public static string Text(string? grade) => For(grade) is { } words ? $"{grade} ({words})" : "–";
}
