using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Calendar;

/// <summary>
/// Loads holidays from CSV in the format of id-holidays.csv (date,kind,name_id,name_en,source). A date that
/// exists is updated; nothing is deleted. The whole file is checked first: any bad row and nothing changes.
/// After a change the deadlines of open requests follow the new calendar.
/// </summary>
public sealed class ImportHolidays(AppDbContext db, CalendarChanged calendarChanged)
{
    private static readonly string[] Required = ["date", "kind", "name_id"];
    private static readonly string[] Optional = ["name_en", "source"];

    public sealed record Result(int Added, int Updated, IReadOnlyList<ImportError> Errors, int DeadlinesMoved = 0)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> RunAsync(Stream csv, CancellationToken ct = default)
    {
        var (parsed, errors) = Parse(csv);
        if (errors.Count > 0) return new Result(0, 0, errors);

        var dates = parsed.Select(h => h.Date).ToList();
        var existing = await db.Holidays.Where(h => dates.Contains(h.Date)).ToDictionaryAsync(h => h.Date, ct);
        int added = 0, updated = 0;
        foreach (var h in parsed)
        {
            if (existing.TryGetValue(h.Date, out var row))
            {
                if (row.Kind == h.Kind && row.NameId == h.NameId && row.NameEn == h.NameEn && row.Source == h.Source) continue;
                (row.Kind, row.NameId, row.NameEn, row.Source) = (h.Kind, h.NameId, h.NameEn, h.Source);
                updated++;
            }
            else
            {
                db.Holidays.Add(h);
                added++;
            }
        }

        await CalendarSource.MarkChangedAsync(db, ct);
        await db.SetSettingAsync(SettingKeys.HolidaysSeeded, "true", ct);
        if (added + updated > 0) db.Audit(null, "holidays.import", $"{added} added, {updated} updated");
        await db.SaveChangesAsync(ct);
        var moved = added + updated > 0 ? (await calendarChanged.RunAsync(Actor.System, ct)).RequestsMoved : 0;
        return new Result(added, updated, [], moved);
    }

    /// <summary>Loads the holiday list bundled with the app once, on a new database.</summary>
    public async Task SeedBundledAsync(CancellationToken ct = default)
    {
        if (await db.GetSettingAsync(SettingKeys.HolidaysSeeded, ct) == "true") return;
        await using var stream = typeof(ImportHolidays).Assembly.GetManifestResourceStream("SipPpid.id-holidays.csv")
            ?? throw new InvalidOperationException("The bundled holiday list is missing from the assembly.");
        var result = await RunAsync(stream, ct);
        if (!result.Succeeded)
            throw new InvalidOperationException("The bundled holiday list is invalid: " + string.Join("; ", result.Errors));
    }

    private static (List<Holiday>, List<ImportError>) Parse(Stream csv)
    {
        var (rows, errors) = CsvTable.Read(csv, Required, Optional);
        var holidays = new List<Holiday>();
        var seen = new Dictionary<DateOnly, int>();
        foreach (var row in rows)
        {
            var ok = true;
            if (!CsvTable.TryParseDate(row["date"], out var date))
            {
                errors.Add(new ImportError(row.Line, "date", row["date"] is null ? "required" : $"'{row["date"]}' is not a date (YYYY-MM-DD)"));
                ok = false;
            }
            else if (date < WorkingCalendar.MinDate || date > WorkingCalendar.MaxDate)
            {
                errors.Add(new ImportError(row.Line, "date", $"must be between {WorkingCalendar.MinDate:yyyy} and {WorkingCalendar.MaxDate:yyyy}"));
                ok = false;
            }
            else if (seen.TryGetValue(date, out var first))
            {
                errors.Add(new ImportError(row.Line, "date", $"{date:yyyy-MM-dd} already appears on line {first}"));
                ok = false;
            }
            else
            {
                seen[date] = row.Line;
            }

            HolidayKind kind = default;
            switch (row["kind"])
            {
                case "libur_nasional": kind = HolidayKind.LiburNasional; break;
                case "cuti_bersama": kind = HolidayKind.CutiBersama; break;
                case var k:
                    errors.Add(new ImportError(row.Line, "kind", k is null ? "required" : $"'{k}' is not libur_nasional or cuti_bersama"));
                    ok = false;
                    break;
            }

            var name = row["name_id"];
            if (name is null)
            {
                errors.Add(new ImportError(row.Line, "name_id", "required"));
                ok = false;
            }
            else if (name.Length > 200 || row["name_en"]?.Length > 200 || row["source"]?.Length > 300)
            {
                errors.Add(new ImportError(row.Line, "name_id", "names are at most 200 characters, source 300"));
                ok = false;
            }

            if (ok)
                holidays.Add(new Holiday { Date = date, Kind = kind, NameId = name!, NameEn = row["name_en"], Source = row["source"] });
        }

        return (holidays, errors);
    }
}
