// The explorer: reads its state from the URL, asks the public API for what that state shows, and draws it. Each
// section has its own request, so a slow one does not hold the others: the list (/api/incidents, paged through its
// Link header), the map (/api/stats counts per place, placed with /api/locations), the timeline (/api/timeline) and
// the open incident (/api/incidents/{id}). Nothing is fetched in full: with 10,000 incidents the page still asks
// for one page of the list and for counts.
import { getJson, pageOf } from './api.js';
import { renderIncident } from './detail.js';
import { arabic, clear, h } from './dom.js';
import { IncidentMap, inRegion } from './map.js';
import { filterNames, filterParams, hasFilters, intervals, read, types, write } from './state.js';
import { Timeline } from './timeline.js';

const pageSize = 20;
const typeLabels = {
  drone: 'Drone', airstrike: 'Air strike', rocket: 'Rocket', missile: 'Missile', shelling: 'Shelling', ied: 'IED',
  explosion: 'Explosion', other: 'Other',
};
// Places that pin no point: a circle at a country's middle would claim a place the reports never gave.
const vaguePrecisions = new Set(['country', 'region', 'sea', 'border', 'governorate', 'river']);

const $ = (id) => document.getElementById(id);
const form = $('filters');
let state = read();
let shownFilters = null;
let shownList = null;
let inFlight = null;
const places = new Map();
let placePages = { next: 1, done: false };

const map = new IncidentMap($('map'), {
  onPlace: (place) => navigate({ ...state, location: place.nameEn, page: 1, incident: '' }),
});
const timeline = new Timeline($('timeline'), {
  onRange: (from, to, single) => navigate({ ...state, from, to, page: 1, incident: '', interval: single ? finer(state.interval) : state.interval }),
  onCursor: (text) => { $('timeline-note').textContent = text; },
});

buildForm();
fillForm();
// On a phone the filters start folded, so the map and the list are on the first screen.
if (matchMedia('(max-width: 760px)').matches) $('filter-box').open = false;
map.loadBorders('/assets/region-borders.geojson').catch((error) => report(`The borders did not load: ${error.message}`));
loadCountries();
render();

window.addEventListener('popstate', () => {
  // A jump to an anchor inside the incident (#source-12) is a history entry too, with nothing to load.
  if (write(read()) === write(state)) return;
  state = read();
  fillForm();
  render();
});

function navigate(next) {
  if (write(next) === write(state)) return;
  state = next;
  history.pushState(null, '', write(state) || location.pathname);
  fillForm();
  render();
}

function finer(interval) {
  return { year: 'month', month: 'day', week: 'day', day: 'day' }[interval];
}

// ---- the filter form -------------------------------------------------------------------------------------------

function buildForm() {
  const box = $('f-types');
  for (const type of types) {
    box.append(h('label', { class: 'type-choice' },
      h('input', { type: 'checkbox', name: 'type', value: type }),
      h('span', { class: `swatch type-${type}`, 'aria-hidden': 'true' }), typeLabels[type]));
  }
  const buttons = $('intervals');
  for (const interval of intervals) {
    buttons.append(h('button', { type: 'button', 'data-interval': interval, onclick: () => navigate({ ...state, interval }) }, interval));
  }
  // Choices apply at once; typed fields apply on Enter or when they lose focus with a new value.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyForm();
  });
  form.addEventListener('change', applyForm);
  $('clear').addEventListener('click', () => navigate({ ...read(''), interval: state.interval }));
  $('zoom-in').addEventListener('click', () => map.zoom(1.5));
  $('zoom-out').addEventListener('click', () => map.zoom(1 / 1.5));
  $('zoom-reset').addEventListener('click', () => map.reset());
  $('back').addEventListener('click', (event) => {
    if (plainClick(event)) {
      event.preventDefault();
      navigate({ ...state, incident: '' });
    }
  });
  suggest($('f-actor'), $('actor-suggestions'), '/api/actors');
  suggest($('f-location'), $('place-suggestions'), '/api/locations');
}

function applyForm() {
  const next = formFilters();
  if (filterNames.some((name) => String(next[name]) !== String(state[name]))) navigate({ ...state, ...next, page: 1, incident: '' });
}

function formFilters() {
  const data = new FormData(form);
  const next = { type: data.getAll('type') };
  for (const name of filterNames) {
    if (name !== 'type') next[name] = String(data.get(name) ?? '').trim();
  }
  return next;
}

