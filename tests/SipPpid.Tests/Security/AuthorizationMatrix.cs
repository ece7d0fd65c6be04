namespace SipPpid.Tests.Security;

/// <summary>A row of the matrix: an endpoint, the address to call, the answer of each role and, for a POST, its form.</summary>
public sealed record MatrixRow(string Endpoint, string Url, string Answers, string? Form = null);

/// <summary>
/// Who gets what from every endpoint. ONE LINE PER ENDPOINT; a new endpoint without a line fails
/// <see cref="AuthorizationMatrixTests{TApp}"/> (its message prints the line to start from).
/// <para>Endpoint: the method and the route as the app declares it, "?handler=Name" for a page handler ("ANY" when the
/// endpoint takes every method; it is called with GET).</para>
/// <para>Url: the address called, with placeholders filled from <see cref="MatrixData"/>: {request} (an open request of
/// DINKES) {number} {code} {file} (a file provided for it) {ktp} (its applicant's KTP scan) {decided} (a rejected request of DINKES; {decnumber} {deccode} are its number and code) {objection} (its open objection) {objnumber}
/// {objcode} {answered} (an answered objection; {ansnumber} {anscode}) {disputed} (an answered objection
/// taken to the Komisi Informasi) {unit} (DINKES) {subunit} (DINKES-UPT, below it) {user} (a spare
/// PPID Pembantu account) {holiday} (a holiday to edit) {importjob} (a finished register import of the DINKES officer) {dik} (a DIK entry of DINKES; {dikdecree} its decree, {dikvcode} the decree's code).</para>
/// <para>Answers, in the order of <see cref="RoleNames"/>: anonymous, applicant account, Admin, PPID Utama, Atasan PPID,
/// PPID Pembantu of DINKES (owns the data), PPID Pembantu of DPUPR (another unit). Each is a status code (200, 400,
/// 401, 403, 404, ...), "login" (302 to the login page), "denied" (302 to /Account/AccessDenied) or "302" (a redirect
/// elsewhere: the action was taken).</para>
/// <para>Form: the POST body ("a=1&amp;b=2", the antiforgery token is added; "json:{...}" for an API). Forms are empty
/// or invalid where possible, so that allowed roles get the form back (200) and nothing changes. Rows run in order:
/// a row that changes data comes after the rows that read it.</para>
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string[] RoleNames = ["anonymous", "applicant", "admin", "utama", "atasan", "own-pembantu", "foreign-pembantu"];

    /// <summary>The accounts of <see cref="RoleNames"/> (null: not signed in).</summary>
    public static readonly string?[] RoleAccounts =
        [null, MatrixData.ApplicantEmail, "admin@ppid.demo", "utama@ppid.demo", "atasan@ppid.demo", "dinkes@ppid.demo", "pupr@ppid.demo"];

    /// <summary>
    /// State-changing API endpoints that need no antiforgery token: anonymous, and blind to the signed-in user (a
    /// forged cross-site request can do nothing a stranger could not).
    /// </summary>
    public static readonly HashSet<string> IdentityFreeApi = ["POST /api/v1/requests/"];

    /// <summary>
    /// Endpoints of <see cref="Rows"/> called again with other data, where the answers depend on what is asked for
    /// (run after every row of <see cref="Rows"/>).
    /// </summary>
    public static readonly MatrixRow[] Variants =
    [
        // Identity documents follow the NIK's rule (PersonalData): Admin and Atasan PPID, who see the NIK masked, may not
        // open the KTP scan that shows it, although they open the request's other files.
        new("GET /Requests/Details/{id:int}?handler=File", "/Requests/Details/{request}?handler=File&fileId={ktp}", "login denied denied 200 denied 200 404"),
    ];

    public static readonly MatrixRow[] Rows =
    [
        new("GET /", "/", "200 200 200 200 200 200 200"),
        new("GET /Dasbor", "/Dasbor", "login denied 200 200 200 200 200"),
        new("ANY /healthz", "/healthz", "200 200 200 200 200 200 200"),
        new("ANY /readyz", "/readyz", "200 200 200 200 200 200 200"),
        new("GET /{**path:file}", "/tidak-ada.txt", "404 404 404 404 404 404 404"),
        new("GET /bahasa/{culture}", "/bahasa/en?returnUrl=%2F", "302 302 302 302 302 302 302"),
        new("GET /Error/{code:int?}", "/Error/404", "404 404 404 404 404 404 404"),
        new("POST /Error/{code:int?}", "/Error/404", "404 404 404 404 404 404 404"),
        new("GET /Account/Login", "/Account/Login", "200 200 200 200 200 200 200"),
        new("POST /Account/Login", "/Account/Login", "200 200 200 200 200 200 200"),
        new("GET /Account/AccessDenied", "/Account/AccessDenied", "403 403 403 403 403 403 403"),
        new("GET /Account/ChangePassword", "/Account/ChangePassword", "login 200 200 200 200 200 200"),
        new("POST /Account/ChangePassword", "/Account/ChangePassword", "login 200 200 200 200 200 200"),
        new("GET /Account/ForgotPassword", "/Account/ForgotPassword", "200 200 200 200 200 200 200"),
        new("POST /Account/ForgotPassword", "/Account/ForgotPassword", "200 200 200 200 200 200 200"),
        new("GET /Account/ResetPassword", "/Account/ResetPassword?user={user}&token=x", "200 200 200 200 200 200 200"),
        new("POST /Account/ResetPassword", "/Account/ResetPassword?user={user}&token=x", "200 200 200 200 200 200 200"),
        new("GET /Account/Logout", "/Account/Logout", "200 200 200 200 200 200 200"),
        new("POST /Account/Logout", "/Account/Logout", "302 302 302 302 302 302 302"),
        new("GET /Akun/Daftar", "/Akun/Daftar", "200 200 200 200 200 200 200"),
        new("POST /Akun/Daftar", "/Akun/Daftar", "200 200 200 200 200 200 200"),
        new("GET /Akun/Daftar/Aktifkan", "/Akun/Daftar/Aktifkan?token=x", "200 200 200 200 200 200 200"),
        new("POST /Akun/Daftar/Aktifkan", "/Akun/Daftar/Aktifkan?token=x", "200 200 200 200 200 200 200"),
        new("GET /Akun/Permohonan", "/Akun/Permohonan", "login 200 denied denied denied denied denied"),
        new("POST /Akun/Permohonan?handler=Claim", "/Akun/Permohonan?handler=Claim", "login 200 denied denied denied denied denied"),
        new("GET /Permohonan/Ajukan", "/Permohonan/Ajukan", "200 200 200 200 200 200 200"),
        new("POST /Permohonan/Ajukan", "/Permohonan/Ajukan", "200 200 200 200 200 200 200"),
        new("GET /Permohonan/Tanda-Terima", "/Permohonan/Tanda-Terima?nomor={number}&kode={code}", "200 200 200 200 200 200 200"),
        new("GET /Lacak", "/Lacak?nomor={number}&kode={code}", "200 200 200 200 200 200 200"),
        new("GET /Lacak?handler=Berkas", "/Lacak?handler=Berkas&nomor={number}&kode={code}&id={file}", "200 200 200 200 200 200 200"),
        new("GET /Keberatan/Ajukan", "/Keberatan/Ajukan?nomor={number}&kode={code}", "200 200 200 200 200 200 200"),
        new("POST /Keberatan/Ajukan", "/Keberatan/Ajukan?nomor={number}&kode={code}", "200 200 200 200 200 200 200"),
        new("GET /Lacak/Surat", "/Lacak/Surat?nomor={decnumber}&kode={deccode}&jenis=penolakan", "200 200 200 200 200 200 200"),
        new("GET /Survei/Permohonan", "/Survei/Permohonan?nomor={decnumber}&kode={deccode}", "200 200 200 200 200 200 200"),
        new("POST /Survei/Permohonan", "/Survei/Permohonan?nomor={decnumber}&kode={deccode}", "200 200 200 200 200 200 200"),
        new("GET /Survei/Kiosk/{unit}", "/Survei/Kiosk/DINKES", "200 200 200 200 200 200 200"),
        new("POST /Survei/Kiosk/{unit}", "/Survei/Kiosk/DINKES", "200 200 200 200 200 200 200"),
        new("GET /Survei/Kiosk", "/Survei/Kiosk", "login denied 200 200 200 200 200"),
        new("POST /Lacak?handler=Tarik", "/Lacak?handler=Tarik&nomor={number}&kode={code}", "200 200 200 200 200 200 200"),
        new("GET /Keberatan/Tanggapan", "/Keberatan/Tanggapan?nomor={ansnumber}&kode={anscode}", "200 200 200 200 200 200 200"),
        new("GET /Keberatan/Tanda-Terima", "/Keberatan/Tanda-Terima?nomor={objnumber}&kode={objcode}", "200 200 200 200 200 200 200"),
        new("GET /api/v1/requests/status", "/api/v1/requests/status?number={number}&code={code}", "200 200 200 200 200 200 200"),
        new("POST /api/v1/requests/", "/api/v1/requests", "400 400 400 400 400 400 400", "json:{}"),
        new("GET /openapi/{documentName}.json", "/openapi/v1.json", "200 200 200 200 200 200 200"),
        new("GET /api/docs", "/api/docs", "200 200 200 200 200 200 200"),
        new("GET /api/docs/scalar.js", "/api/docs/scalar.js", "200 200 200 200 200 200 200"),
        new("GET /Verifikasi/{code?}", "/Verifikasi/{vcode}", "200 200 200 200 200 200 200"),
        new("GET /Verifikasi/{code?}?handler=Pdf", "/Verifikasi/{vcode}?handler=Pdf", "200 200 200 200 200 200 200"),
        new("POST /Verifikasi/{code?}", "/Verifikasi/{vcode}", "200 200 200 200 200 200 200"),
        new("GET /Statistik", "/Statistik?periode=2025", "200 200 200 200 200 200 200"),
        new("GET /Statistik?handler=Download", "/Statistik?handler=Download&periode=2025&format=csv", "200 200 200 200 200 200 200"),
        new("GET /Informasi", "/Informasi?q=profil", "200 200 200 200 200 200 200"),
        new("GET /Informasi/{id:int}", "/Informasi/{dip}", "200 200 200 200 200 200 200"),
        new("GET /Informasi/Dokumen/{docId:int}", "/Informasi/Dokumen/{dipdoc}", "200 200 200 200 200 200 200"),
        new("GET /Informasi/Saran", "/Informasi/Saran?q=profil+kesehatan", "200 200 200 200 200 200 200"),
        new("GET /api/v1/dip", "/api/v1/dip?q=profil", "200 200 200 200 200 200 200"),
        new("GET /api/v1/dik", "/api/v1/dik?unit=DINKES", "200 200 200 200 200 200 200"),
        new("GET /Informasi/Dikecualikan", "/Informasi/Dikecualikan?unit=DINKES&dasar=17h", "200 200 200 200 200 200 200"),
        new("GET /Verifikasi/{code?}?handler=DipPdf", "/Verifikasi/{dipvcode}?handler=DipPdf", "200 200 200 200 200 200 200"),
        new("GET /api/v1/calendar/working-day", "/api/v1/calendar/working-day?date=2026-01-05", "200 200 200 200 200 200 200"),
        new("GET /api/v1/calendar/add", "/api/v1/calendar/add?date=2026-01-05&days=10", "200 200 200 200 200 200 200"),
        new("GET /api/v1/calendar/count", "/api/v1/calendar/count?from=2026-01-05&to=2026-01-20", "200 200 200 200 200 200 200"),
        new("GET /api/v1/reports/service/public", "/api/v1/reports/service/public?from=2025-01-01&to=2025-12-31", "200 200 200 200 200 200 200"),
        new("GET /api/v1/reports/service/", "/api/v1/reports/service?from=2026-01-01&to=2026-12-31&unit=DINKES", "401 403 200 200 200 200 404"),
        new("GET /Requests", "/Requests", "login denied 200 200 200 200 200"),
        new("GET /Requests?handler=Csv", "/Requests?handler=Csv", "login denied 200 200 200 200 200"),
        new("GET /Requests?handler=Xlsx", "/Requests?handler=Xlsx", "login denied 200 200 200 200 200"),
        new("GET /Requests?handler=Json", "/Requests?handler=Json", "login denied 200 200 200 200 200"),
        new("GET /Requests/Print", "/Requests/Print", "login denied 200 200 200 200 200"),
        new("GET /Requests/Repeated", "/Requests/Repeated", "login denied 200 200 200 200 200"),
        new("GET /Requests/Desk", "/Requests/Desk", "login denied denied 200 denied 200 200"),
        new("POST /Requests/Desk", "/Requests/Desk", "login denied denied 200 denied 200 200"),
        new("GET /Requests/Details/{id:int}", "/Requests/Details/{request}", "login denied 200 200 200 200 404"),
        new("GET /Requests/Details/{id:int}?handler=File", "/Requests/Details/{request}?handler=File&fileId={file}", "login denied 200 200 200 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Route", "/Requests/Details/{request}?handler=Route", "login denied denied 200 denied denied 404"),
        new("POST /Requests/Details/{id:int}?handler=Return", "/Requests/Details/{request}?handler=Return", "login denied denied denied denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Ask", "/Requests/Details/{request}?handler=Ask", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Completed", "/Requests/Details/{request}?handler=Completed", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Extend", "/Requests/Details/{request}?handler=Extend", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Decide", "/Requests/Details/{request}?handler=Decide", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Deliver", "/Requests/Details/{request}?handler=Deliver", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Withdraw", "/Requests/Details/{request}?handler=Withdraw", "login denied denied 200 denied 200 404"),
        new("POST /Requests/Details/{id:int}?handler=Upload", "/Requests/Details/{request}?handler=Upload", "login denied denied 200 denied 200 404"),
        new("GET /Requests/Letter/{id:int}/{kind}", "/Requests/Letter/{decided}/penolakan", "login denied 200 200 200 200 404"),
        new("GET /Objections", "/Objections", "login denied 200 200 200 200 200"),
        new("GET /Objections?handler=Csv", "/Objections?handler=Csv", "login denied 200 200 200 200 200"),
        new("GET /Objections?handler=Xlsx", "/Objections?handler=Xlsx", "login denied 200 200 200 200 200"),
        new("GET /Objections?handler=Json", "/Objections?handler=Json", "login denied 200 200 200 200 200"),
        new("GET /Objections/Print", "/Objections/Print", "login denied 200 200 200 200 200"),
        new("GET /Objections/Disputes", "/Objections/Disputes", "login denied 200 200 200 200 200"),
        new("GET /Objections/Desk/{requestId:int}", "/Objections/Desk/{decided}", "login denied denied 200 denied 200 404"),
        new("POST /Objections/Desk/{requestId:int}", "/Objections/Desk/{decided}", "login denied denied 200 denied 200 404"),
        new("GET /Objections/Details/{id:int}", "/Objections/Details/{objection}", "login denied 200 200 200 200 404"),
        new("POST /Objections/Details/{id:int}?handler=Decide", "/Objections/Details/{objection}?handler=Decide", "login denied denied denied 200 denied 404"),
        new("POST /Objections/Details/{id:int}?handler=Response", "/Objections/Details/{answered}?handler=Response", "login denied denied 200 200 200 404"),
        new("POST /Objections/Details/{id:int}?handler=Dispute", "/Objections/Details/{answered}?handler=Dispute", "login denied denied 200 denied 200 404"),
        new("POST /Objections/Details/{id:int}?handler=DisputeUpdate", "/Objections/Details/{disputed}?handler=DisputeUpdate", "login denied denied 200 denied 200 404"),
        new("GET /Objections/Letter/{id:int}", "/Objections/Letter/{answered}", "login denied 200 200 200 200 404"),
        new("GET /Reports", "/Reports", "login denied 200 200 200 200 200"),
        new("GET /Reports?handler=Table", "/Reports?handler=Table", "login denied 200 200 200 200 200"),
        new("GET /Reports?handler=Download", "/Reports?handler=Download&format=csv", "login denied 200 200 200 200 200"),
        new("GET /Reports/Recap", "/Reports/Recap", "login denied 200 200 200 200 200"),
        new("GET /Reports/Service", "/Reports/Service", "login denied 200 200 200 200 200"),
        new("GET /Reports/Narrative", "/Reports/Narrative?unit=DINKES&dari=2026-01-01&sampai=2026-06-30", "login denied 200 200 denied denied denied"),
        new("POST /Reports/Narrative", "/Reports/Narrative?unit=DINKES&dari=2026-01-01&sampai=2026-06-30", "login denied 302 302 denied denied denied"),
        // The SKM results and report: a unit outside a PPID Pembantu's scope answers 404 on pages (as reports do), 403 from the API.
        new("GET /Survei", "/Survei?unit=DINKES", "login denied 200 200 200 200 404"),
        new("GET /Survei/Laporan", "/Survei/Laporan?unit=DINKES&dari=2026-01-01&sampai=2026-06-30", "login denied 200 200 200 200 404"),
        new("GET /api/v1/reports/survey", "/api/v1/reports/survey?from=2026-01-01&to=2026-12-31&unit=DINKES", "401 403 200 200 200 200 403"),
        new("GET /Reports/Archive", "/Reports/Archive", "login denied 200 200 200 200 200"),
        new("GET /Reports/Archive/Details/{id:int}", "/Reports/Archive/Details/{archive}", "login denied 200 200 200 200 404"),
        new("GET /Reports/Archive/Details/{id:int}?handler=Json", "/Reports/Archive/Details/{archive}?handler=Json", "login denied 200 200 200 200 404"),
        new("GET /Reports/Archive/Details/{id:int}?handler=Pdf", "/Reports/Archive/Details/{archive}?handler=Pdf", "login denied 200 200 200 200 404"),
        new("POST /Reports/Archive/Details/{id:int}?handler=Filing", "/Reports/Archive/Details/{archive}?handler=Filing", "login denied 200 200 denied denied 404"),
        new("GET /Reports/Archive/Finalize", "/Reports/Archive/Finalize?dari=2026-01-01&sampai=2026-06-30&unit=DINKES", "login denied 200 200 denied denied denied"),
        new("POST /Reports/Archive/Finalize", "/Reports/Archive/Finalize?dari=2026-01-01&sampai=2026-06-30&unit=DINKES", "login denied 302 302 denied denied denied"),
        new("GET /Import/Register", "/Import/Register", "login denied 200 200 denied 200 200"),
        new("POST /Import/Register", "/Import/Register", "login denied 200 200 denied 200 200"),
        new("GET /Import/Register/{id:guid}", "/Import/Register/{importjob}", "login denied 200 200 denied 200 404"),
        new("GET /Import/Register/{id:guid}?handler=Status", "/Import/Register/{importjob}?handler=Status", "login denied 200 200 denied 200 404"),
        new("GET /Import/Register/{id:guid}?handler=Rejects", "/Import/Register/{importjob}?handler=Rejects", "login denied 200 200 denied 200 404"),
        new("GET /Import/Dip", "/Import/Dip", "login denied 200 200 denied 200 200"),
        new("POST /Import/Dip", "/Import/Dip", "login denied 200 200 denied 200 200"),
        new("GET /Import/Dik", "/Import/Dik", "login denied 200 200 denied 200 200"),
        new("GET /Import/Dik?handler=Template", "/Import/Dik?handler=Template", "login denied 200 200 denied 200 200"),
        new("POST /Import/Dik", "/Import/Dik", "login denied 200 200 denied 200 200"),
        new("GET /Import/Survei", "/Import/Survei", "login denied 200 200 denied 200 200"),
        new("GET /Import/Survei?handler=Template", "/Import/Survei?handler=Template", "login denied 200 200 denied 200 200"),
        new("POST /Import/Survei", "/Import/Survei", "login denied 200 200 denied 200 200"),
        new("GET /Dip", "/Dip", "login denied 200 200 denied 200 200"),
        new("GET /Dip/Cetak", "/Dip/Cetak?unit=DINKES", "login denied 200 200 200 200 404"),
        new("GET /Dip/Create", "/Dip/Create", "login denied 200 200 denied 200 200"),
        new("POST /Dip/Create", "/Dip/Create", "login denied 200 200 denied 200 200"),
        new("GET /Dip/DariPermohonan/{requestId:int}", "/Dip/DariPermohonan/{request}", "login denied 200 200 denied 200 404"),
        new("POST /Dip/DariPermohonan/{requestId:int}", "/Dip/DariPermohonan/{request}", "login denied 200 200 denied 200 404"),
        new("GET /Dip/DariDik/{dikId:int}", "/Dip/DariDik/{dik}", "login denied 200 200 denied 200 404"),
        new("POST /Dip/DariDik/{dikId:int}", "/Dip/DariDik/{dik}", "login denied 200 200 denied 200 404"),
        new("GET /Dip/Details/{id:int}", "/Dip/Details/{dip}", "login denied 200 200 denied 200 404"),
        new("GET /Dip/Details/{id:int}?handler=Document", "/Dip/Details/{dip}?handler=Document&documentId={dipdoc}", "login denied 200 200 denied 200 404"),
        new("GET /Dip/Edit/{id:int}", "/Dip/Edit/{dip}", "login denied 200 200 denied 200 404"),
        new("POST /Dip/Edit/{id:int}", "/Dip/Edit/{dip}", "login denied 200 200 denied 200 404"),
        new("POST /Dip/Edit/{id:int}?handler=Upload", "/Dip/Edit/{dip}?handler=Upload", "login denied 200 200 denied 200 404"),
        // The first to try removes the spare document; after it, the others find nothing to remove.
        new("POST /Dip/Edit/{id:int}?handler=Remove", "/Dip/Edit/{dip}?handler=Remove", "login denied 302 404 denied 404 404", "documentId={dipspare}"),
        new("POST /Dip/Details/{id:int}?handler=Publish", "/Dip/Details/{dip}?handler=Publish", "login denied 302 302 denied 302 404"),
        new("GET /Dip/Penetapan", "/Dip/Penetapan", "login denied 200 200 denied denied denied"),
        new("GET /Dip/Penetapan?handler=File", "/Dip/Penetapan?handler=File&id={dipfile}", "login denied 200 200 denied denied denied"),
        new("POST /Dip/Penetapan", "/Dip/Penetapan", "login denied 200 200 denied denied denied"),
        // Withdrawing someone else's entry needs a reason (the Admin and the PPID Utama get the form back); the owner's
        // officer may withdraw without one.
        new("POST /Dip/Details/{id:int}?handler=Withdraw", "/Dip/Details/{dip}?handler=Withdraw", "login denied 200 200 denied 302 404"),
        new("GET /Dik", "/Dik", "login denied 200 200 200 200 200"),
        new("GET /Dik/Create", "/Dik/Create", "login denied 200 200 denied 200 200"),
        new("POST /Dik/Create", "/Dik/Create", "login denied 200 200 denied 200 200"),
        new("GET /Dik/Details/{id:int}", "/Dik/Details/{dik}", "login denied 200 200 200 200 404"),
        new("GET /Dik/Uji/{id:int}", "/Dik/Uji/{dik}?kind=retest", "login denied 200 200 denied 200 404"),
        new("POST /Dik/Uji/{id:int}", "/Dik/Uji/{dik}?kind=retest", "login denied 200 200 denied 200 404"),
        new("GET /Dik/Surat/{decreeId:int}", "/Dik/Surat/{dikdecree}", "login denied 200 200 200 200 404"),
        new("GET /Dik/Surat/{decreeId:int}?handler=Pdf", "/Dik/Surat/{dikdecree}?handler=Pdf", "login denied 200 200 200 200 404"),
        // The letter carries the worksheet (staff-only unless published): the verify page serves it to staff of its unit.
        new("GET /Verifikasi/{code?}?handler=DikPdf", "/Verifikasi/{dikvcode}?handler=DikPdf", "404 404 200 200 200 200 404"),
        new("GET /Settings", "/Settings", "login denied 200 200 200 200 200"),
        new("GET /Settings/Body", "/Settings/Body", "login denied 200 denied denied denied denied"),
        new("POST /Settings/Body", "/Settings/Body", "login denied 200 denied denied denied denied"),
        new("POST /Settings/Body?handler=Logo", "/Settings/Body?handler=Logo", "login denied 200 denied denied denied denied"),
        new("POST /Settings/Body?handler=RemoveLogo", "/Settings/Body?handler=RemoveLogo", "login denied 302 denied denied denied denied"),
        new("GET /Calendar", "/Calendar", "login denied 200 200 200 200 200"),
        new("POST /Calendar?handler=CutiBersama", "/Calendar?handler=CutiBersama", "login denied 302 denied denied denied denied"),
        new("GET /Calendar/Edit", "/Calendar/Edit?date={holiday}", "login denied 200 denied denied denied denied"),
        new("POST /Calendar/Edit", "/Calendar/Edit", "login denied 200 denied denied denied denied"),
        new("POST /Calendar/Edit?handler=Delete", "/Calendar/Edit?handler=Delete", "login denied 302 denied denied denied denied", "originalDate={holiday}"),
        new("GET /Units", "/Units", "login denied 200 200 200 200 200"),
        new("GET /Units/Create", "/Units/Create", "login denied 200 denied denied denied denied"),
        new("POST /Units/Create", "/Units/Create", "login denied 200 denied denied denied denied"),
        new("GET /Units/Edit/{id:int}", "/Units/Edit/{subunit}", "login denied 200 200 200 200 404"),
        new("POST /Units/Edit/{id:int}", "/Units/Edit/{subunit}", "login denied 200 302 denied 302 404"),
        new("POST /Units/Edit/{id:int}?handler=Deactivate", "/Units/Edit/{subunit}?handler=Deactivate", "login denied 302 denied denied denied 404"),
        new("POST /Units/Edit/{id:int}?handler=Activate", "/Units/Edit/{subunit}?handler=Activate", "login denied 302 denied denied denied 404"),
        new("GET /Users", "/Users", "login denied 200 denied denied denied denied"),
        new("GET /Users/Create", "/Users/Create", "login denied 200 denied denied denied denied"),
        new("POST /Users/Create", "/Users/Create", "login denied 200 denied denied denied denied"),
        new("GET /Users/Edit/{id}", "/Users/Edit/{user}", "login denied 200 denied denied denied denied"),
        new("POST /Users/Edit/{id}", "/Users/Edit/{user}", "login denied 200 denied denied denied denied"),
        new("POST /Users/Edit/{id}?handler=ResetPassword", "/Users/Edit/{user}?handler=ResetPassword", "login denied 200 denied denied denied denied"),
        new("POST /Users/Edit/{id}?handler=Lock", "/Users/Edit/{user}?handler=Lock", "login denied 302 denied denied denied denied"),
        new("POST /Users/Edit/{id}?handler=Unlock", "/Users/Edit/{user}?handler=Unlock", "login denied 302 denied denied denied denied"),
        new("GET /ApiTokens", "/ApiTokens", "login denied 200 200 200 200 200"),
        new("POST /ApiTokens", "/ApiTokens", "login denied 200 200 200 200 200"),
        new("POST /ApiTokens?handler=Revoke", "/ApiTokens?handler=Revoke", "login denied 302 404 404 302 404", "id={token}"),
        new("GET /Audit", "/Audit", "login denied 200 denied denied denied denied"),
    ];
}
