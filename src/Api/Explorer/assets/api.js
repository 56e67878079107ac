// The public API, called the way any client would: GET with query strings, JSON back, pages followed through the
// Link header. Nothing here is private to this page.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const pending = new Map();

/**
 * GET a JSON document; a problem+json answer becomes an ApiError carrying its title, detail and field errors. Two
 * parts of the page asking for the same URL at once (the country list and the unfiltered map both read /api/stats)
 * share one request.
 */
export function getJson(path, params, signal) {
  const query = params && params.toString() ? `?${params}` : '';
  const url = `${path}${query}`;
  if (!signal) {
    if (!pending.has(url)) pending.set(url, fetchJson(url).finally(() => pending.delete(url)));
    return pending.get(url);
  }
  return fetchJson(url, signal);
}

async function fetchJson(url, signal) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(await problemText(response), response.status);
  return { body: await response.json(), links: parseLinks(response.headers.get('Link')) };
}

async function problemText(response) {
  try {
    const problem = await response.json();
    const fields = problem.errors ? Object.values(problem.errors).flat() : [];
    return [problem.title, problem.detail, ...fields].filter(Boolean).join(' ');
  } catch {
    return `The API answered ${response.status}.`;
  }
}

/** RFC 8288: '<url>; rel="next", <url>; rel="last"' -> { next: URL, last: URL }. */
export function parseLinks(header) {
  const links = {};
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part);
    if (match) links[match[2]] = new URL(match[1], location.href);
  }
  return links;
}

/** The page number a Link target points at. */
export function pageOf(link) {
  return link ? Number.parseInt(link.searchParams.get('page') ?? '1', 10) : null;
}
