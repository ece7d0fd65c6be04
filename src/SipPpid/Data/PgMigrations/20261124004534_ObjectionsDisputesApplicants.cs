using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SipPpid.Data.PgMigrations
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "NumberSequences",
                type: "character varying(20)",
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    ObjectionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FiledLate = table.Column<bool>(type: "boolean", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProxyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProxyAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AtasanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AtasanPosition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AtasanNip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Response = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ResponseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ResponseNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueSoonRemindedFor = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    ObjectionId = table.Column<int>(type: "integer", nullable: true),
                    CommissionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CourtCase = table.Column<bool>(type: "boolean", nullable: false),
                    CourtName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CourtCaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CourtResult = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CourtResultDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Implementation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
