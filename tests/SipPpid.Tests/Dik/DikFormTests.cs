using Microsoft.Extensions.Localization;
using SipPpid.Features.Dik;

namespace SipPpid.Tests.Dik;

/// <summary>DikForm.Validate without a database: every rule of the worksheet gives its own message at its own field.</summary>
public sealed class DikFormTests
{
    private static readonly DateOnly Decreed = new(2026, 12, 3);

    /// <summary>The Indonesian text itself (the key), formatted.</summary>
    private sealed class Keys : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    public static DikForm Valid() => new()
    {
        Information = "Berkas penyidikan dugaan korupsi pengadaan alat kesehatan 2026",
        Basis = "17a",
        LegalReference = "UU 14/2008 Pasal 17 huruf a angka 1",
        Consequence = "Membuka berkas dapat menghambat penyidikan yang sedang berjalan.",
        PublicInterest = "Penegakan hukum yang tuntas lebih melindungi kepentingan publik.",
        Scope = "full",
        PeriodEnd = Decreed.AddYears(2),
        TestTeam = "Tim Uji Konsekuensi Dinas Kesehatan",
        HeadName = "dr. Harisson, M.Kes.",
        HeadAgreedOn = Decreed,
        DecreeNumber = "188.4/01/DIK/2026",
        DecreeDate = Decreed,
        DecreePlace = "Pontianak",
        SignatoryName = "Drs. Ahmad Rizal, M.Si.",
        SignatoryNip = "197003151995031002",
    };

    private static Dictionary<string, string> Errors(DikForm f, bool imported = false) =>
        f.Validate(new Keys(), imported).ToDictionary(e => e.Field, e => e.Message);

    [Fact]
    public void A_complete_worksheet_has_no_error() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Pasal_17a_without_an_end_date_is_refused_at_the_end_date()
    {
        var f = Valid();
        f.PeriodEnd = null;
        f.NoEndReason = "Selamanya rahasia.";
        Assert.Contains("tidak boleh permanen", Errors(f)["Dik.PeriodEnd"], StringComparison.Ordinal);
    }

    [Fact]
    public void Another_law_may_run_without_end_date_with_a_reason_but_not_without_one()
    {
        var f = Valid();
        f.Basis = "other_law";
        f.PeriodEnd = null;
        Assert.Equal(["Dik.NoEndReason"], Errors(f).Keys);
        f.NoEndReason = "Rahasia medis menurut UU 36/2009 Pasal 57 tidak dibatasi waktu.";
        Assert.Empty(Errors(f));
    }

    [Theory]
    [InlineData(0)] // the decree's own day
    [InlineData(-1)] // before it
    public void The_end_date_must_be_after_the_decree(int days)
    {
        var f = Valid();
        f.PeriodEnd = Decreed.AddDays(days);
        Assert.Contains("harus sesudah tanggal surat penetapan", Errors(f)["Dik.PeriodEnd"], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_basis_scope_and_partial_without_parts_are_named()
    {
        var f = Valid();
        f.Basis = "17z";
        f.Scope = "some";
        Assert.Contains("Dik.Basis", Errors(f).Keys);
        Assert.Contains("Dik.Scope", Errors(f).Keys);
        f = Valid();
        f.Scope = "partial";
        Assert.Equal(["Dik.WithheldParts"], Errors(f).Keys);
    }

    [Fact]
    public void The_head_must_agree_before_the_decree_and_a_nip_has_18_digits()
    {
        var f = Valid();
        f.HeadAgreedOn = Decreed.AddDays(1);
        f.SignatoryNip = "12345";
        var errors = Errors(f);
        Assert.Equal(["Dik.HeadAgreedOn", "Dik.SignatoryNip"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_form_names_every_required_field_and_an_import_needs_fewer()
    {
        var empty = new DikForm { Scope = null };
        var all = Errors(empty).Keys.ToHashSet();
        foreach (var field in new[] { "Information", "Basis", "LegalReference", "Consequence", "PublicInterest", "Scope", "TestTeam", "HeadName",
                     "HeadAgreedOn", "DecreeNumber", "DecreeDate", "DecreePlace", "SignatoryName", "SignatoryNip" })
            Assert.Contains("Dik." + field, all);
        var imported = Errors(empty, imported: true).Keys;
        Assert.DoesNotContain("Dik.TestTeam", imported);
        Assert.DoesNotContain("Dik.DecreePlace", imported);
        Assert.DoesNotContain("Dik.SignatoryNip", imported);
    }
}
