using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Notifications;

/// <summary>One e-mail about a request, as the officers see it: to whom, about what, and whether it went out.</summary>
public sealed record NotificationRow(string To, string Subject, DateTime CreatedAtUtc, DateTime? SentAtUtc, int Attempts, string? LastError, bool GivenUp);

/// <summary>
/// On the officer's request page: the e-mails the outbox holds for the request (to the applicant and to officers),
/// sent or still waiting, so an officer can tell the applicant "the notice was e-mailed on …" or see a bad address.
/// </summary>
public sealed class RequestNotificationsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId)
    {
        var rows = await db.Outbox.AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.Id)
            .Select(m => new OutboxMessage { To = m.To, Subject = m.Subject, CreatedAtUtc = m.CreatedAtUtc, SentAtUtc = m.SentAtUtc, Attempts = m.Attempts, LastError = m.LastError })
            .ToListAsync();
        return View("/Features/Notifications/_RequestNotifications.cshtml",
            rows.Select(m => new NotificationRow(m.To, m.Subject, m.CreatedAtUtc, m.SentAtUtc, m.Attempts, m.LastError, m.IsGivenUp())).ToList());
    }
}
