using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InformationRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SurveyImport>().WithMany().HasForeignKey(s => s.ImportId).OnDelete(DeleteBehavior.Restrict);
        // One response per request: checked first, this index settles a race (two tabs, a double tap).
        b.HasIndex(s => s.RequestId).IsUnique();
        // The index's GROUP BY: a period's responses per unit, covering the nine answers so the table is not read.
        b.HasIndex(s => new { s.Date, s.UnitId, s.U1, s.U2, s.U3, s.U4, s.U5, s.U6, s.U7, s.U8, s.U9 });
        b.HasIndex(s => s.ImportId);
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Gender).HasMaxLength(1);
        b.Property(s => s.Education).HasMaxLength(10);
        b.Property(s => s.Occupation).HasMaxLength(20);
        b.Property(s => s.Comment).HasMaxLength(SurveyResponse.CommentMaxLength);
        b.Ignore(s => s.Answers);
    }
}

internal sealed class SurveyImportConfiguration : IEntityTypeConfiguration<SurveyImport>
{
    public void Configure(EntityTypeBuilder<SurveyImport> b)
    {
        b.ToTable("SurveyImports");
        b.HasIndex(i => i.Sha256).IsUnique();
        b.Property(i => i.Sha256).HasMaxLength(64);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.ImportedByUserId).HasMaxLength(450);
        b.Property(i => i.ImportedByName).HasMaxLength(256);
    }
}
