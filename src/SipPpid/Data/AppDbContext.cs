using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SipPpid.Data.Configurations;
using SipPpid.Domain;
using SipPpid.Infrastructure.Jobs;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Data;

/// <summary>
/// The one model. SQLite uses this context (migrations in Data/Migrations). It also holds the Data Protection key
/// ring, so every instance on the database reads the same keys (a sign-in made on one is valid on all).
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    protected AppDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<AppSetting> Settings => Set<AppSetting>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<InformationRequest> Requests => Set<InformationRequest>();
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();
    public DbSet<RequestFile> RequestFiles => Set<RequestFile>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();
    public DbSet<ReportArchive> ReportArchives => Set<ReportArchive>();
    public DbSet<ReportFiling> ReportFilings => Set<ReportFiling>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<RegisterImportJob> RegisterImportJobs => Set<RegisterImportJob>();
    public DbSet<DipEntry> DipEntries => Set<DipEntry>();
    public DbSet<DipDocument> DipDocuments => Set<DipDocument>();
    public DbSet<DipEntryEvent> DipEntryEvents => Set<DipEntryEvent>();
    public DbSet<DipDecree> DipDecrees => Set<DipDecree>();
    public DbSet<DipDecreeFile> DipDecreeFiles => Set<DipDecreeFile>();
    public DbSet<DikEntry> DikEntries => Set<DikEntry>();
    public DbSet<DikDecree> DikDecrees => Set<DikDecree>();
    public DbSet<DikEntryEvent> DikEntryEvents => Set<DikEntryEvent>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyImport> SurveyImports => Set<SurveyImport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// Checks every added or changed text against <see cref="TextRules"/> (the column's length, no control
    /// characters) before writing, so both databases refuse the same texts and neither answers with its own error.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ThrowOnInvalidText();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ThrowOnInvalidText();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void ThrowOnInvalidText()
    {
        if (TextRules.Problems(ChangeTracker) is { Count: > 0 } problems) throw new InvalidTextException(problems);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Instants are stored as UTC; SQLite loses DateTimeKind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>Same model with its own migrations (Data/PgMigrations), because PostgreSQL's column types differ.</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Byte order, so a subtree is contiguous when sorted and LIKE 'prefix%' can use the index.
        builder.Entity<Unit>().Property(u => u.Path).UseCollation("C");

        // The report's covering index keeps (receipt date, unit) as its key and carries the counted columns as
        // INCLUDE: PostgreSQL answers a period with one index-only scan, and the key stays small for every other use.
        var requests = builder.Entity<InformationRequest>();
        requests.Metadata.RemoveIndex(requests.Metadata.FindIndex(RequestConfiguration.ReportIndex)!);
        requests.HasIndex(RequestConfiguration.ReportIndexKey, RequestConfiguration.ReportIndex)
            .IncludeProperties(RequestConfiguration.ReportIndexCarried);
        // PostgreSQL (15) has no skip-scan to be lured into, and reads a subtree's year unit by unit from this index
        // when random_page_cost suits SSDs (docs/operations.md): one agency's report query at 1 000 000 requests took
        // 14–70 ms this way against 140–227 ms through the whole year's date range.
        requests.HasIndex(r => new { r.UnitId, r.ReceivedDate });

        // The DIP's full-text index (DipSearchIndex): a stored generated tsvector with a GIN index. SQLite's twin is
        // the FTS5 table made in the SQLite migration.
        var dip = builder.Entity<DipEntry>();
        dip.Property<NpgsqlTypes.NpgsqlTsVector>(DipSearchIndex.VectorColumn)
            .HasComputedColumnSql(DipSearchIndex.VectorSql, stored: true);
        dip.HasIndex(DipSearchIndex.VectorColumn).HasMethod("GIN");
    }
}
