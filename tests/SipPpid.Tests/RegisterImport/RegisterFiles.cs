namespace SipPpid.Tests.RegisterImport;

/// <summary>Register files for the import tests (January 2026: 1 and 16 January are holidays).</summary>
public static class RegisterFiles
{
    public const string UnitsCsv = """
        code,name,parent_code,kind
        KAB,PPID Utama Kabupaten Contoh,,utama
        DINKES,Dinas Kesehatan,KAB,pembantu
        SETDA,Sekretariat Daerah,KAB,pembantu
        """;

    public static readonly string[] Header =
    [
        "unit_code", "registration_number", "received_date", "channel", "applicant_type", "applicant_name", "applicant_nik",
        "information_requested", "obtain_method", "copy_format", "extension_date", "notice_date", "decision", "exemption_basis",
        "fee", "withdrawn_date", "objection_date", "objection_grounds", "objection_decision_date", "objection_decision",
        "dispute_date", "dispute_outcome", "dispute_outcome_date", "court_case",
    ];

    /// <summary>
    /// Six requests. Working days of January 2026: 2, 5–9, 12–15, 19–23, 26–30. Received 5 Jan: due 20 Jan (day 10),
    /// 29 Jan when validly extended (day 17).
    /// </summary>
    public static readonly string[][] Good =
    [
        // 4 working days, on time
        ["DINKES", "001/DINKES/I/2026", "2026-01-05", "web", "individual", "Budi", "6171012304800001", "Data stunting", "copy", "softcopy", "", "2026-01-09", "granted_full", "", "0", "", "", "", "", "", "", "", "", ""],
        // valid extension (19 Jan ≤ day 10), notice on day 16 ≤ 17: on time
        ["DINKES", "002/DINKES/I/2026", "2026-01-05", "letter", "organization", "LSM Kalbar", "", "Anggaran 2025", "view", "", "2026-01-19", "2026-01-28", "granted_partial", "", "15000", "", "", "", "", "", "", "", "", ""],
        // 12 days: late; objection (a;b) answered in time; dispute settled by mediation, with a court case
        ["DINKES", "003/DINKES/I/2026", "2026-01-05", "email", "individual", "Sari, S.H.", "", "Kontrak pengadaan", "copy", "hardcopy", "", "2026-01-22", "rejected_exempt", "17b", "", "", "2026-01-23", "b;a", "2026-01-27", "rejected", "2026-01-28", "mediation_success", "2026-01-30", "yes"],
        // withdrawn
        ["DINKES", "004/DINKES/I/2026", "2026-01-06", "phone", "proxy", "Andi", "", "Data pasien", "view", "", "", "", "", "", "", "2026-01-07", "", "", "", "", "", "", "", ""],
        // pending, due 19 Jan: overdue at the end of January
        ["SETDA", "001/SETDA/I/2026", "2026-01-02", "in_person", "individual", "Rina", "", "Perda", "view", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        // same-day notice: 0 days; objection (c) not answered; dispute pending
        ["SETDA", "002/SETDA/I/2026", "2026-01-02", "web", "individual", "Joko", "", "Renstra", "view", "", "", "2026-01-02", "not_held", "", "", "", "2026-01-12", "c", "", "", "2026-01-20", "pending", "", "no"],
    ];

    public static string Csv(IEnumerable<string> header, IEnumerable<string[]> rows) =>
        string.Join("\n", new[] { string.Join(",", header) }.Concat(rows.Select(r => string.Join(",", r.Select(Quote))))) + "\n";

    public static string GoodCsv => Csv(Header, Good);

    private static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
        ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;

    /// <summary>The rows as MiniExcel sheet rows (column name → cell); received_date as a real date cell.</summary>
    public static List<Dictionary<string, object>> Sheet(IEnumerable<string> header, IEnumerable<string[]> rows)
    {
        var names = header.ToArray();
        return rows.Select(r => names.Select((n, i) => (n, v: Cell(n, r[i]))).ToDictionary(x => x.n, x => x.v)).ToList();
    }

    private static object Cell(string column, string value) => column == "received_date" && value.Length > 0
        ? DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue)
        : value;
}
