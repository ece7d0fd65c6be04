using SipPpid.Domain;

namespace SipPpid.Features.Demo;

/// <summary>
/// What a provincial agency typically lists in its DIP (KI annex practice): the texts of the demo's entries.
/// In titles and summaries {0} is the unit's name and {1} a year.
/// </summary>
public static class DemoDipCatalog
{
    /// <summary>An entry kind: texts, category, form, retention, and whether it comes with a PDF or an external link.</summary>
    public sealed record Kind(DipCategory Category, string Title, string Summary, string Holder, string ProducedTime, DipFormat Format,
        string Retention, bool Pdf = false, string? Url = null);

    /// <summary>Every agency lists these (the seed picks most of them per unit, deterministically).</summary>
    public static readonly Kind[] Common =
    [
        new(DipCategory.Berkala, "Profil {0}", "Kedudukan, tugas pokok dan fungsi, alamat kantor, visi dan misi, serta profil singkat pimpinan {0}.",
            "Sekretariat / Subbagian Umum dan Kepegawaian", "Setiap tahun", DipFormat.Softcopy, "Selama berlaku", Pdf: true),
        new(DipCategory.Berkala, "Struktur organisasi {0}", "Bagan struktur organisasi, nama pejabat struktural dan uraian tugas setiap bidang di {0}.",
            "Subbagian Umum dan Kepegawaian", "Januari {1}", DipFormat.Softcopy, "Selama berlaku", Pdf: true),
        new(DipCategory.Berkala, "Laporan Kinerja Instansi Pemerintah (LKjIP) {0} tahun {1}",
            "Capaian indikator kinerja utama, realisasi program dan kegiatan, serta analisis akuntabilitas kinerja {0} tahun {1}.",
            "Subbagian Perencanaan dan Evaluasi", "Maret {1}", DipFormat.Both, "10 tahun", Pdf: true),
        new(DipCategory.Berkala, "Laporan keuangan {0} tahun {1}",
            "Laporan realisasi anggaran, neraca, laporan operasional dan catatan atas laporan keuangan {0} tahun anggaran {1} (audited).",
            "Subbagian Keuangan", "April {1}", DipFormat.Both, "10 tahun", Pdf: true),
        new(DipCategory.Berkala, "Rencana Kerja dan Anggaran (RKA) dan DPA {0} tahun {1}",
            "Ringkasan rencana kerja dan anggaran serta Dokumen Pelaksanaan Anggaran per program dan kegiatan {0} tahun {1}.",
            "Subbagian Perencanaan dan Keuangan", "Januari {1}", DipFormat.Softcopy, "10 tahun", Pdf: true),
        new(DipCategory.Berkala, "Rencana Umum Pengadaan (RUP) {0} tahun {1}",
            "Daftar paket pengadaan barang/jasa, pagu, metode pemilihan dan jadwal pengadaan {0} tahun {1} sebagaimana diumumkan di SiRUP LKPP.",
            "Pejabat Pembuat Komitmen", "Februari {1}", DipFormat.Softcopy, "5 tahun", Url: "https://sirup.lkpp.go.id/"),
        new(DipCategory.Berkala, "SOP pelayanan informasi publik {0}",
            "Standar operasional prosedur permohonan informasi, pengajuan keberatan dan penyelesaian sengketa informasi di {0}, termasuk jangka waktu layanan.",
            "PPID Pembantu", "Setiap tahun", DipFormat.Softcopy, "Selama berlaku", Pdf: true),
        new(DipCategory.Berkala, "Prosedur evakuasi keadaan darurat gedung {0}",
            "Jalur evakuasi, titik kumpul, petugas tanggap darurat dan nomor telepon penting apabila terjadi kebakaran atau gempa di kantor {0}.",
            "Subbagian Umum", "Juni {1}", DipFormat.Both, "Selama berlaku", Pdf: true),
        new(DipCategory.SetiapSaat, "Rencana Strategis (Renstra) {0} 2025–2029",
            "Tujuan, sasaran, strategi, arah kebijakan dan indikator kinerja {0} untuk lima tahun, selaras dengan RPJMD Provinsi Kalimantan Barat.",
            "Subbagian Perencanaan", "2025", DipFormat.Both, "Permanen", Pdf: true),
        new(DipCategory.SetiapSaat, "Perjanjian kerja sama {0} dengan pihak ketiga tahun {1}",
            "Naskah perjanjian kerja sama dan nota kesepahaman {0} dengan pemerintah kabupaten/kota, perguruan tinggi dan badan usaha.",
            "Subbagian Umum / Bagian Kerja Sama", "{1}", DipFormat.Hardcopy, "Selama perjanjian berlaku + 5 tahun"),
        new(DipCategory.SetiapSaat, "Surat Keputusan Kepala {0} tahun {1}",
            "Kumpulan surat keputusan kepala perangkat daerah tentang penunjukan pejabat, tim kerja dan pelaksanaan kegiatan {1}.",
            "Subbagian Umum dan Kepegawaian", "{1}", DipFormat.Hardcopy, "10 tahun"),
        new(DipCategory.SetiapSaat, "Kebijakan dan regulasi terkait {0}",
            "Peraturan daerah, peraturan gubernur dan surat edaran yang menjadi dasar penyelenggaraan urusan pemerintahan oleh {0}.",
            "Subbagian Umum", "Setiap saat", DipFormat.Softcopy, "Permanen", Url: "https://jdih.kalbarprov.go.id/"),
    ];

