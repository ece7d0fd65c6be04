using System.Globalization;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// The Atasan PPID's answer to an objection: accepted (the request is reopened for the PPID, keeping its notice, with
/// a Reopened event recording the previous decision), rejected (written reasons), settled (grounds b–g only) or
/// withdrawn; then the applicant's response to it. One SaveChanges per step; errors come back for the form.
/// </summary>
public sealed class DecideObjection(AppDbContext db, BodyClock clock, ObjectionMails mails, IStringLocalizer<SharedResource> t)
{
    public sealed class Input
    {
        public string? Decision { get; set; }
        public DateOnly? Date { get; set; }
        public string? Reasons { get; set; }
        public string? AtasanName { get; set; }
        public string? AtasanPosition { get; set; }
        public string? AtasanNip { get; set; }
    }

    /// <summary>Decides the objection, which must be loaded with its request and tracked.</summary>
    public async Task<List<FieldError>> DecideAsync(Objection o, Input input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(input);
        var r = o.Request ?? throw new InvalidOperationException("Load the objection with its request.");
        if (!o.IsAwaiting()) return [new("", t["Keberatan ini sudah ditanggapi."])];
        var errors = new List<FieldError>();
        ObjectionDecision? decision = input.Decision is { } c && ObjectionCodes.Decisions.TryGetValue(c, out var d) ? d : null;
        if (decision is null) errors.Add(new("Decision", t["Pilih tanggapan."]));
        if (input.Date is not { } date) errors.Add(new("Date", t["Tanggal tanggapan wajib diisi."]));
        else if (date > clock.Today) errors.Add(new("Date", t["Tanggal tidak boleh sesudah hari ini."]));
        else if (date < o.ReceivedDate) errors.Add(new("Date", t["Tanggal tidak boleh sebelum keberatan diterima."]));
        if (decision == ObjectionDecision.Rejected && string.IsNullOrWhiteSpace(input.Reasons))
            errors.Add(new("Reasons", t["Tulis alasan penolakan keberatan."]));
        if (decision == ObjectionDecision.Settled && ObjectionCodes.SplitGrounds(o.Grounds).Contains("a"))
            errors.Add(new("Decision", t["Penyelesaian secara musyawarah hanya untuk keberatan dengan alasan b sampai g."]));
        if (string.IsNullOrWhiteSpace(input.AtasanName)) errors.Add(new("AtasanName", t["Nama Atasan PPID wajib diisi."]));
        if (string.IsNullOrWhiteSpace(input.AtasanPosition)) errors.Add(new("AtasanPosition", t["Jabatan Atasan PPID wajib diisi."]));
        if (errors.Count > 0) return errors;

        o.Decision = decision;
        o.DecisionDate = input.Date;
        o.DecisionReasons = Clean(input.Reasons);
        o.AtasanName = input.AtasanName!.Trim();
        o.AtasanPosition = input.AtasanPosition!.Trim();
        o.AtasanNip = Clean(input.AtasanNip);
        o.Status = ObjectionStatus.Decided;
        var code = ObjectionCodes.Code(decision!.Value);
        db.Record(r, RequestEventKind.ObjectionDecided, o.DecisionDate!.Value, actor,
            $"Keberatan {o.ObjectionNumber}: {ObjectionCodes.Label(decision.Value)}" + (o.DecisionReasons is null ? "" : $" — {o.DecisionReasons}"),
            new { objection = o.ObjectionNumber, decision = code });
        if (decision == ObjectionDecision.Accepted)
        {
            var previous = new
            {
                status = RequestCodes.Code(r.Status),
                decision = r.Decision is { } rd ? RequestCodes.Code(rd) : null,
                noticeDate = r.NoticeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            r.Status = RequestStatus.InProcess;
            db.Record(r, RequestEventKind.Reopened, o.DecisionDate!.Value, actor,
                $"Dibuka kembali karena keberatan {o.ObjectionNumber} diterima Atasan PPID", new { objection = o.ObjectionNumber, previous });
        }

        mails.Decided(o, r);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Whether the applicant accepts the answer or takes it to the Komisi Informasi.</summary>
    public async Task<FieldError?> RecordResponseAsync(Objection o, string? response, DateOnly? date, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Request ?? throw new InvalidOperationException("Load the objection with its request.");
        if (o.Status != ObjectionStatus.Decided) return new("", t["Tanggapan pemohon dicatat sesudah Atasan PPID menanggapi keberatan."]);
        if (response is null || !ObjectionCodes.Responses.TryGetValue(response, out var value)) return new("Response", t["Pilih tanggapan pemohon."]);
        if (date is not { } d) return new("ResponseDate", t["Tanggal wajib diisi."]);
        if (d > clock.Today) return new("ResponseDate", t["Tanggal tidak boleh sesudah hari ini."]);
        if (d < o.DecisionDate) return new("ResponseDate", t["Tanggal tidak boleh sebelum tanggapan Atasan PPID."]);
        o.Response = value;
        o.ResponseDate = d;
        o.ResponseNote = Clean(note);
        db.Record(r, RequestEventKind.ObjectionResponse, d, actor, $"Keberatan {o.ObjectionNumber}: {ObjectionCodes.Label(value)}" + (o.ResponseNote is null ? "" : $" — {o.ResponseNote}"),
            new { objection = o.ObjectionNumber, response });
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
