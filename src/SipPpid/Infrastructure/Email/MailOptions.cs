using Microsoft.Extensions.Options;
using MimeKit;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Infrastructure.Email;

/// <summary>Settings of the section <c>Mail</c>: how the outbox is delivered and how often the mail jobs run.</summary>
public sealed class MailOptions
{
    /// <summary>Runs the outbox and reminder jobs in this process (set false to leave them to another instance, or in tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two outbox runs (1 to 3600).</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Minutes between two due-soon reminder runs (1 to 1440).</summary>
    public int ReminderMinutes { get; set; } = 10;

    /// <summary>The sender address of every e-mail.</summary>
    public string From { get; set; } = "ppid@localhost";

    /// <summary>Without an SMTP host each message is written here as an .eml file (a pickup folder).</summary>
    public string PickupFolder { get; set; } = "./data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>The SMTP server; empty means "write to the pickup folder".</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (port 465 always uses TLS on connect).</summary>
    public bool UseStartTls { get; set; } = true;
}

/// <summary>The mail settings are consistent: the start fails with one line per problem (see ConfigurationCheck).</summary>
public sealed class MailOptionsCheck : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.PollSeconds is < 1 or > 3600) problems.Add($"Mail:PollSeconds must be 1 to 3600 (is {options.PollSeconds}).");
        if (options.ReminderMinutes is < 1 or > 1440) problems.Add($"Mail:ReminderMinutes must be 1 to 1440 (is {options.ReminderMinutes}).");
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
            problems.Add($"Mail:From '{options.From}' is not an e-mail address.");
        var smtp = options.Smtp;
        if (smtp.Port is < 1 or > 65535) problems.Add($"Mail:Smtp:Port must be 1 to 65535 (is {smtp.Port}).");
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            if (!string.IsNullOrEmpty(smtp.User)) problems.Add("Mail:Smtp:User is set but Mail:Smtp:Host is not.");
            if (options.Enabled && ConfigurationCheck.FolderProblem("Mail:PickupFolder", options.PickupFolder) is { } folder) problems.Add(folder);
        }

        if (!string.IsNullOrEmpty(smtp.Password) && string.IsNullOrEmpty(smtp.User))
            problems.Add("Mail:Smtp:Password is set but Mail:Smtp:User is not.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
