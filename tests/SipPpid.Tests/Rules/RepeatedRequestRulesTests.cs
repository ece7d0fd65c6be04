namespace SipPpid.Tests.Rules;

/// <summary>When two requests asked for the same information, with worked examples.</summary>
public sealed class RepeatedRequestRulesTests
{
    [Theory]
    // Capitals, punctuation, common words and years do not matter; the first four significant words do, in any order.
    [InlineData("Salinan laporan realisasi anggaran Dinas Kesehatan tahun 2024", "anggaran dinas laporan realisasi")]
    [InlineData("LAPORAN REALISASI ANGGARAN, Dinas Kesehatan (2025)", "anggaran dinas laporan realisasi")]
    [InlineData("Mohon data realisasi anggaran dan laporan dinas", "anggaran dinas laporan realisasi")]
    [InlineData("Daftar penerima bantuan sosial di Kecamatan Sungai Raya", "bantuan daftar penerima sosial")]
    [InlineData("Dokumen AMDAL", "amdal")]
    [InlineData("Izin usaha perkebunan yang terbit", "izin perkebunan terbit usaha")]
    public void The_key_is_the_first_four_significant_words_sorted(string text, string key) =>
        Assert.Equal(key, RepeatedRequestRules.Key(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mohon salinan data tahun 2025")]
    public void A_text_without_significant_words_has_no_key(string? text) => Assert.Null(RepeatedRequestRules.Key(text));

    [Fact]
    public void Different_information_gets_different_keys()
    {
        Assert.NotEqual(RepeatedRequestRules.Key("Laporan keuangan Dinas Kesehatan 2024"), RepeatedRequestRules.Key("Laporan keuangan Dinas Pendidikan 2024"));
        Assert.Equal(RepeatedRequestRules.Key("Laporan keuangan Dinas Kesehatan 2024"), RepeatedRequestRules.Key("laporan keuangan dinas kesehatan, tahun anggaran 2023"));
    }

    [Fact]
    public void Words_keep_their_order_and_drop_repeats()
    {
        Assert.Equal(["peta", "rawan", "banjir", "kota"], RepeatedRequestRules.Words("Peta rawan banjir: peta kota"));
    }
}
