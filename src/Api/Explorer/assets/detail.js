// One incident as /api/incidents/{id} gives it: the English summary, the fields with their precision, the figures
// each source gave where they disagree, and every source with its Arabic evidence, the supporting words marked.
import { getJson } from './api.js';
import { arabic, h } from './dom.js';

const fieldNames = {
  type: 'type', place: 'place', date: 'date', weaponCount: 'weapons', intercepted: 'intercepted',
  killed: 'killed', wounded: 'wounded', perpetrator: 'perpetrator', target: 'target',
};

export function renderIncident(incident) {
  const conflicts = new Set(incident.conflicts);
  const rows = [
    ['Type', h('span', { class: `type-badge type-${incident.type}` }, incident.type)],
    ['Date', dateText(incident), conflicts.has('date') && 'date'],
    ['First reported', incident.firstReported ?? 'no publication date'],
    ['Place', placeText(incident.location)],
    ['Weapons', incident.weaponCount ?? 'not said', conflicts.has('weaponCount') && 'weaponCount'],
    ['Intercepted', incident.intercepted === null ? 'not said' : incident.intercepted ? 'yes, none hit' : 'no, at least one hit', conflicts.has('intercepted') && 'intercepted'],
    ['Killed', incident.killed ?? 'not said', conflicts.has('killed') && 'killed'],
    ['Wounded', incident.wounded ?? 'not said', conflicts.has('wounded') && 'wounded'],
    ['Perpetrators', actorList(incident.perpetrators)],
    ['Targets', actorList(incident.targets)],
  ];
  const titles = new Map(incident.sources.map((source) => [source.articleId, source.title]));
  return h('article', { class: 'incident', 'aria-labelledby': 'incident-summary' },
    h('h2', { id: 'incident-summary', tabindex: -1 }, incident.summaryEn),
    h('p', { class: 'muted' }, `Incident ${incident.id} · ${incident.sources.length} source${incident.sources.length === 1 ? '' : 's'}`,
      incident.background ? ' · recalled as background, not reported as news' : '',
      ' · ', h('a', { href: `/api/incidents/${incident.id}` }, 'JSON')),
    h('dl', { class: 'facts' }, rows.map(([name, value, conflict]) => [
      h('dt', {}, name),
      h('dd', {}, value, conflict ? claimsOf(incident.claims, conflict, titles) : null),
    ])),
    h('h3', {}, 'Sources'),
    incident.sources.map(renderSource));
}

function dateText(incident) {
  if (!incident.date) return 'unknown';
  return h('span', {}, incident.date, h('span', { class: 'muted' }, ` (${incident.datePrecision})`),
    incident.dateText ? [' · ', arabic(incident.dateText, 'span', { class: 'words' })] : null);
}

function placeText(place) {
  if (!place) return 'not said';
  return h('span', {}, place.nameEn, ' · ', arabic(place.nameAr), h('span', { class: 'muted' }, ` · ${place.country}, ${place.precision}`));
}

function actorList(actors) {
  if (actors.length === 0) return 'not said';
  return h('ul', { class: 'actors' }, actors.map((a) => h('li', {}, a.nameEn, ' · ', arabic(a.nameAr))));
}

/** Where sources disagree, each source's figure with the words that state it. */
function claimsOf(claims, field, titles) {
  const mine = claims.filter((c) => c.field === field);
  return h('div', { class: 'conflict' },
    h('strong', {}, 'Sources disagree:'),
    h('ul', {}, mine.map((c) => h('li', {},
      h('b', {}, String(c.value)), ' in ', h('a', { href: `#source-${c.articleId}`, title: titles.get(c.articleId) ?? '' }, `article ${c.articleId}`),
      c.evidence ? [' · ', arabic(c.evidence.text, 'span', { class: 'words' })] : null))));
}

