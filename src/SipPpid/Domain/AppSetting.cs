namespace SipPpid.Domain;

/// <summary>A body-wide setting edited by the admin (key/value so new settings need no migration).</summary>
public sealed class AppSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
