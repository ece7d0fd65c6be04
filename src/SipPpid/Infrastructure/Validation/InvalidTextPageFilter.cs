using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;

namespace SipPpid.Infrastructure.Validation;

/// <summary>A page with several forms that reopens the one whose POST failed; its messages are keyed by the input's name.</summary>
public interface IReopensForm
{
    /// <summary>Reopens the form of <paramref name="action"/>: the handler's name in kebab case ("DisputeUpdate" → "dispute-update").</summary>
    void Reopen(string action);
}

/// <summary>
/// When a page's handler tried to save a text that breaks <see cref="TextRules"/> (the database context refused it,
/// so nothing was written), the page is shown again with the rule's message on the field that was posted with that
/// text (or above the form when no posted field holds it), instead of an error page; the entities the handler had
/// changed are put back as they are stored, so the page shows nothing that was not saved. Applies to every page.
/// </summary>
public sealed partial class InvalidTextPageFilter(IStringLocalizer<SharedResource> t, AppDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is not InvalidTextException invalid || executed.HandlerInstance is not PageModel page) return;

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Added) entry.State = EntityState.Detached;
            else if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
            }
        }

        var request = context.HttpContext.Request;
        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        foreach (var problem in invalid.Problems)
        {
            var text = problem.Value.Trim();
            var field = text.Length == 0 ? ""
                : form?.FirstOrDefault(f => f.Value.Any(v => v is not null && v.Contains(text, StringComparison.Ordinal))).Key ?? "";
            // Pages of several forms key each form's messages by the input's own name ("Reasons" of "Decision.Reasons").
            if (page is IReopensForm) field = field[(field.LastIndexOf('.') + 1)..];
            page.ModelState.AddModelError(field, t[problem.Problem.MessageKey, problem.Problem.MaxLength].Value);
        }

        if (page is IReopensForm reopens && context.HandlerMethod?.Name is { } handler) reopens.Reopen(Kebab().Replace(handler, "-$1").ToLowerInvariant());
        executed.ExceptionHandled = true;
        executed.Result = page.Page();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Kebab();
}
