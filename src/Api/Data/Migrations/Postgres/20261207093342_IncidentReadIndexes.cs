using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Covering indexes for reads that had none: the incidents by update time (updatedSince) with their type, place,
    /// date and figures, and the incident sources by article with their incident (the q filter on incidents), which
    /// replaces the index on the article alone (see the model in <see cref="NewsFactsDbContext"/>).
    /// </summary>
    public partial class IncidentReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incident_sources_articleid",
                table: "incident_sources");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_updatedat_type_locationid_date_killed_wounded",
                table: "incidents",
                columns: new[] { "updatedat", "type", "locationid", "date", "killed", "wounded" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_sources_articleid_incidentid",
                table: "incident_sources",
                columns: new[] { "articleid", "incidentid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_updatedat_type_locationid_date_killed_wounded",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incident_sources_articleid_incidentid",
                table: "incident_sources");

            migrationBuilder.CreateIndex(
                name: "ix_incident_sources_articleid",
                table: "incident_sources",
                column: "articleid");
        }
    }
}
