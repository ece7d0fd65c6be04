using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
{
    /// <inheritdoc />
    public partial class dipdecreeDecrees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DipDecrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DecreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecreedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecreedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EntriesJson = table.Column<string>(type: "TEXT", nullable: false),
                    EntriesSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipDecrees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DipDecreeFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecreeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrintedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipDecreeFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipDecreeFiles_DipDecrees_DecreeId",
                        column: x => x.DecreeId,
                        principalTable: "DipDecrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DipDecreeFiles_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DipDecreeFiles_DecreeId_UnitId",
                table: "DipDecreeFiles",
                columns: new[] { "DecreeId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DipDecreeFiles_UnitId",
                table: "DipDecreeFiles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DipDecreeFiles_VerificationCode",
                table: "DipDecreeFiles",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DipDecrees_Number",
                table: "DipDecrees",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DipDecrees_Version",
                table: "DipDecrees",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DipDecreeFiles");

            migrationBuilder.DropTable(
                name: "DipDecrees");
        }
    }
}
