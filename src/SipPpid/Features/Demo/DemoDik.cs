using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;

namespace SipPpid.Features.Demo;

/// <summary>
/// The demo province's Daftar Informasi yang Dikecualikan: three to eight consequence tests per unit (personnel files
/// and medical records under 17h, procurement evaluations before the award under 17b, investigation files under 17a,
/// draft regulations under 17i, security plans under 17c, …), each with its Surat Penetapan Klasifikasi, created by
/// <see cref="ClassifyInformation"/> like the form's and the import's. A few end within the next 30 days and one has
/// ended, so the dashboard and the expiry have something to show. The demo's refusals and partial grants then cite an
/// entry of their unit with the same basis (personal data for a partial grant), where one exists; no figure of the
/// demo changes. Deterministic; a database that has DIK entries is left as it is.
/// </summary>
public sealed class DemoDik(AppDbContext db, ClassifyInformation classify)
{
    /// <summary>One kind of exempted information: {0} is the unit's name; <c>EndYears</c> null = no end date.</summary>
    private sealed record Kind(string Basis, string Information, string LegalReference, string Consequence, string PublicInterest,
        int? EndYears, bool Partial = false, string? Unit = null);

    private static readonly Kind Personnel = new("17h", "Berkas kepegawaian (data pribadi, riwayat kesehatan, dan penilaian kinerja individu) pegawai {0}",
        "UU 14/2008 Pasal 17 huruf h angka 1 dan 5; UU 27/2022 tentang Pelindungan Data Pribadi",
        "Membuka berkas kepegawaian mengungkap data pribadi, riwayat kesehatan, dan penilaian individu pegawai yang dapat disalahgunakan.",
        "Perlindungan data pribadi pegawai lebih besar daripada manfaat membukanya; rekapitulasi jumlah dan golongan pegawai tetap terbuka di DIP.",
        null, Partial: true);

    private static readonly Kind[] Common =
    [
        new("17b", "Dokumen evaluasi penawaran pengadaan barang/jasa {0} sebelum penetapan pemenang", "UU 14/2008 Pasal 17 huruf b",
            "Membuka dokumen evaluasi sebelum penetapan pemenang mengganggu persaingan usaha yang sehat dan dapat merugikan peserta tender.",
            "Menjaga proses pengadaan yang adil dan bersaing; dokumen dibuka setelah pemenang ditetapkan dan masa sanggah berakhir.", 1),
        new("17a", "Berkas pemeriksaan dugaan pelanggaran disiplin pegawai {0} yang sedang berjalan", "UU 14/2008 Pasal 17 huruf a angka 1",
            "Membuka berkas pemeriksaan yang sedang berjalan dapat menghambat proses pemeriksaan dan mengungkap identitas saksi dan pelapor.",
            "Kelancaran penegakan disiplin dan perlindungan pelapor; hasil akhir pemeriksaan diumumkan sesuai ketentuan.", 2),
        new("17i", "Rancangan peraturan gubernur dan memorandum internal {0} yang belum ditetapkan", "UU 14/2008 Pasal 17 huruf i",
            "Membuka rancangan yang masih dibahas dapat menimbulkan salah tafsir di masyarakat dan mengganggu proses pengambilan kebijakan.",
            "Kebijakan yang matang; rancangan dibuka pada tahap konsultasi publik dan setelah ditetapkan.", null),
        new("17c", "Rencana pengamanan gedung, ruang server, dan arsip vital {0}", "UU 14/2008 Pasal 17 huruf c angka 6",
            "Membuka denah pengamanan dan sistem keamanan memudahkan pihak yang berniat merusak atau mencuri aset dan data.",
            "Keamanan aset dan data pemerintah daerah yang melayani masyarakat.", 4),
        new("17j", "Hasil pemeriksaan khusus Inspektorat atas {0} yang belum diserahkan kepada aparat penegak hukum", "UU 14/2008 Pasal 17 huruf j; UU 15/2004 Pasal 26",
            "Membuka hasil pemeriksaan yang belum final dapat mengganggu tindak lanjut dan merugikan pihak yang belum terbukti bersalah.",
            "Tindak lanjut pemeriksaan yang tuntas dan asas praduga tak bersalah.", null),
        new("17d", "Dokumen negosiasi penyertaan modal dan kerja sama investasi {0} yang belum disepakati", "UU 14/2008 Pasal 17 huruf d",
            "Membuka posisi tawar daerah sebelum kesepakatan melemahkan kedudukan daerah dalam negosiasi.",
            "Perlindungan kepentingan ekonomi daerah; perjanjian yang telah ditandatangani diumumkan.", 2),
    ];

