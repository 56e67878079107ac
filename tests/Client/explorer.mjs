// Drives the explorer page (/) in Debian's Chromium against a running API and checks it against the API's own answers:
// no console error and no request leaving the machine; the incidents appear in the list and on the map; a filter in
// the URL changes both; a circle on the map, with Enter, filters by its place; typing in Actor suggests actors; a
// checkbox pushes a history entry that the back button undoes; clicking an incident, or reaching it with Tab and
// Enter, shows its Arabic evidence right to left with the supporting words marked, and the whole article with those
// sentences marked; a click on the timeline, or End and Enter on it, sets the dates; a hostile title shows as text; a
// phone-sized window does not scroll sideways.
// Screenshots go to $ARTIFACTS (default tests/Client/artifacts) for CI to keep.
//
// With API_KEY set it first posts one article (dated, and with markup in its title and text) through the write API;
// without it, it checks a database as it is (e.g. a generated 10k one) and skips the parts that need that article.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';

const base = process.env.API_BASE_URL ?? 'http://127.0.0.1:5080';
const artifacts = process.env.ARTIFACTS ?? join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(artifacts, { recursive: true });
const hostileTitle = 'عاجل <img src=x onerror="window.__xss=1"> صواريخ على قاعدة التنف';

const api = async (path) => {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
};

// What the map should show for a filter, from the API alone: every place with coordinates inside the borders' box.
async function expectedOnMap(query) {
  const stats = await api(`/api/stats${query}`);
  const coordinates = new Map();
  for (let page = 1; ; page++) {
    const locations = await api(`/api/locations?pageSize=200&page=${page}`);
    for (const l of locations.items) coordinates.set(String(l.id), l);
    if (page * 200 >= locations.totalCount) break;
  }
  return stats.byLocation.filter((c) => {
    const l = coordinates.get(c.key);
    return l && l.latitude != null && l.longitude >= 24 && l.longitude <= 66 && l.latitude >= 8 && l.latitude <= 44;
  }).reduce((sum, c) => sum + c.count, 0);
}

let posted = null;
if (process.env.API_KEY) {
  const response = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.API_KEY },
    body: JSON.stringify({
      title: hostileTitle,
      text: 'استهدفت ثلاثة صواريخ كاتيوشا قاعدة التنف في سوريا فجر الاثنين <b onmouseover="window.__xss=2">وأصابت</b> مخزنا للذخيرة، وفق مصدر أمني.',
      source: 'اختبار',
      publishedAt: '2024-01-29',
    }),
  });
  check(response.status === 201 || response.status === 200, `POST /api/articles answers 201 (got ${response.status})`);
  const article = await response.json();
  const incidents = await api(`/api/incidents?pageSize=200&sort=-updatedAt`);
  posted = incidents.items.find((i) => i.sources.some((s) => s.articleId === article.id));
  check(posted !== undefined, `the posted article ${article.id} made an incident`);
}

const { context, page, close } = await launch({ viewport: { width: 1280, height: 900 } });
const outside = [];
const errors = [];
context.on('request', (request) => {
  if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
});
// Anything not on this API is refused before it leaves, and recorded above.
await context.route((url) => !url.href.startsWith(base) && url.protocol !== 'data:', (route) => route.abort());
page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
page.on('pageerror', (error) => errors.push(error.message));

const listItems = () => page.locator('#list li');
const countText = () => page.locator('#count').innerText();
const markerTotal = () => page.locator('#map .marker').evaluateAll((markers) => markers.reduce((sum, m) => sum + Number(m.dataset.count), 0));
async function settled() {
  await page.waitForFunction(() => document.getElementById('status').textContent === '' || document.getElementById('status').classList.contains('error'));
}

