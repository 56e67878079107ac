// One typed call of each endpoint through openapi-fetch and the types openapi-typescript generated from the running
// API's document. Only compiled (tsc --strict --noEmit): a renamed parameter, a lost enum or a missing response schema
// breaks the build here before it breaks a frontend.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Incident = components["schemas"]["IncidentResponse"];
type IncidentType = components["schemas"]["IncidentType"];

// JSON (and problem+json for errors) is what these calls ask for; lists also declare text/csv and application/geo+json, which the client would
// otherwise type as a union with string.
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: "http://127.0.0.1:5080" });

export async function callEveryEndpoint(): Promise<string[]> {
  const seen: string[] = [];

  const types: IncidentType[] = ["drone", "rocket"];
  const incidents = await api.GET("/api/incidents", {
    params: { query: { type: types, location: "عين الأسد", actor: "كتائب حزب الله", q: "المسيرات", sort: "-date,killed", page: 1, pageSize: 20 } },
  });
  if (incidents.data) {
    const first: Incident | undefined = incidents.data.items[0];
    const where: string | null = first?.location?.nameAr ?? null;
    const killed: number | null = first?.killed ?? null;
    const kind: "drone" | "rocket" | "missile" | "shelling" | "explosion" | "airstrike" | "ied" | "other" | undefined = first?.type;
    seen.push(`${incidents.data.totalCount} ${where} ${killed} ${kind} ${incidents.data.query?.normalized}`);
  } else if (incidents.error) {
    seen.push(`${incidents.error.status} ${JSON.stringify(incidents.error.errors)}`);
  }

  const incident = await api.GET("/api/incidents/{id}", { params: { path: { id: 1 } } });
  seen.push(incident.data?.sources.map((s) => `${s.stance} ${s.evidence.map((e) => e.text).join(" ")} ${s.support.map((w) => `${w.field}=${w.value}@${w.start}`).join(",")}`).join(" | ") ?? `${incident.error?.status}`);
  const claimWords: string[] = incident.data?.claims.map((c) => c.evidence?.text ?? "") ?? [];
  seen.push(claimWords.join(" | "));
  // A claim's value is typed by the document (number, boolean or date string): usable without parsing.
  const claimed: number | boolean | string | undefined = incident.data?.claims[0]?.value;
  const hit = incident.data?.claims.find((c) => c.field === "intercepted")?.value === false;
  seen.push(`${claimed} ${hit}`);

  const articles = await api.GET("/api/articles", { params: { query: { q: "المسيرات", from: "2024-01-01", updatedSince: "2024-01-01T00:00:00Z" } } });
  seen.push(`${articles.data?.items.map((a) => a.title).join(", ")}`);

  const article = await api.GET("/api/articles/{id}", { params: { path: { id: 1 } } });
  seen.push(`${article.data?.dates.map((d) => `${d.text} ${d.precision}`).join(", ")} ${article.data?.removed.length}`);

  const actors = await api.GET("/api/actors", { params: { query: { q: "حزب الله", kind: "armed-group" } } });
  seen.push(`${actors.data?.items.map((a) => `${a.nameAr} ${a.kind} ${a.aliases.join("/")}`).join(", ")}`);

  const actor = await api.GET("/api/actors/{id}", { params: { path: { id: 1 } } });
  seen.push(`${actor.data?.firstSeen} ${actor.data?.asPerpetrator.length} ${actor.data?.articles.length}`);

  const dates = await api.GET("/api/dates", { params: { query: { articleId: 1, precision: "day" } } });
  seen.push(`${dates.data?.items.map((d) => d.value).join(", ")}`);

  const locations = await api.GET("/api/locations", { params: { query: { q: "عين الأسد", country: "Iraq" } } });
  seen.push(`${locations.data?.items.map((l) => `${l.nameAr} ${l.precision} ${l.latitude},${l.longitude}`).join(", ")}`);

  const location = await api.GET("/api/locations/{id}", { params: { path: { id: 1 } } });
  seen.push(`${location.data?.incidentCount ?? location.error?.status}`);

  const timeline = await api.GET("/api/timeline", { params: { query: { interval: "week", type: ["drone"] } } });
  seen.push(`${timeline.data?.interval} ${timeline.data?.points.map((p) => `${p.period}:${p.incidents}`).join(" ")} ${timeline.data?.undated}`);

  const stats = await api.GET("/api/stats", { params: { query: { country: "Syria" } } });
  seen.push(`${stats.data?.byType.map((c) => `${c.key}=${c.count}`).join(" ")} ${stats.data?.byActor[0]?.nameAr}`);

  const exported = await api.GET("/api/export", { parseAs: "text" });
  seen.push(`${exported.data?.split("\n").length}`);
  const exportedCsv = await api.GET("/api/export", { params: { query: { format: "csv" } }, parseAs: "text" });
  seen.push(`${exportedCsv.data?.split("\r\n")[0]} ${exportedCsv.error?.status}`);

  const deleted = await api.GET("/api/deleted", { params: { query: { since: "2024-01-01T00:00:00Z" } } });
  seen.push(`${deleted.data?.map((d) => `${d.type}:${d.id}@${d.deletedAt}`).join(" ")}`);

  const created = await api.POST("/api/articles", {
    body: { text: "استهدفت طائرة مسيرة قاعدة عين الأسد الجوية فجر اليوم.", source: "متابعة", publishedAt: "2024-08-07" },
    headers: { "X-Api-Key": "a-key-of-at-least-16-chars" },
  });
  seen.push(`${created.data?.id} ${created.data?.incidents.length} ${created.error?.status}`);

  const removed = await api.DELETE("/api/articles/{id}", {
    params: { path: { id: 1 } },
    headers: { "X-Api-Key": "a-key-of-at-least-16-chars" },
  });
  seen.push(`${removed.response.status}`);

  return seen;
}
