using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Forms;

/// <summary>
/// Form errors as assistive technology reads them: a summary whose links lead to the fields, invalid fields marked
/// with aria-invalid and described by their message, and nothing marked before the user submitted anything.
/// </summary>
public sealed partial class FormErrorTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start tag of the element with this id.</summary>
    private static string Tag(string html, string id)
    {
        var m = Regex.Match(html, $"<[a-z]+ [^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>");
        Assert.True(m.Success, $"no element #{id}");
        return m.Value;
    }

    /// <summary>The text of the element with this id (an element without nested tags of its kind).</summary>
    private static string Text(string html, string id)
    {
        var m = Regex.Match(html, $"<([a-z]+) [^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no element #{id}");
        return WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")).Trim();
    }

    /// <summary>The invalid field is marked and points to an element that holds its message.</summary>
    private static void AssertInvalid(string html, string fieldId, string message)
    {
        var tag = Tag(html, fieldId);
        Assert.Contains("aria-invalid=\"true\"", tag);
        Assert.Contains("is-invalid", tag);
        var describedBy = Regex.Match(tag, "aria-describedby=\"([^\"]+)\"").Groups[1].Value.Split(' ');
        Assert.Contains(describedBy, id => html.Contains($"id=\"{id}\"", StringComparison.Ordinal) && Text(html, id).Contains(message, StringComparison.Ordinal));
    }

    private static string Summary(string html)
    {
        var summary = Regex.Match(html, "<div [^>]*data-error-summary[^>]*>.*?</ul>", RegexOptions.Singleline).Value;
        Assert.True(summary.Length > 0, "no error summary");
        var tag = summary[..(summary.IndexOf('>', StringComparison.Ordinal) + 1)];
        Assert.Contains("tabindex=\"-1\"", tag);
        Assert.Contains("autofocus", tag);
        Assert.Contains("role=\"alert\"", tag);
        return summary;
    }

    /// <summary>The summary links to the field with its message, named by the field's label ("NIK: …").</summary>
    private static void AssertLinks(string summary, string fieldId, string message) =>
        Assert.Matches($"<a href=\"#{Regex.Escape(fieldId)}\">[^<:]+: {Regex.Escape(message)}</a>", WebUtility.HtmlDecode(summary));

    [Fact]
    public async Task The_public_form_lists_each_error_as_a_link_to_its_field_and_marks_the_fields()
    {
        var client = app.Client();
        var form = await PublicForm.OpenAsync(client);
        Assert.DoesNotContain("aria-invalid", form.Html);
        Assert.DoesNotContain("id=\"error-summary\"", form.Html);

        var fields = PublicForm.Valid("Rina Salah Isi");
        fields["Form.ApplicantNik"] = "12345";
        fields["Form.InformationRequested"] = "";
        var html = await (await PublicForm.PostAsync(client, form, fields, PublicForm.Ktp)).Content.ReadAsStringAsync();

        var summary = Summary(html);
        AssertLinks(summary, "Form_ApplicantNik", "NIK terdiri atas 16 angka.");
        Assert.Contains("<a href=\"#Form_ApplicantNik\">NIK: NIK terdiri atas 16 angka.</a>", summary);
        AssertLinks(summary, "Form_InformationRequested", "Wajib diisi.");
        Assert.True(summary.IndexOf("#Form_ApplicantNik", StringComparison.Ordinal) < summary.IndexOf("#Form_InformationRequested", StringComparison.Ordinal),
            "the summary lists the errors in the order of the fields");
        AssertInvalid(html, "Form_ApplicantNik", "NIK terdiri atas 16 angka.");
        AssertInvalid(html, "Form_InformationRequested", "Wajib diisi.");
        Assert.DoesNotContain("aria-invalid", Tag(html, "Form_ApplicantName"));
    }

    [Fact]
    public async Task The_objection_form_shows_nothing_as_an_error_until_it_is_sent_then_marks_the_fields()
    {
        // A request not decided yet: grounds a and c do not fit, and the form explains why.
        var r = await app.SubmitAsync();
        var client = app.Client();
        var page = $"/Keberatan/Ajukan?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";
        var first = await client.GetStringAsync(page);
        Assert.Contains("Belum sesuai:", first);
        foreach (var red in new[] { "is-invalid", "text-danger", "invalid-feedback", "aria-invalid", "alert-danger" })
            Assert.DoesNotContain(red, first);

        var sent = await AppFactory.PostFormAsync(client, page, new() { ["Form.Grounds"] = "a", ["Form.CaseDescription"] = "" }, page);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = await sent.Content.ReadAsStringAsync();
        var summary = Summary(html);
        Assert.Contains("<a href=\"#ground-a\">Alasan keberatan: Alasan a hanya dapat dipilih", WebUtility.HtmlDecode(summary));
        AssertLinks(summary, "case", "Uraikan kasus posisi keberatan Anda.");
        AssertInvalid(html, "case", "Uraikan kasus posisi keberatan Anda.");
        AssertInvalid(html, "ground-a", "Alasan a hanya dapat dipilih");
        Assert.Contains("ground-a-help", Tag(html, "ground-a"));
    }

    [Fact]
    public async Task Tracking_with_a_number_but_no_code_asks_for_the_code_by_its_field()
    {
        var r = await app.SubmitAsync();
        var response = await app.Client().GetAsync($"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode=");
        var html = await response.Content.ReadAsStringAsync();
        AssertLinks(Summary(html), "kode", "Isi kode pelacakan.");
        AssertInvalid(html, "kode", "Isi kode pelacakan.");
        Assert.DoesNotContain("aria-invalid", Tag(html, "nomor"));
        Assert.DoesNotContain("id=\"track-status\"", html);
    }

    [Fact]
    public async Task The_decision_form_links_its_errors_and_checks_only_the_parts_of_the_chosen_decision()
    {
        var r = await app.SubmitAsync(Support.Requests.Valid("PROV", "Sinta Keputusan"));
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var page = $"/Requests/Details/{r.Id}";
        var first = await utama.GetStringAsync(page);
        Assert.DoesNotContain("aria-invalid", first);
        // Each part says which decisions need it (js/forms.js shows only those).
        Assert.Contains("data-show-for=\"granted_full granted_partial\"", Tag(first, "part-granted"));
        Assert.Contains("data-show-for=\"granted_partial rejected_exempt\"", Tag(first, "part-dik"));
        Assert.Contains("data-show-for=\"held_by_other_body\"", Tag(first, "part-other-body"));

        var missing = await AppFactory.PostFormAsync(utama, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "rejected_exempt",
            ["Decision.Reasons"] = "",
            ["Decision.SignerName"] = "Petugas Uji",
        }, page);
        var html = await missing.Content.ReadAsStringAsync();
        var summary = Summary(html);
        AssertLinks(summary, "d-reasons", "Tulis alasan keputusan.");
        AssertLinks(summary, "d-dik", "Penolakan dan pengabulan sebagian wajib mengutip Daftar Informasi yang Dikecualikan: pilih entri yang berlaku atau lakukan uji konsekuensi sekarang.");
        AssertInvalid(html, "d-dik", "wajib mengutip Daftar Informasi yang Dikecualikan");
        // The granted part is not the rejection's business: not asked for, though empty.
        Assert.DoesNotContain("Sebutkan bahan informasi yang diberikan.", html);
        Assert.DoesNotContain("aria-invalid", Tag(html, "d-material"));

        // Fields of another decision's part, filled before the officer changed their mind, are not kept.
        var saved = await AppFactory.PostFormAsync(utama, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "not_held",
            ["Decision.Reasons"] = "Informasi tidak dikuasai.",
            ["Decision.SignerName"] = "Petugas Uji",
            ["Decision.MaterialProvided"] = "Salinan RKA",
            ["Decision.ProvidedFormat"] = "softcopy",
            ["Decision.ProvidedDelivery"] = "email",
            ["Decision.TimeNeeded"] = "3 hari",
            ["Decision.Fee"] = "5000",
            ["Decision.ExemptionBasis"] = "17h",
            ["Decision.OtherBody"] = "Kementerian",
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var decided = await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(x => x.Id == r.Id));
        Assert.Equal(Decision.NotHeld, decided.Decision);
        Assert.Null(decided.MaterialProvided);
        Assert.Null(decided.ProvidedFormat);
        Assert.Null(decided.TimeNeeded);
        Assert.Null(decided.Fee);
        Assert.Null(decided.ExemptionBasis);
        Assert.Null(decided.OtherBody);
    }

    [Fact]
    public async Task A_failed_step_form_links_its_own_field_is_shown_open_and_keeps_what_was_typed()
    {
        var r = await app.SubmitAsync(Support.Requests.Valid("PROV", "Sinta Perpanjangan"));
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var page = $"/Requests/Details/{r.Id}";
        var future = DateTime.UtcNow.AddHours(7).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var failed = await AppFactory.PostFormAsync(utama, $"{page}?handler=Extend", new() { ["Step.Date"] = future, ["Step.Note"] = "Data masih dihimpun dari UPT" }, page);
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var html = await failed.Content.ReadAsStringAsync();

        // The summary links to the extension's date (not to another step form's date field: the keys are the form's own).
        AssertLinks(Summary(html), "extend-date", "Tanggal tidak boleh sesudah hari ini.");
        AssertInvalid(html, "extend-date", "Tanggal tidak boleh sesudah hari ini.");
        Assert.Contains($"value=\"{future}\"", Tag(html, "extend-date"));
        Assert.DoesNotContain("aria-invalid", Tag(html, "withdraw-date"));
        Assert.DoesNotContain("aria-invalid", Tag(html, "extend-reason"));

        // The failed form is open with the reason typed; the other step forms are closed and empty.
        Assert.Matches("<details open=\"open\"><summary>Perpanjang jangka waktu", html);
        Assert.Matches("<details><summary>Catat penarikan oleh pemohon", html);
        Assert.Contains(">Data masih dihimpun dari UPT</textarea>", html);
        Assert.Equal(1, Regex.Count(html, "Data masih dihimpun dari UPT"));
        Assert.Null((await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(x => x.Id == r.Id))).ExtensionDate);
    }

    [Fact]
    public async Task The_login_form_marks_its_fields_through_the_shared_tag_helpers()
    {
        var client = app.Client();
        var response = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        var summary = Summary(html);
        Assert.Contains("href=\"#Input_Email\"", summary);
        Assert.Contains("aria-invalid=\"true\"", Tag(html, "Input_Email"));
        Assert.Contains("aria-describedby=\"err-Input-Email\"", Tag(html, "Input_Email"));
        Assert.Contains("id=\"err-Input-Email\"", html);
    }

    [Fact]
    public async Task A_saved_report_narrative_says_so_beside_the_form()
    {
        var utama = await app.SignedInAsync("utama@ppid.demo");
        const string page = "/Reports/Narrative?dari=2026-01-01&sampai=2026-06-30&unit=PROV";
        Assert.DoesNotContain("id=\"narrative-saved\"", await utama.GetStringAsync(page));
        var saved = await AppFactory.PostFormAsync(utama, page, new() { ["Form.Policy"] = "SOP layanan ditetapkan." }, page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(page, saved.Headers.Location!.OriginalString);
        var html = await utama.GetStringAsync(page);
        Assert.Equal("Tersimpan.", Text(html, "narrative-saved"));
        Assert.Contains("role=\"status\"", Tag(html, "narrative-status"));
        Assert.Contains("Terakhir disimpan", Text(html, "narrative-last-saved"));
        Assert.Contains("SOP layanan ditetapkan.</textarea>", html);
        // Said once: the next visit does not repeat it.
        Assert.DoesNotContain("id=\"narrative-saved\"", await utama.GetStringAsync(page));
    }
}
