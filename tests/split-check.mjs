// Split spike check: real Chromium against the reference server.
// 1. sign in, first visit to /people: which files come over the wire (and how many bytes)
// 2. click through to a mentor's request page (client-side navigation): the chunk is fetched, the page renders
// 3. a fresh load of /mentors/2/request directly
import { chromium } from 'playwright';
const base = process.env.BASE ?? 'http://127.0.0.1:18333';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext();
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
let log = [];
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const reqs = new Map();
cdp.on('Network.responseReceived', (e) => reqs.set(e.requestId, { url: e.response.url, enc: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '', type: e.response.mimeType }));
cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) log.push({ ...r, bytes: e.encodedDataLength }); });
const show = (title) => {
  const files = log.filter((r) => !r.url.includes('/api/'));
  const total = files.reduce((a, r) => a + r.bytes, 0);
  console.log(`\n== ${title}: ${files.length} files, ${total} B on the wire (headers incl.)`);
  for (const r of files) console.log(`  ${r.bytes}\t${r.enc || 'identity'}\t${r.type}\t${new URL(r.url).pathname}`);
  const api = log.filter((r) => r.url.includes('/api/'));
  console.log(`  (+ ${api.length} API calls)`);
  log = [];
};
// sign in through the API, then a cold first visit to /people
log = [];
await page.goto(base + '/login', { waitUntil: 'networkidle' });
show('first visit to /login (signed out)');
await page.locator('form').getByLabel(/メールアドレス|Email/i).fill('mentee@example.com');
await page.locator('form').getByLabel(/パスワード|Password/i).fill('naname-demo');
await page.locator('form').getByRole('button', { name: /^(ログイン|Log in|Sign in)$/i }).click();
await page.waitForURL(/\/people/);
log = [];
await page.goto(base + '/people', { waitUntil: 'networkidle' });
await page.locator('h1').waitFor();
console.log('people h1:', await page.locator('h1').innerText());
show('first visit to /people (signed in, cache off)');
// client-side navigation to a request page
const link = page.locator('a[href*="/request"]').first();
console.log('request link:', await link.getAttribute('href'));
await link.click();
await page.waitForURL(/\/request/);
await page.locator('h1').filter({ hasText: /申し込む|Request/ }).waitFor({ timeout: 20000 });
await page.locator('button.slot').first().waitFor({ timeout: 20000 });
await page.waitForLoadState('networkidle');
console.log('request h1:', await page.locator('h1').innerText());
const slots = await page.locator('button.slot').count();
console.log('slot buttons:', slots);
show('navigating /people → request page');
// back to people and again to the request page: no second fetch
await page.goBack();
await page.locator('h1').waitFor();
await page.locator('a[href*="/request"]').first().click();
await page.waitForURL(/\/request/);
await page.locator('h1').filter({ hasText: /申し込む|Request/ }).waitFor({ timeout: 20000 });
await page.waitForLoadState('networkidle');
show('back, then request page again');
// My 1on1s through the shell's navigation (another lazy route)
await page.locator('a[href="/one-on-ones"]').first().click();
await page.waitForURL(/\/one-on-ones/);
await page.waitForLoadState('networkidle');
console.log('one-on-ones h1:', await page.locator('h1').innerText());
show('navigating to My 1on1s');
// direct load of the lazy route
await page.goto(base + '/mentors/2/request', { waitUntil: 'networkidle' });
await page.locator('h1').filter({ hasText: /申し込む|Request/ }).waitFor({ timeout: 20000 });
await page.locator('button.slot').first().waitFor({ timeout: 20000 });
console.log('direct request h1:', await page.locator('h1').innerText(), 'slots:', await page.locator('button.slot').count());
show('direct load of /mentors/2/request');
console.log('\nconsole errors/warnings:', errors.length ? errors : 'none');
await browser.close();
