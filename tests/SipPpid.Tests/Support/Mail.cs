using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SipPpid.Features.Notifications;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Tests.Support;

/// <summary>Runs the mail jobs' logic from a scope, as the hosted shells do, with test settings.</summary>
public static class Mail
{
    public static MailOptions Pickup(string folder) => new() { PickupFolder = folder, From = "ppid@ppid.demo" };

    /// <summary>SMTP on a local port nobody listens on: every connection is refused at once.</summary>
    public static MailOptions ClosedSmtp()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new MailOptions { From = "ppid@ppid.demo", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, UseStartTls = false } };
    }

    public static async Task<OutboxSender.Result> SendOutboxAsync(this AppFactory app, MailOptions options)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = ActivatorUtilities.CreateInstance<OutboxSender>(scope.ServiceProvider, Options.Create(options));
        return await sender.RunAsync(CancellationToken.None);
    }

    public static async Task<int> RemindDueSoonAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueSoonReminders>().RunAsync(CancellationToken.None);
    }

    /// <summary>Sends whatever earlier tests left due, so a test starts with an empty queue.</summary>
    public static async Task DrainOutboxAsync(this AppFactory app)
    {
        using var folder = new TempFolder();
        while ((await app.SendOutboxAsync(Pickup(folder.Path))).Sent > 0) { }
    }
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sipppid-mail-{Guid.NewGuid():N}");

    public string[] Files() => Directory.Exists(Path) ? Directory.GetFiles(Path, "*.eml") : [];

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