function fillForm() {
  for (const name of filterNames) {
    if (name === 'type') continue;
    const field = form.elements.namedItem(name);
    if (name === 'country' && state.country && ![...field.options].some((o) => o.value === state.country)) {
      field.append(h('option', { value: state.country }, state.country));
    }
    field.value = state[name];
  }
  for (const box of form.querySelectorAll('input[name="type"]')) box.checked = state.type.includes(box.value);
  const set = filterNames.filter((name) => (name === 'type' ? state.type.length > 0 : state[name])).length;
  $('filters-set').textContent = set ? `(${set} set)` : '';
  document.body.classList.toggle('incident-open', Boolean(state.incident));
  for (const button of $('intervals').querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.interval === state.interval));
  }
}

async function loadCountries() {
  try {
    const { body } = await getJson('/api/stats');
    const select = $('f-country');
    for (const country of body.byCountry) {
      if (![...select.options].some((o) => o.value === country.key)) {
        select.append(h('option', { value: country.key }, `${country.nameEn ?? country.key} (${country.count})`));
      } else {
        select.querySelector(`option[value="${CSS.escape(country.key)}"]`).textContent = `${country.key} (${country.count})`;
      }
    }
    select.value = state.country;
  } catch (error) {
    report(`Countries did not load: ${error.message}`);
  }
}

/** Suggestions from a list endpoint's q, a quarter second after typing stops; English names, Arabic beside them. */
function suggest(input, list, path) {
  let timer = null;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || q === asked) return;
    timer = setTimeout(async () => {
      asked = q;
      try {
        const { body } = await getJson(path, new URLSearchParams({ q, pageSize: '8' }));
        list.replaceChildren(...body.items.map((item) => h('option', { value: item.nameEn }, item.nameAr)));
      } catch {
        // A suggestion is a convenience: the filter still takes what is typed.
      }
    }, 250);
  });
}

// ---- loading and drawing -----------------------------------------------------------------------------------------

async function render() {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const signal = controller.signal;
  const filters = filterParams(state);
  const filterKey = filters.toString();
  const listKey = `${filterKey}#${state.page}`;
  report('Loading…');
  document.title = state.incident ? `Incident ${state.incident} · NewsFacts explorer` : 'NewsFacts explorer';
  const jobs = [];
  if (filterKey !== shownFilters || timeline.interval !== state.interval) {
    jobs.push(loadTimeline(filters, signal));
  }
  if (filterKey !== shownFilters) {
    // Recorded only when this render was not overtaken: an abandoned one must not claim the map shows its filters.
    jobs.push(loadMap(filters, signal).then(() => { if (!signal.aborted) shownFilters = filterKey; }));
  }
  if (listKey !== shownList) {
    jobs.push(loadList(filters, signal).then(() => { if (!signal.aborted) shownList = listKey; }));
  }
  jobs.push(state.incident ? loadIncident(state.incident, signal) : Promise.resolve(showList()));
  const outcomes = await Promise.allSettled(jobs);
  if (signal.aborted) return;
  const failed = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason.message);
  report(failed.length ? failed.join(' ') : '', failed.length > 0);
}

