using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The month summaries (schema version 11 before migrations): the tables, the triggers that keep them
    /// (<see cref="IncidentSummary.MonthTriggers"/>) and a count of the incidents already there, so a database upgraded
    /// from version 10 answers the stats as one made today.
    /// </summary>
    public partial class AddMonthSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incident_actor_months",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_actor_months", x => new { x.Month, x.Type, x.LocationId, x.ActorId });
                });

            migrationBuilder.CreateTable(
                name: "incident_place_months",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_place_months", x => new { x.Month, x.Type, x.LocationId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_incident_place_months_LocationId_Month_Type_Incidents",
                table: "incident_place_months",
                columns: new[] { "LocationId", "Month", "Type", "Incidents" });

            migrationBuilder.Sql(IncidentSummary.MonthTriggers);
            migrationBuilder.Sql(IncidentSummary.RecountMonths);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IncidentSummary.DropMonthTriggers);

            migrationBuilder.DropTable(
                name: "incident_actor_months");

            migrationBuilder.DropTable(
                name: "incident_place_months");
        }
    }
}
