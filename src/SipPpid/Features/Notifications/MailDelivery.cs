using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Notifications;

/// <summary>
/// Hands messages to the SMTP server (one connection per run, opened on the first message) or, when no SMTP
/// host is configured, writes each one as an .eml file into the pickup folder.
/// </summary>
public sealed class MailDelivery(MailOptions options) : IAsyncDisposable
{
    private SmtpClient? _smtp;

    public async Task SendAsync(MimeMessage message, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            await WriteToPickupAsync(message, fileName, ct);
            return;
        }

        var smtp = await ConnectAsync(ct);
        await smtp.SendAsync(message, ct);
    }

    private async Task WriteToPickupAsync(MimeMessage message, string fileName, CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.PickupFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        var temp = path + ".tmp";
        await message.WriteToAsync(temp, ct);
        // A pickup reader never sees a half-written file.
        File.Move(temp, path, overwrite: true);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        if (_smtp is { IsConnected: true }) return _smtp;
        _smtp?.Dispose();
        _smtp = new SmtpClient { Timeout = 30_000 };
        var smtp = options.Smtp;
        var security = smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : smtp.UseStartTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        await _smtp.ConnectAsync(smtp.Host!, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.User)) await _smtp.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        return _smtp;
    }

    public async ValueTask DisposeAsync()
    {
        if (_smtp is null) return;
        try
        {
            if (_smtp.IsConnected) await _smtp.DisconnectAsync(quit: true);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // The messages are sent; a failed QUIT changes nothing.
        }
        finally
        {
            _smtp.Dispose();
        }
    }
}
