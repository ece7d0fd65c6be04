using System.Globalization;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Tests.Shell;

/// <summary>One way to show a file's size, as people expect it (a 665-byte file is "1 KB", as a file manager says).</summary>
public sealed class FileSizesTests
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    [Theory]
    [InlineData(0, "0 KB")]
    [InlineData(1, "1 KB")]
    [InlineData(665, "1 KB")]
    [InlineData(1024, "1 KB")]
    [InlineData(1025, "2 KB")]
    [InlineData(250_000, "245 KB")]
    [InlineData(1_048_575, "1 MB")]
    [InlineData(1_048_576, "1 MB")]
    [InlineData(1_572_864, "1,5 MB")]
    [InlineData(6_639_613, "6,4 MB")]
    public void Sizes_read_as_people_expect(long bytes, string shown) => Assert.Equal(shown, FileSizes.Format(bytes, Id));
}
