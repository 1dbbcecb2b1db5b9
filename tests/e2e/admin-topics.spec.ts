import { expect, test, type Page } from '@playwright/test';
import { ADMIN, MENTEE, MENTOR, expectNoAxeViolations, login, signedIn } from './support';

// Names unique per run: the catalogue is shared with the specs running beside
// this one, which book 1on1s with the first topic and the first response;
// everything made here sits after the seed's, so it is never that first one.
const run = Date.now().toString(36);
const MENTOR_ID = 2; // 高橋 彩, who has free preferred times

/** The mentee's request page with a time chosen, where topics and responses are offered. */
async function requestForm(page: Page) {
  await page.goto(`/mentors/${MENTOR_ID}/request`);
  const slot = page.locator('button.slot').first();
  await expect(slot).toBeVisible({ timeout: 20_000 });
  await slot.click();
}

test('the admin adds a category and a prompt recommended to everyone; mentees see it first, and archiving takes it away', async ({
  page,
  browser,
}) => {
  await login(page, ADMIN);
  await page.goto('/admin/topics');
  await expect(page.getByRole('link', { name: 'トピックと対応' })).toHaveAttribute('aria-current', 'page');
  const category = `E2E話題${run}`;
  const newCategory = page.getByRole('region', { name: 'カテゴリを追加' });
  await newCategory.getByLabel('カテゴリ名（日本語）').fill(category);
  await newCategory.getByLabel('カテゴリ名（英語）').fill(`E2E topics ${run}`);
  await newCategory.getByRole('button', { name: 'カテゴリを追加' }).click();
  await expect(page.getByRole('status')).toHaveText(`カテゴリ「${category}」を追加しました。`);

  const block = page.getByRole('region', { name: new RegExp(category) });
  await expect(block).toContainText('0件の問い');
  const present = block.getByRole('region', { name: '現在' });
  await expect(present.getByText('まだ問いがありません。')).toBeVisible();
  await present.getByRole('button', { name: '「現在」に問いを追加' }).click();
  const prompt = `いま気になっていること${run}`;
  await present.getByLabel('問い（日本語）').fill(prompt);
  // The contract's rule in the app: English is required too; the error is at the field, which takes focus.
  await present.getByRole('button', { name: '追加', exact: true }).click();
  const english = present.getByLabel('問い（英語）');
  await expect(english).toBeFocused();
  await expect(english).toHaveAttribute('aria-invalid', 'true');
  await expect(present.getByLabel('問い（日本語）')).toHaveValue(prompt);
  await english.fill(`What is on my mind now ${run}`);
  await present.getByRole('radio', { name: '全員' }).check();
  await present.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`問い「${prompt}」を追加しました。`);
  // The form closes and focus goes back to where it was opened.
  await expect(present.getByRole('button', { name: '「現在」に問いを追加' })).toBeFocused();
  const row = present.getByRole('listitem').filter({ hasText: prompt });
  await expect(row).toContainText('おすすめ：全員');
  await expect(row).toContainText(`What is on my mind now ${run}`);
  await expect(block).toContainText('1件の問い');

  // The mentee sees it among the recommended topics, with its category.
  const mentee = await (await browser.newContext()).newPage();
  await login(mentee, MENTEE);
  await requestForm(mentee);
  const recommended = mentee.getByRole('group', { name: 'おすすめの話題' });
  await expect(recommended.getByRole('checkbox', { name: new RegExp(prompt) })).toBeVisible();

  // Recommend it to nobody: it moves out of the recommended list into its category.
  await row.getByRole('button', { name: `「${prompt}」を編集` }).click();
  await row.getByRole('radio', { name: 'おすすめにしない' }).check();
  await row.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText(`「${prompt}」を保存しました。`);
  await expect(row).not.toContainText('おすすめ：');
  await expect(row.getByRole('button', { name: `「${prompt}」を編集` })).toBeFocused();
  await requestForm(mentee);
  await expect(mentee.getByRole('group', { name: 'おすすめの話題' }).getByText(prompt)).toHaveCount(0);
  await mentee.locator('summary', { hasText: category }).click();
  await expect(mentee.getByRole('checkbox', { name: new RegExp(prompt) })).toBeVisible();

  // Archive: it leaves new requests; the admin still sees it, marked.
  await row.getByRole('button', { name: 'アーカイブ', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`「${prompt}」をアーカイブしました。新しい申込には表示されません。`);
  await expect(row).toContainText('アーカイブ済み');
  await expect(block).toContainText('0件の問い');
  const topics = await (await mentee.request.get('/api/topics')).json();
  const prompts = topics.categories.flatMap((c: { topics: { prompt: { ja: string } }[] }) => c.topics.map((t) => t.prompt.ja));
  expect(prompts).not.toContain(prompt);
  expect(prompts.length).toBeGreaterThan(0);

  // Never used, so it can be deleted, after a confirmation.
  await row.getByRole('button', { name: '削除' }).click();
  const confirm = row.getByRole('group', { name: `「${prompt}」を削除しますか？元に戻せません。` });
  await expect(confirm.getByRole('button', { name: '削除する' })).toBeFocused();
  await confirm.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('status')).toHaveText(`「${prompt}」を削除しました。`);
  await expect(present.getByText(prompt)).toHaveCount(0);
  await expect(present.getByRole('button', { name: '「現在」に問いを追加' })).toBeFocused();
});

