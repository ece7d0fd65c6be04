using Microsoft.Extensions.Localization;
using SipPpid.Domain;
using SipPpid.Infrastructure.Forms;

namespace SipPpid.Features.Dip;

/// <summary>
/// The columns of a DIP entry as the staff form posts them (codes for category and format, as contracts.md writes them).
/// Strings are nullable so that the form's own checks (<see cref="Validate"/>) give every message, in Indonesian.
/// </summary>
public sealed class DipForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Holder { get; set; }
    public string? Responsible { get; set; }
    public string? ProducedTime { get; set; }
    public string? ProducedPlace { get; set; }
    public string? Format { get; set; } = "softcopy";
    public string? Retention { get; set; }
    public string? Category { get; set; } = "berkala";
    public string? Url { get; set; }
    public DateOnly? ShowFrom { get; set; }
    public DateOnly? ShowUntil { get; set; }

    /// <summary>The unit whose list the entry joins (create only; a PPID Pembantu's choices are its own subtree).</summary>
    public int? UnitId { get; set; }

    public static DipForm From(DipEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Title = e.Title,
            Summary = e.Summary,
            Holder = e.Holder,
            Responsible = e.Responsible,
            ProducedTime = e.ProducedTime,
            ProducedPlace = e.ProducedPlace,
            Format = DipCodes.Code(e.Format),
            Retention = e.Retention,
            Category = DipCodes.Code(e.Category),
            Url = e.Url,
            ShowFrom = e.ShowFrom,
            ShowUntil = e.ShowUntil,
            UnitId = e.UnitId,
        };
    }

    /// <summary>Every field's problem, keyed by its form name ("Form.Title").</summary>
    public List<FieldError> Validate(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var errors = new List<FieldError>();
        void Required(string? value, string field, int max, string message)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add(new("Form." + field, t[message]));
            else if (value.Trim().Length > max) errors.Add(new("Form." + field, t["Paling banyak {0} karakter.", max]));
        }

        Required(Title, nameof(Title), DipEntry.TitleMaxLength, "Isi judul informasi.");
        Required(Summary, nameof(Summary), DipEntry.SummaryMaxLength, "Isi ringkasan isi informasi.");
        Required(Holder, nameof(Holder), DipEntry.ShortTextMaxLength, "Isi pejabat atau unit yang menguasai informasi.");
        Required(Responsible, nameof(Responsible), DipEntry.ShortTextMaxLength, "Isi penanggung jawab pembuatan atau penerbitan.");
        Required(ProducedTime, nameof(ProducedTime), DipEntry.ShortTextMaxLength, "Isi waktu pembuatan.");
        Required(ProducedPlace, nameof(ProducedPlace), DipEntry.ShortTextMaxLength, "Isi tempat pembuatan.");
        Required(Retention, nameof(Retention), DipEntry.ShortTextMaxLength, "Isi jangka waktu penyimpanan.");
        if (Format is null || !DipCodes.Formats.ContainsKey(Format)) errors.Add(new("Form.Format", t["Pilih bentuk informasi."]));
        if (Category is null || !DipCodes.Categories.ContainsKey(Category)) errors.Add(new("Form.Category", t["Pilih kategori informasi."]));
        if (!string.IsNullOrWhiteSpace(Url))
        {
            var url = Url.Trim();
            if (url.Length > DipEntry.UrlMaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
                errors.Add(new("Form.Url", t["Tautan harus alamat web lengkap yang diawali http:// atau https://."]));
        }

        if (ShowFrom is { } from && ShowUntil is { } until && until < from)
            errors.Add(new("Form.ShowUntil", t["Akhir masa tayang tidak boleh sebelum awalnya."]));
        return errors;
    }

    /// <summary>Copies the (validated) fields to <paramref name="e"/>; a masa tayang is kept only for serta-merta entries.</summary>
    public void ApplyTo(DipEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Title = Title!.Trim();
        e.Summary = Summary!.Trim();
        e.Holder = Holder!.Trim();
        e.Responsible = Responsible!.Trim();
        e.ProducedTime = ProducedTime!.Trim();
        e.ProducedPlace = ProducedPlace!.Trim();
        e.Retention = Retention!.Trim();
        e.Format = DipCodes.Formats[Format!];
        e.Category = DipCodes.Categories[Category!];
        e.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
        var sertaMerta = e.Category == DipCategory.SertaMerta;
        e.ShowFrom = sertaMerta ? ShowFrom : null;
        e.ShowUntil = sertaMerta ? ShowUntil : null;
    }
}
