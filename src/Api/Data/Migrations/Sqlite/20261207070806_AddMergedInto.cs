using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
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
                name: "MergedInto",
                table: "deleted_entities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_deleted_entities_EntityType_EntityId",
                table: "deleted_entities",
                columns: new[] { "EntityType", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deleted_entities_EntityType_EntityId",
                table: "deleted_entities");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "deleted_entities");
        }
    }
}
