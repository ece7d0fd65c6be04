using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class DikEntryConfiguration : IEntityTypeConfiguration<DikEntry>
{
    public void Configure(EntityTypeBuilder<DikEntry> b)
    {
        b.ToTable("DikEntries");
        b.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.UnitId, e.Number }).IsUnique();
        // The import's key (contracts.md): unit and information.
        b.HasIndex(e => new { e.UnitId, e.Information });
        // The public list, the API and the expiry job: entries by status and end date.
        b.HasIndex(e => new { e.Status, e.PeriodEnd });
        b.Property(e => e.Information).HasMaxLength(DikEntry.InformationMaxLength);
        b.Property(e => e.Basis).HasMaxLength(20);
        b.Property(e => e.LegalReference).HasMaxLength(DikEntry.ShortTextMaxLength * 2);
        b.Property(e => e.Consequence).HasMaxLength(DikEntry.TextMaxLength);
        b.Property(e => e.PublicInterest).HasMaxLength(DikEntry.TextMaxLength);
        b.Property(e => e.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.WithheldParts).HasMaxLength(DikEntry.TextMaxLength);
        b.Property(e => e.NoEndReason).HasMaxLength(1000);
        b.Property(e => e.TestTeam).HasMaxLength(1000);
        b.Property(e => e.HeadName).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ReleaseReason).HasMaxLength(1000);
        b.HasMany(e => e.Decrees).WithOne(d => d.Entry).HasForeignKey(d => d.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DipEntry>().WithMany().HasForeignKey(e => e.ReleasedToDipEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.SourceRequestId);
    }
}

internal sealed class DikDecreeConfiguration : IEntityTypeConfiguration<DikDecree>
{
    public void Configure(EntityTypeBuilder<DikDecree> b)
    {
        b.ToTable("DikDecrees");
        // A decree number used twice in a unit is refused (the use case checks first; the index settles a race).
        b.HasIndex(d => new { d.UnitId, d.Number }).IsUnique();
        b.HasIndex(d => d.VerificationCode).IsUnique();
        b.HasIndex(d => new { d.EntryId, d.SupersededById });
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Number).HasMaxLength(100);
        b.Property(d => d.Place).HasMaxLength(100);
        b.Property(d => d.SignatoryName).HasMaxLength(200);
        b.Property(d => d.SignatoryNip).HasMaxLength(18);
        b.Property(d => d.VerificationCode).HasMaxLength(20);
        b.Property(d => d.PdfSha256).HasMaxLength(64);
        b.Property(d => d.DecreedByUserId).HasMaxLength(450);
        b.Property(d => d.DecreedByName).HasMaxLength(256);
    }
}

internal sealed class DikEntryEventConfiguration : IEntityTypeConfiguration<DikEntryEvent>
{
    public void Configure(EntityTypeBuilder<DikEntryEvent> b)
    {
        b.ToTable("DikEntryEvents");
        b.HasOne(e => e.Entry).WithMany().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Decree).WithMany().HasForeignKey(e => e.DecreeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.EntryId, e.Id });
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorUserId).HasMaxLength(450);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(1000);
    }
}
