using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
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
                name: "ix_incidents_type_locationid_dated_firstreported",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_locationid_firstreported",
                table: "incidents",
                columns: new[] { "type", "locationid", "firstreported" },
                filter: "Dated = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_type_locationid_firstreported",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_locationid_dated_firstreported",
                table: "incidents",
                columns: new[] { "type", "locationid", "dated", "firstreported" });
        }
    }
}
