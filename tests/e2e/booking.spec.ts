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

/**
 * After a send the page shows a confirmation card (it no longer jumps to My
 * 1on1s); its "My 1on1s" link goes there.
 */
async function toMine(page: Page) {
  const card = page.locator('.sent-card');
  await expect(card.getByRole('heading', { name: /申し込みを送信しました|Request sent/ })).toBeFocused();
  await card.getByRole('link', { name: /わたしの1on1|My 1on1s/ }).click();
  await expect(page).toHaveURL(/\/one-on-ones/);
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
  // The confirmation: who, when, what happens next, and a tentative hold.
  const card = mentee.locator('.sent-card');
  await expect(card).toContainText('高橋 彩');
  await expect(card).toContainText(/開始時刻までに返事がない申し込みは/);
  await expect(card.getByRole('link', { name: /仮押さえ|tentative hold/ })).toHaveAttribute('download', /.*/);
  await expectNoAxeViolations(mentee);
  await toMine(mentee);
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
  await toMine(pageA);
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
  // Focus lands on the confirmation; its first link is My 1on1s.
  await expect(page.locator('#sent-title')).toBeFocused();
  await tabTo(page, '.sent-card a');
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
  // The calendar opens in the mentee's profile zone (Tokyo), with this
  // device's zone one choice away, each named as people name them.
  const picker = ny.getByLabel(/表示するタイムゾーン|Time zone/);
  await expect(picker).toHaveValue('Asia/Tokyo');
  await expect(picker.locator('option[value="Asia/Tokyo"]')).toHaveText(/^Japan time \(GMT\+9\) — your profile/);
  await expect(picker.locator('option[value="America/New_York"]')).toHaveText(/^New York time \(GMT−[45]\) — this device/);
  const first = ny.locator('button.slot').first();
  const start = (await first.getAttribute('data-start'))!;
  expect(await first.getAttribute('aria-label')).toContain(fmt(start, 'Asia/Tokyo'));

  // Picking New York moves every time on the page to New York's clock.
  await picker.selectOption('America/New_York');
  await expect(ny.locator('button.slot').first()).toBeVisible();
  // Humane zone words instead of the IANA id (the test asserted
  // 'America/New_York' before; the id now stays the picker's value).
  await expect(ny.locator('main')).toContainText(/New York time \(GMT−[45]\)/);
  const slot = ny.locator(`button.slot[data-start="${start}"]`);
  const label = (await slot.getAttribute('aria-label')) ?? (await slot.innerText());
  expect(label).toContain(fmt(start, 'America/New_York'));
  expect(label).toMatch(/New York time \(GMT−[45]\)/);
  // The mentor works in Tokyo: their local time is shown too, labelled as theirs.
  expect(await slot.innerText()).toContain(fmt(start, 'Asia/Tokyo'));
  expect(await slot.innerText()).toMatch(/Mentor/);
  expect(label).toMatch(/mentor's local time .*Japan time \(GMT\+9\)/);
  await slot.click();
  await expect(ny.locator('.chosen-slot')).toContainText(/New York time .*Mentor's local time: .*Japan time/);
  await expectNoAxeViolations(ny);

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
  await toMine(page);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBeTruthy();
  expect(keys[1]).toBe(keys[0]);
  await expect(page.locator('article.one-on-one', { hasText: note })).toHaveCount(1);
  const mine = await (await page.request.get('/api/one-on-ones?as=mentee')).json();
  expect(mine.filter((o: { note: string }) => o.note === note)).toHaveLength(1);
  await page.context().close();
});

test('the week reads at a glance: today, past days, the slot length, folded weekends, the locale\'s week', async ({ browser }) => {
  for (const [locale, timezoneId, firstDay, date] of [
    ['en-GB', 'Europe/London', 'Mon', /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+,/],
    ['en-US', 'America/New_York', 'Sun', /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2},/],
  ] as const) {
    const page = await signedIn(browser, MENTEE, { locale, timezoneId });
    await page.goto(`/mentors/${MENTOR_ID}/request`);
    await expect(page.locator('.cal-day').first()).toBeVisible({ timeout: 20_000 });
    // The week starts on the locale's first day: Monday in Britain, Sunday in the US.
    await expect(page.locator('.cal-day .cal-wd').first()).toHaveText(firstDay);
    await expect(page.locator('.cal-length')).toHaveText('30 min');
    // "First free time" and ‹ week ›, not a segmented control.
    await expect(page.getByRole('button', { name: 'Previous week' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next week' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'First free time' })).toBeVisible();
    const slot = page.locator('button.slot').first();
    await expect(slot).toBeVisible({ timeout: 20_000 });
    expect(await slot.getAttribute('aria-label')).toMatch(date);
    // Going back to this week: today is marked and the days before it are closed.
    while (await page.getByRole('button', { name: 'Previous week' }).isEnabled()) {
      await page.getByRole('button', { name: 'Previous week' }).click();
    }
    await expect(page.locator('.cal-day.is-today')).toHaveCount(1);
    await expect(page.locator('.cal-day.is-today .cal-today')).toHaveText('Today');
    const todayIndex = await page.locator('.cal-day').evaluateAll((days) => days.findIndex((d) => d.classList.contains('is-today')));
    await expect(page.locator('.cal-day.is-past')).toHaveCount(todayIndex);
    for (const past of await page.locator('.cal-day.is-past:not(:has(button.slot))').all()) {
      await expect(past.locator('.cal-none')).toHaveText('Past');
    }
    // The mentor has no weekend hours: an empty weekend day folds narrow.
    const widths = await page.locator('.cal-day').evaluateAll((days) =>
      days.map((d) => ({ w: d.getBoundingClientRect().width, folded: d.classList.contains('is-collapsed') })),
    );
    const folded = widths.filter((d) => d.folded);
    expect(folded.length).toBeGreaterThan(0);
    for (const f of folded) expect(f.w).toBeLessThan(Math.min(...widths.filter((d) => !d.folded).map((d) => d.w)) / 2);
    await expectNoAxeViolations(page);
    await page.context().close();
  }
});

test('on a phone: a day strip with dots, then that day\'s times', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE, { viewport: { width: 360, height: 740 } });
  await openCalendar(page, MENTOR_ID);
  const strip = page.getByRole('group', { name: '日付を選ぶ' });
  await expect(strip).toBeVisible();
  const days = strip.getByRole('button');
  await expect(days).toHaveCount(7);
  // Only the day chosen in the strip has its times on screen.
  const visibleDays = await page.locator('.cal-day').evaluateAll((ds) => ds.filter((d) => d.getBoundingClientRect().height > 0).length);
  expect(visibleDays).toBe(1);
  const pressed = strip.locator('[aria-pressed="true"]');
  await expect(pressed).toHaveAttribute('aria-label', /空き\d+件/);
  await expect(pressed.locator('.cal-dot.is-on')).toHaveCount(1);
  // Another day with times, tapped, shows its times instead.
  const withTimes = strip.locator('button:has(.cal-dot.is-on)');
  if ((await withTimes.count()) > 1) {
    const other = withTimes.nth(1);
    await other.click();
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.cal-day.is-shown button.slot').first()).toBeVisible();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'nothing wider than the phone').toBe(false);
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('topics: recommended first, the rest collapsed, no more than fit the slot', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  await openCalendar(page, MENTOR_ID);
  await page.locator('button.slot').first().click();
  // 高橋 彩's slots are 30 minutes: three topics fit.
  await expect(page.getByRole('group', { name: '話したいこと（1〜3個）' })).toBeVisible();
  const recommended = page.getByRole('group', { name: 'おすすめの話題' }).getByRole('checkbox');
  expect(await recommended.count()).toBeGreaterThan(3);
  for (let i = 0; i < 3; i++) await recommended.nth(i).check();
  await expect(page.locator('#topics-count')).toContainText('3 / 3個を選択中');
  await expect(recommended.nth(3)).toBeDisabled();
  // A collapsed category: its topics are out of sight until opened, and full too.
  const category = page.locator('details.topic-more').first();
  await expect(category).not.toHaveAttribute('open', /.*/);
  await expect(category.getByRole('checkbox').first()).toBeHidden();
  await category.locator('summary').click();
  await expect(category.getByRole('checkbox').first()).toBeDisabled();
  await recommended.nth(0).uncheck();
  await category.getByRole('checkbox').first().check();
  await expect(category.locator('summary')).toContainText('1個選択中');
  // The server holds the same line: four topics for 30 minutes are refused.
  const slot = (await page.locator('button.slot[aria-pressed="true"]').getAttribute('data-start'))!;
  const me = await (await page.request.get('/api/me')).json();
  const held = (await (await page.request.get(`/api/mentors/${MENTOR_ID}`)).json()).themes[0].theme_id;
  const res = await page.request.post('/api/one-on-ones', {
    data: { mentor_id: MENTOR_ID, start: slot, theme_id: held, topic_ids: [2, 3, 6, 9], response_id: 1 },
    headers: { 'x-csrf-token': me.csrf_token },
  });
  expect(res.status()).toBe(422);
  const problem = await res.json();
  expect(problem.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toContain('topic_ids:too_many');
  await page.context().close();
});

test('the request page repeats what the mentor can talk about and the chosen theme\'s answers', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  await openCalendar(page, MENTOR_ID);
  const summary = page.locator('.mentor-summary');
  await expect(summary.getByRole('heading', { name: '話せること' })).toBeVisible();
  await page.locator('button.slot').first().click();
  await page.getByRole('group', { name: /テーマ/ }).getByRole('radio', { name: '育休・産休取得' }).check();
  await expect(summary.getByRole('heading', { name: '「育休・産休取得」について' })).toBeVisible();
  await expect(summary.locator('.theme-answers dt').first()).toBeVisible();
  await page.context().close();
});

test('a validation summary lists the fields as links and clears itself', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  await openCalendar(page, MENTOR_ID);
  await page.locator('button.slot').first().click();
  await review(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['テーマを選んでください。', '話したいことを1つ以上選んでください。', 'どう関わってほしいかを選んでください。']);
  await expectNoAxeViolations(page);
  // A link takes focus to its field.
  await links.nth(1).click();
  await expect(page.locator('input[name=topic]').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(links).toHaveCount(2);
  await page.getByRole('group', { name: /テーマ/ }).getByRole('radio').first().check();
  await page.getByRole('group', { name: /どう関わってほしいか/ }).getByRole('radio').first().check();
  await expect(summary).toHaveCount(0);
  await review(page);
  await expect(page.getByRole('heading', { name: /申し込み内容の確認/ })).toBeFocused();
  await page.context().close();
});

test('an unknown mentor says so, with the way back to People', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  await page.goto('/mentors/999999/request');
  await expect(page.getByText('このメンターが見つかりませんでした')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'ピープルに戻る' }).last()).toHaveAttribute('href', /\/people/);
  await expect(page.getByRole('button', { name: /もう一度試す/ })).toHaveCount(0);
  // No aria-labelledby points at nothing.
  const dangling = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-labelledby]')].flatMap((el) =>
      el.getAttribute('aria-labelledby')!.split(/\s+/).filter((id) => !document.getElementById(id)),
    ),
  );
  expect(dangling).toEqual([]);
  await expect(page.locator('button.slot')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('the confirmation card\'s tentative hold is a calendar file', async ({ browser }) => {
  const setup = await signedIn(browser, MENTEE);
  const who = (await plainEmployees(setup.request))[4];
  const targets = (await mentorsWithSlots(setup.request)).filter((m) => m.id !== MENTOR_ID);
  await setup.context().close();
  const target = targets[3] ?? targets[0];
  const page = await signedIn(browser, who.email);
  await openCalendar(page, target.id);
  const start = (await page.locator('button.slot').first().getAttribute('data-start'))!;
  await page.locator('button.slot').first().click();
  await fillRequest(page, `e2e-hold-${Date.now()}`);
  await review(page);
  await send(page);
  const hold = page.locator('.sent-card').getByRole('link', { name: /仮押さえ|tentative hold/ });
  await expect(hold).toHaveAttribute('download', /.*/);
  const res = await page.request.get((await hold.getAttribute('href'))!);
  expect(res.status(), 'a requested 1on1 has a calendar file (STATUS:TENTATIVE)').toBe(200);
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  const event = cal.getFirstSubcomponent('vevent')!;
  expect(event.getFirstPropertyValue('status')).toBe('TENTATIVE');
  expect(new ICAL.Event(event).startDate.toJSDate().getTime()).toBe(new Date(start).getTime());
  await page.context().close();
});
