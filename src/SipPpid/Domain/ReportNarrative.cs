namespace SipPpid.Domain;

/// <summary>
/// The narrative sections of the Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56) written by the PPID
/// Utama for one report (period and unit); the figures sections are generated.
/// </summary>
public sealed class ReportNarrative
{
    public int Id { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string UnitCode { get; set; } = "";
    public string? Policy { get; set; }
    public string? Facilities { get; set; }
    public string? Staff { get; set; }
    public string? Budget { get; set; }
    public string? Obstacles { get; set; }
    public string? Recommendations { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
}
