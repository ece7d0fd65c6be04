namespace SipPpid.Domain;

/// <summary>The last registration number issued by a unit in a year.</summary>
public sealed class NumberSequence
{
    public const string Requests = "request";
    public const string Objections = "objection";

    /// <summary>A unit's DIP entry numbers: one counter per unit, kept under <see cref="Year"/> 0 (the list is not yearly).</summary>
    public const string DipEntries = "dip";
    public const string DikEntries = "dik";

    public int UnitId { get; set; }

    /// <summary>Which register the counter belongs to (requests, objections).</summary>
    public string Kind { get; set; } = Requests;
    public int Year { get; set; }
    public int Last { get; set; }
}
