using System.Globalization;
using Microsoft.Extensions.Localization;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Survey;

/// <summary>A checked row of a survey file: its unit resolved, its date, the answers as a form would post them.</summary>
public sealed record SurveyImportRow(int Line, int UnitId, string UnitCode, DateOnly Date, SurveyAnswers Answers, string? RegistrationNumber);

/// <summary>
/// Checks one row of a survey file against <see cref="SurveyColumns"/>: the unit (existing, and in the uploader's scope),
/// the date (not in the future), the numbers it can read, then the same <see cref="SurveyAnswers.Validate"/> as the
/// kiosk (not every element required). The request named by <c>registration_number</c> is checked by
/// <see cref="ImportSurvey"/>, against the database and the rest of the file. Every problem becomes "line N: column: reason",
/// the reason in the localizer's language.
/// </summary>
public sealed class SurveyRowParser(IReadOnlyDictionary<string, (int Id, string Path)> units, UnitScope? scope, DateOnly today, IStringLocalizer t)
{
    public SurveyImportRow? Parse(ImportRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var bad = new HashSet<string>(StringComparer.Ordinal);
        void Error(string column, string reason)
        {
            if (bad.Add(column)) errors.Add(new ImportError(row.Line, column, reason));
        }

        int? Number(SurveyColumn c)
        {
            if (row[c.Name] is not { } v) return null;
            if (int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
            Error(c.Name, t["'{0}' bukan bilangan bulat", v]);
            return null;
        }

        string? Code(SurveyColumn c) => row[c.Name]?.ToLowerInvariant();

        var unitId = 0;
        var code = row[SurveyColumns.UnitCode.Name];
        if (code is null) Error(SurveyColumns.UnitCode.Name, t["wajib diisi"]);
        else if (!units.TryGetValue(code, out var unit)) Error(SurveyColumns.UnitCode.Name, t["unit '{0}' tidak ada", code]);
        else if (scope is not null && !scope.Contains(unit.Path)) Error(SurveyColumns.UnitCode.Name, t["unit {0} di luar lingkup Anda", code]);
        else unitId = unit.Id;

        var date = default(DateOnly);
        if (row[SurveyColumns.Date.Name] is not { } d) Error(SurveyColumns.Date.Name, t["wajib diisi"]);
        else if (!CsvTable.TryParseDate(d, out date)) Error(SurveyColumns.Date.Name, t["'{0}' bukan tanggal (yyyy-mm-dd)", d]);
        else if (date > today) Error(SurveyColumns.Date.Name, t["{0} belum terjadi (tanggal di masa depan)", d]);

        var answers = new SurveyAnswers
        {
            Answers = [.. SurveyColumns.Elements.Select(Number)],
            Gender = Code(SurveyColumns.Gender),
            Age = Number(SurveyColumns.Age),
            Education = Code(SurveyColumns.Education),
            Occupation = Code(SurveyColumns.Occupation),
            Comment = row[SurveyColumns.Comment.Name],
        };
        foreach (var (field, message) in answers.Validate(requireAll: false)) Error(field, t[message]);

        return errors.Count > before ? null
            : new SurveyImportRow(row.Line, unitId, code!, date, answers, row[SurveyColumns.RegistrationNumber.Name]);
    }
}
