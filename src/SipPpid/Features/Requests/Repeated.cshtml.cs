using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Requests;

/// <summary>
/// Staff: information requested repeatedly within the officer's units (<see cref="RepeatedRequests"/>), each group
/// with its requests and a link to publish the answer to the DIP, so it need not be requested again.
/// </summary>
public sealed class RepeatedModel(RepeatedRequests repeated, CurrentScope scope) : PageModel
{
    public RepeatedRequests.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await repeated.ListAsync(await scope.GetAsync(ct), ct);
}
