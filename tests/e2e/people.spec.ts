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
  await mentors.getByRole('button', { name: 'さらに表示' }).click();
  const total = (await (await page.request.get('/api/mentors?limit=1')).json()).total;
  await expect(cards).toHaveCount(total);
  await expect(mentors.getByRole('button', { name: 'さらに表示' })).toHaveCount(0);
  await expect(cards.nth(24)).toBeFocused();
});