test('a topic a 1on1 used can only be archived: no delete in the UI, 409 from the server', async ({ page }) => {
  await login(page, ADMIN);
  const catalog = await (await page.request.get('/api/admin/topics')).json();
  const used = catalog.categories.flatMap((c: { topics: { id: number; used: boolean; archived: boolean; prompt: { ja: string } }[] }) => c.topics).find(
    (t: { used: boolean; archived: boolean }) => t.used && !t.archived,
  );
  expect(used, 'the demo 1on1s chose topics').toBeTruthy();
  await page.goto('/admin/topics');
  const row = page.locator('li.admin-prompt', { hasText: used.prompt.ja }).first();
  await expect(row).toContainText('1on1で使用済み');
  await expect(row.getByRole('button', { name: 'アーカイブ', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: '削除' })).toHaveCount(0);
  const me = await (await page.request.get('/api/me')).json();
  const res = await page.request.delete(`/api/admin/topics/${used.id}`, { headers: { 'x-csrf-token': me.csrf_token } });
  expect(res.status()).toBe(409);
  expect((await res.json()).code).toBe('topic_in_use');
});

test('the admin adds a response wanted; a description in one language only is refused at its field; mentees are offered it', async ({
  page,
  browser,
}) => {
  await login(page, ADMIN);
  await page.goto('/admin/topics');
  const name = `E2E対応${run}`;
  const form = page.getByRole('region', { name: '対応を追加' });
  await form.getByLabel('対応の名前（日本語）').fill(name);
  await form.getByLabel('対応の名前（英語）').fill(`E2E response ${run}`);
  await form.getByLabel('説明（日本語）').fill('一緒に整理してほしい');
  await form.getByRole('button', { name: '追加', exact: true }).click();
  const description = form.getByLabel('説明（英語）');
  await expect(description).toBeFocused();
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await description.fill('Help me sort it out');
  await form.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`対応「${name}」を追加しました。`);
  await expect(form.getByLabel('対応の名前（日本語）')).toHaveValue('');

  const responses = page.getByRole('region', { name: '希望する対応' });
  const row = responses.getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText('一緒に整理してほしい');

  const mentee = await (await browser.newContext()).newPage();
  await login(mentee, MENTEE);
  await requestForm(mentee);
  const group = mentee.getByRole('group', { name: /どう関わってほしいか/ });
  await expect(group.getByRole('radio', { name: new RegExp(name) })).toBeVisible();

  await row.getByRole('button', { name: 'アーカイブ', exact: true }).click();
  await expect(row).toContainText('アーカイブ済み');
  await requestForm(mentee);
  await expect(mentee.getByRole('group', { name: /どう関わってほしいか/ }).getByText(name)).toHaveCount(0);
  await row.getByRole('button', { name: 'アーカイブを解除' }).click();
  await expect(page.getByRole('status')).toHaveText(`「${name}」のアーカイブを解除しました。`);
  await expect(row).not.toContainText('アーカイブ済み');
});

test('the topics tab has no axe violations in ja and en at 360 and 1280 px; non-admins are refused', async ({ browser }) => {
  for (const lang of ['ja', 'en'] as const) {
    for (const width of [360, 1280]) {
      const page = await signedIn(browser, ADMIN, { viewport: { width, height: 900 } });
      await page.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
      await page.goto('/admin/topics');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('li.admin-prompt').first()).toBeVisible();
      await page.locator('li.admin-prompt').first().getByRole('button').first().click();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  }
  for (const who of [MENTEE, MENTOR]) {
    const page = await signedIn(browser, who);
    await page.goto('/admin/topics');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('このページは表示できません');
    expect((await page.request.get('/api/admin/topics')).status()).toBe(403);
    await page.context().close();
  }
});
