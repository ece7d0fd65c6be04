using SipPpid.Domain;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Tests.Support;

/// <summary>The holiday list bundled with the app, parsed as the app parses it.</summary>
public static class Holidays
{
    public static List<Holiday> Bundled()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("SipPpid.id-holidays.csv")!;
        var (rows, errors) = CsvTable.Read(stream, ["date", "kind", "name_id"], ["name_en", "source"]);
        Assert.Empty(errors);
        return rows.Select(r => new Holiday
        {
            Date = DateOnly.Parse(r["date"]!, System.Globalization.CultureInfo.InvariantCulture),
            Kind = r["kind"] == "cuti_bersama" ? HolidayKind.CutiBersama : HolidayKind.LiburNasional,
            NameId = r["name_id"]!,
        }).ToList();
    }

    public static WorkingCalendar Calendar(bool cutiBersamaIsWorkingDay = false) => new(Bundled(), cutiBersamaIsWorkingDay);
}
