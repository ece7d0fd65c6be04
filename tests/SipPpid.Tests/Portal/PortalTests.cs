using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Portal.PortalData;

namespace SipPpid.Tests.Portal;

/// <summary>The public portal: search, entry pages, downloads, the banner, the suggestions and GET /api/v1/dip.</summary>
public abstract class PortalTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private int _published;

    public async Task InitializeAsync() => _published = await SeedAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> Html(string url)
    {
        var response = await app.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<int> IdOf(string title) => app.WithDbAsync(db => db.DipEntries.Where(e => e.Title == title).Select(e => e.Id).FirstAsync());

    [Fact]
    public async Task Search_finds_a_published_entry_by_a_word_of_its_summary_and_never_a_draft_or_a_withdrawn_one()
    {
        var html = await Html("/Informasi?q=" + Word);
        Assert.Contains(PublishedTitle, html);
        Assert.DoesNotContain(DraftTitle, html);
        Assert.DoesNotContain(WithdrawnTitle, html);
        Assert.Contains("<span id=\"dip-total\">1</span>", html);
    }

    [Fact]
    public async Task Drafts_and_withdrawn_entries_have_no_page_and_no_download()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Informasi/{_published}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Informasi/{await IdOf(DraftTitle)}")).StatusCode);
        var withdrawn = await IdOf(WithdrawnTitle);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Informasi/{withdrawn}")).StatusCode);
        var doc = await app.WithDbAsync(db => db.DipDocuments.Where(d => d.EntryId == withdrawn).Select(d => d.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Informasi/Dokumen/{doc}")).StatusCode);
    }

    [Fact]
    public async Task A_download_serves_the_bytes_safely_named_and_counts()
    {
        var doc = await app.WithDbAsync(db => db.DipDocuments.Where(d => d.EntryId == _published).Select(d => new { d.Id, d.Size, d.DownloadCount }).FirstAsync());
        var response = await app.Client().GetAsync($"/Informasi/Dokumen/{doc.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches("^dip-DLHK-1-[0-9]+\\.pdf$", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(doc.Size, bytes.Length);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        await app.Client().GetAsync($"/Informasi/Dokumen/{doc.Id}");
        Assert.Equal(doc.DownloadCount + 2, await app.WithDbAsync(db => db.DipDocuments.Where(d => d.Id == doc.Id).Select(d => d.DownloadCount).FirstAsync()));
    }

    [Fact]
    public async Task The_entry_page_shows_every_column_and_offers_a_prefilled_request_for_paper_only_information()
    {
        var html = await Html($"/Informasi/{_published}");
        foreach (var label in new[] { "Pejabat / unit yang menguasai informasi", "Penanggung jawab pembuatan / penerbitan", "Waktu dan tempat pembuatan", "Bentuk informasi", "Jangka waktu penyimpanan", "Tanggal terbit", "Tanggal pemutakhiran" })
            Assert.Contains(label, html);
        Assert.Contains("rehabilitasi-mangrove.pdf", html);
        Assert.DoesNotContain("entry-request", html);
        var paper = await Html($"/Informasi/{await IdOf(ChildTitle)}");
        Assert.Contains("id=\"entry-request\"", paper);
        Assert.Contains("/Permohonan/Ajukan?informasi=", paper);
        var form = await Html("/Permohonan/Ajukan?informasi=" + Uri.EscapeDataString(ChildTitle) + "&unit=BIRO-HUKUM");
        Assert.Contains(ChildTitle + "</textarea>", form);
        Assert.Contains("<option value=\"BIRO-HUKUM\" selected=\"selected\"", form);
    }

    [Fact]
    public async Task The_home_counts_published_entries_per_category()
    {
        var html = await Html("/");
        var counts = await app.WithDbAsync(db => db.DipEntries.Where(e => e.Status == DipStatus.Published).GroupBy(e => e.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        foreach (var c in counts)
            Assert.Contains($"data-category=\"{DipCodes.Code(c.Key)}\">{c.Count}</span>", html);
        Assert.Contains("id=\"home-submit\"", html);
    }

    [Fact]
    public async Task The_banner_shows_a_running_announcement_only()
    {
        var html = await Html("/Lacak");
        Assert.Contains("id=\"serta-merta\"", html);
        Assert.Contains(RunningTitle, html);
        Assert.DoesNotContain(EndedTitle, html);
    }

    [Fact]
    public async Task Suggestions_list_matching_published_entries()
    {
        var html = await Html("/Informasi/Saran?Form.InformationRequested=" + Uri.EscapeDataString("saya minta data " + Word + " terbaru"));
        Assert.Contains(PublishedTitle, html);
        Assert.DoesNotContain(DraftTitle, html);
        Assert.DoesNotContain("<html", html);
        Assert.Equal("", (await Html("/Informasi/Saran?q=ab")).Trim());
    }

    [Fact]
    public async Task The_unit_filter_includes_the_units_subtree()
    {
        Assert.Contains(ChildTitle, await Html("/Informasi?unit=SETDA"));
        Assert.DoesNotContain(ChildTitle, await Html("/Informasi?unit=DLHK"));
        using var json = JsonDocument.Parse(await Html("/api/v1/dip?unit=SETDA"));
        Assert.Equal(ChildTitle, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_api_answers_the_contracts_shape()
    {
        using var json = JsonDocument.Parse(await Html($"/api/v1/dip?q={Word}&category=berkala"));
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var item = json.RootElement.GetProperty("items")[0];
        foreach (var field in new[] { "unitCode", "unitName", "number", "category", "title", "summary", "holder", "responsible", "producedTime", "producedPlace", "format", "retention", "url", "documents", "publishedDate", "updatedDate" })
            Assert.True(item.TryGetProperty(field, out _), field);
        Assert.Equal("DLHK", item.GetProperty("unitCode").GetString());
        Assert.Equal("berkala", item.GetProperty("category").GetString());
        Assert.Equal("softcopy", item.GetProperty("format").GetString());
        var document = item.GetProperty("documents")[0];
        Assert.Equal("application/pdf", document.GetProperty("contentType").GetString());
        Assert.Contains("/Informasi/Dokumen/", document.GetProperty("url").GetString());
        using var all = JsonDocument.Parse(await Html("/api/v1/dip?pageSize=1&page=2"));
        Assert.Equal(1, all.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(await app.WithDbAsync(db => db.DipEntries.CountAsync(e => e.Status == DipStatus.Published)), all.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("category=rahasia", "category")]
    [InlineData("unit=NOPE", "unit")]
    public async Task The_api_refuses_bad_parameters_with_problem_details(string query, string field)
    {
        var response = await app.Client().GetAsync("/api/v1/dip?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}

public sealed class SqlitePortalTests(SqliteApp app) : PortalTests<SqliteApp>(app);

public sealed class PostgresPortalTests(PostgresApp app) : PortalTests<PostgresApp>(app);
