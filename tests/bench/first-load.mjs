// First load benchmark (run by `cargo xtask bench`, never as a test): a
// signed-in first visit to /people, from navigation until the first mentor
// card is painted, on the network and CPU of DESIGN.md §6, cache off. Runs
// compressed (as a browser asks: br, gzip) and uncompressed (identity)
// alternately in one Chromium, so both medians see the same machine state.
// Prints one JSON line.
import os from 'node:os';
import { chromium } from '@playwright/test';

const base = process.env.NANAME_URL;
const RUNS = Number(process.env.RUNS ?? 5);
// 10 Mbit/s both ways (bytes per second) and 40 ms latency, as CDP takes them.
const NETWORK = { offline: false, latency: 40, downloadThroughput: 1.25e6, uploadThroughput: 1.25e6 };
const CPU_SLOWDOWN = 4;
// The root of MentorCard (src/components/mentor_card.rs).
const CARD = 'article.mentor-card';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ baseURL: base, locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
// Signed in beforehand through the API: the cookie lands in the context's
// jar, so the measured navigation is the visit alone.
const login = await context.request.post('/api/session', {
  data: { email: 'mentee@example.com', password: 'naname-demo' },
  headers: { 'x-csrf-token': 'login' },
});
if (!login.ok()) throw new Error(`login failed: ${login.status()}`);

// In the page from its first script on: the time (since navigation start)
// of the frame after the first card is in the DOM with a size.
function watchFirstCard(selector) {
  const shown = () => {
    const card = document.querySelector(selector);
    return card && card.getBoundingClientRect().height > 0;
  };
  const obs = new MutationObserver(() => {
    if (!shown()) return;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstCardMs = performance.now(); }, 0));
  });
  obs.observe(document, { subtree: true, childList: true, attributes: true });
}

const header = (headers, name) =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? 'identity';

async function visit(compressed) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (!compressed) {
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  }
  const responses = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    responses.set(requestId, {
      path: new URL(response.url).pathname,
      encoding: header(response.headers, 'content-encoding'),
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = responses.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  await page.addInitScript(watchFirstCard, CARD);
  await page.goto('/people');
  await page.waitForFunction(() => window.__firstCardMs !== undefined, null, { timeout: 120_000 });
  const { ms, phases } = await page.evaluate(phasesOfLoad);
  await page.close();
  return { ms, phases, responses: [...responses.values()] };
}

// Where the time went: when the HTML, the wasm and the last API answer
// before the card had arrived (Resource Timing, ms since navigation start).
function phasesOfLoad() {
  const ms = window.__firstCardMs;
  const resources = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= ms);
  const last = (re) => Math.max(0, ...resources.filter((e) => re.test(new URL(e.name).pathname)).map((e) => e.responseEnd));
  return {
    ms,
    phases: {
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      wasm: last(/\.wasm$/),
      api: last(/^\/api\//),
    },
  };
}

// The app's own files must arrive as the mode says, or the comparison is void.
function checkEncodings(run, compressed) {
  const files = run.responses.filter((r) => r.path === '/people' || /\.(js|wasm|css)$/.test(r.path));
  const wrong = files.filter((r) => (r.encoding === 'identity') === compressed);
  if (files.length < 4 || wrong.length > 0) {
    throw new Error(`${compressed ? 'compressed' : 'identity'} run: ${JSON.stringify(run.responses)}`);
  }
  return Object.fromEntries(files.map((r) => [r.path, r.encoding]));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kib = (run) => Math.round(run.responses.reduce((n, r) => n + r.bytes, 0) / 102.4) / 10;

// One untimed visit first: Chromium's first page pays for process start-up.
await visit(true);
const runs = { compressed: [], identity: [] };
for (let i = 0; i < RUNS; i++) {
  runs.compressed.push(await visit(true));
  runs.identity.push(await visit(false));
}
const encodings = {
  compressed: checkEncodings(runs.compressed[0], true),
  identity: checkEncodings(runs.identity[0], false),
};
runs.compressed.forEach((r) => checkEncodings(r, true));
runs.identity.forEach((r) => checkEncodings(r, false));

const ms = (list) => list.map((r) => Math.round(r.ms));
const phaseMedians = (list) =>
  Object.fromEntries(Object.keys(list[0].phases).map((k) => [k, Math.round(median(list.map((r) => r.phases[k])))]));
console.log(JSON.stringify({
  runs: RUNS,
  compressed_median_ms: median(runs.compressed.map((r) => r.ms)),
  identity_median_ms: median(runs.identity.map((r) => r.ms)),
  compressed_ms: ms(runs.compressed),
  identity_ms: ms(runs.identity),
  // Medians of when the HTML, the wasm and the last API answer had arrived.
  compressed_phases_ms: phaseMedians(runs.compressed),
  identity_phases_ms: phaseMedians(runs.identity),
  // Everything the page fetched (headers included), as Chromium counted it.
  compressed_transfer_kib: kib(runs.compressed[0]),
  identity_transfer_kib: kib(runs.identity[0]),
  encodings,
  // The CPU is throttled relative to the host: other work on it shows here.
  load_average: os.loadavg().map((l) => Math.round(l * 100) / 100),
}));
await browser.close();
