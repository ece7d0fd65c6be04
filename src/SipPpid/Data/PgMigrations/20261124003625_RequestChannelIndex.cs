using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.PgMigrations
{
    /// <inheritdoc />
    public partial class RequestChannelIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Requests_Channel_ReceivedDate",
                table: "Requests",
                columns: new[] { "Channel", "ReceivedDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_Channel_ReceivedDate",
                table: "Requests");
        }
    }
}
