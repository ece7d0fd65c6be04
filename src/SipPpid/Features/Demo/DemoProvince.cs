using SipPpid.Domain;

namespace SipPpid.Features.Demo;

/// <summary>The demo body: Pemerintah Provinsi Kalimantan Barat, its PPID Utama and one PPID Pembantu per agency.</summary>
public static class DemoProvince
{
    public const string Password = "Demo-Kalbar-2026";
    public const string RootCode = "PROV";

    /// <summary>A demo agency; its PPID officer (name and NIP) and street address when the demo letters are printed from it.</summary>
    public sealed record DemoUnit(string Code, string Name, string Parent, string? Officer = null, string? Nip = null, string? Address = null);

    /// <summary>The governor's office complex, where the secretariat and most agencies of the demo sit.</summary>
    public const string OfficeComplex = "Jl. Ahmad Yani, Pontianak 78124";

    public static readonly DemoUnit[] Units =
    [
        new("DISKOMINFO", "Dinas Komunikasi dan Informatika", RootCode, "Drs. Ahmad Rizal, M.Si.", "197003151995031002"),
        new("SETDA", "Sekretariat Daerah", RootCode, "Hendra Gunawan, S.H., M.H.", "197805122003121004", "Kantor Gubernur Kalimantan Barat, " + OfficeComplex),
        new("BIRO-PEM", "Biro Pemerintahan, Otonomi Daerah dan Kerja Sama", "SETDA"),
        new("BIRO-HUKUM", "Biro Hukum", "SETDA"),
        new("BIRO-EKON", "Biro Perekonomian", "SETDA"),
        new("BIRO-ADPEM", "Biro Administrasi Pembangunan", "SETDA"),
        new("BIRO-PBJ", "Biro Pengadaan Barang dan Jasa", "SETDA"),
        new("BIRO-KESRA", "Biro Kesejahteraan Rakyat", "SETDA"),
        new("BIRO-ORG", "Biro Organisasi", "SETDA"),
        new("BIRO-ADPIM", "Biro Administrasi Pimpinan", "SETDA"),
        new("BIRO-UMUM", "Biro Umum", "SETDA"),
        new("SETWAN", "Sekretariat DPRD", RootCode),
        new("INSPEKTORAT", "Inspektorat", RootCode),
        new("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", RootCode),
        new("DINKES", "Dinas Kesehatan", RootCode, "dr. Siti Rahmawati, M.Kes.", "198104062008012015", "Jl. Letjend Sutoyo, Pontianak 78121"),
        new("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", RootCode, "Ir. Yohanes Sanjaya, M.T.", "197509182000031003", "Jl. Letjend Sutoyo, Pontianak 78121"),
        new("DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman", RootCode),
        new("SATPOLPP", "Satuan Polisi Pamong Praja", RootCode),
        new("DINSOS", "Dinas Sosial", RootCode),
        new("DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", RootCode),
        new("DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", RootCode),
        new("DPPKH", "Dinas Pangan, Peternakan dan Kesehatan Hewan", RootCode),
        new("DLHK", "Dinas Lingkungan Hidup dan Kehutanan", RootCode),
        new("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", RootCode),
        new("DISHUB", "Dinas Perhubungan", RootCode),
        new("DISKUMKM", "Dinas Koperasi dan Usaha Kecil Menengah", RootCode),
        new("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", RootCode),
        new("DISPORA", "Dinas Kepemudaan dan Olahraga", RootCode),
        new("DISPERPUSIP", "Dinas Perpustakaan dan Kearsipan", RootCode),
        new("DKP", "Dinas Kelautan dan Perikanan", RootCode),
        new("DISPAR", "Dinas Pariwisata", RootCode),
        new("DTPH", "Dinas Tanaman Pangan dan Hortikultura", RootCode),
        new("DISBUN", "Dinas Perkebunan", RootCode),
        new("DESDM", "Dinas Energi dan Sumber Daya Mineral", RootCode),
        new("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", RootCode),
        new("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", RootCode),
        new("BPKAD", "Badan Pengelola Keuangan dan Aset Daerah", RootCode),
        new("BAPENDA", "Badan Pendapatan Daerah", RootCode),
        new("BKD", "Badan Kepegawaian Daerah", RootCode),
        new("BPSDM", "Badan Pengembangan Sumber Daya Manusia", RootCode),
        new("BPBD", "Badan Penanggulangan Bencana Daerah", RootCode),
        new("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", RootCode),
        new("RSUD-SOEDARSO", "RSUD dr. Soedarso", RootCode),
        new("RSJD", "Rumah Sakit Jiwa Daerah Sungai Bangkong", RootCode),
    ];

    public sealed record DemoUser(string Email, string Role, string? Unit, string Name, string? Nip);

    public static readonly DemoUser[] Users =
    [
        new("admin@ppid.demo", Infrastructure.Auth.Roles.Admin, null, "Administrator SIP PPID", null),
        new("utama@ppid.demo", Infrastructure.Auth.Roles.PpidUtama, RootCode, "Drs. Ahmad Rizal, M.Si.", "197003151995031002"),
        new("atasan@ppid.demo", Infrastructure.Auth.Roles.AtasanPpid, null, "Dr. H. Harisson, M.Kes.", "196611231992031007"),
        new("setda@ppid.demo", Infrastructure.Auth.Roles.PpidPembantu, "SETDA", "Hendra Gunawan, S.H., M.H.", "197805122003121004"),
        new("dinkes@ppid.demo", Infrastructure.Auth.Roles.PpidPembantu, "DINKES", "dr. Siti Rahmawati, M.Kes.", "198104062008012015"),
        new("pupr@ppid.demo", Infrastructure.Auth.Roles.PpidPembantu, "DPUPR", "Ir. Yohanes Sanjaya, M.T.", "197509182000031003"),
    ];

    public static Unit Root() => new()
    {
        Code = RootCode,
        Name = "PPID Utama Pemerintah Provinsi Kalimantan Barat",
        Kind = UnitKind.Utama,
        Address = "Jl. Ahmad Yani, Pontianak 78124 (Dinas Komunikasi dan Informatika)",
        Phone = "(0561) 000000",
        Email = "ppid@ppid.demo",
        OfficerName = "Drs. Ahmad Rizal, M.Si.",
        OfficerNip = "197003151995031002",
    };
}
