using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Numbering;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// Files an objection against a request: online by the applicant (number + tracking code) or at the desk by an
/// officer. Checks the grounds against the request's state, the 30-working-day filing window (online: refused after
/// it; desk: recorded with FiledLate) and one open objection per request; then issues the objection number and
/// tracking code, stores a power of attorney, records the event and queues the applicant's e-mail in one transaction.
/// </summary>
public sealed class FileObjection(
    AppDbContext db, CalendarSource calendars, BodyClock clock, Numbering numbering, FileStore files, ObjectionMails mails,
    IStringLocalizer<SharedResource> t)
{
    public const string NumberFormat = "{seq:0000}/KEB-{unit}/{month}/{year}";

    public sealed class Input
    {
        public List<string> Grounds { get; set; } = [];
        public string? CaseDescription { get; set; }
        public string? ProxyName { get; set; }
        public string? ProxyAddress { get; set; }

        /// <summary>Desk entry only: the actual receipt date and channel.</summary>
        public DateOnly? ReceivedDate { get; set; }
        public string? Channel { get; set; }
    }

    public sealed record Upload(string FileName, Stream Content);

    public sealed record Result(Objection? Objection, IReadOnlyList<FieldError> Errors)
    {
        public bool Succeeded => Objection is not null;
    }

    public Task<Result> OnlineAsync(InformationRequest r, Input input, Upload? powerOfAttorney, CancellationToken ct) =>
        FileAsync(r, input, powerOfAttorney, Actor.Applicant, desk: false, ct);

    public Task<Result> AtDeskAsync(InformationRequest r, Input input, Upload? powerOfAttorney, Actor actor, CancellationToken ct) =>
        FileAsync(r, input, powerOfAttorney, actor, desk: true, ct);

    private async Task<Result> FileAsync(InformationRequest r, Input input, Upload? poa, Actor actor, bool desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new(field, message));
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        var received = desk ? input.ReceivedDate ?? today : today;
        var channel = Domain.Channel.Web;
        if (desk)
        {
            if (received > today) Error("ReceivedDate", t["Tanggal tidak boleh sesudah hari ini."]);
            if (received < r.ReceivedDate) Error("ReceivedDate", t["Tanggal tidak boleh sebelum permohonan diterima."]);
            if (input.Channel is null || !RequestCodes.Channels.TryGetValue(input.Channel, out channel)) Error("Channel", t["Wajib dipilih."]);
        }

        if (r.Status == RequestStatus.Withdrawn)
            return new(null, [new("", t["Permohonan ini sudah ditarik kembali oleh pemohon; tidak ada keputusan yang dapat diajukan keberatan."])]);
        if (await db.Objections.Where(ObjectionRules.Awaiting).AnyAsync(o => o.RequestId == r.Id, ct))
            return new(null, [new("", t["Permohonan ini sudah memiliki keberatan yang belum ditanggapi."])]);

        var grounds = ObjectionCodes.Grounds.Where(input.Grounds.Contains).ToList();
        if (grounds.Count == 0) Error("Grounds", t["Pilih sekurang-kurangnya satu alasan keberatan."]);
        foreach (var g in grounds)
            if (ObjectionGrounds.WhyNot(g, r, calendar, received) is { } why) Error("Grounds", t[why]);
        var caseDescription = input.CaseDescription?.Trim();
        if (string.IsNullOrEmpty(caseDescription)) Error("CaseDescription", t["Uraikan kasus posisi keberatan Anda."]);
        else if (caseDescription.Length > 4000) Error("CaseDescription", t["Maksimal {0} karakter.", 4000]);
        var proxyName = Clean(input.ProxyName, 200);
        var proxyAddress = Clean(input.ProxyAddress, 500);
        if (proxyName is not null && proxyAddress is null) Error("ProxyAddress", t["Alamat kuasa wajib diisi."]);
        if (proxyName is not null && !desk && poa is null) Error("PowerOfAttorney", t["Unggah surat kuasa."]);

        var lastDay = calendar.LastFilingDay(r);
        var late = received > lastDay;
        if (late && !desk)
            Error("", t["Batas waktu pengajuan keberatan sudah lewat: hari terakhir adalah {0} ({1} hari kerja). Silakan hubungi petugas PPID.", BodyClock.FormatDate(lastDay), ServiceDeadlines.ObjectionFilingDays]);
        if (errors.Count > 0) return new(null, errors);

        StoredFile? stored = null;
        if (poa is not null)
        {
            var (file, error) = await files.SaveAsync(poa.Content, poa.FileName, ct);
            if (file is null)
                return new(null, [new("PowerOfAttorney", error == "too_large"
                    ? t["Berkas {0} lebih dari {1} MB.", poa.FileName, files.MaxBytes / 1024 / 1024]
                    : t["Berkas {0} bukan PDF, JPEG atau PNG.", poa.FileName])]);
            stored = file;
        }

        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == r.UnitId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var seq = await numbering.NextAsync(unit.Id, received.Year, ct, NumberSequence.Objections);
        var o = new Objection
        {
            RequestId = r.Id,
            ObjectionNumber = Numbering.Format(NumberFormat, seq, unit.Code, received),
            TrackingCode = NewTrackingCode(),
            ReceivedDate = received,
            ReceivedAtUtc = clock.UtcNow,
            Channel = channel,
            FiledLate = late,
            Grounds = string.Join(';', grounds),
            CaseDescription = caseDescription!,
            ProxyName = proxyName,
            ProxyAddress = proxyAddress,
            Status = ObjectionStatus.Registered,
            Deadline = calendar.AnswerDeadline(received),
        };
        db.Objections.Add(o);
        if (stored is not null)
        {
            db.RequestFiles.Add(new RequestFile
            {
                RequestId = r.Id,
                Kind = FileKind.PowerOfAttorney,
                FileName = stored.FileName,
                ContentType = stored.ContentType,
                Size = stored.Size,
                StorageKey = stored.StorageKey,
                Sha256 = stored.Sha256,
                UploadedAtUtc = clock.UtcNow,
                UploadedBy = actor.Name,
            });
        }

        var note = $"Keberatan {o.ObjectionNumber}, alasan {string.Join(", ", grounds)}" + (late ? $"; dicatat melewati batas pengajuan ({Iso(lastDay)})" : "");
        db.Record(r, RequestEventKind.ObjectionFiled, received, actor, note,
            new { objection = o.ObjectionNumber, grounds = o.Grounds, filedLate = late, deadline = Iso(o.Deadline) });
        mails.Filed(o, r);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(o, []);
    }

    private static string? Clean(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim() is var v && v.Length > max ? v[..max] : s.Trim();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string NewTrackingCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
