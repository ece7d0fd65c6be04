using Microsoft.Extensions.Localization;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Dik;

/// <summary>A checked row of a DIK file: its unit resolved, its worksheet and decree as the form would post them.</summary>
public sealed record DikImportRow(int Line, int UnitId, string UnitCode, DikForm Form)
{
    public string Information => Form.Information!.Trim();
    public string DecreeNumber => Form.DecreeNumber!.Trim();
}

/// <summary>
/// Checks one row of a DIK file against <see cref="DikColumns"/>: the codes and dates it can read, then the same
/// <see cref="DikForm.Validate"/> as the form (an imported worksheet). Every problem becomes "line N: column: reason".
/// </summary>
public sealed class DikRowParser(IReadOnlyDictionary<string, (int Id, string Path)> units, UnitScope? scope, IStringLocalizer t)
{
    /// <summary>The text a partial exemption records when the file, which has no column for it, does not say which parts are withheld.</summary>
    public const string WithheldPartsOnFile = "Sebagian, sebagaimana tercantum dalam surat penetapan.";

    public DikImportRow? Parse(ImportRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var bad = new HashSet<string>(StringComparer.Ordinal);
        void Error(DikColumn c, string reason)
        {
            if (bad.Add(c.Name)) errors.Add(new ImportError(row.Line, c.Name, reason));
        }

        string? Text(DikColumn c)
        {
            var v = row[c.Name];
            if (v is null && c.Required) Error(c, "required");
            return v;
        }

        DateOnly? Date(DikColumn c)
        {
            if (Text(c) is not { } v) return null;
            if (CsvTable.TryParseDate(v, out var date)) return date;
            Error(c, $"'{v}' is not a date (yyyy-mm-dd)");
            return null;
        }

        var unitId = 0;
        var code = Text(DikColumns.UnitCode);
        if (code is not null)
        {
            if (!units.TryGetValue(code, out var unit)) Error(DikColumns.UnitCode, $"unit '{code}' does not exist");
            else if (scope is not null && !scope.Contains(unit.Path)) Error(DikColumns.UnitCode, $"unit {code} is outside your scope");
            else unitId = unit.Id;
        }

        var basis = Text(DikColumns.Basis)?.ToLowerInvariant();
        if (basis is not null && !DikRules.IsKnownBasis(basis))
            Error(DikColumns.Basis, $"'{row[DikColumns.Basis.Name]}' is not one of {string.Join(", ", ExemptionBasis.Codes)}");
        var scopeCode = Text(DikColumns.Scope)?.ToLowerInvariant();
        if (scopeCode is not null && !DikForm.Scopes.ContainsKey(scopeCode))
            Error(DikColumns.Scope, $"'{row[DikColumns.Scope.Name]}' is not one of {string.Join(", ", DikForm.Scopes.Keys)}");

        var form = new DikForm
        {
            UnitId = unitId,
            Information = Text(DikColumns.Information),
            Basis = basis,
            LegalReference = Text(DikColumns.LegalReference),
            Consequence = Text(DikColumns.Consequence),
            PublicInterest = Text(DikColumns.PublicInterest),
            Scope = scopeCode,
            WithheldParts = scopeCode == "partial" ? WithheldPartsOnFile : null,
            PeriodEnd = Date(DikColumns.PeriodEnd),
            DecreeNumber = Text(DikColumns.DecreeNumber),
            DecreeDate = Date(DikColumns.DecreeDate),
            SignatoryName = Text(DikColumns.SetBy),
        };
        foreach (var e in form.Validate(t, imported: true))
        {
            var column = DikColumns.ColumnOf(e.Field);
            if (bad.Add(column)) errors.Add(new ImportError(row.Line, column, e.Message));
        }

        return errors.Count > before ? null : new DikImportRow(row.Line, unitId, code!, form);
    }
}
