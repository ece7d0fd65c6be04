using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SipPpid.Infrastructure.Forms;

/// <summary>
/// One way every form shows its errors (GOV.UK error summary pattern): <c>&lt;error-summary /&gt;</c> lists each
/// error as a link to its field and takes focus; an invalid field carries <c>is-invalid</c>, <c>aria-invalid="true"</c>
/// and <c>aria-describedby</c> pointing to its message. Fields with <c>asp-for</c> get this by themselves; hand-written
/// fields name their ModelState key with <c>error-for="Key"</c> and show the message with <c>&lt;field-error for="Key" /&gt;</c>.
/// Nothing is marked before the form was submitted: only ModelState errors (set by a POST) mark a field.
/// </summary>
public static class FormErrors
{
    /// <summary>The id of a field's message element: "Form.ApplicantName" → "err-Form-ApplicantName".</summary>
    public static string MessageId(string key) => "err-" + TagBuilder.CreateSanitizedId(key.Length == 0 ? "form" : key, "-");

    /// <summary>The fields rendered so far with an error, in page order: ModelState key → the element's id (the first wins).</summary>
    internal static List<KeyValuePair<string, string>> Fields(HttpContext http)
    {
        if (http.Items[typeof(FormErrors)] is not List<KeyValuePair<string, string>> fields)
            http.Items[typeof(FormErrors)] = fields = [];
        return fields;
    }

    /// <summary>The text of each label rendered on a page with errors: field id → label (for the summary's links).</summary>
    internal static Dictionary<string, string> Labels(HttpContext http)
    {
        if (http.Items[typeof(LabelTextTagHelper)] is not Dictionary<string, string> labels)
            http.Items[typeof(LabelTextTagHelper)] = labels = new(StringComparer.Ordinal);
        return labels;
    }

    internal static IEnumerable<string> Messages(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0) : [];

    /// <summary>Marks the element invalid and describes it by the message when the key has an error.</summary>
    internal static void Mark(ViewContext view, TagHelperOutput output, string key, string? label = null)
    {
        if (!Messages(view.ViewData.ModelState, key).Any()) return;
        if (!output.Attributes.TryGetAttribute("class", out var css) || !(css.Value?.ToString() ?? "").Split(' ').Contains("is-invalid"))
            output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        var messageId = MessageId(key);
        if (describedBy is null || !describedBy.Split(' ').Contains(messageId))
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? messageId : describedBy + " " + messageId);
        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? idAttribute.Value?.ToString() : null;
        var fields = Fields(view.HttpContext);
        if (!string.IsNullOrEmpty(id) && !fields.Any(f => f.Key == key)) fields.Add(new(key, id));
        // A radio or checkbox group names itself (its options' labels would not say which question is wrong).
        if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(label)) Labels(view.HttpContext)[id] = label;
    }
}

/// <summary>An input, select or textarea bound with <c>asp-for</c> or named by <c>error-for</c>: marked when invalid.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("input", Attributes = KeyAttribute)]
[HtmlTargetElement("select", Attributes = KeyAttribute)]
[HtmlTargetElement("textarea", Attributes = KeyAttribute)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string KeyAttribute = "error-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    /// <summary>
    /// The ModelState key of a hand-written field (e.g. "NoticeDate" for name="Decision.NoticeDate"); several keys
    /// separated by spaces when an error may concern more than one field (a number and its code that do not match).
    /// </summary>
    [HtmlAttributeName(KeyAttribute)]
    public string? Key { get; set; }

    /// <summary>The name of a radio or checkbox group in the error summary ("Jenis pemohon"), instead of the option's label.</summary>
    [HtmlAttributeName("error-label")]
    public string? Label { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's tag helpers, so the id and the class they write are there.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For is not null) FormErrors.Mark(ViewContext, output, ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name), Label);
        foreach (var key in (Key ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) FormErrors.Mark(ViewContext, output, key, Label);
    }
}

/// <summary>
/// Remembers the text of each label on a page with errors, so the summary's link says which field it leads to
/// ("Nama lengkap: Wajib diisi.").
/// </summary>
[HtmlTargetElement("label")]
public sealed class LabelTextTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's label tag helper wrote the <c>for</c> attribute.</summary>
    public override int Order => 1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext.ViewData.ModelState.ErrorCount == 0) return;
        if (!output.Attributes.TryGetAttribute("for", out var forAttribute) || forAttribute.Value?.ToString() is not { Length: > 0 } id) return;
        var content = output.IsContentModified ? output.Content : await output.GetChildContentAsync();
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(writer.ToString(), "<[^>]+>", "")).Trim().TrimEnd('*').Trim();
        if (text.Length > 0) FormErrors.Labels(ViewContext.HttpContext).TryAdd(id, text);
    }
}

