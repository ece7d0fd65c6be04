using Microsoft.AspNetCore.Identity;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Features.Demo;
using SipPpid.Features.Notifications;
using SipPpid.Features.Objections;
using SipPpid.Features.PublicRequests;
using SipPpid.Features.RegisterImport;
using SipPpid.Features.Reports;
using SipPpid.Features.Requests;
using SipPpid.Features.Settings;
using SipPpid.Features.Units;
using SipPpid.Features.Users;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Jobs;
using SipPpid.Infrastructure.Localization;
using SipPpid.Infrastructure.Operations;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Storage;
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

        services.AddData(builder.Configuration);
        services.AddOptions<PpidOptions>().BindConfiguration("Ppid").ValidateDataAnnotations()
            .Validate(o => TimeZoneExists(o.TimeZone), "Ppid:TimeZone is not a known time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura).")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BodyClock>();

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
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<IndonesianIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sipppid.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
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
                o.Conventions.AuthorizePage("/Account/ChangePassword");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddHealthChecks();
        services.AddHttpContextAccessor();

        services.AddScoped<CurrentScope>();
        services.AddScoped<CurrentBody>();
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarSource>();
        services.AddScoped<ImportHolidays>();
        services.AddScoped<ImportUnits>();
        services.AddScoped<SaveUnit>();
        services.AddScoped<CreateStaffAccount>();
        services.AddScoped<SeedDemo>();
        services.AddScoped<DemoYear>();
        services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        services.AddSingleton<FileStore>();
        services.AddScoped<Numbering>();
        services.AddScoped<RequestMails>();
        services.AddScoped<RegisterRequest>();
        services.AddSingleton<RegistrationWriter>();
        services.AddScoped<RequestRouting>();
        services.AddScoped<RequestProcessing>();
        services.AddScoped<RecomputeDeadlines>();
        services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<OutboxSender>();
        services.AddScoped<DueSoonReminders>();
        services.AddHostedService<OutboxJob>();
        services.AddHostedService<DueSoonReminderJob>();
        services.AddObjections();
        services.AddHostedService<ObjectionReminderJob>();
        services.AddSingleton<ChromiumPdf>();
        services.AddScoped<ServiceReport>();
        services.AddScoped<ImportRegister>();
        services.AddPublicRateLimit();
        services.AddScoped<CreateBackup>();
        services.AddScoped<RestoreBackup>();
        services.AddScoped<CopyDatabase>();
        return builder;
    }

    public static WebApplication UseSipPpid(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseRequestLocalization(LocalizationSetup.Options());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapLanguageSwitch();
        app.MapCalendarApi();
        app.MapIntakeApi();
        app.MapReportApi();
        return app;
    }

    private static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

public static class Policies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
}
