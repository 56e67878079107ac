using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsFacts.Api.Data;

#nullable disable

namespace NewsFacts.Api.Data.Migrations.Sqlite
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
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_counts", x => x.ActorId);
                });

            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    AliasesJson = table.Column<string>(type: "TEXT", nullable: false),
                    MatchKeys = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Byline = table.Column<string>(type: "TEXT", nullable: true),
                    Dateline = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    RawText = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    RemovedJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "deleted_entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deleted_entities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incident_days",
                columns: table => new
                {
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false),
                    Killed = table.Column<int>(type: "INTEGER", nullable: false),
                    Wounded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_days", x => new { x.Date, x.Type, x.Country });
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ParentKey = table.Column<string>(type: "TEXT", nullable: true),
                    MatchKeys = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meta",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meta", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "actor_mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_mentions_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actor_mentions_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "date_mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    Precision = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: true),
                    Until = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_date_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_date_mentions_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_places",
                columns: table => new
                {
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Incidents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_places", x => new { x.LocationId, x.Type });
                    table.ForeignKey(
                        name: "FK_incident_places_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", nullable: false),
                    DateText = table.Column<string>(type: "TEXT", nullable: true),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    WeaponCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Intercepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Killed = table.Column<int>(type: "INTEGER", nullable: true),
                    Wounded = table.Column<int>(type: "INTEGER", nullable: true),
                    Background = table.Column<bool>(type: "INTEGER", nullable: false),
                    Dated = table.Column<bool>(type: "INTEGER", nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstReported = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incidents_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "location_mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_location_mentions_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_location_mentions_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_actors",
                columns: table => new
                {
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_actors", x => new { x.IncidentId, x.ActorId, x.Role });
                    table.ForeignKey(
                        name: "FK_incident_actors_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_incident_actors_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceText = table.Column<string>(type: "TEXT", nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", nullable: true),
                    Stance = table.Column<string>(type: "TEXT", nullable: false),
                    DateValue = table.Column<string>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", nullable: true),
                    DateText = table.Column<string>(type: "TEXT", nullable: true),
                    WeaponCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Intercepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Killed = table.Column<int>(type: "INTEGER", nullable: true),
                    Wounded = table.Column<int>(type: "INTEGER", nullable: true),
                    Support = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_sources_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_incident_sources_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actor_mentions_ActorId",
                table: "actor_mentions",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_mentions_ArticleId",
                table: "actor_mentions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Key",
                table: "actors",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actors_Kind",
                table: "actors",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_articles_ContentHash",
                table: "articles",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_articles_PublishedAt",
                table: "articles",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_articles_Source",
                table: "articles",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_date_mentions_ArticleId",
                table: "date_mentions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_date_mentions_Value",
                table: "date_mentions",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_deleted_entities_DeletedAt",
                table: "deleted_entities",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_incident_actors_ActorId_IncidentId",
                table: "incident_actors",
                columns: new[] { "ActorId", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_days_Date_Counts",
                table: "incident_days",
                columns: new[] { "Date", "Incidents", "Killed", "Wounded" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_days_Type_Country_Date_Incidents",
                table: "incident_days",
                columns: new[] { "Type", "Country", "Date", "Incidents" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_sources_ArticleId",
                table: "incident_sources",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_sources_IncidentId",
                table: "incident_sources",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Date",
                table: "incidents",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_LocationId",
                table: "incidents",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_LocationId_Dated_Date",
                table: "incidents",
                columns: new[] { "Type", "LocationId", "Dated", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_LocationId_Dated_FirstReported",
                table: "incidents",
                columns: new[] { "Type", "LocationId", "Dated", "FirstReported" });

            migrationBuilder.CreateIndex(
                name: "IX_location_mentions_ArticleId",
                table: "location_mentions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_location_mentions_LocationId",
                table: "location_mentions",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_locations_Country",
                table: "locations",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_locations_Key",
                table: "locations",
                column: "Key",
                unique: true);

            // What the model does not describe, as the hand-written schema (version 10) created it: the full-text index
            // (contentless: snippets come from the article's text; contentless_delete lets a deleted article leave it),
            // the triggers that keep the summary tables and actor counts, and the version a database made before
            // migrations records. A database of that version is taken as this migration applied (DatabaseInitializer).
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')");
            migrationBuilder.Sql(IncidentSummary.Triggers);
            migrationBuilder.Sql(ActorTally.Triggers);
            migrationBuilder.Sql($"INSERT INTO meta (Key, Value) VALUES ('schema_version', '{DatabaseInitializer.SchemaVersion}')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE article_search");
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
