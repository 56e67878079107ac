using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actor_counts",
                columns: table => new
                {
                    actorid = table.Column<int>(type: "integer", nullable: false),
                    articles = table.Column<int>(type: "integer", nullable: false),
                    incidents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_counts", x => x.actorid);
                });

            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    namear = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    aliasesjson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    matchkeys = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    source = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    byline = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    dateline = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    url = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    publishedat = table.Column<DateOnly>(type: "date", nullable: true),
                    importedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    rawtext = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    contenthash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    removedjson = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deleted_entities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entitytype = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    entityid = table.Column<int>(type: "integer", nullable: false),
                    deletedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deleted_entities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incident_days",
                columns: table => new
                {
                    date = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    country = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    incidents = table.Column<int>(type: "integer", nullable: false),
                    killed = table.Column<int>(type: "integer", nullable: false),
                    wounded = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_days", x => new { x.date, x.type, x.country });
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    namear = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    country = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    precision = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    parentkey = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    matchkeys = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meta",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meta", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "actor_mentions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    articleid = table.Column<int>(type: "integer", nullable: false),
                    actorid = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_actor_mentions_actors_actorid",
                        column: x => x.actorid,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_actor_mentions_articles_articleid",
                        column: x => x.articleid,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "date_mentions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    articleid = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    precision = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    line = table.Column<int>(type: "integer", nullable: true),
                    until = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_date_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_date_mentions_articles_articleid",
                        column: x => x.articleid,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_places",
                columns: table => new
                {
                    locationid = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    incidents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_places", x => new { x.locationid, x.type });
                    table.ForeignKey(
                        name: "fk_incident_places_locations_locationid",
                        column: x => x.locationid,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    date = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    dateprecision = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    datetext = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    locationid = table.Column<int>(type: "integer", nullable: true),
                    weaponcount = table.Column<int>(type: "integer", nullable: true),
                    intercepted = table.Column<bool>(type: "boolean", nullable: true),
                    killed = table.Column<int>(type: "integer", nullable: true),
                    wounded = table.Column<int>(type: "integer", nullable: true),
                    background = table.Column<bool>(type: "boolean", nullable: false),
                    dated = table.Column<bool>(type: "boolean", nullable: false),
                    summaryen = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    firstreported = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_locations_locationid",
                        column: x => x.locationid,
                        principalTable: "locations",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "location_mentions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    articleid = table.Column<int>(type: "integer", nullable: false),
                    locationid = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_location_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_location_mentions_articles_articleid",
                        column: x => x.articleid,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_location_mentions_locations_locationid",
                        column: x => x.locationid,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_actors",
                columns: table => new
                {
                    incidentid = table.Column<int>(type: "integer", nullable: false),
                    actorid = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_actors", x => new { x.incidentid, x.actorid, x.role });
                    table.ForeignKey(
                        name: "fk_incident_actors_actors_actorid",
                        column: x => x.actorid,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_actors_incidents_incidentid",
                        column: x => x.incidentid,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    incidentid = table.Column<int>(type: "integer", nullable: false),
                    articleid = table.Column<int>(type: "integer", nullable: false),
                    evidencestart = table.Column<int>(type: "integer", nullable: false),
                    evidenceend = table.Column<int>(type: "integer", nullable: false),
                    evidencetext = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    attribution = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    stance = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    datevalue = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    dateprecision = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    datetext = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    weaponcount = table.Column<int>(type: "integer", nullable: true),
                    intercepted = table.Column<bool>(type: "boolean", nullable: true),
                    killed = table.Column<int>(type: "integer", nullable: true),
                    wounded = table.Column<int>(type: "integer", nullable: true),
                    support = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_incident_sources_articles_articleid",
                        column: x => x.articleid,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_incident_sources_incidents_incidentid",
                        column: x => x.incidentid,
                        principalTable: "incidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actor_mentions_actorid",
                table: "actor_mentions",
                column: "actorid");

            migrationBuilder.CreateIndex(
                name: "ix_actor_mentions_articleid",
                table: "actor_mentions",
                column: "articleid");

            migrationBuilder.CreateIndex(
                name: "ix_actors_key",
                table: "actors",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_actors_kind",
                table: "actors",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_articles_contenthash",
                table: "articles",
                column: "contenthash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_publishedat",
                table: "articles",
                column: "publishedat");

            migrationBuilder.CreateIndex(
                name: "ix_articles_source",
                table: "articles",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "ix_date_mentions_articleid",
                table: "date_mentions",
                column: "articleid");

            migrationBuilder.CreateIndex(
                name: "ix_date_mentions_value",
                table: "date_mentions",
                column: "value");

            migrationBuilder.CreateIndex(
                name: "ix_deleted_entities_deletedat",
                table: "deleted_entities",
                column: "deletedat");

            migrationBuilder.CreateIndex(
                name: "ix_incident_actors_actorid_incidentid",
                table: "incident_actors",
                columns: new[] { "actorid", "incidentid" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_days_date_counts",
                table: "incident_days",
                columns: new[] { "date", "incidents", "killed", "wounded" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_days_type_country_date_incidents",
                table: "incident_days",
                columns: new[] { "type", "country", "date", "incidents" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_sources_articleid",
                table: "incident_sources",
                column: "articleid");

            migrationBuilder.CreateIndex(
                name: "ix_incident_sources_incidentid",
                table: "incident_sources",
                column: "incidentid");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_date",
                table: "incidents",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_locationid",
                table: "incidents",
                column: "locationid");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_locationid_dated_date",
                table: "incidents",
                columns: new[] { "type", "locationid", "dated", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_locationid_dated_firstreported",
                table: "incidents",
                columns: new[] { "type", "locationid", "dated", "firstreported" });

            migrationBuilder.CreateIndex(
                name: "ix_location_mentions_articleid",
                table: "location_mentions",
                column: "articleid");

            migrationBuilder.CreateIndex(
                name: "ix_location_mentions_locationid",
                table: "location_mentions",
                column: "locationid");

            migrationBuilder.CreateIndex(
                name: "ix_locations_country",
                table: "locations",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "ix_locations_key",
                table: "locations",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_counts");

            migrationBuilder.DropTable(
                name: "actor_mentions");

            migrationBuilder.DropTable(
                name: "date_mentions");

            migrationBuilder.DropTable(
                name: "deleted_entities");

            migrationBuilder.DropTable(
                name: "incident_actors");

            migrationBuilder.DropTable(
                name: "incident_days");

            migrationBuilder.DropTable(
                name: "incident_places");

            migrationBuilder.DropTable(
                name: "incident_sources");

            migrationBuilder.DropTable(
                name: "location_mentions");

            migrationBuilder.DropTable(
                name: "meta");

            migrationBuilder.DropTable(
                name: "actors");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "locations");
        }
    }
}
