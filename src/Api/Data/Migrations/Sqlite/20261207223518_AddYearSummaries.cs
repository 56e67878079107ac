using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The year summaries: the tables, the triggers that keep them (<see cref="IncidentSummary.YearTriggers"/>) and a
    /// count of the incidents already there, so an existing database answers as one made today.
    /// </summary>
    public partial class AddYearSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incident_actor_years",
                columns: table => new
                {
                    Year = table.Column<string>(type: "TEXT", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    Intercepted = table.Column<int>(type: "INTEGER", nullable: false),
                    NotIntercepted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_actor_years", x => new { x.Year, x.ActorId });
                });

            migrationBuilder.CreateTable(
                name: "incident_place_years",
                columns: table => new
                {
                    Year = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    Intercepted = table.Column<int>(type: "INTEGER", nullable: false),
                    NotIntercepted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_place_years", x => new { x.Year, x.Type, x.LocationId });
                });

            migrationBuilder.Sql(IncidentSummary.YearTriggers);
            migrationBuilder.Sql(IncidentSummary.RecountYears);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IncidentSummary.DropYearTriggers);

            migrationBuilder.DropTable(
                name: "incident_actor_years");

            migrationBuilder.DropTable(
                name: "incident_place_years");
        }
    }
}
