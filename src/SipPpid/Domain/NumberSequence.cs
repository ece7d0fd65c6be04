namespace SipPpid.Domain;

/// <summary>The last registration number issued by a unit in a year.</summary>
public sealed class NumberSequence
{
    public const string Requests = "request";
    public const string Objections = "objection";

    public int UnitId { get; set; }

    /// <summary>Which register the counter belongs to (requests, objections).</summary>
    public string Kind { get; set; } = Requests;
    public int Year { get; set; }
    public int Last { get; set; }
}
