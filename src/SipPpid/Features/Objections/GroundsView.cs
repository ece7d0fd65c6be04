namespace SipPpid.Features.Objections;

/// <summary>
/// The grounds checkboxes: why each ground does not fit yet (null when it fits; shown as information, not as an
/// error) and what is ticked. The field's error comes from ModelState["Grounds"] like any other field's.
/// </summary>
public sealed record GroundsView(IReadOnlyDictionary<string, string?> WhyNot, IReadOnlyList<string> Selected);
