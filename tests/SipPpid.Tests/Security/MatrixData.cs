using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// The data the authorization matrix runs against: the demo province, an applicant account, a spare staff account,
/// a unit below DINKES, requests of DINKES (one open with a provided file, two decided with an objection each, one of
/// them answered) and a holiday to edit. <see cref="Fill"/> puts their ids into a row's address.
/// </summary>
public sealed class MatrixData
{
    public const string ApplicantEmail = "pemohon@matrix.test";
    public const string TargetEmail = "sasaran@matrix.test";
    public const string Holiday = "2026-06-15";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Fill(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var (key, value) in _values) template = template.Replace("{" + key + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        return template;
    }

    public static async Task<MatrixData> ArrangeAsync(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.SeedDemoAsync();
        var data = new MatrixData();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            await app.AccountAsync(ApplicantEmail, Roles.Applicant);
            var dinkes = await db.Units.SingleAsync(u => u.Code == "DINKES");
            var sub = new Unit { Code = "DINKES-UPT", Name = "UPT Laboratorium Kesehatan", Kind = UnitKind.Pembantu, ParentId = dinkes.Id, Path = Unit.PathFor(dinkes.Path, "DINKES-UPT") };
            db.Units.Add(sub);
            db.Holidays.Add(new Holiday { Date = DateOnly.Parse(Holiday, System.Globalization.CultureInfo.InvariantCulture), Kind = HolidayKind.LiburNasional, NameId = "Libur uji matriks" });
            await db.SaveChangesAsync();
            data._values["unit"] = dinkes.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            data._values["subunit"] = sub.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            data._values["user"] = (await app.AccountAsync(TargetEmail, Roles.PpidPembantu, unitId: dinkes.Id)).Id;
            data._values["holiday"] = Holiday;

            // An API token of the DINKES officer (its owner and an admin may revoke it; revoking is idempotent).
            var issued = Features.ApiTokens.ApiTokenSecret.Generate();
            var dinkesOfficer = await db.Users.SingleAsync(u => u.Email == "dinkes@ppid.demo");
            var token = new ApiToken { UserId = dinkesOfficer.Id, Name = "Integrasi matriks", Prefix = issued.Prefix, Hash = issued.Hash, CreatedAtUtc = DateTime.UtcNow };
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            data.Set("token", token.Id);

            // A finished register import of the DINKES officer, with a rejects file.
            var job = new RegisterImportJob
            {
                Id = Guid.NewGuid(),
                CreatedByUserId = dinkesOfficer.Id,
                CreatedByName = "dinkes@ppid.demo",
                FileName = "matriks.csv",
                State = RegisterImportState.Succeeded,
                Phase = RegisterImportPhase.Done,
                Rejected = 1,
                ErrorCount = 1,
                RejectsCsv = "unit_code,reason\nDPUPR,line 2: unit_code: outside\n"u8.ToArray(),
                CreatedAtUtc = DateTime.UtcNow,
                FinishedAtUtc = DateTime.UtcNow,
            };
            db.RegisterImportJobs.Add(job);
            await db.SaveChangesAsync();
            data._values["importjob"] = job.Id.ToString();
        }