    /// <summary>Entries only some agencies hold, by unit code.</summary>
    public static readonly (string Unit, Kind Kind)[] Specific =
    [
        ("BPKAD", new(DipCategory.Berkala, "Laporan Keuangan Pemerintah Daerah (LKPD) Provinsi Kalimantan Barat tahun {1}",
            "LKPD audited beserta Laporan Hasil Pemeriksaan BPK RI: realisasi APBD, neraca daerah, arus kas dan opini WTP.",
            "Bidang Akuntansi", "Juni {1}", DipFormat.Both, "Permanen", Pdf: true)),
        ("BPKAD", new(DipCategory.Berkala, "Ringkasan APBD Provinsi Kalimantan Barat tahun {1}",
            "Pendapatan, belanja dan pembiayaan daerah menurut urusan dan perangkat daerah, sesuai Perda APBD tahun {1}.",
            "Bidang Anggaran", "Januari {1}", DipFormat.Softcopy, "Permanen", Pdf: true)),
        ("BIRO-PBJ", new(DipCategory.Berkala, "Daftar hasil tender dan pemenang pengadaan barang/jasa tahun {1}",
            "Paket tender, nilai HPS, nilai kontrak dan penyedia pemenang seluruh perangkat daerah Provinsi Kalimantan Barat tahun {1}.",
            "Bagian Pengelolaan Pengadaan", "Setiap bulan", DipFormat.Softcopy, "5 tahun", Url: "https://lpse.kalbarprov.go.id/")),
        ("DINKES", new(DipCategory.Berkala, "Profil kesehatan Provinsi Kalimantan Barat tahun {1}",
            "Data derajat kesehatan: angka kematian ibu dan bayi, cakupan imunisasi, stunting, jumlah puskesmas dan tenaga kesehatan per kabupaten/kota.",
            "Bidang Pencegahan dan Pengendalian Penyakit", "Agustus {1}", DipFormat.Both, "Permanen", Pdf: true)),
        ("DINKES", new(DipCategory.SetiapSaat, "Daftar fasilitas pelayanan kesehatan dan jam layanan puskesmas",
            "Alamat, jam layanan, layanan unggulan dan nomor telepon rumah sakit dan puskesmas di Kalimantan Barat.",
            "Bidang Pelayanan Kesehatan", "Setiap saat", DipFormat.Softcopy, "Selama berlaku", Pdf: true)),
        ("BPBD", new(DipCategory.Berkala, "Peta rawan bencana dan prosedur peringatan dini Kalimantan Barat",
            "Peta rawan banjir, tanah longsor dan kebakaran hutan dan lahan per kabupaten/kota, serta alur peringatan dini dan evakuasi warga.",
            "Bidang Pencegahan dan Kesiapsiagaan", "Maret {1}", DipFormat.Both, "Selama berlaku", Pdf: true)),
        ("DLHK", new(DipCategory.Berkala, "Indeks kualitas lingkungan hidup dan pemantauan udara tahun {1}",
            "Indeks kualitas air, udara dan tutupan lahan, serta hasil pemantauan ISPU di Pontianak, Singkawang dan Ketapang.",
            "Bidang Tata Lingkungan", "Desember {1}", DipFormat.Softcopy, "10 tahun", Pdf: true)),
        ("DPUPR", new(DipCategory.Berkala, "Data kondisi jalan provinsi tahun {1}",
            "Panjang dan kondisi (baik, sedang, rusak ringan, rusak berat) ruas jalan provinsi per kabupaten, termasuk ruas Sanggau–Sekadau.",
            "Bidang Bina Marga", "Desember {1}", DipFormat.Softcopy, "5 tahun", Pdf: true)),
        ("DISKOMINFO", new(DipCategory.SetiapSaat, "Daftar Informasi Publik Pemerintah Provinsi Kalimantan Barat",
            "Daftar seluruh informasi publik yang dikuasai PPID Utama dan PPID Pembantu, ditetapkan dengan Keputusan PPID.",
            "PPID Utama", "Setiap tahun", DipFormat.Softcopy, "Permanen", Pdf: true)),
        ("DISDIKBUD", new(DipCategory.Berkala, "Data sekolah menengah dan penerima Program Indonesia Pintar tahun {1}",
            "Jumlah SMA, SMK dan SLB negeri dan swasta, jumlah siswa, guru, ruang kelas rusak dan penerima PIP per kabupaten/kota.",
            "Bidang Pembinaan SMA", "Oktober {1}", DipFormat.Softcopy, "5 tahun", Pdf: true)),
        ("DINSOS", new(DipCategory.Berkala, "Data penerima bantuan sosial provinsi tahun {1}",
            "Rekapitulasi jumlah keluarga penerima bantuan sosial per kabupaten/kota (tanpa data pribadi), kriteria dan jadwal penyaluran.",
            "Bidang Perlindungan dan Jaminan Sosial", "Juli {1}", DipFormat.Softcopy, "5 tahun", Pdf: true)),
    ];

