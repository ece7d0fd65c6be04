using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SipPpid.Tests.PublicRequests;

namespace SipPpid.Tests.Security;

/// <summary>
/// With uploads limited to 1 KB a request body may hold about 1 MB: a larger one is refused with 413 before it is
/// read, with the friendly page (forms) or problem details (API); the register import keeps its own larger limit.
/// </summary>
public sealed class UploadLimitTests(SmallUploadsApp app) : IClassFixture<SmallUploadsApp>, IAsyncLifetime
{
    private const int Huge = 2 * 1024 * 1024;

    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static MultipartFormDataContent Upload(string field, string fileName, string? token = null)
    {
        var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(new byte[Huge]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return form;
    }

    [Fact]
    public async Task A_huge_upload_to_the_public_form_is_refused_early_with_a_clear_message()
    {
        var response = await app.Client().PostAsync(PublicForm.Path, Upload("Form.IdentityCard", "ktp.png"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kiriman terlalu besar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_api_body_gets_problem_details_413()
    {
        var response = await app.Client().PostAsync("/api/v1/requests", new StringContent("{\"applicantName\":\"" + new string('x', Huge) + "\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_register_import_keeps_its_own_larger_limit()
    {
        var admin = await app.SignedInAsync("admin@ppid.demo");
        var page = await admin.GetStringAsync("/Import/Register");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await admin.PostAsync("/Import/Register", Upload("Upload", "register.csv", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
