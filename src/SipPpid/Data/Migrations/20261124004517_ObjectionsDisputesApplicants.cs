using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SipPpid.Data.Migrations
{
    /// <inheritdoc />
    public partial class ObjectionsDisputesApplicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences");

            migrationBuilder.AddColumn<string>(
                name: "ApplicantUserId",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "NumberSequences",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "request");

            migrationBuilder.AddPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences",
                columns: new[] { "UnitId", "Year", "Kind" });

            migrationBuilder.CreateTable(
                name: "Objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FiledLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProxyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProxyAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AtasanName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtasanPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtasanNip = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ResponseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResponseNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DueSoonRemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Disputes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommissionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegisteredDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CourtCase = table.Column<bool>(type: "INTEGER", nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CourtCaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CourtResult = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CourtResultDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Implementation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disputes_Objections_ObjectionId",
                        column: x => x.ObjectionId,
                        principalTable: "Objections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ApplicantUserId",
                table: "Requests",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ObjectionId",
                table: "Disputes",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_RegisteredDate",
                table: "Disputes",
                column: "RegisteredDate");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_RequestId",
                table: "Disputes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_ObjectionNumber",
                table: "Objections",
                column: "ObjectionNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_ReceivedDate",
                table: "Objections",
                column: "ReceivedDate");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_RequestId",
                table: "Objections",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_Deadline",
                table: "Objections",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.AddForeignKey(
                name: "FK_Requests_AspNetUsers_ApplicantUserId",
                table: "Requests",
                column: "ApplicantUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Requests_AspNetUsers_ApplicantUserId",
                table: "Requests");

            migrationBuilder.DropTable(
                name: "Disputes");

            migrationBuilder.DropTable(
                name: "Objections");

            migrationBuilder.DropIndex(
                name: "IX_Requests_ApplicantUserId",
                table: "Requests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences");

            migrationBuilder.DropColumn(
                name: "ApplicantUserId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "NumberSequences");

            migrationBuilder.AddPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences",
                columns: new[] { "UnitId", "Year" });
        }
    }
}
