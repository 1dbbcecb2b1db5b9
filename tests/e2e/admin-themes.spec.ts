import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, MENTEE, MENTOR, expectNoAxeViolations, login, signedIn } from './support';

// Names unique per run, so a re-run on the same database and the specs
// running beside this one never meet these categories and themes.
const run = Date.now().toString(36);

async function csrf(request: APIRequestContext): Promise<string> {
  const me = await request.get('/api/me');
  expect(me.ok()).toBeTruthy();
  return (await me.json()).csrf_token;
}

/** A category and a live theme in it, made through the API (the UI path is the first test's). */
async function makeTheme(request: APIRequestContext, ja: string, en: string) {
  const headers = { 'x-csrf-token': await csrf(request) };
  const cat = await request.post('/api/admin/theme-categories', { headers, data: { name: { ja: `分類${ja}`, en: `Group ${en}` } } });
  expect(cat.status()).toBe(201);
  const category = await cat.json();
  const res = await request.post('/api/admin/themes', {
    headers,
    data: { category_id: category.id, name: { ja, en }, required_items: [] },
  });
  expect(res.status()).toBe(201);
  return res.json();
}

test('the admin creates a category and a theme with a required single-choice item, then registers the mentee', async ({ page }) => {
  await login(page, ADMIN);
  await page.goto('/admin/themes');
  const category = `E2Eカテゴリ${run}`;
  const newCategory = page.getByRole('region', { name: 'カテゴリを追加' });
  await newCategory.getByLabel('カテゴリ名（日本語）').fill(category);
  await newCategory.getByLabel('カテゴリ名（英語）').fill(`E2E category ${run}`);
  await newCategory.getByRole('button', { name: 'カテゴリを追加' }).click();
  await expect(page.getByRole('status').filter({ hasText: `カテゴリ「${category}」を追加しました。` })).toBeVisible();
  const block = page.getByRole('region', { name: new RegExp(category) });
  await block.getByRole('link', { name: `「${category}」にテーマを追加` }).click();
  await expect(page).toHaveURL(/\/admin\/themes\/new\?category=\d+/);

  const theme = `E2Eテーマ${run}`;
  await page.getByLabel('テーマ名（日本語）').fill(theme);
  await page.getByLabel('テーマ名（英語）').fill(`E2E theme ${run}`);
  await expect(page.getByLabel('カテゴリ', { exact: true })).toHaveValue(/\d+/);
  await page.getByRole('button', { name: '項目を追加' }).click();
  await expect(page.getByLabel('項目名（日本語）')).toBeFocused();
  await page.getByLabel('項目名（日本語）').fill('赴任先');
  await page.getByLabel('項目名（英語）').fill('Posted to');
  await page.getByLabel('種類').selectOption('single_choice');
  await page.getByLabel('選択肢 1', { exact: true }).fill('ロンドン');
  await page.getByLabel('選択肢 2', { exact: true }).fill('ロンドン');
  // The contract's rule, in the app: the error sits at the exact option and takes focus.
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  const second = page.getByLabel('選択肢 2', { exact: true });
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#tf-required_items-0-options-1-error')).toHaveText('同じ選択肢がすでにあります。');
  await second.fill('シンガポール');
  await expect(second).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  await expect(page).toHaveURL(/\/admin\/themes\/\d+$/);
  await expect(page.getByLabel('選択肢 2', { exact: true })).toHaveValue('シンガポール');
  await expect(page.getByRole('region', { name: '最近の変更' }).getByText('作成')).toBeVisible();
  const themeId = Number(new URL(page.url()).pathname.split('/').pop());

  await page.getByRole('link', { name: 'このテーマのメンター' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/mentors\\?theme=${themeId}$`));
  await expect(page.getByText('このテーマにはまだ誰も登録されていません。')).toBeVisible();
  await page.getByRole('searchbox', { name: '名前・読み・ローマ字・部署で探す' }).fill('やまだ');
  const pick = page.getByRole('checkbox', { name: /山田 翔太/ });
  await pick.check();
  await expect(page.getByText('1人を選択中')).toBeVisible();
  await page.getByLabel('登録する人へのメッセージ（任意）').fill('海外駐在の経験を話してください');
  await page.getByRole('button', { name: '選んだ人を登録' }).click();
  const results = page.locator('#register-results');
  await expect(results).toBeFocused();
  await expect(results).toContainText('山田 翔太: 登録しました（回答待ち）');
  const registrations = page.getByRole('region', { name: '登録されている人' });
  await expect(registrations.getByRole('link', { name: '山田 翔太' })).toBeVisible();
  await expect(registrations.getByText('回答待ち', { exact: true })).toBeVisible();
  await expect(registrations.getByText('海外駐在の経験を話してください')).toBeVisible();

  // Registering again says so, and changes nothing.
  await page.getByRole('checkbox', { name: /山田 翔太/ }).check();
  await page.getByRole('button', { name: '選んだ人を登録' }).click();
  await expect(results).toContainText('山田 翔太: すでに登録されています');

  // The person's page lists the theme.
  await registrations.getByRole('link', { name: '山田 翔太' }).click();
  await expect(page).toHaveURL(/\/admin\/people\/3$/);
  await expect(page.getByRole('heading', { name: '山田 翔太 さんのテーマ' })).toBeVisible();
  await expect(page.getByRole('link', { name: theme })).toBeVisible();
});

test('adding a required item to a theme with approved mentors shows its impact before saving', async ({ page }) => {
  await login(page, ADMIN);
  const catalog = await (await page.request.get('/api/admin/themes')).json();
  const themes = catalog.categories.flatMap((c: any) => c.themes);
  const busy = themes.find((t: any) => !t.archived && t.registrations.approved > 0);
  expect(busy, 'a demo theme with approved mentors').toBeTruthy();
  await page.goto(`/admin/themes/${busy.id}`);
  await expect(page.getByLabel('テーマ名（日本語）')).toHaveValue(busy.name.ja);
  const count = busy.required_items.length;
  await page.getByRole('button', { name: '項目を追加' }).click();
  await page.locator(`#tf-required_items-${count}-label-ja`).fill('E2E追加項目');
  await page.locator(`#tf-required_items-${count}-label-en`).fill('E2E added item');
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  const impact = page.getByRole('region', { name: '保存するとメンターに影響します' });
  await expect(impact).toBeFocused();
  await expect(impact).toContainText(/承認済みのメンター[1-9]\d*人に、この必須項目への回答をお願いします。/);
  await expect(impact).toContainText('承認済みのメンターは一覧に表示されたままです');
  // Nothing was saved: the demo theme (other specs use it) is left as it was.
  await impact.getByRole('button', { name: '編集に戻る' }).click();
  await expect(impact).toHaveCount(0);
  const after = await (await page.request.get(`/api/admin/themes/${busy.id}`)).json();
  expect(after.version).toBe(busy.version);
  expect(after.required_items.length).toBe(count);
});

test('a save over another admin tab’s change gets 412 and offers Reload, keeping what was typed until then', async ({ page }) => {
  await login(page, ADMIN);
  const theme = await makeTheme(page.request, `競合${run}`, `Clash ${run}`);
  await page.goto(`/admin/themes/${theme.id}`);
  await expect(page.getByLabel('テーマ名（英語）')).toHaveValue(`Clash ${run}`);
  const other = await page.context().newPage();
  await other.goto(`/admin/themes/${theme.id}`);
  await other.getByLabel('テーマ名（英語）').fill(`Clash ${run} (theirs)`);
  await other.getByRole('button', { name: 'テーマを保存' }).click();
  await expect(other.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();

  await page.getByLabel('テーマ名（英語）').fill(`Clash ${run} (mine)`);
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '別の管理者が変更しました' })).toBeVisible();
  const reload = page.getByRole('button', { name: '最新の内容を読み込む' });
  await expect(reload).toBeFocused();
  await expect(page.getByLabel('テーマ名（英語）')).toHaveValue(`Clash ${run} (mine)`);
  await reload.click();
  await expect(page.getByLabel('テーマ名（英語）')).toHaveValue(`Clash ${run} (theirs)`);
  await expect(page.getByRole('button', { name: '最新の内容を読み込む' })).toHaveCount(0);
  // Saving now goes through, over their version.
  await page.getByLabel('テーマ名（英語）').fill(`Clash ${run} (agreed)`);
  await page.getByRole('button', { name: 'テーマを保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await other.close();
});

test('archiving a theme on the Themes tab removes it from the People filter of another user', async ({ page, browser }) => {
  await login(page, ADMIN);
  const name = `アーカイブ${run}`;
  const theme = await makeTheme(page.request, name, `Archive ${run}`);
  const other = await signedIn(browser, MENTOR);
  await other.goto('/people');
  // A theme without mentors is not among the quick chips: it is under "All themes".
  await other.getByRole('button', { name: 'すべてのテーマ' }).click();
  await expect(other.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();

  await page.goto('/admin/themes');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await row.getByRole('button', { name: 'アーカイブ', exact: true }).click();
  const confirm = row.getByRole('button', { name: 'アーカイブする' });
  await expect(confirm).toBeFocused();
  await expect(row).toContainText('メンターへの影響はありません。');
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: `「${name}」をアーカイブしました。` })).toBeVisible();
  await expect(row.getByText('アーカイブ済み')).toBeVisible();
  await expect(row.getByRole('button', { name: 'アーカイブを解除' })).toBeVisible();

  await other.reload();
  await other.getByRole('button', { name: 'すべてのテーマ' }).click();
  await expect(other.getByRole('dialog', { name: 'すべてのテーマ' }).getByRole('button').nth(1)).toBeVisible();
  await expect(other.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  const ids = (await (await other.request.get('/api/themes')).json()).categories.flatMap((c: any) => c.themes.map((t: any) => t.id));
  expect(ids).not.toContain(theme.id);
  await other.context().close();
});

test('a non-admin sees the not-allowed page at /admin, and every /api/admin operation answers 403', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  for (const path of ['/admin', '/admin/themes', '/admin/mentors', '/admin/people/1']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('このページは表示できません');
  }
  await expect(page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '管理' })).toHaveCount(0);
  const spec = await (await page.request.get('/api/openapi.json')).json();
  const token = await csrf(page.request);
  const checked: string[] = [];
  for (const [path, ops] of Object.entries<any>(spec.paths)) {
    if (!path.startsWith('/api/admin')) continue;
    for (const method of Object.keys(ops)) {
      const url = path.replace(/\{[^}]+\}/g, '1');
      const res = await page.request.fetch(url, {
        method: method.toUpperCase(),
        headers: { 'x-csrf-token': token, 'if-match': '"1-1"' },
        data: method === 'get' || method === 'delete' ? undefined : {},
      });
      expect(res.status(), `${method.toUpperCase()} ${path}`).toBe(403);
      checked.push(`${method} ${path}`);
    }
  }
  expect(checked.length).toBeGreaterThan(10);
  await page.context().close();
});

for (const width of [360, 1280]) {
  for (const lang of ['ja', 'en']) {
    test(`admin pages are axe-clean and fit at ${width}px in ${lang}`, async ({ browser }) => {
      const page: Page = await signedIn(browser, ADMIN, { viewport: { width, height: 900 } });
      await page.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
      const catalog = await (await page.request.get('/api/admin/themes')).json();
      const theme = catalog.categories.flatMap((c: any) => c.themes).find((t: any) => t.registrations.approved > 0);
      const pages = [
        ['/admin/themes', lang === 'ja' ? 'テーマとカテゴリ' : 'Themes and categories'],
        [`/admin/themes/${theme.id}`, lang === 'ja' ? '最近の変更' : 'Latest changes'],
        [`/admin/mentors?theme=${theme.id}`, lang === 'ja' ? '登録されている人' : 'People registered'],
        ['/admin/people/2', lang === 'ja' ? 'さんのテーマ' : "'s themes"],
      ];
      for (const [path, marker] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { name: new RegExp(marker) }).first()).toBeVisible();
        await expect(page.locator('.state-loading')).toHaveCount(0);
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} overflows sideways`).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    });
  }
}
