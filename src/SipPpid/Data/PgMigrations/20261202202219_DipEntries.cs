using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace SipPpid.Data.PgMigrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Holder = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProducedTime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProducedPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Retention = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ShowFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ShowUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SourceRequestId = table.Column<int>(type: "integer", nullable: true),
                    DocumentNames = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchVector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('indonesian', coalesce(\"Title\", '')), 'A') || setweight(to_tsvector('indonesian', coalesce(\"Summary\", '')), 'B') || setweight(to_tsvector('indonesian', coalesce(\"Holder\", '')), 'C') || setweight(to_tsvector('indonesian', coalesce(\"DocumentNames\", '')), 'C')", stored: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DownloadCount = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                name: "IX_DipEntries_SearchVector",
                table: "DipEntries",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DipDocuments");

            migrationBuilder.DropTable(
                name: "DipEntryEvents");

            migrationBuilder.DropTable(
                name: "DipEntries");
        }
    }
}