    /// <summary>A serta-merta announcement: its unit, texts, and masa tayang in days relative to today.</summary>
    public sealed record Announcement(string Unit, string Title, string Summary, int FromDays, int UntilDays);

    public static readonly Announcement[] Announcements =
    [
        new("BPBD", "Peringatan dini banjir di Kabupaten Sintang, Kapuas Hulu dan Melawi",
            "Debit Sungai Kapuas dan Sungai Melawi meningkat. Warga di bantaran sungai diminta waspada, mengamankan dokumen penting dan " +
            "mengikuti arahan petugas menuju titik evakuasi. Posko BPBD siaga 24 jam di nomor (0561) 000112.", -3, 14),
        new("DLHK", "Kabut asap: kualitas udara tidak sehat di Kota Pontianak dan Kabupaten Kubu Raya",
            "ISPU PM2,5 berada pada kategori tidak sehat. Kurangi aktivitas di luar ruangan, gunakan masker dan segera periksakan diri ke " +
            "puskesmas bila mengalami sesak napas.", -120, -95),
        new("DINKES", "Waspada peningkatan kasus demam berdarah dengue",
            "Kasus DBD meningkat di beberapa kabupaten/kota. Lakukan 3M Plus: menguras, menutup dan mendaur ulang, serta segera ke fasilitas " +
            "kesehatan bila demam tinggi lebih dari dua hari.", -200, -170),
    ];
}
