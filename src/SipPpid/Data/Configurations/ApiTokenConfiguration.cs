using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SipPpid.Domain;

namespace SipPpid.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.UserId).HasMaxLength(450);
        b.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        b.Property(t => t.Prefix).HasMaxLength(20);
        b.Property(t => t.Hash).HasMaxLength(64).IsUnicode(false);
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.UserId);
        b.Property(t => t.RevokedBy).HasMaxLength(256);
        // A deleted account takes its tokens with it.
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