    private static readonly Kind[] Specific =
    [
        new("17h", "Rekam medis pasien RSUD dan puskesmas", "UU 14/2008 Pasal 17 huruf h angka 2; UU 17/2023 tentang Kesehatan Pasal 296",
            "Membuka rekam medis mengungkap riwayat, kondisi, dan perawatan kesehatan pasien.",
            "Kerahasiaan pasien dan kepercayaan pada layanan kesehatan; data agregat penyakit tetap dipublikasikan.", null, Unit: "DINKES"),
        new("other_law", "Data individu kasus HIV/AIDS dan tuberkulosis per pasien", "UU 17/2023 tentang Kesehatan Pasal 4 ayat (1) huruf i",
            "Membuka identitas pasien menimbulkan stigma dan diskriminasi.",
            "Perlindungan pasien dan keberhasilan program penanggulangan penyakit.", null, Unit: "DINKES"),
        new("17h", "Data pribadi penerima bantuan sosial (NIK, alamat, kondisi ekonomi keluarga)", "UU 14/2008 Pasal 17 huruf h angka 4; UU 27/2022",
            "Membuka data pribadi penerima bantuan berisiko penyalahgunaan identitas dan stigma sosial.",
            "Perlindungan penerima manfaat; daftar jumlah penerima per desa tetap terbuka.", null, Partial: true, Unit: "DINSOS"),
        new("17c", "Rencana operasi penertiban dan pengamanan kegiatan yang belum dilaksanakan", "UU 14/2008 Pasal 17 huruf c angka 1",
            "Membuka rencana operasi sebelum pelaksanaan menggagalkan penertiban.",
            "Ketertiban umum dan keselamatan petugas.", 1, Unit: "SATPOLPP"),
        new("17b", "Harga perkiraan sendiri (HPS) paket pekerjaan jalan dan jembatan sebelum pembukaan penawaran", "UU 14/2008 Pasal 17 huruf b; Perpres 16/2018",
            "Membuka HPS sebelum pembukaan penawaran memungkinkan persekongkolan harga.",
            "Pengadaan yang bersaing dan hemat anggaran.", 1, Unit: "DPUPR"),
    ];

    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        if (await db.DikEntries.AnyAsync(ct)) return 0;
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name, u.OfficerName, u.OfficerNip, u.ParentId }).ToListAsync(ct);
        var random = new Random(15);
        var decreed = new DateOnly(today.Year - 2, 12, 1);
        var count = 0;
        var expired = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var unit in units)
        {
            var code = unit.Code.Length <= 12 ? unit.Code : unit.Code[..12];
            var kinds = new List<Kind> { Personnel };
            kinds.AddRange(Common.Where(_ => random.NextDouble() < 0.45).Take(5));
            kinds.AddRange(Specific.Where(s => s.Unit == unit.Code));
            if (kinds.Count < 3) kinds.AddRange(Common.Where(k => !kinds.Contains(k)).Take(3 - kinds.Count));
            var n = 0;
            foreach (var kind in kinds)
            {
                n++;
                var date = decreed.AddDays(random.Next(0, 25));
                DateOnly? end = kind.EndYears is { } years ? new DateOnly(today.Year + years - 1, 12, 31) : null;
                // A few end within the next 30 days (the expiry notice) and one has just ended (re-test or release).
                if (end is not null && count % 11 == 4) end = today.AddDays(5 + random.Next(0, 20));
                else if (end is not null && !expired && count > 20) (end, expired) = (today.AddDays(-12), true);
                var form = new DikForm
                {
                    Information = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Information, unit.Name),
                    Basis = kind.Basis,
                    LegalReference = kind.LegalReference,
                    Consequence = kind.Consequence,
                    PublicInterest = kind.PublicInterest,
                    Scope = kind.Partial ? "partial" : "full",
                    WithheldParts = kind.Partial ? "NIK, alamat, nomor telepon, dan keterangan kesehatan dihitamkan." : null,
                    PeriodEnd = end,
                    NoEndReason = end is null ? "Kerugian yang dilindungi tidak hilang dengan berlalunya waktu; diuji ulang bila ada permohonan." : null,
                    TestTeam = $"Tim Uji Konsekuensi PPID {unit.Name}\nBagian Hukum Sekretariat Daerah",
                    HeadName = "Drs. H. Abdul Karim, M.Si.",
                    HeadAgreedOn = date.AddDays(-3),
                    WorksheetPublic = n % 3 == 1,
                    DecreeNumber = $"188.4/{n:000}/{code}/{date.Year}",
                    DecreeDate = date,
                    DecreePlace = "Pontianak",
                    SignatoryName = unit.OfficerName ?? "Drs. Ahmad Rizal, M.Si.",
                    SignatoryNip = unit.OfficerNip ?? "197003151995031002",
                };
                var (_, errors) = await classify.CreateAsync(unit.Id, form, null, null, ct);
                if (errors.Count > 0)
                    throw new InvalidOperationException($"Demo DIK {unit.Code}: {string.Join("; ", errors.Select(e => e.Field + " " + e.Message))}");
                count++;
            }
        }

        await CiteAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>The demo's refusals cite their unit's first entry of the same basis; partial grants its personal-data (17h) entry.</summary>
    private async Task CiteAsync(CancellationToken ct)
    {
        var entries = await db.DikEntries.AsNoTracking().OrderBy(e => e.Number)
            .Select(e => new { e.Id, e.UnitId, e.Basis, Decree = e.Decrees.Where(d => d.SupersededById == null).Select(d => d.Id).First() })
            .ToListAsync(ct);
        foreach (var e in entries.GroupBy(e => (e.UnitId, e.Basis)).Select(g => g.First()))
        {
            await db.Requests.Where(r => r.UnitId == e.UnitId && r.Decision == Decision.RejectedExempt && r.ExemptionBasis == e.Basis && r.DikEntryId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DikEntryId, e.Id).SetProperty(r => r.DikDecreeId, e.Decree), ct);
            if (e.Basis == "17h")
                await db.Requests.Where(r => r.UnitId == e.UnitId && r.Decision == Decision.GrantedPartial && r.DikEntryId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.DikEntryId, e.Id).SetProperty(r => r.DikDecreeId, e.Decree), ct);
        }
    }
}
