namespace SipPpid.Domain;

/// <summary>How a survey response reached us (survey.md, "Collection").</summary>
public enum SurveySource
{
    /// <summary>An applicant rating a decided request: one response per request.</summary>
    Request,

    /// <summary>The public kiosk page of a unit (walk-in applicants at the service desk).</summary>
    Kiosk,

    /// <summary>A paper or earlier survey result, from <c>import survey</c>.</summary>
    Import,
}

/// <summary>
/// One response to the Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017, survey.md): the nine elements answered 1–4
/// (null = not answered), the optional respondent profile and suggestion. It counts for its unit on its
/// <see cref="Date"/> (the day in the body's time zone it was given). Responses are never edited.
/// </summary>
public sealed class SurveyResponse
{
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public SurveySource Source { get; set; }

    /// <summary>The request it rates; unique, so a request is rated once (the database settles a race).</summary>
    public int? RequestId { get; set; }

    /// <summary>The <c>import survey</c> file it came from.</summary>
    public int? ImportId { get; set; }

    public int? U1 { get; set; }
    public int? U2 { get; set; }
    public int? U3 { get; set; }
    public int? U4 { get; set; }
    public int? U5 { get; set; }
    public int? U6 { get; set; }
    public int? U7 { get; set; }
    public int? U8 { get; set; }
    public int? U9 { get; set; }

    /// <summary><c>l</c> or <c>p</c> (survey.md).</summary>
    public string? Gender { get; set; }
    public int? Age { get; set; }
    public string? Education { get; set; }
    public string? Occupation { get; set; }
    public string? Comment { get; set; }

    /// <summary>The nine answers in element order u1…u9.</summary>
    public int?[] Answers
    {
        get => [U1, U2, U3, U4, U5, U6, U7, U8, U9];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length != 9) throw new ArgumentException("Nine answers, u1…u9.", nameof(value));
            (U1, U2, U3, U4, U5, U6, U7, U8, U9) = (value[0], value[1], value[2], value[3], value[4], value[5], value[6], value[7], value[8]);
        }
    }
}

/// <summary>
/// A file taken by <c>import survey</c>. Responses are not idempotent by content (two paper forms may be identical), so
/// the file's SHA-256 is unique: the same file is refused a second time (contracts.md).
/// </summary>
public sealed class SurveyImport
{
    public int Id { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public int Rows { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public string? ImportedByUserId { get; set; }
    public string? ImportedByName { get; set; }
}
