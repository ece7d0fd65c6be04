using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SipPpid.Tests.Security;

/// <summary>
/// One role's browser for the matrix: it signs in once, keeps that session's cookies and antiforgery token, and then
/// ignores every Set-Cookie, so a row that renews the session changes nothing for the rows after it. Signing out ends
/// the session on the server, so the matrix calls the sign-out row last.
/// </summary>
public sealed partial class MatrixCaller(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private bool _frozen;

    public string Token { get; private set; } = "";

    public static async Task<MatrixCaller> SignInAsync(HttpClient client, string? email, string password)
    {
        var caller = new MatrixCaller(client);
        if (email is not null)
        {
            var token = await caller.TokenOfAsync("/Account/Login");
            var response = await caller.SendAsync(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }));
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        // The token of the signed-in user (the layout's sign-out form, or the login form when anonymous).
        caller.Token = await caller.TokenOfAsync(email is null ? "/Account/Login" : "/");
        caller._frozen = true;
        return caller;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        if (!_frozen && response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var c in cookies)
            {
                var pair = c.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) _cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        return response;
    }

    private async Task<string> TokenOfAsync(string page)
    {
        var html = await (await SendAsync(HttpMethod.Get, page)).Content.ReadAsStringAsync();
        var m = TokenField().Match(html);
        return m.Success ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on " + page);
    }

    public static HttpContent Body(string? form, string? token)
    {
        if (form is not null && form.StartsWith("json:", StringComparison.Ordinal))
            return new StringContent(form[5..], Encoding.UTF8, "application/json");
        var fields = (form ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .ToList();
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
