using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

/// <summary>Two app instances on one PostgreSQL database take numbers from the same counter: none duplicated or skipped.</summary>
public sealed class TwoInstanceNumberingTests(PostgresApp first) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Submissions_through_two_instances_get_consecutive_unique_numbers()
    {
        await first.SeedDemoAsync();
        await using var second = new SecondInstance(first.Database);
        var clients = new[] { first.CreateClient(), second.CreateClient() };
        var body = new
        {
            unitCode = "DISKOMINFO",
            applicantType = "individual",
            applicantName = "Pemohon Paralel",
            applicantNik = "6171012304850003",
            applicantEmail = "paralel@example.org",
            applicantAddress = "Pontianak",
            informationRequested = "Data paralel",
            purpose = "Uji",
            obtainMethod = "view",
        };
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => clients[i % 2].PostAsJsonAsync("/api/v1/requests", body)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var r in responses)
        {
            using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            numbers.Add(doc.RootElement.GetProperty("registrationNumber").GetString()!);
        }

        Assert.Equal(30, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 30), numbers.Select(n => int.Parse(n.Split('/')[0], CultureInfo.InvariantCulture)).Order());
    }
}
