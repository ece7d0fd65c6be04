using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SipPpid.Tests.PublicRequests;

/// <summary>Drives the public request form over HTTP: its antiforgery token, its idempotency token, a multipart POST.</summary>
public static partial class PublicForm
{
    public const string Path = "/Permohonan/Ajukan";

    public sealed record Rendered(string Html, string Antiforgery, string Token);

    public sealed record Upload(string Field, string FileName, byte[] Content);

    /// <summary>A scan of a KTP (a PNG by its signature): the document an individual applicant must attach.</summary>
    public static readonly Upload Ktp = new("Form.IdentityCard", "ktp.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);

    public static readonly Upload Deed = new("Form.Deed", "akta.pdf", "%PDF-1.4\n% akta pendirian\n"u8.ToArray());

    public static readonly Upload PowerOfAttorney = new("Form.PowerOfAttorney", "surat-kuasa.pdf", "%PDF-1.4\n% surat kuasa\n"u8.ToArray());

    public static Dictionary<string, string> Valid(string name) => new()
    {
        ["Form.ApplicantType"] = "individual",
        ["Form.ApplicantName"] = name,
        ["Form.ApplicantNik"] = "6171012304850003",
        ["Form.ApplicantEmail"] = "pemohon@example.org",
        ["Form.ApplicantPhone"] = "081234567890",
        ["Form.ApplicantAddress"] = "Jl. Gajah Mada No. 10, Pontianak",
        ["Form.ApplicantOccupation"] = "Guru",
        ["Form.InformationRequested"] = "Rencana kerja dan anggaran Dinas Kesehatan 2026",
        ["Form.Purpose"] = "Kajian kebijakan",
        ["Form.ObtainMethod"] = "copy",
        ["Form.CopyFormat"] = "softcopy",
        ["Form.DeliveryMethod"] = "email",
    };

    public static async Task<Rendered> OpenAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(Path);
        return new Rendered(html, Antiforgery().Match(html).Groups[1].Value, Token().Match(html).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Rendered form, Dictionary<string, string> fields, params Upload[] files)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.Antiforgery), "__RequestVerificationToken");
        if (!fields.ContainsKey("Form.Token")) content.Add(new StringContent(form.Token), "Form.Token");
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        foreach (var f in files)
        {
            var file = new ByteArrayContent(f.Content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, f.Field, f.FileName);
        }

        return await client.PostAsync(Path, content);
    }

    /// <summary>The text of a PDF, by poppler's pdftotext.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add("-layout");
            psi.ArgumentList.Add(path);
            psi.ArgumentList.Add("-");
            using var p = Process.Start(psi)!;
            var text = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Form.Token\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
