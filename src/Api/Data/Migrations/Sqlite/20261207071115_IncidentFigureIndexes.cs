using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
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
                name: "IX_incidents_Intercepted_Killed_Wounded_Date_Type_LocationId",
                table: "incidents",
                columns: new[] { "Intercepted", "Killed", "Wounded", "Date", "Type", "LocationId" },
                filter: "Intercepted IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Killed_Wounded_Date_Type_LocationId",
                table: "incidents",
                columns: new[] { "Killed", "Wounded", "Date", "Type", "LocationId" },
                filter: "Killed IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Wounded_Killed_Date_Type_LocationId",
                table: "incidents",
                columns: new[] { "Wounded", "Killed", "Date", "Type", "LocationId" },
                filter: "Wounded IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_Intercepted_Killed_Wounded_Date_Type_LocationId",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Killed_Wounded_Date_Type_LocationId",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Wounded_Killed_Date_Type_LocationId",
                table: "incidents");
        }
    }
}