/// <summary>The framework's <c>asp-validation-for</c> message gets the id the invalid field points to.</summary>
[HtmlTargetElement(Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.ContainsName("id"))
            output.Attributes.SetAttribute("id", FormErrors.MessageId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
    }
}

/// <summary>
/// <c>&lt;field-error for="Key" class="…" /&gt;</c>: the message of a hand-written field; while the field is valid an
/// empty element (it keeps the form's spacing).
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public string Key { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FormErrors.MessageId(Key));
        var messages = FormErrors.Messages(ViewContext.ViewData.ModelState, Key).ToList();
        if (messages.Count == 0) return;
        output.AddClass("invalid-feedback", HtmlEncoder.Default);
        output.AddClass("d-block", HtmlEncoder.Default);
        output.Content.SetContent(string.Join(" ", messages));
    }
}

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: when the submitted form has errors, a box that lists each one as a link to its field
/// (in page order; an error without a field as text) and takes focus (<c>autofocus</c>, and js/forms.js where
/// autofocus is not honoured). The links are written once the whole page has rendered, so fields below the summary count.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState;
        if (state.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("alert", HtmlEncoder.Default);
        output.AddClass("alert-danger", HtmlEncoder.Default);
        output.AddClass("error-summary", HtmlEncoder.Default);
        if (!output.Attributes.ContainsName("id")) output.Attributes.SetAttribute("id", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        output.Attributes.SetAttribute("data-error-summary", "");
        output.Content.AppendHtml("<h2 class=\"h6 fw-bold\">");
        output.Content.Append(t["Periksa isian berikut:"]);
        output.Content.AppendHtml("</h2>");
        output.Content.AppendHtml(new Items(state, FormErrors.Fields(ViewContext.HttpContext), FormErrors.Labels(ViewContext.HttpContext)));
    }

    /// <summary>Written when the page is written out, after every field registered itself.</summary>
    private sealed class Items(ModelStateDictionary state, List<KeyValuePair<string, string>> fields, Dictionary<string, string> labels) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var linked = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            var entries = state.Where(e => !linked.Contains(e.Key)).SelectMany(e => FormErrors.Messages(state, e.Key).Select(m => (Id: (string?)null, Message: m)))
                .Concat(fields.SelectMany(f => FormErrors.Messages(state, f.Key).Select(m => (Id: (string?)f.Value, Message: m))))
                .Distinct()
                .ToList();
            writer.Write("<ul class=\"mb-0\">");
            foreach (var (id, message) in entries)
            {
                writer.Write("<li>");
                if (id is null)
                {
                    writer.Write(encoder.Encode(message));
                }
                else
                {
                    writer.Write("<a href=\"#");
                    writer.Write(encoder.Encode(id));
                    writer.Write("\">");
                    if (labels.TryGetValue(id, out var label)) writer.Write(encoder.Encode(label + ": "));
                    writer.Write(encoder.Encode(message));
                    writer.Write("</a>");
                }

                writer.Write("</li>");
            }

            writer.Write("</ul>");
        }
    }
}
