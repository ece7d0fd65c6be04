using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class RegisterImportJobConfiguration : IEntityTypeConfiguration<RegisterImportJob>
{
    public void Configure(EntityTypeBuilder<RegisterImportJob> b)
    {
        b.Property(j => j.CreatedByUserId).HasMaxLength(450);
        b.Property(j => j.CreatedByName).HasMaxLength(256);
        b.Property(j => j.ScopePath).HasMaxLength(400);
        b.Property(j => j.FileName).HasMaxLength(RegisterImportJob.FileNameMaxLength);
        b.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Phase).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Runner).HasMaxLength(200);
        b.Property(j => j.Failure).HasMaxLength(1000);
        // The runner looks for queued jobs and for running ones whose lease ran out.
        b.HasIndex(j => new { j.State, j.CreatedAtUtc });
    }
}
