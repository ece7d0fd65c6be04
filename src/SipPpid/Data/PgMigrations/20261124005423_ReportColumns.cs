using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.PgMigrations
{
    /// <inheritdoc />
    public partial class ReportColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedDeadline",
                table: "Requests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "ExtensionValid",
                table: "Requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstDeadline",
                table: "Requests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "NoticeOrdinal",
                table: "Requests",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceivedOrdinal",
                table: "Requests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NoticeDate",
                table: "Requests",
                column: "NoticeDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_NoticeDate",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtendedDeadline",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtensionValid",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "FirstDeadline",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NoticeOrdinal",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ReceivedOrdinal",
                table: "Requests");
        }
    }
}
