using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class DipEntryConfiguration : IEntityTypeConfiguration<DipEntry>
{
    public void Configure(EntityTypeBuilder<DipEntry> b)
    {
        b.ToTable("DipEntries");
        b.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.UnitId, e.Number }).IsUnique();
        // The import's key (contracts.md): a row whose unit, title and production time exist updates that entry.
        b.HasIndex(e => new { e.UnitId, e.Title, e.ProducedTime });
        // The portal's lists: a category's published entries, newest first; the stale check reads the same key.
        b.HasIndex(e => new { e.Status, e.Category, e.UpdatedDate });
        b.HasIndex(e => new { e.Status, e.PublishedDate });
        b.HasIndex(e => e.SourceRequestId);
        b.Property(e => e.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Title).HasMaxLength(DipEntry.TitleMaxLength);
        b.Property(e => e.Summary).HasMaxLength(DipEntry.SummaryMaxLength);
        b.Property(e => e.Holder).HasMaxLength(DipEntry.ShortTextMaxLength);
        b.Property(e => e.Responsible).HasMaxLength(DipEntry.ShortTextMaxLength);
        b.Property(e => e.ProducedTime).HasMaxLength(100);
        b.Property(e => e.ProducedPlace).HasMaxLength(200);
        b.Property(e => e.Retention).HasMaxLength(100);
        b.Property(e => e.Url).HasMaxLength(DipEntry.UrlMaxLength);
        b.Property(e => e.WithdrawalReason).HasMaxLength(1000);
        b.Property(e => e.DocumentNames).HasMaxLength(4000);
        b.HasMany(e => e.Documents).WithOne(d => d.Entry).HasForeignKey(d => d.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DipDocumentConfiguration : IEntityTypeConfiguration<DipDocument>
{
    public void Configure(EntityTypeBuilder<DipDocument> b)
    {
        b.ToTable("DipDocuments");
        b.HasIndex(d => d.EntryId);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.FileName).HasMaxLength(255);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.StorageKey).HasMaxLength(300);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class DipEntryEventConfiguration : IEntityTypeConfiguration<DipEntryEvent>
{
    public void Configure(EntityTypeBuilder<DipEntryEvent> b)
    {
        b.ToTable("DipEntryEvents");
        b.HasOne(e => e.Entry).WithMany().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.EntryId, e.Id });
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorUserId).HasMaxLength(450);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.Reason).HasMaxLength(1000);
    }
}