function renderSource(source) {
  const placed = new Set();
  const sentences = source.evidence.map((sentence) => {
    const inside = source.support.filter((w) => w.start < sentence.end && w.end > sentence.start);
    inside.forEach((w) => placed.add(w));
    return h('p', { class: 'evidence', lang: 'ar', dir: 'rtl' }, ...marked(sentence, inside));
  });
  const elsewhere = source.support.filter((w) => !placed.has(w));
  return h('section', { class: 'source', id: `source-${source.articleId}` },
    h('h4', {}, h('a', { href: `/api/articles/${source.articleId}`, lang: 'ar', dir: 'rtl' }, source.title || `Article ${source.articleId}`)),
    h('p', { class: 'muted' },
      h('span', { class: `stance stance-${source.stance}` }, source.stance),
      source.attribution ? [' · according to ', arabic(source.attribution)] : ' · the outlet itself',
      ` · article ${source.articleId}`),
    sentences.length ? h('blockquote', {}, sentences) : h('p', { class: 'muted' }, 'No evidence sentence stored for this report.'),
    wholeArticle(source),
    source.support.length ? h('details', { class: 'support' },
      h('summary', {}, `The words behind each value (${source.support.length})`),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'field'), h('th', { scope: 'col' }, 'value'), h('th', { scope: 'col' }, 'words'))),
        h('tbody', {}, source.support.map((w) => h('tr', { class: elsewhere.includes(w) ? 'outside' : null },
          h('td', {}, fieldNames[w.field] ?? w.field), h('td', {}, w.value), h('td', {}, arabic(w.text))))))) : null);
}

/** The article's text, fetched when first opened, with this report's sentences marked where they stand. */
function wholeArticle(source) {
  const body = h('div', { class: 'article-text', lang: 'ar', dir: 'rtl' }, 'Loading…');
  const box = h('details', { class: 'article' }, h('summary', {}, 'The whole article'), body);
  box.addEventListener('toggle', async () => {
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = 'yes';
    try {
      const { body: article } = await getJson(`/api/articles/${source.articleId}`);
      const spans = source.evidence.map((e) => ({ field: 'evidence', value: 'tells this incident', start: e.start, end: e.end }));
      const origin = /^https?:\/\//i.test(article.url ?? '') ? h('a', { href: article.url, rel: 'noopener noreferrer' }, 'the page it came from') : null;
      box.replaceChildren(box.firstChild,
        h('p', { class: 'muted' }, article.source ? arabic(article.source) : 'No outlet stored', ' · ',
          article.publishedAt ? `published ${article.publishedAt}` : 'no publication date',
          origin ? [' · ', origin] : null, ' · ', h('a', { href: `/api/articles/${source.articleId}` }, 'JSON with every fact')),
        h('div', { class: 'article-text', lang: 'ar', dir: 'rtl' }, ...marked({ text: article.text, start: 0 }, spans)));
    } catch (error) {
      body.textContent = `The article did not load: ${error.message}`;
      delete box.dataset.loaded;
    }
  });
  return box;
}

/**
 * A sentence cut at every edge of a supporting span (offsets are into the article; the sentence starts at
 * sentence.start), each covered piece in a <mark> whose title names the fields it supports. Spans may overlap:
 * the same clause supports killed and wounded.
 */
export function marked(sentence, support) {
  const text = sentence.text;
  const cuts = new Set([0, text.length]);
  for (const w of support) {
    cuts.add(Math.min(Math.max(w.start - sentence.start, 0), text.length));
    cuts.add(Math.min(Math.max(w.end - sentence.start, 0), text.length));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    if (a === b) continue;
    const piece = text.slice(a, b);
    const covering = support.filter((w) => w.start - sentence.start <= a && w.end - sentence.start >= b);
    if (covering.length === 0) {
      pieces.push(piece);
    } else {
      const fields = [...new Set(covering.map((w) => `${fieldNames[w.field] ?? w.field}: ${w.value}`))].join(', ');
      pieces.push(h('mark', { title: fields, 'data-fields': covering.map((w) => w.field).join(' ') }, piece));
    }
  }
  return pieces;
}
