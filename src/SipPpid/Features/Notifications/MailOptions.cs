using System.ComponentModel.DataAnnotations;

namespace SipPpid.Features.Notifications;

/// <summary>Settings of the section <c>Mail</c>: how the outbox is delivered and how often the mail jobs run.</summary>
public sealed class MailOptions
{
    /// <summary>Runs the outbox and reminder jobs in this process (set false to leave them to another instance, or in tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two outbox runs.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>Minutes between two due-soon reminder runs.</summary>
    [Range(1, 1440)]
    public int ReminderMinutes { get; set; } = 10;

    /// <summary>The sender address of every e-mail.</summary>
    [Required]
    public string From { get; set; } = "ppid@localhost";

    /// <summary>Without an SMTP host each message is written here as an .eml file (a pickup folder).</summary>
    [Required]
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
