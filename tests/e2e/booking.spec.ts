import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  expectNoAxeViolations,
  login,
  mentorsWithSlots,
  MENTEE,
  MENTOR,
  plainEmployees,
  signedIn,
  tabTo,
} from './support';

const MENTOR_ID = 2; // mentor@example.com, 高橋 彩, Asia/Tokyo

/** Opens the request page and shows a week that has a free slot. */
async function openCalendar(page: Page, mentorId: number) {
  await page.goto(`/mentors/${mentorId}/request`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const slots = page.locator('button.slot');
  // The page opens on the first week with a free time once the slots load.
  await expect(slots.first()).toBeVisible({ timeout: 20_000 });
}

/** Fills the request form after a slot was chosen: the first topic, the first response, a theme, a note. */
async function fillRequest(page: Page, note: string) {
  const theme = page.getByRole('group', { name: /テーマ|Theme/ }).getByRole('radio');
  if ((await theme.count()) > 0 && !(await theme.first().isChecked())) await theme.first().check();
  const themeSelect = page.getByRole('combobox', { name: /テーマ|Theme/ });
  if ((await themeSelect.count()) > 0) await themeSelect.selectOption({ index: 1 }).catch(() => undefined);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('group', { name: /どう関わってほしいか|How would you like/i }).getByRole('radio').first().check();
  await page.getByLabel(/メモ|Note/).fill(note);
}

async function review(page: Page) {
  await page.getByRole('button', { name: /^(確認する|Review)/ }).click();
}

async function send(page: Page) {
  await page.getByRole('button', { name: /^(送信する|Send request)/ }).click();
}

test('a mentee books, the mentor accepts, the mentee downloads a valid .ics', async ({ browser }) => {
  const mentee = await (await browser.newContext()).newPage();
  await login(mentee, MENTEE);
  await openCalendar(mentee, MENTOR_ID);
  await expectNoAxeViolations(mentee);
  const slot = mentee.locator('button.slot').first();
  const start = (await slot.getAttribute('data-start'))!;
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  const note = `e2e-accept-${Date.now()}`;
  await fillRequest(mentee, note);
  await expectNoAxeViolations(mentee);
  await review(mentee);
  await expect(mentee.locator('dl').getByText(note)).toBeVisible();
  await send(mentee);
  await expect(mentee).toHaveURL(/\/one-on-ones/);
  const mine = mentee.locator('article.one-on-one', { hasText: note });
  await expect(mine).toContainText(/承認待ち|Awaiting answer/);

  // Without ?as= the page opens on the side with something to act on: the new request.
  const mentor = await signedIn(browser, MENTOR);
  await mentor.goto('/one-on-ones');
  const request = mentor.locator('article.one-on-one', { hasText: note });
  await expect(request).toBeVisible();
  await expect(mentor.getByRole('button', { name: /メンターとして|As mentor/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(mentor).not.toHaveURL(/as=/);
  await expect(request).toContainText('山田 翔太');
  await expectNoAxeViolations(mentor);
  await request.getByRole('button', { name: /^(承認する|Accept)/ }).click();
  await expect(mentor.locator('article.one-on-one', { hasText: note })).toContainText(/確定|Confirmed/);

  await mentee.reload();
  const accepted = mentee.locator('article.one-on-one', { hasText: note });
  await expect(accepted).toContainText(/確定|Confirmed/);
  const ics = accepted.getByRole('link', { name: /カレンダーに追加|Add to calendar/ });
  await expect(ics).toHaveAttribute('download', /.*/);
  const res = await mentee.request.get((await ics.getAttribute('href'))!);
  expect(res.ok()).toBeTruthy();
  expect(res.headers()['content-type']).toContain('text/calendar');
  // A third-party parser reads what we serve.
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  expect(event.startDate.toJSDate().getTime()).toBe(new Date(start).getTime());
  expect(event.endDate.toJSDate().getTime()).toBeGreaterThan(new Date(start).getTime());
  expect(event.uid).toBeTruthy();
  expect(event.summary).toContain('高橋 彩');
  await mentor.context().close();
});

test('two mentees race for one slot: one wins, the other keeps what they typed', async ({ browser }) => {
  const setup = await signedIn(browser, MENTEE);
  const [a, b] = (await plainEmployees(setup.request)).slice(0, 2);
  const target = (await mentorsWithSlots(setup.request)).find((m) => m.id !== MENTOR_ID)!;
  expect(target, 'a mentor with free slots').toBeTruthy();
  await setup.context().close();

  const pageA = await signedIn(browser, a.email);
  const pageB = await signedIn(browser, b.email);
  await openCalendar(pageA, target.id);
  await openCalendar(pageB, target.id);
  const start = (await pageA.locator('button.slot').first().getAttribute('data-start'))!;
  for (const [page, who] of [[pageA, 'a'], [pageB, 'b']] as const) {
    await page.locator(`button.slot[data-start="${start}"]`).click();
    await fillRequest(page, `e2e-race-${who}-${start}`);
    await review(page);
  }
  await send(pageA);
  await expect(pageA).toHaveURL(/\/one-on-ones/);
  await send(pageB);
  await expect(pageB.getByRole('alert')).toContainText(/先ほど埋まりました|just taken/);
  await expect(pageB.getByLabel(/メモ|Note/)).toHaveValue(`e2e-race-b-${start}`);
  await expect(pageB.getByRole('checkbox').first()).toBeChecked();
  await expect(pageB.locator(`button.slot[data-start="${start}"]`)).toHaveCount(0);
  await expectNoAxeViolations(pageB);
  await pageA.context().close();
  await pageB.context().close();
});

test('a whole booking with the keyboard alone', async ({ browser }) => {
  const setup = await signedIn(browser, MENTEE);
  const who = (await plainEmployees(setup.request))[2];
  const targets = (await mentorsWithSlots(setup.request)).filter((m) => m.id !== MENTOR_ID);
  await setup.context().close();
  const target = targets[1] ?? targets[0];
  const page = await signedIn(browser, who.email);
  await openCalendar(page, target.id);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await tabTo(page, 'button.slot');
  const first = await page.evaluate(() => document.activeElement!.getAttribute('data-start'));
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement!.getAttribute('data-start'));
  const slotCount = await page.locator('button.slot').count();
  if (slotCount > 1) expect(second).not.toBe(first);
  await page.keyboard.press('Enter');
  await expect(page.locator(`button.slot[data-start="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
  // Theme (when the mentor offers several), a topic, the response wanted, a note.
  if ((await page.locator('input[name=theme]').count()) > 1) {
    await tabTo(page, 'input[name=theme]');
    await page.keyboard.press('Space');
    await expect(page.locator('input[name=theme]:checked')).toHaveCount(1);
  }
  await tabTo(page, 'input[name=topic]');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name=topic]:checked')).toHaveCount(1);
  await tabTo(page, 'input[name=response]');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name=response]:checked')).toHaveCount(1);
  await tabTo(page, 'textarea');
  const note = `キーボードだけで依頼しました ${Date.now()}`;
  await page.keyboard.type(note);
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[data-act=send]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/one-on-ones/);
  await expect(page.locator('article.one-on-one', { hasText: note })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('a viewer in another time zone sees the same instants at their local times', async ({ browser }) => {
  const fmt = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  const ny = await signedIn(browser, MENTEE, { timezoneId: 'America/New_York', locale: 'en-US' });
  await openCalendar(ny, MENTOR_ID);
  await expect(ny.locator('main')).toContainText('America/New_York');
  const slot = ny.locator('button.slot').first();
  const start = (await slot.getAttribute('data-start'))!;
  const label = (await slot.getAttribute('aria-label')) ?? (await slot.innerText());
  expect(label).toContain(fmt(start, 'America/New_York'));
  expect(label).toContain('America/New_York');
  // The mentor works in Tokyo: their local time is shown too.
  expect(await slot.innerText()).toContain(fmt(start, 'Asia/Tokyo'));

  const tokyo = await signedIn(browser, MENTEE, { timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });
  await tokyo.goto(`/mentors/${MENTOR_ID}/request`);
  const all = await mentorsWithSlots(tokyo.request);
  expect(all.find((m) => m.id === MENTOR_ID)!.slots).toContain(start);
  await ny.context().close();
  await tokyo.context().close();
});

test('a send whose answer is lost: the input stays, "try again" reuses the key, and it books once', async ({ browser }) => {
  const setup = await signedIn(browser, MENTEE);
  const who = (await plainEmployees(setup.request))[3];
  const targets = (await mentorsWithSlots(setup.request)).filter((m) => m.id !== MENTOR_ID);
  await setup.context().close();
  const target = targets[2] ?? targets[0];
  const page = await signedIn(browser, who.email);
  await openCalendar(page, target.id);
  await page.locator('button.slot').first().click();
  const note = `e2e-lost-answer-${Date.now()}`;
  await fillRequest(page, note);
  await review(page);

  // The first send reaches the server, which books, but its answer is lost
  // on the way back; later sends go through.
  const keys: string[] = [];
  await page.route('**/api/one-on-ones', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length === 1) {
      const answer = await route.fetch();
      expect(answer.status()).toBe(201);
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await send(page);
  await expect(page.getByRole('alert')).toContainText(/サーバーに接続できませんでした|Couldn't reach the server/);
  await expect(page.locator('dl').getByText(note)).toBeVisible();
  await page.getByRole('button', { name: /^(再送する|Try again)/ }).click();
  await expect(page).toHaveURL(/\/one-on-ones/);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBeTruthy();
  expect(keys[1]).toBe(keys[0]);
  await expect(page.locator('article.one-on-one', { hasText: note })).toHaveCount(1);
  const mine = await (await page.request.get('/api/one-on-ones?as=mentee')).json();
  expect(mine.filter((o: { note: string }) => o.note === note)).toHaveLength(1);
  await page.context().close();
});
