// Drives Swagger UI in Debian's Chromium: expand GET /api/incidents, Try it out, type=drone, Execute, expect a 200
// with the drone incidents the API itself returns.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const base = process.env.API_BASE_URL ?? 'http://127.0.0.1:5080';
const { page, close } = await launch();
let ok = false;
try {
  page.setDefaultTimeout(20_000);
  await page.goto(`${base}/swagger/index.html`);
  const operation = page.locator('.opblock-get').filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/api\/incidents$/ }) });
  await operation.locator('.opblock-summary').first().click();
  // EnableTryItOutByDefault shows the inputs at once; otherwise the "Try it out" button has to be clicked.
  const tryItOut = operation.locator('button.try-out__btn');
  if (await tryItOut.count() > 0 && /try it out/i.test(await tryItOut.first().innerText())) {
    await tryItOut.first().click();
  }
  // Swagger UI prefills every parameter with its example (format=geojson, the Arabic names, ...): clear them all so
  // the request is type=drone alone.
  for (const row of await operation.locator('tr[data-param-name]').all()) {
    if (await row.getAttribute('data-param-name') === 'type') continue;
    for (const input of await row.locator('input[type="text"], input:not([type])').all()) await input.fill('');
    for (const choice of await row.locator('select').all()) await choice.selectOption('');
  }
  const typeRow = operation.locator('tr[data-param-name="type"]');
  // The row renders its control after the row itself: wait for it, or a count taken too early finds no select and the
  // text-input branch waits in vain for an input an enum never has.
  await typeRow.locator('select, input').first().waitFor();
  const select = typeRow.locator('select');
  if (await select.count() > 0) {
    await select.first().selectOption('drone');
  } else {
    await typeRow.locator('input').first().fill('drone');
  }
  await operation.locator('button.execute').click();
  const live = operation.locator('.live-responses-table .response');
  await live.first().waitFor();
  const status = (await live.first().locator('.response-col_status').innerText()).trim();
  const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
  const url = await operation.locator('.request-url pre').first().innerText().catch(() => '');
  const json = JSON.parse(body);
  const types = (json.items ?? []).map((i) => i.type);
  console.log(`request ${url.trim()} -> ${status}; ${json.totalCount} incidents, types ${[...new Set(types)].join(', ')}`);
  if (status !== '200') throw new Error(`expected 200, got ${status}`);
  if (!url.includes('type=drone')) throw new Error(`request did not carry type=drone: ${url}`);
  if (types.some((t) => t !== 'drone')) throw new Error(`expected drone incidents only, got ${types.join(', ')}`);
  // The UI must show what the API answers directly; with the seed articles that is every drone incident there is.
  const direct = await (await fetch(`${base}/api/incidents?type=drone`)).json();
  if (json.totalCount !== direct.totalCount) throw new Error(`UI shows ${json.totalCount} incidents, API has ${direct.totalCount}`);
  if (direct.totalCount === 0) throw new Error('the seed database has no drone incident: the UI showed an empty list');
  ok = true;
} catch (error) {
  const kept = join(tmpdir(), `swagger-failure-${Date.now()}.png`);
  await page.screenshot({ path: kept, fullPage: true }).catch(() => {});
  console.error(`Swagger UI check failed: ${error.message}; screenshot: ${kept}`);
} finally {
  await close();
}
process.exit(ok ? 0 : 1);
