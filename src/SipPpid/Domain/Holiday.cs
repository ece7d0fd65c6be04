namespace SipPpid.Domain;

public enum HolidayKind
{
    /// <summary>Libur nasional: never a working day.</summary>
    LiburNasional,

    /// <summary>Cuti bersama: not a working day unless the body counts it as one (a setting).</summary>
    CutiBersama,
}

public sealed class Holiday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public HolidayKind Kind { get; set; }
    public string NameId { get; set; } = "";
    public string? NameEn { get; set; }

    /// <summary>The decree (SKB, Keppres) that set this date.</summary>
    public string? Source { get; set; }
}
