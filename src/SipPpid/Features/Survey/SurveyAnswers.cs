using SipPpid.Domain;

namespace SipPpid.Features.Survey;

/// <summary>
/// A response as typed (a form, a kiosk, a row of <c>import survey</c>), checked once by <see cref="Validate"/>: each
/// answer 1–4 or empty, at least one answered (every one when <c>requireAll</c>), the profile's codes from
/// <see cref="SurveyCodes"/>, the age 10–120, the suggestion at most 2 000 characters. Keys of the errors are the
/// contract's column names (<c>u1</c>…<c>u9</c>, <c>gender</c>, <c>age</c>, <c>education</c>, <c>occupation</c>,
/// <c>comment</c>); messages are Indonesian keys of the localizer.
/// </summary>
public sealed class SurveyAnswers
{
    public int?[] Answers { get; set; } = new int?[9];
    public string? Gender { get; set; }
    public int? Age { get; set; }
    public string? Education { get; set; }
    public string? Occupation { get; set; }
    public string? Comment { get; set; }

    /// <summary>The errors, field by field; empty when the response may be stored.</summary>
    public List<(string Field, string Message)> Validate(bool requireAll)
    {
        var errors = new List<(string, string)>();
        if (Answers is not { Length: 9 }) return [("u1", "Jawaban survei tidak lengkap.")];
        for (var i = 0; i < 9; i++)
        {
            if (!SurveyRules.IsValidAnswer(Answers[i])) errors.Add((SurveyRules.Elements[i], "Jawaban harus 1, 2, 3, atau 4."));
            else if (requireAll && Answers[i] is null) errors.Add((SurveyRules.Elements[i], "Pilih salah satu jawaban."));
        }
        if (!requireAll && Answers.All(a => a is null)) errors.Add(("u1", "Jawab setidaknya satu unsur."));
        if (Gender is not null && !SurveyCodes.Genders.ContainsKey(Gender)) errors.Add(("gender", "Jenis kelamin harus l atau p."));
        if (Age is not null && Age is < SurveyCodes.MinAge or > SurveyCodes.MaxAge) errors.Add(("age", "Umur harus antara 10 dan 120 tahun."));
        if (Education is not null && !SurveyCodes.Educations.ContainsKey(Education)) errors.Add(("education", "Pendidikan tidak dikenal."));
        if (Occupation is not null && !SurveyCodes.Occupations.ContainsKey(Occupation)) errors.Add(("occupation", "Pekerjaan tidak dikenal."));
        if (Comment is { Length: > SurveyResponse.CommentMaxLength }) errors.Add(("comment", "Saran paling banyak 2000 karakter."));
        return errors;
    }

    /// <summary>A new response of <paramref name="unitId"/> dated <paramref name="date"/>; call after <see cref="Validate"/>.</summary>
    public SurveyResponse ToResponse(int unitId, DateOnly date, DateTime nowUtc, SurveySource source) => new()
    {
        UnitId = unitId,
        Date = date,
        SubmittedAtUtc = nowUtc,
        Source = source,
        Answers = Answers,
        Gender = Gender,
        Age = Age,
        Education = Education,
        Occupation = Occupation,
        Comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(),
    };
}
