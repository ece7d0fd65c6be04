using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Policy = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Facilities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Budget = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Obstacles = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
