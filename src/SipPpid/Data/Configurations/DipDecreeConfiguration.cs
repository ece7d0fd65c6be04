using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class DipDecreeConfiguration : IEntityTypeConfiguration<DipDecree>
{
    public void Configure(EntityTypeBuilder<DipDecree> b)
    {
        b.ToTable("DipDecrees");
        // A decree number used twice is refused (FixDipDecree checks first; the index settles a race).
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.Version).IsUnique();
        b.Property(d => d.Number).HasMaxLength(100);
        b.Property(d => d.Place).HasMaxLength(100);
        b.Property(d => d.SignatoryName).HasMaxLength(200);
        b.Property(d => d.SignatoryNip).HasMaxLength(18);
        b.Property(d => d.DecreedByUserId).HasMaxLength(450);
        b.Property(d => d.DecreedByName).HasMaxLength(256);
        b.Property(d => d.EntriesSha256).HasMaxLength(64);
        b.HasMany(d => d.Files).WithOne(f => f.Decree).HasForeignKey(f => f.DecreeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DipDecreeFileConfiguration : IEntityTypeConfiguration<DipDecreeFile>
{
    public void Configure(EntityTypeBuilder<DipDecreeFile> b)
    {
        b.ToTable("DipDecreeFiles");
        b.HasIndex(f => new { f.DecreeId, f.UnitId }).IsUnique();
        b.HasIndex(f => f.VerificationCode).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.UnitCode).HasMaxLength(Unit.CodeMaxLength);
        b.Property(f => f.UnitName).HasMaxLength(300);
        b.Property(f => f.VerificationCode).HasMaxLength(20);
        b.Property(f => f.PdfSha256).HasMaxLength(64);
    }
}
