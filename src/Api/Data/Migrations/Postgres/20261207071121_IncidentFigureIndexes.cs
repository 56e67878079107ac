using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Partial covering indexes of the incidents by killed, wounded and interception, for the timeline, the stats and a
    /// list's total under minKilled, minWounded and intercepted (see the model in <see cref="NewsFactsDbContext"/>).
    /// </summary>
    public partial class IncidentFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_incidents_intercepted_killed_wounded_date_type_locationid",
                table: "incidents",
                columns: new[] { "intercepted", "killed", "wounded", "date", "type", "locationid" },
                filter: "Intercepted IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_killed_wounded_date_type_locationid",
                table: "incidents",
                columns: new[] { "killed", "wounded", "date", "type", "locationid" },
                filter: "Killed IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_wounded_killed_date_type_locationid",
                table: "incidents",
                columns: new[] { "wounded", "killed", "date", "type", "locationid" },
                filter: "Wounded IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_intercepted_killed_wounded_date_type_locationid",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_killed_wounded_date_type_locationid",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_wounded_killed_date_type_locationid",
                table: "incidents");
        }
    }
}
