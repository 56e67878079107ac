using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Tombstones say where a merged incident went (deleted_entities.MergedInto, for the reextract command's merges), and
    /// are found by entity through an index, for GET /api/incidents/{id}'s 410 and 301 answers.
    /// </summary>
    public partial class AddMergedInto : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "mergedinto",
                table: "deleted_entities",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_deleted_entities_entitytype_entityid",
                table: "deleted_entities",
                columns: new[] { "entitytype", "entityid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deleted_entities_entitytype_entityid",
                table: "deleted_entities");

            migrationBuilder.DropColumn(
                name: "mergedinto",
                table: "deleted_entities");
        }
    }
}
