using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Telemetry;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Features.Requests;

/// <summary>
/// Registers a request: the public form, the intake API and the officers' desk entry all come here. It
/// validates every field (errors keyed by the API's field names), stores the uploads and the tracking code, and
/// hands the request to <see cref="RegistrationWriter"/>, which issues the registration number and commits it with
/// its "received" event and the applicant's e-mail in one transaction: a 201 or a receipt means the request is
/// durably stored.
/// </summary>
public sealed partial class RegisterRequest(
    AppDbContext db, CalendarSource calendars, BodyClock clock, FileStore files, RegistrationWriter writer,
    PpidMetrics metrics, IStringLocalizer<SharedResource> t)
{
    /// <summary>The longest idempotency key accepted (the column holds 200 characters, with room for a prefix).</summary>
    public const int MaxIdempotencyKeyLength = 150;

    /// <summary>
    /// How long an idempotency key answers a retry: afterwards it is forgotten (deleted at the next registration with
    /// a key) and the same key registers anew. README "HTTP API" documents it.
    /// </summary>
    public static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromHours(24);

    private static readonly System.Text.Json.JsonSerializerOptions CanonicalJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Public submission (web form or API): channel web, received today in the body's time zone.</summary>
    public Task<Result> SubmitAsync(Input input, IReadOnlyList<Upload> uploads, CancellationToken ct) =>
        RunAsync(input, uploads, Actor.Applicant, desk: false, idempotencyKey: null, documents: false, ct);

    /// <summary>
    /// Public submission that is registered at most once per <paramref name="idempotencyKey"/>: the key row is
    /// inserted in the same transaction as the request, so of two simultaneous submissions with one key the second
    /// fails on the key's primary key, rolls back (its number is given back) and answers with the first request.
    /// The intake API comes here: its JSON contract carries no files, so the officer asks for them afterwards.
    /// </summary>
    public Task<Result> SubmitAsync(Input input, IReadOnlyList<Upload> uploads, string? idempotencyKey, CancellationToken ct) =>
        RunAsync(input, uploads, Actor.Applicant, desk: false, Key(idempotencyKey), documents: false, ct);

    /// <summary>The public web form: like the API, and the identity documents its applicant type needs are required.</summary>
    public Task<Result> SubmitFormAsync(Input input, IReadOnlyList<Upload> uploads, string? idempotencyKey, CancellationToken ct) =>
        RunAsync(input, uploads, Actor.Applicant, desk: false, Key(idempotencyKey), documents: true, ct);

    /// <summary>
    /// Desk entry by an officer: any channel but web, actual receipt date. The officer sees the identity papers at
    /// the desk, so they are optional here. A resubmitted desk form (same key) registers nothing twice.
    /// </summary>
    public Task<Result> EnterAtDeskAsync(Input input, IReadOnlyList<Upload> uploads, Actor officer, string? idempotencyKey, CancellationToken ct) =>
        RunAsync(input, uploads, officer, desk: true, Key(idempotencyKey), documents: false, ct);

    private static string? Key(string? idempotencyKey) => string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey;

    /// <summary>
    /// The fingerprint a key is bound to: SHA-256 of the submission as this class reads it (every field in a fixed
    /// order, so the JSON's property order, whitespace and unknown members do not matter) and of the uploads' kinds and
    /// names. A retry must send the same submission to be answered with the first request.
    /// </summary>
    public static string Fingerprint(Input input, IReadOnlyList<Upload> uploads)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(uploads);
        var canonical = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new { input, uploads = uploads.Select(u => new { kind = u.Kind.ToString(), name = u.FileName }) }, CanonicalJson);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>The request registered with <paramref name="key"/> while it is alive, and the fingerprint it was bound to.</summary>
    private async Task<(InformationRequest Request, string Hash)?> FindByKeyAsync(string key, CancellationToken ct)
    {
        var alive = clock.UtcNow - IdempotencyKeyLifetime;
        var found = await db.IdempotencyRecords.AsNoTracking().Where(k => k.Key == key && k.CreatedAtUtc >= alive)
            .Join(db.Requests.AsNoTracking(), k => k.RequestId, r => r.Id, (k, r) => new { Request = r, k.RequestHash })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Request, found.RequestHash);
    }

    /// <summary>The earlier request again for the same submission; for another one, a refusal that reveals nothing of it.</summary>
    private Result Replay((InformationRequest Request, string Hash) earlier, string hash) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(earlier.Hash.PadLeft(64, '0')), Convert.FromHexString(hash))
            ? new Result(earlier.Request, []) { Replayed = true }
            : new Result(null, [new("", t["Formulir ini sudah terkirim dengan isian lain. Periksa tanda terima Anda, atau kirim lagi sebagai permohonan baru."].Value)]) { KeyReused = true };

    private async Task<Result> RunAsync(
        Input input, IReadOnlyList<Upload> uploads, Actor actor, bool desk, string? idempotencyKey, bool documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(uploads);
        if (idempotencyKey?.Length > MaxIdempotencyKeyLength + 50) throw new ArgumentException("Idempotency key too long.", nameof(idempotencyKey));
        using var activity = PpidMetrics.Activities.StartActivity("RegisterRequest");
        activity?.SetTag("sipppid.desk", desk);
        var hash = idempotencyKey is null ? null : Fingerprint(input, uploads);
        if (idempotencyKey is not null && await FindByKeyAsync(idempotencyKey, ct) is { } earlier)
        {
            var replay = Replay(earlier, hash!);
            activity?.SetTag("sipppid.outcome", replay.KeyReused ? "key-reused" : "replayed");
            return replay;
        }

        var errors = new List<FieldError>();
        var r = Validate(input, desk, errors);
        if (documents && input.ApplicantType is { } type && RequestCodes.ApplicantTypes.TryGetValue(type.Trim(), out var applicantType))
            foreach (var (kind, message) in ApplicantDocuments.Required(applicantType))
                if (!uploads.Any(u => u.Kind == kind)) errors.Add(new(FileField(kind), t[message].Value));
        var unit = await ResolveUnitAsync(input.UnitCode, errors, ct);

        var stored = new List<(FileKind Kind, StoredFile File)>();
        foreach (var u in uploads)
        {
            var (file, error) = await files.SaveAsync(u.Content, u.FileName, ct);
            if (file is not null) stored.Add((u.Kind, file));
            else errors.Add(new(FileField(u.Kind), (error switch
            {
                "too_large" => t["Berkas {0} lebih dari {1} MB.", u.FileName, files.MaxBytes / 1024 / 1024],
                "empty" => t["Berkas {0} kosong.", u.FileName],
                _ => t["Berkas {0} bukan PDF, JPEG atau PNG.", u.FileName],
            }).Value));
        }

        if (errors.Count > 0 || unit is null)
        {
            activity?.SetTag("sipppid.outcome", "invalid");
            foreach (var (_, f) in stored) files.Delete(f.StorageKey);
            return new Result(null, errors);
        }

        var calendar = await calendars.GetAsync(ct);
        r.UnitId = unit.Id;
        r.RegisteredUnitId = unit.Id;
        r.ReceivedAtUtc = clock.UtcNow;
        if (!desk) r.ReceivedDate = clock.Today;
        calendar.Apply(r);
        r.Status = RequestStatus.Registered;
        r.TrackingCode = NewTrackingCode();

        var uploaded = stored.Select(x => new RequestFile
        {
            Request = r,
            Kind = x.Kind,
            FileName = x.File.FileName,
            ContentType = x.File.ContentType,
            Size = x.File.Size,
            StorageKey = x.File.StorageKey,
            Sha256 = x.File.Sha256,
            UploadedAtUtc = r.ReceivedAtUtc,
            UploadedBy = actor.Name,
        }).ToList();
        var received = RequestHistory.NewEvent(r, RequestEventKind.Received, r.ReceivedDate, actor,
            note: desk ? t["Dicatat di meja layanan ({0}).", t[RequestCodes.Label(r.Channel)].Value].Value : null, toUnitId: unit.Id);

        try
        {
            // Not cancellable once queued: the caller learns whether it was committed, and only then may its uploads go.
            await writer.WriteAsync(new RegistrationWriter.Registration(
                r, unit, uploaded, received, idempotencyKey is null ? null : new(idempotencyKey, hash!), Online: !desk));
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Most likely a simultaneous submission with the same key won: answer with its request.
            foreach (var (_, f) in stored) files.Delete(f.StorageKey);
            activity?.SetTag("sipppid.outcome", "replayed");
            if (await FindByKeyAsync(idempotencyKey, ct) is { } winner) return Replay(winner, hash!);
            throw;
        }
        catch
        {
            foreach (var (_, f) in stored) files.Delete(f.StorageKey);
            throw;
        }

        r.Unit = unit;
        activity?.SetTag("sipppid.outcome", "registered").SetTag("sipppid.unit", unit.Code);
        metrics.Registered(RequestCodes.Code(r.Channel));
        return new Result(r, []);
    }

    private InformationRequest Validate(Input input, bool desk, List<FieldError> errors)
    {
        var r = new InformationRequest();
        void Error(string field, LocalizedString message) => errors.Add(new(field, message.Value));

        if (Pick(input.ApplicantType, RequestCodes.ApplicantTypes, "applicantType", errors) is { } type) r.ApplicantType = type;
        r.ApplicantName = Text(input.ApplicantName, nameof(InformationRequest.ApplicantName), "applicantName", required: true, errors) ?? "";
        r.ApplicantNik = Text(input.ApplicantNik, nameof(InformationRequest.ApplicantNik), "applicantNik", required: !desk && r.ApplicantType != ApplicantType.Organization, errors);
        if (r.ApplicantNik is { } nik && (nik.Length != 16 || !nik.All(char.IsAsciiDigit) || nik.All(c => c == '0')))
            Error("applicantNik", t["NIK terdiri atas 16 angka."]);
        r.ApplicantEmail = Text(input.ApplicantEmail, nameof(InformationRequest.ApplicantEmail), "applicantEmail", required: false, errors);
        if (r.ApplicantEmail is { } email && !MailAddresses.IsValid(email))
            Error("applicantEmail", t["Alamat e-mail tidak valid."]);
        r.ApplicantPhone = Text(input.ApplicantPhone, nameof(InformationRequest.ApplicantPhone), "applicantPhone", required: false, errors);
        if (r.ApplicantPhone is { } phone && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
            Error("applicantPhone", t["Nomor telepon hanya boleh angka, spasi, +, - dan tanda kurung."]);
        if (r.ApplicantEmail is null && r.ApplicantPhone is null)
            Error("applicantEmail", t["Isi e-mail atau nomor telepon agar PPID dapat menghubungi Anda."]);
        r.ApplicantAddress = Text(input.ApplicantAddress, nameof(InformationRequest.ApplicantAddress), "applicantAddress", required: !desk, errors);
        r.ApplicantOccupation = Text(input.ApplicantOccupation, nameof(InformationRequest.ApplicantOccupation), "applicantOccupation", required: false, errors);
        r.RepresentedParty = Text(input.RepresentedParty, nameof(InformationRequest.RepresentedParty), "representedParty", required: r.ApplicantType == ApplicantType.Proxy, errors);
        r.InformationRequested = Text(input.InformationRequested, nameof(InformationRequest.InformationRequested), "informationRequested", required: true, errors) ?? "";
        r.Purpose = Text(input.Purpose, nameof(InformationRequest.Purpose), "purpose", required: !desk, errors);

        if (Pick(input.ObtainMethod, RequestCodes.ObtainMethods, "obtainMethod", errors) is { } obtain) r.ObtainMethod = obtain;
        r.CopyFormat = Optional(input.CopyFormat, RequestCodes.CopyFormats, "copyFormat", errors);
        r.DeliveryMethod = Optional(input.DeliveryMethod, RequestCodes.DeliveryMethods, "deliveryMethod", errors);
        if (r.ObtainMethod == ObtainMethod.Copy)
        {
            if (r.CopyFormat is null && input.CopyFormat is null) Error("copyFormat", t["Pilih bentuk salinan."]);
            if (r.DeliveryMethod is null && input.DeliveryMethod is null) Error("deliveryMethod", t["Pilih cara mendapatkan salinan."]);
        }

        if (r.DeliveryMethod == DeliveryMethod.Email && r.ApplicantEmail is null)
            Error("applicantEmail", t["Isi e-mail karena salinan dikirim melalui e-mail."]);

        if (desk)
        {
            if (Pick(input.Channel, RequestCodes.Channels, "channel", errors) is { } channel)
            {
                if (channel == Channel.Web) Error("channel", t["Permohonan daring masuk melalui formulir daring, bukan meja layanan."]);
                r.Channel = channel;
            }

            if (input.ReceivedDate is not { } received) Error("receivedDate", t["Tanggal diterima wajib diisi."]);
            else if (received > clock.Today) Error("receivedDate", t["Tanggal diterima tidak boleh sesudah hari ini."]);
            else if (received < WorkingCalendar.MinDate) Error("receivedDate", t["Tanggal diterima terlalu lama."]);
            else r.ReceivedDate = received;
        }
        else
        {
            r.Channel = Channel.Web;
        }

        return r;
    }

    private async Task<Unit?> ResolveUnitAsync(string? code, List<FieldError> errors, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().Where(u => u.IsActive);
        var unit = string.IsNullOrWhiteSpace(code)
            ? await units.Where(u => u.Kind == UnitKind.Utama).OrderBy(u => u.Path.Length).FirstOrDefaultAsync(ct)
            : await units.FirstOrDefaultAsync(u => u.Code == code.Trim(), ct);
        if (unit is null)
            errors.Add(new("unitCode", (string.IsNullOrWhiteSpace(code) ? t["Belum ada unit PPID Utama yang aktif."] : t["Unit {0} tidak ada atau tidak aktif.", code]).Value));
        return unit;
    }

    /// <summary>A trimmed text checked by the one rule (TextRules) against the column it is stored in.</summary>
    private string? Text(string? value, string column, string field, bool required, List<FieldError> errors)
    {
        var v = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (v is null && required) errors.Add(new(field, t["Wajib diisi."].Value));
        else if (TextRules.Check<InformationRequest>(v, column) is { } problem) errors.Add(new(field, t[problem.MessageKey, problem.MaxLength].Value));
        return v;
    }

    private T? Pick<T>(string? value, IReadOnlyDictionary<string, T> codes, string field, List<FieldError> errors) where T : struct
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add(new(field, t["Wajib dipilih."].Value)); return null; }
        if (codes.TryGetValue(value.Trim(), out var v)) return v;
        errors.Add(new(field, t["Nilai '{0}' tidak dikenal; pilih salah satu dari: {1}.", value, string.Join(", ", codes.Keys)].Value));
        return null;
    }

    private T? Optional<T>(string? value, IReadOnlyDictionary<string, T> codes, string field, List<FieldError> errors) where T : struct =>
        string.IsNullOrWhiteSpace(value) ? null : Pick(value, codes, field, errors);

    public static string FileField(FileKind kind) => kind switch
    {
        FileKind.IdentityCard => "identityCard",
        FileKind.Deed => "deed",
        FileKind.PowerOfAttorney => "powerOfAttorney",
        FileKind.LetterScan => "letterScan",
        _ => "file",
    };

    private static string NewTrackingCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
