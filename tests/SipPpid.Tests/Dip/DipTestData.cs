using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dip;

/// <summary>DIP entries and files arranged over HTTP, as an officer does it.</summary>
public static partial class DipTestData
{
    public static Dictionary<string, string> Fields(string title, string category = "berkala", string submit = "publish") => new()
    {
        ["Form.Title"] = title,
        ["Form.Summary"] = "Ringkasan " + title,
        ["Form.Holder"] = "Dinas Kesehatan",
        ["Form.Responsible"] = "Sekretaris Dinas",
        ["Form.ProducedTime"] = "Maret 2026",
        ["Form.ProducedPlace"] = "Pontianak",
        ["Form.Format"] = "softcopy",
        ["Form.Retention"] = "5 tahun",
        ["Form.Category"] = category,
        ["submit"] = submit,
    };

    /// <summary>Creates an entry through /Dip/Create and returns its id (from the redirect to its edit page).</summary>
    public static async Task<int> CreateAsync(HttpClient officer, string title, string category = "berkala", string submit = "publish", int? unitId = null)
    {
        var fields = Fields(title, category, submit);
        if (unitId is { } u) fields["Form.UnitId"] = u.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else
        {
            var page = await officer.GetStringAsync("/Dip/Create");
            fields["Form.UnitId"] = SelectedUnit().Match(page).Groups[1].Value;
        }

        var response = await AppFactory.PostFormAsync(officer, "/Dip/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(EditId().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts one file to the entry's edit page; returns the page's answer (302 when stored, 200 with a message when refused).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient officer, int id, string fileName, byte[] content, string kind = "Document")
    {
        var token = AppFactory.FormToken(await officer.GetStringAsync($"/Dip/Edit/{id}"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "upload", fileName);
        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await officer.PostAsync($"/Dip/Edit/{id}?handler=Upload", form);
    }

    public static byte[] Pdf => "%PDF-1.4 laporan keuangan"u8.ToArray();

    /// <summary>A minimal OOXML word document: [Content_Types].xml and the main part.</summary>
    public static byte[] Docx(bool withMainPart = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            if (withMainPart) Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        return buffer.ToArray();
    }

    /// <summary>A Windows executable's first bytes ("MZ"), to be uploaded under a PDF's name.</summary>
    public static byte[] Exe => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    [GeneratedRegex("/Dip/Edit/(\\d+)")]
    private static partial Regex EditId();

    [GeneratedRegex("<option value=\"(\\d+)\" selected=\"selected\"")]
    private static partial Regex SelectedUnit();
}
