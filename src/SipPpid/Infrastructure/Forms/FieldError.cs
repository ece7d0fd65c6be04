namespace SipPpid.Infrastructure.Forms;

/// <summary>
/// What a use case found wrong with its input: the field (its form key, or "" for the form as a whole) and the
/// message to show there. The page puts it in ModelState, where <see cref="FormErrors"/> shows it.
/// </summary>
public sealed record FieldError(string Field, string Message);
