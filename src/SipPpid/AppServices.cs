using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Account;
using SipPpid.Features.ApiTokens;
using SipPpid.Features.ApplicantAccount;
using SipPpid.Features.Calendar;
using SipPpid.Features.Demo;
using SipPpid.Features.Dik;
using SipPpid.Features.Dip;
using SipPpid.Features.DipDecrees;
using SipPpid.Features.Notifications;
using SipPpid.Features.Objections;
using SipPpid.Features.OpenStatistics;
using SipPpid.Features.Portal;
using SipPpid.Features.PublicRequests;
using SipPpid.Features.RegisterImport;
using SipPpid.Features.Reports;
using SipPpid.Features.Requests;
using SipPpid.Features.Settings;
using SipPpid.Features.Survey;
using SipPpid.Features.Units;
using SipPpid.Features.Users;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Hosting;
using SipPpid.Infrastructure.Jobs;
using SipPpid.Infrastructure.Localization;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Operations;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Telemetry;
using SipPpid.Infrastructure.Time;

namespace SipPpid;

public static class AppServices
{
    public static WebApplicationBuilder AddSipPpid(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Serves wwwroot and vendored assets when run from bin/ in any environment (no-op once published).
        builder.WebHost.UseStaticWebAssets();
        // EF Core logs every SQL command, and ASP.NET Core six lines per request, at Information: that drowns the app's
        // own log (1.5 MB in 15 minutes of the demo; run.sh starts the app from the repo root, where no appsettings.json
        // is found). Logging:LogLevel:<category> in configuration still decides (run.sh: REQUEST_LOG=1).
        foreach (var noisy in (string[])["Microsoft.EntityFrameworkCore.Database.Command", "Microsoft.AspNetCore"])
            if (builder.Configuration[$"Logging:LogLevel:{noisy}"] is null) builder.Logging.AddFilter(noisy, LogLevel.Warning);

        services.AddData(builder.Configuration);
        services.AddPpidOptions();
        services.AddProxy(builder.Configuration);
        services.AddTelemetry(builder.Configuration);

        // One key ring in the database and a fixed name: a cookie or form token issued by any instance (whatever its
        // install path) is read by every other.
        services.AddDataProtection().SetApplicationName("SipPpid").PersistKeysToDbContext<AppDbContext>();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // Not e-mail confirmation: DemoAccountGate answers "may this account sign in" (demo accounts only in demo mode).
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<DemoAccountGate>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<IndonesianIdentityErrors>();
        services.AddSessionCookies();
        services.AddApiTokens();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Units", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Calendar", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Requests", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Reports", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Objections", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Users", Policies.Admin);
                o.Conventions.AuthorizePage("/Settings/Index", Policies.Staff);
                o.Conventions.AuthorizePage("/Settings/Body", Policies.Admin);
                o.Conventions.AuthorizeFolder("/Audit", Policies.Admin);
                o.Conventions.AuthorizeFolder("/ApiTokens", Policies.Staff);
                o.Conventions.AuthorizePage("/Account/ChangePassword");
            })
            // A text that breaks the text rules reopens its form with the message (TextRules, issue 12 item 5).
            .AddMvcOptions(o => o.Filters.Add<Infrastructure.Validation.InvalidTextPageFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddProbes();
        services.AddProblemDetails();
        services.AddApiDescription();
        services.AddHttpContextAccessor();

        services.AddScoped<CurrentScope>();

        // The features, each registering its own services, options and jobs (in this order: options are checked and
        // hosted jobs start in registration order).
        services.AddSettings();
        // The working calendar and the life-cycle rules every feature uses.
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarSource>();
        services.AddCalendar();
        services.AddUnits();
        services.AddUsers();
        services.AddDemo();
        services.AddStorage();
        services.AddScoped<JobLeases>();
        services.AddNotifications();
        services.AddRequests();
        services.AddPublicRequests();
        services.AddPortal();
        services.AddObjections();
        services.AddPdf();
        services.AddReports();
        services.AddOpenStatistics();
        services.AddRegisterImport();
        services.AddDip();
        services.AddDipDecrees();
        services.AddDik();
        services.AddSurvey();
        services.AddHostedService<SqliteStatisticsJob>();
        services.AddRateLimits();
        services.AddUploadLimits();
        services.AddAccount();
        services.AddApplicantAccount();
        services.AddOperations();
        return builder;
    }

    public static WebApplication UseSipPpid(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseProxy();
        app.UseSecurityHeaders();
        // Pages show the friendly error page; the API answers every error as problem details (RFC 7807).
        app.UseErrorHandling();
        app.UseCookiePolicy();
        app.UseRequestLocalization(LocalizationSetup.Options());
        app.UseRouting();
        app.UseUploadLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapProbes();
        app.MapLanguageSwitch();
        app.MapCalendarApi();
        app.MapIntakeApi();
        app.MapPortal();
        app.MapDik();
        app.MapSurvey();
        app.MapReportApi();
        // Creates the metrics now, so the outbox backlog gauge is observable before the first report or submission.
        app.Services.GetRequiredService<PpidMetrics>();
        app.MapApiDescription();
        app.MapApiDocsPage();
        return app;
    }

}

public static class Policies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
}
