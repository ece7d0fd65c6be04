namespace SipPpid.Features.Survey;

/// <summary>
/// The posted survey form as typed: its fields are named by the contract's column names (<c>u1</c>…<c>u9</c>,
/// <c>gender</c>, <c>age</c>, <c>education</c>, <c>occupation</c>, <c>comment</c>), which are also the keys of
/// <see cref="SurveyAnswers.Validate"/>'s errors, so a message lands on its field. A value that is not a number is kept
/// as an invalid one (0 for an answer, -1 for the age), so it is refused by name rather than silently dropped.
/// </summary>
public static class SurveyForm
{
    public static SurveyAnswers Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Text(string key) => form[key].ToString().Trim() is { Length: > 0 } s ? s : null;
        int? Number(string key, int invalid) => Text(key) is not { } s ? null
            : int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : invalid;
        return new SurveyAnswers
        {
            Answers = [.. SurveyRules.Elements.Select(code => Number(code, 0))],
            Gender = Text("gender"),
            Age = Number("age", -1),
            Education = Text("education"),
            Occupation = Text("occupation"),
            Comment = form["comment"].ToString() is { Length: > 0 } c && !string.IsNullOrWhiteSpace(c) ? c : null,
        };
    }
}

/// <summary>What the shared form partial (<c>_SurveyForm</c>) shows: the answers so far and the button's text.</summary>
public sealed record SurveyFormView(SurveyAnswers Answers, string Submit, string FormId);