        // An archived report of DINKES, finalized as the PPID Utama does it (through the page, printed by Chromium).
        var utama = await app.SignedInAsync("utama@ppid.demo");
        const string finalize = "/Reports/Archive/Finalize?dari=2026-01-01&sampai=2026-06-30&unit=DINKES";
        var finalized = await AppFactory.PostFormAsync(utama, finalize, [], formPage: finalize);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, finalized.StatusCode);
        var archiveId = int.Parse(finalized.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        data.Set("archive", archiveId);
        data._values["vcode"] = await app.WithDbAsync(db => db.ReportArchives.Where(a => a.Id == archiveId).Select(a => a.VerificationCode).SingleAsync());

        // A published DIP entry of DINKES with a PDF, and a Penetapan DIP fixed by the PPID Utama through its page.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
            var dinkesId = await db.Units.Where(u => u.Code == "DINKES").Select(u => u.Id).SingleAsync();
            var entry = Portal.PortalData.Entry(dinkesId, 1, DipCategory.Berkala, "Profil kesehatan matriks", "Profil kesehatan provinsi.", today);
            var document = await Portal.PortalData.DocumentAsync(scope.ServiceProvider.GetRequiredService<Infrastructure.Storage.FileStore>(), "profil.pdf");
            var spare = await Portal.PortalData.DocumentAsync(scope.ServiceProvider.GetRequiredService<Infrastructure.Storage.FileStore>(), "lama.pdf");
            entry.Documents.Add(document);
            entry.Documents.Add(spare);
            db.DipEntries.Add(entry);
            await db.SaveChangesAsync();
            data.Set("dip", entry.Id);
            data.Set("dipdoc", document.Id);
            data.Set("dipspare", spare.Id);
        }

        var decreed = await AppFactory.PostFormAsync(utama, "/Dip/Penetapan", new()
        {
            ["Form.Number"] = "188.4/1/PPID/2026",
            ["Form.Date"] = "2026-11-30",
            ["Form.Place"] = "Pontianak",
            ["Form.SignatoryName"] = "Drs. Ahmad Rizal, M.Si.",
            ["Form.SignatoryNip"] = "197003151995031002",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, decreed.StatusCode);
        var annex = await app.WithDbAsync(db => db.DipDecreeFiles.Where(f => f.UnitId == null).Select(f => new { f.Id, f.VerificationCode }).SingleAsync());
        data.Set("dipfile", annex.Id);
        data._values["dipvcode"] = annex.VerificationCode;

        // A DIK entry of DINKES with its decree, made by the consequence test's use case.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var dinkesId = await db.Units.Where(u => u.Code == "DINKES").Select(u => u.Id).SingleAsync();
            var form = Dik.DikFormTests.Valid();
            form.DecreeDate = form.HeadAgreedOn = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
            form.PeriodEnd = form.DecreeDate.Value.AddYears(1);
            var (entry, errors) = await scope.ServiceProvider.GetRequiredService<Features.Dik.ClassifyInformation>()
                .CreateAsync(dinkesId, form, null, null, CancellationToken.None);
            Assert.Empty(errors);
            data.Set("dik", entry!.Id);
            var decree = await db.DikDecrees.Where(d => d.EntryId == entry.Id).Select(d => new { d.Id, d.VerificationCode }).SingleAsync();
            data.Set("dikdecree", decree.Id);
            data._values["dikvcode"] = decree.VerificationCode;
        }

        var open = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Pemohon Matriks"));
        data.Set("request", open.Id);
        data._values["number"] = open.RegistrationNumber;
        data._values["code"] = open.TrackingCode;
        data.Set("file", await app.ProvidedFileAsync(open.Id, "informasi.pdf"));
        data.Set("ktp", await app.ProvidedFileAsync(open.Id, "ktp.pdf", FileKind.IdentityCard));

        var rejected = await app.RejectedAsync("DINKES", "Pemohon Keberatan");
        data.Set("decided", rejected.Id);
        data._values["decnumber"] = rejected.RegistrationNumber;
        data._values["deccode"] = rejected.TrackingCode;
        var objection = await app.FiledAtDeskAsync(rejected, "a");
        data.Set("objection", objection.Id);
        data._values["objnumber"] = objection.ObjectionNumber;
        data._values["objcode"] = objection.TrackingCode;

        var answered = await app.FiledAtDeskAsync(await app.RejectedAsync("DINKES", "Pemohon Terjawab"), "a");
        await AnswerAsync(app, answered.Id, dispute: false);
        data.Set("answered", answered.Id);
        data._values["ansnumber"] = answered.ObjectionNumber;
        data._values["anscode"] = answered.TrackingCode;
        var disputed = await app.FiledAtDeskAsync(await app.RejectedAsync("DINKES", "Pemohon Bersengketa"), "a");
        await AnswerAsync(app, disputed.Id, dispute: true);
        data.Set("disputed", disputed.Id);
        return data;
    }

    private void Set(string key, int id) => _values[key] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AnswerAsync(AppFactory app, int objectionId, bool dispute)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var o = await db.Objections.Include(x => x.Request).SingleAsync(x => x.Id == objectionId);
        var errors = await scope.ServiceProvider.GetRequiredService<DecideObjection>().DecideAsync(o, new DecideObjection.Input
        {
            Decision = "rejected",
            Date = scope.ServiceProvider.GetRequiredService<BodyClock>().Today,
            Reasons = "Pengecualian sudah tepat.",
            AtasanName = "Atasan Uji",
            AtasanPosition = "Sekretaris Daerah",
        }, new Infrastructure.Auth.Actor(null, "Atasan Uji"), CancellationToken.None);
        Assert.Empty(errors);
        if (!dispute) return;
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<RecordDispute>().RegisterAsync(o, new RecordDispute.Input
        {
            CommissionNumber = "001/KI-KALBAR/2026",
            RegisteredDate = o.DecisionDate,
        }, new Infrastructure.Auth.Actor(null, "Petugas Uji"), CancellationToken.None));
    }
}
