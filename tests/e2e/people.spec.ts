import { expect, test } from '@playwright/test';
import { allMentors, escapeRegExp, expectNoAxeViolations, login, MENTEE, themeByName } from './support';

const CAREER = 'キャリア入社（1〜3年）';
const LEAVE = '育休・産休取得';

test('a mentee filters mentors by two themes, reloads, switches to English and logs out', async ({ page }) => {
  await login(page, MENTEE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/People|ピープル|メンバー|社員/);

  const career = await themeByName(page.request, CAREER);
  const leave = await themeByName(page.request, LEAVE);
  const expected = (await allMentors(page.request))
    .filter((m) => [career.id, leave.id].every((id) => m.themes.some((t) => t.theme_id === id)))
    .map((m) => m.person.name)
    .sort();
  expect(expected.length, 'the demo data has mentors holding both themes').toBeGreaterThanOrEqual(2);

  const chip = (name: string) => page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) });
  await chip(CAREER).click();
  await expect(chip(CAREER)).toHaveAttribute('aria-pressed', 'true');
  await chip(LEAVE).click();
  await expect(chip(LEAVE)).toHaveAttribute('aria-pressed', 'true');

  const count = page.locator('#mentor-count');
  await expect(count).toContainText(String(expected.length));
  const names = page.locator('article.mentor-card h3');
  await expect(names).toHaveCount(expected.length);
  const shown = async () => (await names.allInnerTexts()).map((n) => n.split('\n')[0].trim()).sort();
  for (const n of await shown()) expect(expected.some((e) => n.includes(e))).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`theme=${career.id}`));
  await expect(page).toHaveURL(new RegExp(`theme=${leave.id}`));

  await page.reload();
  await expect(chip(CAREER)).toHaveAttribute('aria-pressed', 'true');
  await expect(chip(LEAVE)).toHaveAttribute('aria-pressed', 'true');
  await expect(names).toHaveCount(expected.length);
  await expect(count).toContainText(String(expected.length));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(career.name.en)}`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(names).toHaveCount(expected.length);

  await page.getByRole('button', { name: /^Account/ }).click();
  await page.getByRole('button', { name: /^(Log out|Sign out)$/i }).click();
  await expect(page).toHaveURL(/\/login/);
  // The session is really gone on the server, not only in the app.
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a filter no mentor matches says so and offers a way out', async ({ page }) => {
  await login(page, MENTEE);
  const all = await allMentors(page.request);
  const catalog = await (await page.request.get('/api/themes')).json();
  const themes: { id: number; name: { ja: string } }[] = catalog.categories.flatMap((c: any) => c.themes);
  // Find two themes that every mentor lacks together, from the data itself.
  let pair: [typeof themes[0], typeof themes[0]] | undefined;
  for (const a of themes)
    for (const b of themes)
      if (!pair && a.id < b.id && all.some((m) => m.themes.some((t) => t.theme_id === a.id)) &&
        all.some((m) => m.themes.some((t) => t.theme_id === b.id)) &&
        !all.some((m) => [a.id, b.id].every((id) => m.themes.some((t) => t.theme_id === id))))
        pair = [a, b];
  expect(pair, 'two held themes that nobody holds together').toBeTruthy();
  await page.goto(`/people?theme=${pair![0].id}&theme=${pair![1].id}`);
  await expect(page.locator('#mentor-count')).toContainText('0');
  await expect(page.locator('article.mentor-card')).toHaveCount(0);
  const clear = page.getByRole('button', { name: /すべて解除|条件をクリア|クリア|Clear/ }).first();
  await clear.click();
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  await expect(page).not.toHaveURL(/theme=/);
});

test('colleague search finds a person by reading typed in katakana', async ({ page }) => {
  await login(page, MENTEE);
  const people = await (await page.request.get('/api/people?limit=5')).json();
  const someone = people.items[0];
  const katakana = someone.name_reading
    .split(' ')[0]
    .replace(/[\u3041-\u3096]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  await page.getByRole('searchbox', { name: /よみ|reading/i }).fill(katakana);
  await expect(page.getByText(someone.name, { exact: false }).first()).toBeVisible();
});

test('login and People pages have no axe violations in Japanese and English', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await login(page, MENTEE);
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
});

test('at phone width nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, MENTEE);
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('"show more" moves focus to the first new entry, also when it was the last page', async ({ page }) => {
  await login(page, MENTEE);
  const colleagues = page.locator('section.colleagues');
  const rows = colleagues.locator('ul.people-list > li');
  await expect(rows).toHaveCount(20);
  const twentyFirst = (await (await page.request.get('/api/people?offset=20&limit=1')).json()).items[0];
  await colleagues.getByRole('button', { name: 'さらに表示' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(40);
  await expect(rows.nth(20)).toBeFocused();
  await expect(rows.nth(20)).toContainText(twentyFirst.name);

  // 27 mentors, 24 a page: the second page is the last, and the button goes.
  const mentors = page.locator('section.mentor-corner');
  const cards = mentors.locator('.card-grid > article');
  await expect(cards).toHaveCount(24);
  // Other specs make mentors beside this one (a shared database): the list
  // holds every mentor there was when it loaded its last page.
  const totalBefore = (await (await page.request.get('/api/mentors?limit=1')).json()).total;
  await mentors.getByRole('button', { name: 'さらに表示' }).click();
  await expect(mentors.getByRole('button', { name: 'さらに表示' })).toHaveCount(0);
  const totalAfter = (await (await page.request.get('/api/mentors?limit=1')).json()).total;
  const shown = await cards.count();
  expect(shown).toBeGreaterThanOrEqual(totalBefore);
  expect(shown).toBeLessThanOrEqual(totalAfter);
  await expect(cards.nth(24)).toBeFocused();
});

/** The count a chip shows ("7人" → 7), or null when it shows none. */
async function chipCount(chip: import('@playwright/test').Locator): Promise<number | null> {
  const counts = chip.locator('.chip-count');
  if ((await counts.count()) === 0) return null;
  return Number((await counts.innerText()).replace(/\D/g, ''));
}

async function total(request: import('@playwright/test').APIRequestContext, themes: number[]): Promise<number> {
  const res = await request.get(`/api/mentors?limit=1${themes.map((t) => `&theme=${t}`).join('')}`);
  expect(res.ok()).toBeTruthy();
  return (await res.json()).total;
}

test('theme chips count the mentors each would leave, and a chip that would leave nobody is disabled', async ({ page }) => {
  await login(page, MENTEE);
  const career = await themeByName(page.request, CAREER);
  const filter = page.locator('.theme-filter');
  await filter.locator('.theme-quick').getByRole('button', { name: new RegExp(`^${escapeRegExp(CAREER)}`) }).click();
  await expect(page.locator('#mentor-count')).toContainText(String(await total(page.request, [career.id])));

  // Every theme, from the "all themes" list: its count is what the list says with it added.
  await filter.getByRole('button', { name: /すべてのテーマ/ }).click();
  const sheet = page.locator('dialog.theme-sheet');
  await expect(sheet).toBeVisible();
  const options = sheet.locator('.theme-option');
  const catalog = await (await page.request.get('/api/themes')).json();
  const themes: { id: number; name: { ja: string } }[] = catalog.categories.flatMap((c: any) => c.themes);
  await expect(options).toHaveCount(themes.length);
  let disabled = 0;
  for (const theme of themes) {
    const chip = sheet.getByRole('button', { name: new RegExp(`^${escapeRegExp(theme.name.ja)}`) });
    const expected = await total(page.request, theme.id === career.id ? [career.id] : [career.id, theme.id]);
    await expect.poll(() => chipCount(chip), theme.name.ja).toBe(expected);
    if (expected === 0) {
      await expect(chip, `${theme.name.ja} leaves nobody`).toBeDisabled();
      disabled++;
    } else {
      await expect(chip).toBeEnabled();
    }
  }
  expect(disabled, 'some themes nobody with this one also holds').toBeGreaterThan(0);
  // Pressing a disabled chip changes nothing.
  const url = page.url();
  await sheet.locator('.theme-option .chip[disabled]').first().click({ force: true });
  await expect(page).toHaveURL(url);

  // An enabled chip narrows the list to its count.
  const enabled = sheet.locator('.theme-option .chip:not([disabled])[aria-pressed="false"]').first();
  const expected = await chipCount(enabled);
  await enabled.click();
  await expect(page.locator('#mentor-count')).toContainText(String(expected));
  await expect(page.locator('article.mentor-card')).toHaveCount(Math.min(expected!, 24));

  // Descriptions are on screen in the list, and each chip is described by its own.
  const first = themes[0];
  const chip = sheet.getByRole('button', { name: new RegExp(`^${escapeRegExp(first.name.ja)}`) });
  const describedBy = await chip.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toBeVisible();
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText((first as any).description.ja);
  await expectNoAxeViolations(page);

  // Deep in the open list, the way back to the results stays in the window,
  // and it closes the list and lands on the count.
  await options.last().scrollIntoViewIfNeeded();
  const show = sheet.getByRole('button', { name: `該当するメンター ${expected}人 – 表示` });
  await expect(show).toBeInViewport();
  await show.click();
  await expect(sheet).toBeHidden();
  await expect(page.locator('#mentor-count')).toBeFocused();
  await expect(filter.getByRole('button', { name: /すべてのテーマ/ })).toHaveAttribute('aria-expanded', 'false');

  // Taking one of two active filters off moves focus to the one now in its place.
  const active = page.getByRole('list', { name: '選択中の条件' }).getByRole('button');
  await expect(active).toHaveCount(2);
  await active.first().click();
  await expect(page).not.toHaveURL(new RegExp(`theme=${career.id}(&|$)`));
  await expect(active).toHaveCount(1);
  await expect(active.first()).toBeFocused();
});

test('a card says when its mentor is next free, as the slots API does, or that nothing is free', async ({ page }) => {
  await login(page, MENTEE);
  const cards = page.locator('article.mentor-card');
  await expect(cards.first()).toBeVisible();
  const listed = (await (await page.request.get('/api/mentors?limit=24')).json()).items as any[];
  for (const [i, mentor] of listed.entries()) {
    const card = cards.nth(i);
    await expect(card.locator('h3')).toHaveText(mentor.person.name);
    const slots = await (await page.request.get(`/api/mentors/${mentor.person.id}/slots`)).json();
    const first = slots.slots[0]?.start ?? slots.next_available;
    if (first) {
      await expect(card.locator('.next-free time')).toHaveAttribute('datetime', first);
      await expect(card.locator('.next-free')).toContainText(/次の空き: /);
    } else if (slots.no_times) {
      // No times at all is not the same as all taken.
      await expect(card.locator('.next-free.is-full')).toHaveText('1on1の希望時間はまだありません');
    } else {
      await expect(card.locator('.next-free.is-full')).toHaveText('現在、空き時間はありません');
    }
    // The call to action is the primary button.
    await expect(card.getByRole('link', { name: /1on1を申し込む/ })).toHaveClass(/btn-primary/);
  }
  // Each card shows where its mentor is, with the zone's offset.
  await expect(cards.filter({ hasText: 'Oliver Bennett' }).locator('.mentor-place')).toHaveText(/^ロンドン支社 · GMT(\+1)?$/);
  await expect(cards.filter({ hasText: '高橋 彩' }).locator('.mentor-place')).toHaveText('東京本社 · GMT+9');

  // 前田 和也 takes every Thursday of his horizon off (demo data): nothing free, and the card says so.
  const maeda = page.locator('article.mentor-card', { hasText: '前田 和也' });
  await page.getByRole('searchbox', { name: /キーワード/ }).fill('前田');
  await expect(maeda.locator('.next-free.is-full')).toHaveText('現在、空き時間はありません');
  const maedaSlots = await (await page.request.get(`/api/mentors/${(await allMentors(page.request)).find((m) => m.person.name === '前田 和也')!.person.id}/slots`)).json();
  expect(maedaSlots.next_available).toBeNull();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(maeda.locator('.next-free')).toHaveText('No free times at the moment');
});

test('colleagues who mentor link to their request page', async ({ page }) => {
  await login(page, MENTEE);
  const rows = page.locator('section.colleagues ul.people-list > li');
  await expect(rows.first()).toBeVisible();
  const people = (await (await page.request.get('/api/people?limit=20')).json()).items as any[];
  for (const [i, person] of people.entries()) {
    const link = rows.nth(i).getByRole('link', { name: /1on1を申し込む/ });
    if (person.is_mentor) await expect(link).toHaveAttribute('href', `/mentors/${person.id}/request`);
    else await expect(link).toHaveCount(0);
  }
  const mentor = people.find((p) => p.is_mentor);
  await rows.nth(people.indexOf(mentor)).getByRole('link', { name: /1on1を申し込む/ }).click();
  await expect(page).toHaveURL(new RegExp(`/mentors/${mentor.id}/request$`));
});

test('on a phone, mentors and colleagues are tabs, and all themes open as a sheet that leads back to the results', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await login(page, MENTEE);
  const tabs = page.getByRole('tablist');
  const mentorsTab = tabs.getByRole('tab', { name: /メンター/ });
  const colleaguesTab = tabs.getByRole('tab', { name: /同僚/ });
  await expect(mentorsTab).toHaveAttribute('aria-selected', 'true');
  const mentorPanel = page.getByRole('tabpanel', { name: 'メンター' });
  await expect(mentorPanel.locator('article.mentor-card').first()).toBeVisible();
  await expect(page.locator('section.colleagues')).toBeHidden();
  const people = (await (await page.request.get('/api/people?limit=1')).json()).total;
  await expect(colleaguesTab).toContainText(String(people));

  await colleaguesTab.click();
  await expect(colleaguesTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: '同僚' }).locator('ul.people-list > li').first()).toBeVisible();
  await expect(page.locator('section.mentor-corner')).toBeHidden();
  // Arrow keys move between the tabs, and the chosen tab is the one tab stop.
  await colleaguesTab.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(mentorsTab).toBeFocused();
  await expect(mentorsTab).toHaveAttribute('aria-selected', 'true');
  await expect(colleaguesTab).toHaveAttribute('tabindex', '-1');
  await expect(page.locator('section.mentor-corner')).toBeVisible();

  // The first card is on the first screen or just below it, not a screen of chips down.
  const top = await page.evaluate(() => document.querySelector('article.mentor-card')!.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(780);

  // All themes: a modal sheet; its sticky button says how many match and goes back to them.
  await page.getByRole('button', { name: /すべてのテーマ/ }).click();
  const sheet = page.getByRole('dialog', { name: 'すべてのテーマ' });
  await expect(sheet).toBeVisible();
  expect(await sheet.evaluate((d) => d.matches(':modal'))).toBe(true);
  await sheet.getByRole('button', { name: new RegExp(`^${escapeRegExp(LEAVE)}`) }).click();
  const leave = await themeByName(page.request, LEAVE);
  const n = await total(page.request, [leave.id]);
  const show = sheet.getByRole('button', { name: `該当するメンター ${n}人 – 表示` });
  await expect(show).toBeVisible();
  await show.click();
  await expect(sheet).toBeHidden();
  await expect(page.locator('#mentor-count')).toBeFocused();
  await expect(page.locator('#mentor-count')).toHaveText(`該当するメンター ${n}人`);
  // The active filter shows above the cards, and takes itself off.
  const active = page.getByRole('list', { name: '選択中の条件' });
  await active.getByRole('button', { name: `「${LEAVE}」を外す` }).click();
  await expect(page).not.toHaveURL(/theme=/);
  await expect(active).toBeHidden();
  await expect(page.locator('#mentor-count')).toBeFocused();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // On a wide screen there are no tabs: both lists side by side.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.locator('section.colleagues')).toBeVisible();
  await expect(page.locator('section.mentor-corner')).toBeVisible();
  // There too the first card starts on the first screen (it was 995 px down, under 26 chips).
  const wide = await page.evaluate(() => document.querySelector('article.mentor-card')!.getBoundingClientRect().top + scrollY);
  expect(wide).toBeLessThan(900);
});

test('when the mentor list fails, the error stands next to the count, above the cards', async ({ page }) => {
  await login(page, MENTEE);
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  await page.route('**/api/mentors?*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable', detail: '' }),
    }),
  );
  await page.locator('.theme-quick .chip').first().click();
  const alert = page.locator('.results-summary').getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(page.locator('article.mentor-card')).toHaveCount(0);
  const bar = await page.locator('.results-bar').boundingBox();
  const chips = await page.locator('.theme-quick').boundingBox();
  expect(bar!.y).toBeGreaterThan(chips!.y);
  await page.unroute('**/api/mentors?*');
  await alert.getByRole('button', { name: 'もう一度試す' }).click();
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});
