using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
{
    /// <inheritdoc />
    public partial class DipEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DipEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProducedTime = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProducedPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShowFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShowUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SourceRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentNames = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipEntries_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DipDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DownloadCount = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipDocuments_DipEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DipEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DipEntryEvents",
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
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipEntryEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipEntryEvents_DipEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DipEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DipDocuments_EntryId",
                table: "DipDocuments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DipEntries_SourceRequestId",
                table: "DipEntries",
                column: "SourceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DipEntries_Status_Category_UpdatedDate",
                table: "DipEntries",
                columns: new[] { "Status", "Category", "UpdatedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DipEntries_Status_PublishedDate",
                table: "DipEntries",
                columns: new[] { "Status", "PublishedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DipEntries_UnitId_Number",
                table: "DipEntries",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DipEntries_UnitId_Title_ProducedTime",
                table: "DipEntries",
                columns: new[] { "UnitId", "Title", "ProducedTime" });

            migrationBuilder.CreateIndex(
                name: "IX_DipEntryEvents_EntryId_Id",
                table: "DipEntryEvents",
                columns: new[] { "EntryId", "Id" });

            // The full-text index over the searched columns (DipSearchIndex), kept by triggers.
            migrationBuilder.Sql(DipSearchIndex.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DipSearchIndex.SqliteDrop);

            migrationBuilder.DropTable(
                name: "DipDocuments");

            migrationBuilder.DropTable(
                name: "DipEntryEvents");

            migrationBuilder.DropTable(
                name: "DipEntries");
        }
    }
}
