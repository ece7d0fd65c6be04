using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
{
    /// <inheritdoc />
    public partial class DikEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_Report",
                table: "Requests");

            migrationBuilder.AddColumn<int>(
                name: "DikDecreeId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DikEntryId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DikEntryId",
                table: "Disputes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DikEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Information = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Consequence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublicInterest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithheldParts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoEndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TestTeam = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeadAgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorksheetPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReleasedToDipEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpiryNoticeFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DikEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DikEntries_DipEntries_ReleasedToDipEntryId",
                        column: x => x.ReleasedToDipEntryId,
                        principalTable: "DipEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DikEntries_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DikDecrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorksheetJson = table.Column<string>(type: "TEXT", nullable: false),
                    SupersedesId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededById = table.Column<int>(type: "INTEGER", nullable: true),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrintedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecreedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecreedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DikDecrees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DikDecrees_DikEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DikEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DikDecrees_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DikEntryEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecreeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DikEntryEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DikEntryEvents_DikDecrees_DecreeId",
                        column: x => x.DecreeId,
                        principalTable: "DikDecrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DikEntryEvents_DikEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DikEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_DikDecreeId",
                table: "Requests",
                column: "DikDecreeId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_DikEntryId",
                table: "Requests",
                column: "DikEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Report",
                table: "Requests",
                columns: new[] { "ReceivedDate", "UnitId", "Channel", "NoticeDate", "WithdrawnDate", "ExtensionValid", "ExtensionDate", "ExtendedDeadline", "FirstDeadline", "Decision", "ExemptionBasis", "NoticeOrdinal", "ReceivedOrdinal", "DikEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_DikEntryId",
                table: "Disputes",
                column: "DikEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DikDecrees_EntryId_SupersededById",
                table: "DikDecrees",
                columns: new[] { "EntryId", "SupersededById" });

            migrationBuilder.CreateIndex(
                name: "IX_DikDecrees_UnitId_Number",
                table: "DikDecrees",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DikDecrees_VerificationCode",
                table: "DikDecrees",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DikEntries_ReleasedToDipEntryId",
                table: "DikEntries",
                column: "ReleasedToDipEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DikEntries_SourceRequestId",
                table: "DikEntries",
                column: "SourceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DikEntries_Status_PeriodEnd",
                table: "DikEntries",
                columns: new[] { "Status", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_DikEntries_UnitId_Information",
                table: "DikEntries",
                columns: new[] { "UnitId", "Information" });

            migrationBuilder.CreateIndex(
                name: "IX_DikEntries_UnitId_Number",
                table: "DikEntries",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DikEntryEvents_DecreeId",
                table: "DikEntryEvents",
                column: "DecreeId");

            migrationBuilder.CreateIndex(
                name: "IX_DikEntryEvents_EntryId_Id",
                table: "DikEntryEvents",
                columns: new[] { "EntryId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Disputes_DikEntries_DikEntryId",
                table: "Disputes",
                column: "DikEntryId",
                principalTable: "DikEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Requests_DikDecrees_DikDecreeId",
                table: "Requests",
                column: "DikDecreeId",
                principalTable: "DikDecrees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Requests_DikEntries_DikEntryId",
                table: "Requests",
                column: "DikEntryId",
                principalTable: "DikEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Disputes_DikEntries_DikEntryId",
                table: "Disputes");

            migrationBuilder.DropForeignKey(
                name: "FK_Requests_DikDecrees_DikDecreeId",
                table: "Requests");

            migrationBuilder.DropForeignKey(
                name: "FK_Requests_DikEntries_DikEntryId",
                table: "Requests");

            migrationBuilder.DropTable(
                name: "DikEntryEvents");

            migrationBuilder.DropTable(
                name: "DikDecrees");

            migrationBuilder.DropTable(
                name: "DikEntries");

            migrationBuilder.DropIndex(
                name: "IX_Requests_DikDecreeId",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_DikEntryId",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_Report",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Disputes_DikEntryId",
                table: "Disputes");

            migrationBuilder.DropColumn(
                name: "DikDecreeId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DikEntryId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DikEntryId",
                table: "Disputes");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Report",
                table: "Requests",
                columns: new[] { "ReceivedDate", "UnitId", "Channel", "NoticeDate", "WithdrawnDate", "ExtensionValid", "ExtensionDate", "ExtendedDeadline", "FirstDeadline", "Decision", "ExemptionBasis", "NoticeOrdinal", "ReceivedOrdinal" });
        }
    }
}
