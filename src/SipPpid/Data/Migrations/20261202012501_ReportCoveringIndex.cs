using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_UnitId_ReceivedDate",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Report",
                table: "Requests",
                columns: new[] { "ReceivedDate", "UnitId", "Channel", "NoticeDate", "WithdrawnDate", "ExtensionValid", "ExtensionDate", "ExtendedDeadline", "FirstDeadline", "Decision", "ExemptionBasis", "NoticeOrdinal", "ReceivedOrdinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_UnitId",
                table: "Requests",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_Report",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_UnitId",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_UnitId_ReceivedDate",
                table: "Requests",
                columns: new[] { "UnitId", "ReceivedDate" });
        }
    }
}
