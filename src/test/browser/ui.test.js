// Browser test: what a reader sees in the story report and in the Fuseki query page.
// Usage: node ui.test.js REPORT.html SERVER_URL SCREENSHOT_DIR QUERIES_DIR
// Prints "browser: N passed, M failed" and exits non-zero on any failure.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [reportFile, server, shots, queries] = process.argv.slice(2);
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push([name, null]);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push([name, e]);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const offline = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) offline.push(r.url()); });

  await check('report opens with no network', async () => {
    await page.goto('file://' + path.resolve(reportFile));
    expect((await page.textContent('h1')) === 'Story summary', 'no title');
    expect(offline.length === 0, 'fetched ' + offline.join(', '));
  });

  await check('Kazakhstan arrivals agree, 98,000 to 100,000, three or more independent sources', async () => {
    const group = page.locator('section.claim-group', { hasText: 'Kazakhstan' }).first();
    await group.scrollIntoViewIfNeeded();
    expect(await group.isVisible(), 'group not visible');
    const text = await group.innerText();
    expect(text.includes('98,000–100,000'), 'range missing: ' + text.slice(0, 200));
    expect(await group.locator('.badge.agree').isVisible(), 'no agree badge');
    const independent = parseInt(await group.locator('.independent').innerText(), 10);
    expect(independent >= 3, 'independent sources: ' + independent);
    expect(await group.locator('svg.chart circle').count() >= 3, 'chart has too few values');
    await group.screenshot({ path: path.join(shots, 'report-kazakhstan.png') });
  });

  await check('a claim opens on its sentence', async () => {
    const group = page.locator('section.claim-group', { hasText: 'Kazakhstan' }).first();
    const details = group.locator('table.claims details').first();
    await details.locator('summary').click();
    const sentence = await details.locator('blockquote.sentence').innerText();
    expect(await details.locator('blockquote.sentence').isVisible(), 'sentence hidden');
    expect(sentence.includes('Kazakhstan'), 'sentence: ' + sentence);
  });

  await check("the president's statement shows three or more versions", async () => {
    const statement = page.locator('section.statement').first();
    await statement.scrollIntoViewIfNeeded();
    expect((await statement.locator('h3').innerText()).includes('Tokayev'), 'speaker');
    expect(await statement.locator(':scope > blockquote').count() >= 3, 'versions');
  });

  await check('the timeline shows the mobilisation on 2022-09-21', async () => {
    const item = page.locator('ol.timeline li', { hasText: '2022-09-21' }).first();
    await item.scrollIntoViewIfNeeded();
    expect((await item.innerText()).toLowerCase().includes('mobiliz'), 'label');
    expect(await page.locator('svg.timeline circle').count() >= 3, 'timeline picture');
    await page.screenshot({ path: path.join(shots, 'report-top.png') });
  });

  await check('Fuseki query page runs the corroboration query', async () => {
    await page.goto(server + '/#/dataset/newsgraph/query');
    await page.waitForSelector('.CodeMirror', { timeout: 30000 });
    const q = fs.readFileSync(path.join(queries, 'corroboration.rq'), 'utf8');
    await page.evaluate((q) => document.querySelector('.CodeMirror').CodeMirror.setValue(q), q);
    await page.click('.yasqe_queryButton');
    await page.waitForSelector('.yasr table tbody tr', { timeout: 30000 });
    const first = await page.locator('.yasr table tbody tr').first().innerText();
    expect(first.includes('Kazakhstan'), 'first row: ' + first);
    await page.screenshot({ path: path.join(shots, 'fuseki-corroboration.png') });
  });

  await browser.close();
  const failed = results.filter(([, e]) => e).length;
  console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  console.log('browser: 0 passed, 1 failed');
  process.exit(1);
});
