import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN, MENTEE, expectNoAxeViolations, plainEmployees, signedIn } from './support';

// Each test makes its own mentor out of a plain employee (a theme of its
// own, registered by the admin, approved by them), so the demo mentors the
// booking specs use keep their hours.
const run = Date.now().toString(36);

async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/me')).json()).csrf_token;
}

/** A new mentor in Tokyo: `index` picks a plain employee no other spec uses. */
async function newMentor(browser: Browser, index: number, tag: string) {
  const admin = await signedIn(browser, ADMIN);
  const headers = { 'x-csrf-token': await csrf(admin) };
  const cat = await admin.request.post('/api/admin/theme-categories', { headers, data: { name: { ja: `時間${tag}${run}`, en: `Times ${tag} ${run}` } } });
  expect(cat.status()).toBe(201);
  const theme = await admin.request.post('/api/admin/themes', {
    headers,
    data: { category_id: (await cat.json()).id, name: { ja: `時間テーマ${tag}${run}`, en: `Times theme ${tag} ${run}` }, required_items: [] },
  });
  expect(theme.status()).toBe(201);
  const themeId = (await theme.json()).id;
  const who = (await plainEmployees(admin.request))[index];
  const reg = await admin.request.post(`/api/admin/themes/${themeId}/registrations`, { headers, data: { person_ids: [who.id] } });
  expect(reg.ok()).toBeTruthy();
  await admin.context().close();
  const page = await signedIn(browser, who.email, { timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
  const ok = await page.request.post(`/api/me/mentor-themes/${themeId}/approve`, { headers: { 'x-csrf-token': await csrf(page) }, data: { answers: {} } });
  expect(ok.ok(), await ok.text()).toBeTruthy();
  return { page, who };
}

test('a Tokyo mentor sets only Tuesday 12:00–13:00 with 30-minute 1on1s; a London mentee sees exactly those two slots each Tuesday', async ({ browser }) => {
  const { page, who } = await newMentor(browser, 12, 'a');
  // Before any times: Settings nudges the mentor, and mentees are told why there is no calendar.
  await page.goto('/settings/themes');
  await expect(page.getByText('承認済みのテーマがありますが、1on1の希望時間がまだありません。', { exact: false })).toBeVisible();
  const before = await signedIn(browser, MENTEE);
  await before.goto(`/mentors/${who.id}/request`);
  await expect(before.getByText('このメンターはまだ1on1の希望時間を設定していません。', { exact: false })).toBeVisible();
  const card = await (await before.request.get(`/api/mentors?limit=100&q=${encodeURIComponent(who.name)}`)).json();
  expect(card.next_free.find((n: { mentor_id: number }) => n.mentor_id === who.id)).toMatchObject({ start: null, no_times: true });
  await before.context().close();
  await page.getByRole('link', { name: '希望時間を設定する' }).click();
  await expect(page).toHaveURL(/\/settings\/times$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1on1の希望時間');
  await expect(page.getByText('まだ希望時間がありません。')).toBeVisible();
  // Never saved: the zone is the browser's, with its offset.
  await expect(page.getByLabel('タイムゾーン')).toHaveValue('Asia/Tokyo');
  await expect(page.getByText('現在：日本時間（GMT+9）')).toBeVisible();

  // The keyboard alone: turn Tuesday on, type the times, save.
  const tuesday = page.getByRole('region', { name: '火曜日' });
  await tuesday.getByRole('checkbox', { name: '火曜日に受け付ける' }).focus();
  await page.keyboard.press('Space');
  const from = tuesday.getByLabel('開始');
  await expect(from).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('１２：００');
  await page.keyboard.press('Tab');
  await expect(tuesday.getByLabel('終了')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('13:00');
  await page.getByLabel('1回の長さ（分）').fill('30');
  await page.getByLabel('申込の締め切り（開始の何時間・何日前まで）').fill('1');
  await page.getByLabel('何日先まで申し込めるか（日）').fill('28');
  await expect(page.getByText('保存していない変更があります')).toBeVisible();
  await page.getByLabel('何日先まで申し込めるか（日）').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expect(page.getByText('保存していない変更があります')).toHaveCount(0);
  await page.reload();
  await expect(tuesday.getByLabel('開始')).toHaveValue('12:00');

  const london = await signedIn(browser, MENTEE, { timezoneId: 'Europe/London' });
  // Past the day's notice and inside the 28 days: every Tuesday there is whole.
  const from_ = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  const to = new Date(Date.now() + 26 * 24 * 3600 * 1000);
  const iso = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');
  const res = await london.request.get(`/api/mentors/${who.id}/slots?from=${iso(from_)}&to=${iso(to)}`);
  const slots: { start: string }[] = (await res.json()).slots;
  expect(slots.length, JSON.stringify(slots.map((s) => s.start))).toBeGreaterThanOrEqual(4);
  const byDay = new Map<string, string[]>();
  for (const s of slots) {
    const d = new Date(s.start);
    // Tuesday 12:00 and 12:30 in Tokyo are Tuesday 03:00 and 03:30 in London in winter.
    expect(d.getUTCDay()).toBe(2);
    const day = s.start.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), s.start.slice(11, 16)]);
  }
  // Only those two times ever (a Tuesday may miss one the person is busy at, e.g. their own 1on1).
  for (const [, times] of byDay) expect(['03:00', '03:30'].filter((t) => times.includes(t))).toEqual(times);
  expect([...byDay.values()].filter((t) => t.length === 2).length).toBeGreaterThanOrEqual(2);
  await london.goto(`/mentors/${who.id}/request`);
  const buttons = london.locator('button.slot');
  await expect(buttons.first()).toBeVisible({ timeout: 20_000 });
  // The calendar opens in the mentee's profile zone; on London's clock they read 03:00 and 03:30.
  await london.getByLabel(/表示するタイムゾーン|Time zone/).selectOption('Europe/London');
  await expect(buttons.first()).toContainText(/03:[03]0/);
  for (const start of await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-start') ?? ''))) {
    expect(new Date(start).getUTCDay()).toBe(2);
    expect(['03:00', '03:30']).toContain(new Date(start).toISOString().slice(11, 16));
  }
});

test('overlapping and unreadable times are errors at their rows, and nothing is saved until they are fixed', async ({ browser }) => {
  const { page } = await newMentor(browser, 13, 'b');
  await page.goto('/settings/times');
  const tuesday = page.getByRole('region', { name: '火曜日' });
  await tuesday.getByRole('checkbox', { name: '火曜日に受け付ける' }).check();
  await tuesday.getByRole('button', { name: '火曜日に時間帯を追加' }).click();
  const second = tuesday.getByRole('group', { name: '火曜日の2つ目の時間帯' });
  await expect(second.getByLabel('開始')).toBeFocused();
  await expect(second.getByLabel('開始')).toHaveValue('13:00');
  await second.getByLabel('開始').fill('12:30');
  await page.getByRole('button', { name: '希望時間を保存' }).click();
  const first = tuesday.getByRole('group', { name: '火曜日の1つ目の時間帯' });
  await expect(first.getByLabel('開始')).toBeFocused();
  for (const row of [first, second]) {
    await expect(row.getByLabel('開始')).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByText('この曜日のほかの時間帯と重なっています。')).toBeVisible();
  }
  await second.getByLabel('開始').fill('25:00');
  await page.getByRole('button', { name: '希望時間を保存' }).click();
  await expect(second.getByText('9:00 や 17:30 のように入力してください（24:00は終了のみ）。')).toBeVisible();
  expect((await (await page.request.get('/api/me/availability')).json()).weekly).toEqual([]);
  await second.getByLabel('開始').fill('23:00');
  await second.getByLabel('終了').fill('24:00');
  await page.getByRole('button', { name: '希望時間を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  const saved = (await (await page.request.get('/api/me/availability')).json()).weekly;
  expect(saved).toEqual([
    { weekday: 2, start_minute: 720, end_minute: 780 },
    { weekday: 2, start_minute: 1380, end_minute: 1440 },
  ]);
  // Copy Tuesday to Thursday, save, and the server has both days.
  await tuesday.getByRole('button', { name: 'ほかの曜日にコピー' }).click();
  await tuesday.getByRole('checkbox', { name: '木曜日' }).check();
  await tuesday.getByRole('button', { name: 'コピーする' }).click();
  await expect(page.getByRole('region', { name: '木曜日' }).getByLabel('開始')).toHaveCount(2);
  await page.getByRole('button', { name: '希望時間を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  expect((await (await page.request.get('/api/me/availability')).json()).weekly).toHaveLength(4);
});

test('a save from a second tab that loaded the old times is caught: reload or overwrite', async ({ browser }) => {
  const { page, who } = await newMentor(browser, 14, 'c');
  const other = await page.context().newPage();
  await page.goto('/settings/times');
  await other.goto('/settings/times');
  await page.getByRole('region', { name: '月曜日' }).getByRole('checkbox').check();
  await page.getByRole('button', { name: '希望時間を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();

  await other.getByRole('region', { name: '金曜日' }).getByRole('checkbox').check();
  await other.getByRole('button', { name: '希望時間を保存' }).click();
  const alert = other.getByRole('alert').filter({ hasText: 'ほかのタブや端末で希望時間が変更されました。' });
  await expect(alert).toBeVisible();
  // Nothing of the stale tab was applied.
  expect((await (await other.request.get('/api/me/availability')).json()).weekly.map((w: any) => w.weekday)).toEqual([1]);
  await alert.getByRole('button', { name: '読み込み直す' }).click();
  await expect(other.getByRole('region', { name: '月曜日' }).getByRole('checkbox')).toBeChecked();
  await expect(other.getByRole('region', { name: '金曜日' }).getByRole('checkbox')).not.toBeChecked();
  expect(who.id).toBeGreaterThan(3);
});

test('someone who is not a mentor is told how to become one; the editor is axe-clean and fits at 360 px in ja and en', async ({ browser }) => {
  const mentee = await signedIn(browser, MENTEE);
  await mentee.goto('/settings/times');
  await expect(mentee.getByRole('heading', { name: 'メンターになると、ここで希望時間を設定できます' })).toBeVisible();
  await expect(mentee.getByRole('link', { name: 'わたしのメンターテーマへ' })).toHaveAttribute('href', '/settings/themes');
  await expectNoAxeViolations(mentee);

  const { page } = await newMentor(browser, 15, 'd');
  // Leaving with unsaved changes asks first (accepted here, to move on).
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  for (const lang of ['ja', 'en']) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
      await page.goto('/settings/times');
      await page.locator('.times-day input[type=checkbox]').nth(1).check();
      await page.locator('.times-input').first().fill('99');
      await page.locator('button[type=submit]').click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
  await page.goto('/people');
  expect(asked).toContain('beforeunload');
});
