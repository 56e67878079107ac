using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The undated merge lookup's index, on the undated incidents only (Dated = FALSE), which is all that lookup reads
    /// and no read uses: half the incidents no longer cost it an entry at import (see the model in
    /// <see cref="NewsFactsDbContext"/>).
    /// </summary>
    public partial class UndatedLookupPartialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_LocationId_Dated_FirstReported",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_LocationId_FirstReported",
                table: "incidents",
                columns: new[] { "Type", "LocationId", "FirstReported" },
                filter: "Dated = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_LocationId_FirstReported",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_LocationId_Dated_FirstReported",
                table: "incidents",
                columns: new[] { "Type", "LocationId", "Dated", "FirstReported" });
        }
    }
}
