// People page benchmark (run by `cargo xtask bench`, never as a test):
// theme chip toggle → painted result, end to end (request included), in the
// real app, against a plain-JS page that re-renders the same cards from
// memory, side by side in one headless Chromium run. Prints one JSON line.
import { chromium } from '@playwright/test';

const base = process.env.NANAME_URL;
const css = process.env.NANAME_CSS; // the app's stylesheet path, for a fair baseline
const ROUNDS = Number(process.env.ROUNDS ?? 21);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ baseURL: base, locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
const login = await context.request.post('/api/session', {
  data: { email: 'mentee@example.com', password: 'naname-demo' },
  headers: { 'x-csrf-token': 'login' },
});
if (!login.ok()) throw new Error(`login failed: ${login.status()}`);

// The most held theme, so the filtered result is as large as it gets.
const catalog = await (await context.request.get('/api/themes')).json();
const theme = catalog.categories.flatMap((c) => c.themes).sort((a, b) => b.mentor_count - a.mentor_count)[0];
const mentors = [];
for (let offset = 0; ; offset += 100) {
  const page = await (await context.request.get(`/api/mentors?limit=100&offset=${offset}`)).json();
  mentors.push(...page.items);
  if (mentors.length >= page.total || page.items.length === 0) break;
}

// Measured inside the page: click, wait until the count changes, then one frame for paint.
async function toggleTimes(page, findChip) {
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    times.push(await page.evaluate(async (findChipSrc) => {
      const chip = new Function(`return (${findChipSrc})()`)();
      const count = document.getElementById('mentor-count');
      const before = count.textContent;
      const t0 = performance.now();
      chip.click();
      await new Promise((resolve) => {
        const done = () => count.textContent !== before && !document.querySelector('[aria-busy="true"]');
        if (done()) return resolve();
        const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(); } });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, findChip.toString()));
  }
  return times;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// The app.
const app = await context.newPage();
await app.goto('/people');
await app.locator('article.mentor-card').first().waitFor();
const chipFinder = new Function(`return () => [...document.querySelectorAll('button[aria-pressed]')]
  .find((b) => b.textContent.trim().startsWith(${JSON.stringify(theme.name.ja)}))`)();
const appTimes = await toggleTimes(app, chipFinder);
const cardsInDom = await app.locator('article.mentor-card').count();

// The baseline: every matching card rendered from memory with DOM calls.
const baseline = await context.newPage();
await baseline.route('**/__bench_baseline', (route) => route.fulfill({
  contentType: 'text/html',
  body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="${css}"></head>
<body><button aria-pressed="false" id="chip">${theme.name.ja}</button><p id="mentor-count"></p><div id="cards"></div>
<script>
const mentors = ${JSON.stringify(mentors)};
const themeId = ${theme.id};
const chip = document.getElementById('chip');
function render() {
  const on = chip.getAttribute('aria-pressed') === 'true';
  const list = on ? mentors.filter((m) => m.themes.some((t) => t.theme_id === themeId)) : mentors;
  const root = document.createElement('div');
  for (const m of list) {
    const a = document.createElement('article'); a.className = 'mentor-card';
    const h = document.createElement('h3'); h.textContent = m.person.name; a.append(h);
    const r = document.createElement('p'); r.textContent = m.person.name_reading + ' · ' + m.person.department.name.ja; a.append(r);
    const ul = document.createElement('ul');
    for (const t of m.themes) { const li = document.createElement('li'); li.textContent = t.name.ja; ul.append(li); }
    a.append(ul);
    const p = document.createElement('p'); p.textContent = m.talk_about; a.append(p);
    root.append(a);
  }
  document.getElementById('cards').replaceChildren(root);
  document.getElementById('mentor-count').textContent = list.length + '人';
}
chip.addEventListener('click', () => { chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true')); render(); });
render();
</script></body></html>`,
}));
await baseline.goto('/__bench_baseline');
const baseTimes = await toggleTimes(baseline, () => document.getElementById('chip'));

console.log(JSON.stringify({
  mentors: mentors.length,
  theme: theme.name.en,
  theme_holders: theme.mentor_count,
  app_cards_in_dom: cardsInDom,
  app_median_ms: median(appTimes),
  baseline_median_ms: median(baseTimes),
  app_ms: appTimes.map((t) => Math.round(t * 10) / 10),
  baseline_ms: baseTimes.map((t) => Math.round(t * 10) / 10),
}));
await browser.close();
