namespace SipPpid.Features.Objections;

/// <summary>The grounds checkboxes: why each ground does not fit yet (null when it fits), what is ticked, and the field's error.</summary>
public sealed record GroundsView(IReadOnlyDictionary<string, string?> WhyNot, IReadOnlyList<string> Selected, string? Error);
