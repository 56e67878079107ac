using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsFacts.Api.Data.Postgres;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Indexes in the lists' default orders as PostgreSQL is asked for them: NULL sorts above every value there, so
    /// SortMap puts "has a value" first (<c>date IS NOT NULL DESC, date DESC, id</c>), an order the plain date index
    /// does not give, so without these every page of incidents or articles sorted the whole table for its rows.
    /// Expressions, which the model cannot hold: the SQL is written here and the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(PostgresNewsFactsDbContext))]
    [Migration("20261207110000_DefaultOrderIndexes")]
    public partial class DefaultOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_incidents_date_order ON incidents ((date IS NOT NULL) DESC, date DESC, id);");
            migrationBuilder.Sql("CREATE INDEX ix_articles_publishedat_order ON articles ((publishedat IS NOT NULL) DESC, publishedat DESC, id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_articles_publishedat_order;");
            migrationBuilder.Sql("DROP INDEX ix_incidents_date_order;");
        }
    }
}
