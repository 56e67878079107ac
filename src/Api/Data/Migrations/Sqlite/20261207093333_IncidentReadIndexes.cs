using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
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
                name: "IX_incident_sources_ArticleId",
                table: "incident_sources");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_UpdatedAt_Type_LocationId_Date_Killed_Wounded",
                table: "incidents",
                columns: new[] { "UpdatedAt", "Type", "LocationId", "Date", "Killed", "Wounded" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_sources_ArticleId_IncidentId",
                table: "incident_sources",
                columns: new[] { "ArticleId", "IncidentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_UpdatedAt_Type_LocationId_Date_Killed_Wounded",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incident_sources_ArticleId_IncidentId",
                table: "incident_sources");

            migrationBuilder.CreateIndex(
                name: "IX_incident_sources_ArticleId",
                table: "incident_sources",
                column: "ArticleId");
        }
    }
}
