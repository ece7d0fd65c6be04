using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Cli;

/// <summary>The executable's commands, run in-process against a fresh database of each provider.</summary>
public abstract class CommandTests(string provider) : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(provider);

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    private AppDbContext Context()
    {
        if (_db.Provider == "postgres")
            return new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(_db.ConnectionString).Options);
        return new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_db.ConnectionString).Options);
    }

    private const string GoodUnits = """
        code,name,parent_code,kind
        KAB,PPID Utama Kabupaten Contoh,,utama
        DINKES,Dinas Kesehatan,KAB,pembantu
        SETDA,Sekretariat Daerah,KAB,pembantu
        "BAG-HUKUM","Bagian Hukum, Sekretariat Daerah",SETDA,pembantu
        """;

    [Fact]
    public async Task Migrate_creates_the_schema_with_roles_and_the_bundled_holidays()
    {
        var result = await Support.Cli.RunAsync(_db, "migrate");
        Assert.Equal(0, result.ExitCode);
        await using var db = Context();
        Assert.Equal(108, await db.Holidays.CountAsync());
        Assert.Equal(5, await db.Roles.CountAsync()); // four staff roles and the applicant
    }

    [Fact]
    public async Task Import_units_builds_the_tree_and_a_reimport_updates_without_deleting()
    {
        var first = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile(GoodUnits));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("4 added", first.Out);

        var again = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile("""
            code,name,parent_code,kind
            BAG-HUKUM,Bagian Hukum dan HAM,KAB,pembantu
            """));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 1 updated", again.Out);

        await using var db = Context();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code);
        Assert.Equal(4, units.Count);
        Assert.Equal("/KAB/BAG-HUKUM/", units["BAG-HUKUM"].Path);
        Assert.Equal("Bagian Hukum dan HAM", units["BAG-HUKUM"].Name);
        Assert.Equal("/KAB/SETDA/", units["SETDA"].Path);
    }

    [Fact]
    public async Task A_bad_units_file_names_every_bad_line_and_changes_nothing()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile(GoodUnits))).ExitCode);
        var bad = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile("""
            code,name,parent_code,kind
            DISHUB,Dinas Perhubungan,KAB,pembantu
            DISPAR,Dinas Pariwisata,KAB,dinas
            dinsos,Dinas Sosial,KAB,pembantu
            BPBD,,TIDAK-ADA,pembantu
            DISHUB,Dinas Perhubungan lagi,KAB,pembantu
            DISKES,Dinas Kesehatan,BELUM-ADA,pembantu
            """));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("line 3: kind: 'dinas' is not utama or pembantu", bad.Err);
        Assert.Contains("line 4: code: 'dinsos' must be", bad.Err);
        Assert.Contains("line 5: name: required", bad.Err);
        Assert.Contains("line 6: code: DISHUB already appears on line 2", bad.Err);
        // One run lists the lines with an unknown parent too, next to the lines with bad values.
        Assert.Contains("line 7: parent_code: unit 'BELUM-ADA' is neither in the file nor in the database", bad.Err);
        Assert.Contains("nothing changed", bad.Err);
        Assert.Equal("", bad.Out);

        var orphan = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile("""
            code,name,parent_code,kind
            DISHUB,Dinas Perhubungan,KAB,pembantu
            BPBD,Badan Penanggulangan Bencana Daerah,TIDAK-ADA,pembantu
            LAIN,Akar Kedua,,utama
            """));
        Assert.Equal(1, orphan.ExitCode);
        Assert.Contains("line 3: parent_code: unit 'TIDAK-ADA' is neither in the file nor in the database", orphan.Err);
        Assert.Contains("line 4: parent_code: empty is only allowed for the root unit, which is KAB", orphan.Err);

        var unknownColumn = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile("code,name,parent,kind\nX,Y,KAB,pembantu\n"));
        Assert.Equal(1, unknownColumn.ExitCode);
        Assert.Contains("line 1: parent: unknown column", unknownColumn.Err);
        Assert.Contains("line 1: parent_code: required column is missing", unknownColumn.Err);

        await using var db = Context();
        Assert.Equal(4, await db.Units.CountAsync());
    }

    [Fact]
    public async Task A_cycle_is_refused()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile(GoodUnits))).ExitCode);
        var cycle = await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile("code,name,parent_code,kind\nSETDA,Sekretariat Daerah,BAG-HUKUM,pembantu\n"));
        Assert.Equal(1, cycle.ExitCode);
        Assert.Contains("would become its own ancestor", cycle.Err);
        await using var db = Context();
        Assert.Equal("/KAB/SETDA/BAG-HUKUM/", await db.Units.Where(u => u.Code == "BAG-HUKUM").Select(u => u.Path).SingleAsync());
    }

    [Fact]
    public async Task Import_holidays_adds_and_updates_and_a_bad_file_changes_nothing()
    {
        var ok = await Support.Cli.RunAsync(_db, "import", "holidays", Support.Cli.TempFile("""
            date,kind,name_id,name_en,source
            2028-01-01,libur_nasional,Tahun Baru 2028 Masehi,New Year's Day,"SKB 2027, uji"
            2026-01-16,cuti_bersama,Isra Mikraj (diubah),,
            """));
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("1 added, 1 updated", ok.Out);

        var bad = await Support.Cli.RunAsync(_db, "import", "holidays", Support.Cli.TempFile("""
            date,kind,name_id,name_en,source
            2028-02-30,libur_nasional,Tanggal mustahil,,
            2028-03-01,libur,Jenis salah,,
            2028-03-02,cuti_bersama,,,
            2028-04-01,libur_nasional,Baik,,
            """));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("line 2: date: '2028-02-30' is not a date (YYYY-MM-DD)", bad.Err);
        Assert.Contains("line 3: kind: 'libur' is not libur_nasional or cuti_bersama", bad.Err);
        Assert.Contains("line 4: name_id: required", bad.Err);

        await using var db = Context();
        Assert.Equal(109, await db.Holidays.CountAsync());
        Assert.False(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2028, 4, 1)));
        Assert.Equal("Isra Mikraj (diubah)", await db.Holidays.Where(h => h.Date == new DateOnly(2026, 1, 16)).Select(h => h.NameId).SingleAsync());
    }

    [Fact]
    public async Task User_add_creates_a_scoped_account_and_refuses_bad_arguments()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile(GoodUnits))).ExitCode);
        var ok = await Support.Cli.RunAsync(_db, "user", "add", "--email", "petugas@contoh.go.id", "--role", "ppid_pembantu", "--unit", "DINKES");
        Assert.Equal(0, ok.ExitCode);
        Assert.Matches("Password: [A-Za-z0-9]{16}", ok.Out);

        var noUnit = await Support.Cli.RunAsync(_db, "user", "add", "--email", "lain@contoh.go.id", "--role", "ppid_pembantu");
        Assert.Equal(1, noUnit.ExitCode);
        Assert.Contains("--unit", noUnit.Err);
        var weak = await Support.Cli.RunAsync(_db, "user", "add", "--email", "lemah@contoh.go.id", "--role", "admin", "--password", "pendek");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("--password", weak.Err);
        var missing = await Support.Cli.RunAsync(_db, "user", "add", "--role", "admin");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("--email", missing.Err);

        await using var db = Context();
        var user = await db.Users.Include(u => u.Unit).SingleAsync();
        Assert.Equal("DINKES", user.Unit!.Code);
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).SingleAsync();
        Assert.Equal("PpidPembantu", role);
    }

    [Fact]
    public async Task A_missing_file_or_unknown_command_fails_with_a_reason()
    {
        var missing = await Support.Cli.RunAsync(_db, "import", "units", "/tmp/tidak-ada.csv");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("file not found", missing.Err);
        var unknown = await Support.Cli.RunAsync(_db, "import", "planets", "x.csv");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.NotEqual("", unknown.Err);

        // A mistyped command fails with a reason instead of starting the web app.
        var typo = await Support.Cli.RunAsync(_db, "migrat");
        Assert.NotEqual(0, typo.ExitCode);
        Assert.Contains("migrat", typo.Err);

        // A configuration override may come before the command.
        var overrideFirst = await Support.Cli.RunAsync(_db, "--Ppid:TimeZone=Asia/Makassar", "migrate");
        Assert.Equal(0, overrideFirst.ExitCode);
        Assert.Contains("Database schema is up to date.", overrideFirst.Out);
    }

    [Fact]
    public async Task Seed_demo_is_idempotent()
    {
        // The test process runs as Production (no ASPNETCORE_ENVIRONMENT): demo mode has to be switched on.
        Assert.Equal(0, (await Support.Cli.RunAsync(_db, "seed-demo", "--Demo:Enabled=true")).ExitCode);
        var again = await Support.Cli.RunAsync(_db, "seed-demo", "--Demo:Enabled=true");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 units and 0 users added (45 units in all)", again.Out);
        await using var db = Context();
        Assert.Equal(6, await db.Users.CountAsync());
    }
}

public sealed class CommandTestsSqlite() : CommandTests("sqlite");

public sealed class CommandTestsPostgres() : CommandTests("postgres");
