using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SipPpid.Data.PgMigrations
{
    /// <inheritdoc />
    public partial class ReportNarratives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportNarratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Policy = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Facilities = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Staff = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Budget = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Obstacles = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Recommendations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportNarratives", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportNarratives_From_To_UnitCode",
                table: "ReportNarratives",
                columns: new[] { "From", "To", "UnitCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportNarratives");
        }
    }
}
