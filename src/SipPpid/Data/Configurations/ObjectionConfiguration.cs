using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> b)
    {
        b.HasOne(o => o.Request).WithMany().HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Property(o => o.ObjectionNumber).HasMaxLength(100);
        b.HasIndex(o => o.ObjectionNumber).IsUnique();
        b.Property(o => o.TrackingCode).HasMaxLength(20);
        b.HasIndex(o => o.ReceivedDate);
        b.HasIndex(o => new { o.Status, o.Deadline });
        b.Property(o => o.Channel).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Decision).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Response).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Grounds).HasMaxLength(20);
        b.Property(o => o.CaseDescription).HasMaxLength(4000);
        b.Property(o => o.ProxyName).HasMaxLength(200);
        b.Property(o => o.ProxyAddress).HasMaxLength(500);
        b.Property(o => o.DecisionReasons).HasMaxLength(4000);
        b.Property(o => o.AtasanName).HasMaxLength(200);
        b.Property(o => o.AtasanPosition).HasMaxLength(200);
        b.Property(o => o.AtasanNip).HasMaxLength(30);
        b.Property(o => o.ResponseNote).HasMaxLength(2000);
    }
}

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> b)
    {
        b.HasOne(d => d.Request).WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(d => d.Objection).WithMany().HasForeignKey(d => d.ObjectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DikEntry>().WithMany().HasForeignKey(d => d.DikEntryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.CommissionNumber).HasMaxLength(100);
        b.HasIndex(d => d.RegisteredDate);
        b.Property(d => d.Stage).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.OutcomeNote).HasMaxLength(2000);
        b.Property(d => d.CourtName).HasMaxLength(200);
        b.Property(d => d.CourtCaseNumber).HasMaxLength(100);
        b.Property(d => d.CourtResult).HasMaxLength(2000);
        b.Property(d => d.Implementation).HasMaxLength(4000);
    }
}

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> b)
    {
        b.HasIndex(n => new { n.From, n.To, n.UnitCode }).IsUnique();
        b.Property(n => n.UnitCode).HasMaxLength(Unit.CodeMaxLength);
        foreach (var p in new[] { nameof(ReportNarrative.Policy), nameof(ReportNarrative.Facilities), nameof(ReportNarrative.Staff),
                     nameof(ReportNarrative.Budget), nameof(ReportNarrative.Obstacles), nameof(ReportNarrative.Recommendations) })
            b.Property(p).HasMaxLength(8000);
        b.Property(n => n.UpdatedBy).HasMaxLength(256);
    }
}