try {
  page.setDefaultTimeout(20_000);

  // The seeded incidents, in the list and on the map.
  const started = Date.now();
  await page.goto(`${base}/`);
  await listItems().first().waitFor();
  await page.locator('#map .marker').first().waitFor();
  console.log(`first list and map drawn ${Date.now() - started} ms after navigation started`);
  await settled();
  const all = await api('/api/incidents?pageSize=20');
  check(all.totalCount > 0, `the database has incidents (${all.totalCount})`);
  check((await countText()).includes(all.totalCount.toLocaleString('en')), `the count says ${all.totalCount}: "${await countText()}"`);
  const summaries = await page.locator('#list .summary').allInnerTexts();
  check(JSON.stringify(summaries) === JSON.stringify(all.items.map((i) => i.summaryEn)), 'the list shows the first page of /api/incidents, in order');
  const expectedAll = await expectedOnMap('');
  check(await markerTotal() === expectedAll, `the map's circles count ${expectedAll} incidents (shows ${await markerTotal()})`);
  check(await page.locator('#map path.country').count() > 20, 'the map draws the country borders');
  await page.screenshot({ path: join(artifacts, 'explorer-home.png') });

  // A filter in the URL.
  const rockets = await api('/api/incidents?type=rocket&pageSize=20');
  await page.goto(`${base}/?type=rocket`);
  await listItems().first().waitFor();
  await settled();
  check(rockets.totalCount !== all.totalCount, `type=rocket selects fewer incidents (${rockets.totalCount} of ${all.totalCount})`);
  check((await countText()).startsWith(`${rockets.totalCount.toLocaleString('en')} incident`), `?type=rocket shows ${rockets.totalCount} incidents: "${await countText()}"`);
  const badges = await page.locator('#list .type-badge').allInnerTexts();
  check(badges.length > 0 && badges.every((b) => b.toLowerCase() === 'rocket'), `every listed incident is a rocket attack (${[...new Set(badges)].join(', ')})`);
  check(await page.locator('input[name="type"][value="rocket"]').isChecked(), 'the Rocket box is checked from the URL');
  const expectedRockets = await expectedOnMap('?type=rocket');
  check(await markerTotal() === expectedRockets, `the map counts ${expectedRockets} rocket attacks (shows ${await markerTotal()})`);

  // A place on the map, reached by the keyboard, filters by that place.
  await page.goto(`${base}/`);
  await listItems().first().waitFor();
  await settled();
  const place = page.locator('#map .marker[data-places="1"]:not(.vague)').first();
  const placeLabel = await place.getAttribute('aria-label');
  await place.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/location=/);
  await settled();
  const chosen = new URL(page.url()).searchParams.get('location');
  check(placeLabel.startsWith(`${chosen}: `), `Enter on the circle "${placeLabel}" filters by its place (location=${chosen})`);
  const there = await api(`/api/incidents?location=${encodeURIComponent(chosen)}&pageSize=1`);
  check(there.totalCount > 0 && (await countText()).startsWith(`${there.totalCount.toLocaleString('en')} incident`), `and the list shows its ${there.totalCount}: "${await countText()}"`);
  check(await page.locator('#f-location').inputValue() === chosen, 'and the Place field says so');

  // Actor suggestions come from /api/actors as one types.
  const actors = await api('/api/actors?q=US&pageSize=8');
  await page.locator('#f-actor').pressSequentially('US');
  await page.waitForFunction(() => document.querySelectorAll('#actor-suggestions option').length > 0);
  const suggested = await page.locator('#actor-suggestions option').evaluateAll((options) => options.map((o) => o.value));
  check(JSON.stringify(suggested) === JSON.stringify(actors.items.map((a) => a.nameEn)), `typing "US" in Actor suggests ${suggested.join(', ')}`);

  // A checkbox pushes a history entry; back undoes it.
  const both = await api('/api/incidents?type=rocket&type=drone&pageSize=1');
  await page.goto(`${base}/?type=rocket`);
  await listItems().first().waitFor();
  await settled();
  await page.locator('input[name="type"][value="drone"]').check();
  await page.waitForURL((url) => url.searchParams.getAll('type').sort().join() === 'drone,rocket');
  await settled();
  check((await countText()).startsWith(`${both.totalCount.toLocaleString('en')} incident`), `rocket or drone shows ${both.totalCount}: "${await countText()}"`);
  await page.goBack();
  await page.waitForURL((url) => url.search === '?type=rocket');
  await settled();
  check((await countText()).startsWith(`${rockets.totalCount.toLocaleString('en')} incident`), `back: rockets only again: "${await countText()}"`);
  check(!(await page.locator('input[name="type"][value="drone"]').isChecked()), 'back: the Drone box is unchecked again');

  // Clicking an incident shows its Arabic evidence with the supporting words marked.
  await page.goto(`${base}/`);
  await listItems().first().waitFor();
  await settled();
  // A seeded incident, not the one posted above: the seed articles are real news.
  const withWords = all.items.find((i) => i.id !== posted?.id && i.sources.some((s) => s.evidence.length > 0 && s.support.some((w) => s.evidence.some((e) => w.start >= e.start && w.end <= e.end))));
  check(withWords !== undefined, 'the first page has an incident with evidence and supporting words');
  if (withWords) {
    await page.locator(`#list a[data-id="${withWords.id}"]`).click();
    await page.waitForURL(new RegExp(`incident=${withWords.id}`));
    const evidence = page.locator('#detail .evidence');
    await evidence.first().waitFor();
    const source = withWords.sources.find((s) => s.evidence.length > 0);
    const shown = await evidence.evaluateAll((ps) => ps.map((p) => ({ text: p.textContent, dir: p.getAttribute('dir'), lang: p.getAttribute('lang') })));
    check(shown.every((p) => p.dir === 'rtl' && p.lang === 'ar'), 'the evidence is marked dir="rtl" lang="ar"');
    check(source.evidence.every((e) => shown.some((p) => p.text === e.text)), `each evidence sentence of article ${source.articleId} is shown whole`);
    const marks = await page.locator('#detail .evidence mark').allInnerTexts();
    const words = withWords.sources.flatMap((s) => s.support.map((w) => w.text));
    check(marks.length > 0 && marks.every((m) => words.some((w) => w.includes(m))), `the marked words are the supporting words (${marks.length} marks: ${marks.slice(0, 4).join(' | ')})`);
    check(await page.locator('#detail h4 a').first().innerText() === source.title, 'the source title is shown');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'explorer-incident.png') });
    const article = page.locator(`#source-${source.articleId} details.article`);
    await article.locator('summary').click();
    await article.locator('.article-text mark').first().waitFor();
    const inArticle = await article.locator('.article-text mark').allInnerTexts();
    check(source.evidence.every((e) => inArticle.includes(e.text)), `"The whole article" marks its ${source.evidence.length} evidence sentence(s) in the text of article ${source.articleId}`);
    await page.goBack();
    await page.locator('#list-view').waitFor({ state: 'visible' });
    check(await page.locator('#detail-view').isHidden(), 'back: the list again');
  }

  // The keyboard reaches an incident and opens it.
  await page.goto(`${base}/`);
  await listItems().first().waitFor();
  await settled();
  let reached = false;
  for (let i = 0; i < 150 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('incident-link') ?? false);
  }
  check(reached, 'Tab reaches the first incident in the list');
  if (reached) {
    await page.keyboard.press('Enter');
    await page.locator('#detail .incident').waitFor();
    check(await page.evaluate(() => document.activeElement?.id === 'incident-summary'), 'Enter opens it and moves focus to its summary');
  }

  // The timeline sets the dates.
  await page.goto(`${base}/`);
  await listItems().first().waitFor();
  await settled();
  const months = await api('/api/timeline?interval=month');
  const busy = months.points.findIndex((p) => p.incidents > 0);
  if (busy >= 0) {
    const point = months.points[busy];
    const bars = page.locator('#timeline .period');
    check(await bars.count() === months.points.length, `the timeline has a bar per month (${months.points.length})`);
    await bars.nth(busy).click();
    await page.waitForURL(/from=/);
    await settled();
    const url = new URL(page.url());
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    check(from === `${point.period}-01` && to?.startsWith(point.period), `clicking ${point.period} sets from=${from} to=${to}`);
    const dated = await api(`/api/incidents?from=${from}&to=${to}&pageSize=1`);
    check((await countText()).startsWith(`${dated.totalCount.toLocaleString('en')} incident`), `and the list follows: ${dated.totalCount}: "${await countText()}"`);
    // The same from the keyboard: the last month, End then Enter.
    await page.goto(`${base}/`);
    await listItems().first().waitFor();
    await settled();
    await page.locator('#timeline').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=/);
    const lastMonth = months.points[months.points.length - 1].period;
    check(new URL(page.url()).searchParams.get('from') === `${lastMonth}-01`, `End and Enter on the focused timeline set from=${lastMonth}-01`);
  } else {
    console.log('skip the timeline click: no dated incident in this database');
  }

  // A hostile title is text.
  if (posted) {
    await page.goto(`${base}/?incident=${posted.id}`);
    await page.locator('#detail .source').first().waitFor();
    const titles = await page.locator('#detail h4 a').allInnerTexts();
    check(titles.includes(hostileTitle), 'the title holding <img onerror> shows as those characters');
    check(await page.locator('#detail img, #list img').count() === 0, 'and makes no element');
    check(await page.evaluate(() => window.__xss === undefined), 'and runs nothing');
  }

  // A phone-sized window.
  const phone = await context.newPage();
  phone.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  phone.on('pageerror', (error) => errors.push(error.message));
  await phone.setViewportSize({ width: 390, height: 844 });
  const target = withWords?.id ?? all.items[0].id;
  await phone.goto(`${base}/?incident=${target}`);
  await phone.locator('#detail .incident').waitFor();
  await phone.locator('#map .marker').first().waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `a 390 px window does not scroll sideways (overflow ${overflow} px)`);
  await phone.screenshot({ path: join(artifacts, 'explorer-phone.png'), fullPage: true });

  check(errors.length === 0, `no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  check(outside.length === 0, `no request left the machine${outside.length ? `: ${outside.join(', ')}` : ''}`);
} catch (error) {
  failures.push(error.message);
  console.error(`explorer check stopped: ${error.message}`);
  await page.screenshot({ path: join(artifacts, 'explorer-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await close();
}
console.log(`screenshots in ${artifacts}`);
if (failures.length) console.error(`${failures.length} explorer check(s) failed`);
process.exit(failures.length ? 1 : 0);
