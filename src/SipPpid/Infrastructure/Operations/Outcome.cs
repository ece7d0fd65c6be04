namespace SipPpid.Infrastructure.Operations;

/// <summary>What an operations command reports: a reason for standard error, or a summary for standard output.</summary>
public sealed record Outcome(string? Error, string? Summary)
{
    public static Outcome Fail(string error) => new(error, null);

    public static Outcome Done(string summary) => new(null, summary);
}
