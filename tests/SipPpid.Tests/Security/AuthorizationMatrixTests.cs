using System.Net;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Every endpoint of the app, called by every role, against the seeded <see cref="MatrixData"/>: the answers must be
/// those of <see cref="AuthorizationMatrix"/>, and an endpoint without a row fails the build. Each state-changing page
/// handler must also refuse a POST without the antiforgery token (400) from a role that may use it.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Every_endpoint_has_exactly_one_row_in_the_matrix()
    {
        var endpoints = (await EndpointCatalog.ReadAsync(app.Services)).Select(e => e.Key).ToList();
        var rows = AuthorizationMatrix.Rows.Select(r => r.Endpoint).ToList();
        var missing = endpoints.Except(rows).ToList();
        var stale = rows.Except(endpoints).ToList();
        var doubled = rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found: the catalog is broken");
        Assert.True(missing.Count + stale.Count + doubled.Count == 0,
            (missing.Count == 0 ? "" : "Endpoints without a row in AuthorizationMatrix.Rows (add one line each, with the answer of every role):\n"
                + string.Join("\n", missing.Select(k => $"    new(\"{k}\", \"{Address(k)}\", \"? ? ? ? ? ? ?\"),")) + "\n")
            + (stale.Count == 0 ? "" : "Rows for endpoints that do not exist: " + string.Join(", ", stale) + "\n")
            + (doubled.Count == 0 ? "" : "Rows listed twice: " + string.Join(", ", doubled)));
    }

    [Fact]
    public async Task Every_role_gets_the_declared_answer_from_every_endpoint()
    {
        var data = await MatrixData.ArrangeAsync(app);
        var pages = (await EndpointCatalog.ReadAsync(app.Services)).ToDictionary(e => e.Key);
        var callers = new List<MatrixCaller>();
        foreach (var email in AuthorizationMatrix.RoleAccounts)
            callers.Add(await MatrixCaller.SignInAsync(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), email,
                email is null || email.EndsWith("@ppid.demo", StringComparison.Ordinal) ? Features.Demo.DemoProvince.Password : TestAccounts.Password));

        var failures = new List<string>();
        // Signing out ends the session on the server (issue 12.2), so that row comes last.
        foreach (var row in AuthorizationMatrix.Rows.Concat(AuthorizationMatrix.Variants).OrderBy(r => r.Endpoint == "POST /Account/Logout"))
        {
            var answers = row.Answers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (answers.Length != callers.Count)
            {
                failures.Add($"{row.Endpoint}: {answers.Length} answers for {callers.Count} roles");
                continue;
            }

            var method = row.Endpoint.Split(' ')[0] is "ANY" or "GET" ? HttpMethod.Get : new HttpMethod(row.Endpoint.Split(' ')[0]);
            var url = data.Fill(row.Url);
            var got = new string[callers.Count];
            for (var i = 0; i < callers.Count; i++)
            {
                var content = method == HttpMethod.Get ? null : MatrixCaller.Body(row.Form is null ? null : data.Fill(row.Form), callers[i].Token);
                got[i] = Describe(await callers[i].SendAsync(method, url, content));
            }

            if (!got.SequenceEqual(answers)) failures.Add($"{row.Endpoint}\n      expected {string.Join(' ', answers)}\n      got      {string.Join(' ', got)}");

            if (method == HttpMethod.Post && pages.TryGetValue(row.Endpoint, out var entry) && entry.IsPage && EndpointCatalog.ValidatesAntiforgery(entry))
            {
                var allowed = Array.FindIndex(answers, a => a is not ("login" or "denied" or "404" or "401" or "403"));
                if (allowed < 0)
                {
                    failures.Add($"{row.Endpoint}: no role may use it, so its antiforgery check cannot be tried");
                    continue;
                }

                var forged = await callers[allowed].SendAsync(method, url, MatrixCaller.Body(row.Form is null ? null : data.Fill(row.Form), null));
                if (forged.StatusCode != HttpStatusCode.BadRequest)
                    failures.Add($"{row.Endpoint}: a POST without the antiforgery token answered {Describe(forged)} to {AuthorizationMatrix.RoleNames[allowed]}, not 400");
            }
        }

        Assert.True(failures.Count == 0, $"roles: {string.Join(' ', AuthorizationMatrix.RoleNames)}\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task State_changing_api_endpoints_never_act_on_a_cookie_without_an_antiforgery_check()
    {
        var endpoints = await EndpointCatalog.ReadAsync(app.Services);
        var unchecked_ = endpoints.Where(e => e.ChangesState && !e.IsPage && !EndpointCatalog.ValidatesAntiforgery(e)
                                             && !EndpointCatalog.IgnoresTheSessionCookie(e)).ToList();
        // The rest is acceptable only when it is anonymous and ignores who is signed in (so a forged cross-site POST
        // gains nothing a stranger could not do): AuthorizationMatrix.IdentityFreeApi says which, on purpose.
        var notVetted = unchecked_.Where(e => !(EndpointCatalog.AllowsAnonymous(e) && AuthorizationMatrix.IdentityFreeApi.Contains(e.Key))).Select(e => e.Key).ToList();
        Assert.True(notVetted.Count == 0, "State-changing API endpoints that accept the sign-in cookie without an antiforgery check: " + string.Join(", ", notVetted));
    }

    private static string Describe(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)) return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var location = response.Headers.Location?.OriginalString ?? "";
        return location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) ? "login"
            : location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? "denied"
            : "302";
    }

    /// <summary>A starting address for a new row: the route with its parameters left to fill in.</summary>
    private static string Address(string key)
    {
        var route = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return System.Text.RegularExpressions.Regex.Replace(route, "\\{([a-zA-Z]+)[^}]*\\}", "{$1}");
    }
}

public sealed class AuthorizationMatrixSqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app);

public sealed class AuthorizationMatrixPostgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app);