function report(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function loadList(filters, signal) {
  const params = new URLSearchParams(filters);
  params.set('page', String(state.page));
  params.set('pageSize', String(pageSize));
  let response;
  try {
    response = await getJson('/api/incidents', params, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    clear($('list'));
    clear($('pager'));
    $('count').textContent = 'No incidents: the API turned the filters down.';
    throw new Error(`The list: ${error.message}`);
  }
  if (signal.aborted) return;
  const { body, links } = response;
  $('count').textContent = body.totalCount === 0 ? 'No incident matches these filters.'
    : `${body.totalCount.toLocaleString('en')} incident${body.totalCount === 1 ? '' : 's'}${hasFilters(state) ? ' match' + (body.totalCount === 1 ? 'es' : '') + ' the filters' : ''}, latest first.`;
  showQuery(body.query);
  $('list').replaceChildren(...body.items.map(listItem));
  showPager(links, body);
  showExports(filters);
}

function showQuery(query) {
  const out = $('query-understood');
  if (!query) {
    out.replaceChildren();
    return;
  }
  out.replaceChildren('Searched for ', query.terms.length > 1 ? 'all of ' : '',
    ...query.terms.flatMap((term, i) => [i ? ', ' : '', arabic(term, 'b')]),
    ': each word reduced to its stem and matched in any spelling (', arabic(query.text), ' → ', arabic(query.normalized), ').');
}

function listItem(incident) {
  const href = write({ ...state, incident: String(incident.id) }) || '/';
  const when = incident.date ? [incident.date, incident.datePrecision !== 'day' ? ` (${incident.datePrecision})` : '']
    : incident.firstReported ? ['reported ', incident.firstReported] : ['undated'];
  const figures = [
    incident.killed != null ? `${incident.killed} killed` : null,
    incident.wounded != null ? `${incident.wounded} wounded` : null,
    incident.intercepted === true ? 'intercepted' : null,
    `${incident.sources.length} source${incident.sources.length === 1 ? '' : 's'}`,
  ].filter(Boolean).join(' · ');
  const link = h('a', { class: 'incident-link', href, 'data-id': incident.id },
    h('span', { class: 'line' },
      h('span', { class: `type-badge type-${incident.type}` }, typeLabels[incident.type] ?? incident.type),
      h('span', { class: 'when' }, ...when),
      incident.location ? h('span', { class: 'where' }, incident.location.nameEn, ' ', arabic(incident.location.nameAr)) : h('span', { class: 'where muted' }, 'place not said')),
    h('span', { class: 'summary' }, incident.summaryEn),
    h('span', { class: 'figures' }, figures),
    incident.snippet ? h('span', { class: 'snippet', lang: 'ar', dir: 'rtl' }, ...highlighted(incident.snippet)) : null);
  link.addEventListener('click', (event) => {
    if (plainClick(event)) {
      event.preventDefault();
      navigate({ ...state, incident: String(incident.id) });
    }
  });
  return h('li', {}, link);
}

function highlighted(snippet) {
  const pieces = [];
  let at = 0;
  for (const { start, end } of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    pieces.push(snippet.text.slice(at, start), h('mark', {}, snippet.text.slice(start, end)));
    at = end;
  }
  pieces.push(snippet.text.slice(at));
  return pieces;
}

/** Previous and next come from the response's Link header, as any client of the API would follow them. */
function showPager(links, body) {
  const pager = $('pager');
  const last = pageOf(links.last) ?? 1;
  const button = (rel, text) => {
    const page = pageOf(links[rel]);
    if (!page || page === body.page) return h('span', { class: 'disabled', 'aria-disabled': 'true' }, text);
    const link = h('a', { href: write({ ...state, page, incident: '' }) || '/', rel }, text);
    link.addEventListener('click', (event) => {
      if (plainClick(event)) {
        event.preventDefault();
        navigate({ ...state, page, incident: '' });
        $('results').focus();
      }
    });
    return link;
  };
  pager.replaceChildren(button('first', '« First'), button('prev', '‹ Previous'),
    h('span', { class: 'where-am-i' }, `Page ${body.page} of ${last}`), button('next', 'Next ›'), button('last', 'Last »'));
}

function showExports(filters) {
  const url = (format) => {
    const params = new URLSearchParams(filters);
    params.set('format', format);
    params.set('pageSize', '200');
    return `/api/incidents?${params}`;
  };
  $('exports').replaceChildren('Download: ',
    h('a', { href: url('csv'), download: 'incidents.csv' }, 'CSV'), ' · ',
    h('a', { href: url('geojson'), download: 'incidents.geojson' }, 'GeoJSON'),
    h('span', { class: 'hint' }, ' (these filters, first 200) · '),
    h('a', { href: '/api/export?format=csv', download: 'all-incidents.csv' }, 'every incident as CSV'), ' · ',
    h('a', { href: '/api/export', download: 'all-incidents.jsonl' }, 'JSON Lines'));
}

async function loadMap(filters, signal) {
  // Counts and places are asked for together; only places beyond the first page wait for the counts.
  const [{ body }] = await Promise.all([getJson('/api/stats', filters), placeLocations([], signal)]);
  if (signal.aborted) return;
  await placeLocations(body.byLocation.map((c) => c.key), signal);
  if (signal.aborted) return;
  const shown = [];
  const abroad = [];
  let unplaced = 0;
  for (const count of body.byLocation) {
    const place = places.get(count.key);
    if (place && place.latitude != null && place.longitude != null) {
      const point = { key: count.key, nameEn: count.nameEn, nameAr: count.nameAr, count: count.count, lat: place.latitude, lon: place.longitude, vague: vaguePrecisions.has(place.precision) };
      (inRegion(point) ? shown : abroad).push(point);
    } else {
      unplaced += count.count;
    }
  }
  map.show(shown, state.type.length === 1 ? state.type[0] : null);
  const onMap = shown.reduce((total, p) => total + p.count, 0);
  const away = abroad.reduce((total, p) => total + p.count, 0);
  const noPlace = body.incidents - onMap - unplaced - away;
  $('map-note').textContent = `${onMap.toLocaleString('en')} of ${body.incidents.toLocaleString('en')} incidents at ${shown.length} place${shown.length === 1 ? '' : 's'}`
    + `${noPlace > 0 ? `; ${noPlace.toLocaleString('en')} with no place` : ''}${unplaced > 0 ? `; ${unplaced.toLocaleString('en')} at places without coordinates` : ''}`
    + `${away > 0 ? `; ${away.toLocaleString('en')} beyond this map (${abroad.slice(0, 3).map((p) => p.nameEn).join(', ')}${abroad.length > 3 ? ', …' : ''})` : ''}.`
    + ' Circle area is the number of incidents; a dashed circle stands for a whole area (a country, governorate, region,'
    + ' sea, river or border), not a point. Click a place to filter by it.';
}

/**
 * Coordinates for the places the counts name, from /api/locations pages (most incidents first, 200 a page), kept for
 * the session: a place list is bounded by the lexicons, not by the number of incidents.
 */
async function placeLocations(keys, signal) {
  let pages = 0;
  while (!placePages.done && (places.size === 0 || keys.some((key) => !places.has(key))) && pages < 10) {
    const { body, links } = await getJson('/api/locations', new URLSearchParams({ pageSize: '200', page: String(placePages.next) }));
    for (const place of body.items) places.set(String(place.id), place);
    placePages = links.next ? { next: pageOf(links.next), done: false } : { next: placePages.next, done: true };
    pages++;
  }
}

async function loadTimeline(filters, signal) {
  const params = new URLSearchParams(filters);
  params.set('interval', state.interval);
  const { body } = await getJson('/api/timeline', params, signal);
  if (signal.aborted) return;
  timeline.show(body);
  const total = body.points.reduce((sum, p) => sum + p.incidents, 0);
  const note = $('timeline-note');
  note.replaceChildren(body.points.length === 0 ? 'No dated incident matches.'
    : `${total.toLocaleString('en')} incident${total === 1 ? '' : 's'} from ${body.points[0].period} to ${body.points[body.points.length - 1].period}.`,
  body.undated > 0 ? ` ${body.undated.toLocaleString('en')} more are undated or dated less precisely than a ${body.interval}.` : '');
  if (state.from || state.to) {
    note.append(' ', h('button', { type: 'button', class: 'link-button', onclick: () => navigate({ ...state, from: '', to: '', page: 1, incident: '' }) },
      `Clear the dates (${state.from || '…'} to ${state.to || '…'})`));
  }
}

function showList() {
  $('list-view').hidden = false;
  $('detail-view').hidden = true;
  map.select(null);
}

async function loadIncident(id, signal) {
  $('back').setAttribute('href', write({ ...state, incident: '' }) || '/');
  let incident;
  try {
    ({ body: incident } = await getJson(`/api/incidents/${id}`, null, signal));
  } catch (error) {
    if (signal.aborted) throw error;
    $('detail').replaceChildren(h('p', {}, `Incident ${id} could not be shown: ${error.message}`));
    $('list-view').hidden = true;
    $('detail-view').hidden = false;
    throw new Error(`Incident ${id}: ${error.message}`);
  }
  if (signal.aborted) return;
  $('detail').replaceChildren(renderIncident(incident));
  $('list-view').hidden = true;
  $('detail-view').hidden = false;
  const place = incident.location;
  map.select(place && place.latitude != null ? { lat: place.latitude, lon: place.longitude } : null);
  $('incident-summary').focus({ preventScroll: !matchMedia('(max-width: 760px)').matches });
}

function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
