using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Dik;
using SipPpid.Features.DipDecrees;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Verification;

/// <summary>
/// Public check of a finalized report (the QR code printed on it leads here; no sign-in): shows what was archived
/// under the code — title, period, unit, version, when and by whom (name only), SHA-256 — and compares the SHA-256
/// of an uploaded PDF with it. The report is public information (available at any time), so its stored PDF can be
/// downloaded here too.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public sealed class IndexModel(AppDbContext db, DecreeFiles decreeFiles, DikLetters dikLetters) : PageModel
{
    public const int MaxUploadBytes = 25 * 1024 * 1024;

    public sealed record Archived(int Id, string Code, string UnitCode, string UnitName, DateOnly From, DateOnly To, int Version, int LatestVersion,
        DateTime FinalizedAtUtc, string FinalizedBy, string Sha256);

    /// <summary>The outcome of a check: the uploaded file's hash and, when it matches another archived copy, that copy's code.</summary>
    public sealed record Check(string FileName, string Sha256, bool Matches, string? OtherCode, int? OtherVersion);

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public Archived? Item { get; private set; }

    /// <summary>The Penetapan DIP annex of the code, when it is not a report's.</summary>
    public DecreeVerification? DipFile { get; private set; }

    /// <summary>The Surat Penetapan Klasifikasi of the code, when it is a DIK decree's.</summary>
    public DikDecreeVerification? DikDecree { get; private set; }

    /// <summary>Whether this visitor may download the DIK decree's letter: its worksheet is public, or staff of its unit.</summary>
    public bool DikPdfAllowed { get; private set; }

    /// <summary>The SHA-256 an uploaded file is compared with: the archived report's or the DIK decree's stored PDF.</summary>
    public string? ExpectedSha256 => Item?.Sha256 ?? DikDecree?.Sha256;
    public Check? Result { get; private set; }
    public bool MissingFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code)) return Page();
        return await LoadAsync(ct) ? Page() : new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }

    /// <summary>Compares the SHA-256 of the uploaded file with the archived one.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? document, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        if (ExpectedSha256 is null) return Page();
        if (document is null || document.Length == 0)
        {
            MissingFile = true;
            return Page();
        }

        await using var stream = document.OpenReadStream();
        var sha = Convert.ToHexString(await System.Security.Cryptography.SHA256.HashDataAsync(stream, ct)).ToLowerInvariant();
        var matches = sha == ExpectedSha256;
        var other = matches || Item is null ? null : await db.ReportArchives.AsNoTracking().Where(a => a.PdfSha256 == sha)
            .Select(a => new { a.VerificationCode, a.Version }).FirstOrDefaultAsync(ct);
        Result = new Check(Path.GetFileName(document.FileName), sha, matches, other?.VerificationCode, other?.Version);
        return Page();
    }

    /// <summary>The stored PDF of a public report.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var code = VerificationCodes.Normalize(Code);
        var file = await db.ReportArchives.AsNoTracking().Where(a => a.VerificationCode == code)
            .Select(a => new { a.Pdf, a.UnitCode, a.Version }).FirstOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Pdf, "application/pdf", $"laporan-layanan-informasi-{file.UnitCode}-{code}.pdf");
    }

    /// <summary>The stored PDF of a Penetapan DIP annex (public information, like the report).</summary>
    public async Task<IActionResult> OnGetDipPdfAsync(CancellationToken ct) =>
        await DecreeVerification.FindAsync(db, Code, ct) is { } f && await decreeFiles.GetAsync(PageContext, f.FileId, ct) is { } pdf
            ? File(pdf.Pdf, "application/pdf", pdf.Name) : NotFound();

    /// <summary>
    /// The stored PDF of a Surat Penetapan Klasifikasi (printed and kept on its first download). It carries the
    /// consequence test, so only when the body published the worksheet, or to staff of the entry's unit.
    /// </summary>
    public async Task<IActionResult> OnGetDikPdfAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || DikDecree is null || !DikPdfAllowed) return NotFound();
        return await dikLetters.PdfAsync(PageContext, DikDecree.DecreeId, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.Name) : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        DipFile = await DecreeVerification.FindAsync(db, Code, ct);
        if (DipFile is not null) return true;
        DikDecree = await DikDecreeVerification.FindAsync(db, Code, ct);
        if (DikDecree is not null)
        {
            DikPdfAllowed = DikDecree.WorksheetPublic || (Roles.All.Any(User.IsInRole) && (await UnitScope.ForUserAsync(User, db, ct)).Contains(DikDecree.UnitPath));
            return true;
        }

        var code = VerificationCodes.Normalize(Code);
        if (code is null) return false;
        Item = await db.ReportArchives.AsNoTracking().Where(a => a.VerificationCode == code)
            .Select(a => new Archived(a.Id, a.VerificationCode, a.UnitCode, a.UnitName, a.From, a.To, a.Version,
                db.ReportArchives.Where(b => b.UnitId == a.UnitId && b.From == a.From && b.To == a.To).Max(b => b.Version),
                a.FinalizedAtUtc, a.FinalizedByName, a.PdfSha256))
            .FirstOrDefaultAsync(ct);
        return Item is not null;
    }
}
