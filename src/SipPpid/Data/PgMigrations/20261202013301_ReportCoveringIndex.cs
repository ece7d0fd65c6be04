using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.PgMigrations
{
    /// <inheritdoc />
    public partial class ReportCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Requests_Report",
                table: "Requests",
                columns: new[] { "ReceivedDate", "UnitId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Channel", "NoticeDate", "WithdrawnDate", "ExtensionValid", "ExtensionDate", "ExtendedDeadline", "FirstDeadline", "Decision", "ExemptionBasis", "NoticeOrdinal", "ReceivedOrdinal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_Report",
                table: "Requests");
        }
    }
}
