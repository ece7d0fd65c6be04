using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class ReportArchiveConfiguration : IEntityTypeConfiguration<ReportArchive>
{
    public void Configure(EntityTypeBuilder<ReportArchive> b)
    {
        b.ToTable("ReportArchives");
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        // Two finalizations racing for the same version: one of them fails and tries the next number.
        b.HasIndex(a => new { a.UnitId, a.From, a.To, a.Version }).IsUnique();
        b.HasIndex(a => a.VerificationCode).IsUnique();
        b.HasIndex(a => a.FinalizedAtUtc);
        b.Property(a => a.UnitCode).HasMaxLength(Unit.CodeMaxLength);
        b.Property(a => a.UnitName).HasMaxLength(300);
        b.Property(a => a.VerificationCode).HasMaxLength(20);
        b.Property(a => a.FinalizedByUserId).HasMaxLength(450);
        b.Property(a => a.FinalizedByName).HasMaxLength(256);
        b.Property(a => a.PdfSha256).HasMaxLength(64);
    }
}

internal sealed class ReportFilingConfiguration : IEntityTypeConfiguration<ReportFiling>
{
    public void Configure(EntityTypeBuilder<ReportFiling> b)
    {
        b.ToTable("ReportFilings");
        b.HasOne(f => f.Archive).WithMany().HasForeignKey(f => f.ArchiveId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.ArchiveId, f.Id });
        b.Property(f => f.FiledBy).HasMaxLength(200);
        b.Property(f => f.Cabinet).HasMaxLength(200);
        b.Property(f => f.Folder).HasMaxLength(200);
        b.Property(f => f.Notes).HasMaxLength(2000);
        b.Property(f => f.RecordedByUserId).HasMaxLength(450);
        b.Property(f => f.RecordedByName).HasMaxLength(256);
    }
}
