import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ADMIN, expectNoAxeViolations, MENTEE, MENTOR, plainEmployees, signedIn } from './support';

// An admin builds a theme with a required single-choice item and registers
// mentee@example.com for it; the mentee answers in Settings → My mentor
// themes, and the People page shows them as that theme's mentor. Each test
// makes its own themes (named with the time), so the runs never meet.

type Registration = { theme_id: number; status: string; decline_reason: string; person: { id: number } };

/** A write through the API with the session's CSRF header, as the app sends it. */
async function write(request: APIRequestContext, method: 'post' | 'put', path: string, data?: unknown) {
  const me = await (await request.get('/api/me')).json();
  const res = await request[method](path, { data, headers: { 'x-csrf-token': me.csrf_token } });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/**
 * As admin (a context of its own): a category with one theme whose required
 * item is a single choice, and `personId` registered for it with a message.
 */
async function registeredTheme(admin: APIRequestContext, personId: number, tag: string) {
  const category = await write(admin, 'post', '/api/admin/theme-categories', {
    name: { ja: `e2e分類${tag}`, en: `e2e category ${tag}` },
  });
  const theme = await write(admin, 'post', '/api/admin/themes', {
    category_id: category.id,
    name: { ja: `海外勤務${tag}`, en: `Work abroad ${tag}` },
    description: { ja: '海外拠点で働いた経験について話せる人', en: 'People who worked at an office abroad' },
    required_items: [
      { label: { ja: '勤務地', en: 'Where' }, kind: 'single_choice', options: ['ロンドン', 'シンガポール'], required: true },
      { label: { ja: 'ひとこと', en: 'In a word' }, kind: 'short_text', required: false },
    ],
  });
  await write(admin, 'post', `/api/admin/themes/${theme.id}/registrations`, {
    person_ids: [personId],
    message: `メッセージ${tag}`,
  });
  return { id: theme.id as number, ja: theme.name.ja as string, en: theme.name.en as string, items: theme.required_items };
}

async function adminAndMentee(browser: Browser, viewport = { width: 1280, height: 900 }) {
  const admin = await signedIn(browser, ADMIN);
  const mentee = await signedIn(browser, MENTEE, { viewport });
  const me = await (await mentee.request.get('/api/me')).json();
  return { admin, mentee, menteeId: me.id as number, menteeName: me.name as string };
}

/** A registration's card, in one group of the page (`heading`) or anywhere. */
function card(page: Page, name: string, heading?: RegExp) {
  const scope = heading
    ? page.locator('section.my-themes-group', { has: page.getByRole('heading', { level: 2, name: heading }) })
    : page.locator('main');
  return scope.locator('article.my-theme', { has: page.getByRole('heading', { level: 3, name }) });
}

async function registrationOf(admin: APIRequestContext, themeId: number, personId: number): Promise<Registration> {
  const res = await admin.get(`/api/admin/themes/${themeId}/registrations`);
  expect(res.ok()).toBeTruthy();
  const body = await res.json();
  return body.items.find((r: Registration) => r.person.id === personId);
}

test('a registered person approves with the required answer, and People shows them as that theme’s mentor; then they stop', async ({ browser }) => {
  const { admin, mentee, menteeId, menteeName } = await adminAndMentee(browser);
  const tag = `${Date.now()}`;
  const theme = await registeredTheme(admin.request, menteeId, tag);

  await mentee.goto('/settings');
  await expect(mentee).toHaveURL(/\/settings\/themes$/);
  await expect(mentee.getByRole('heading', { level: 1 })).toHaveText('わたしのメンターテーマ');
  await expect(mentee.getByRole('navigation', { name: '設定' }).getByRole('link', { name: 'わたしのメンターテーマ' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const pending = card(mentee, theme.ja, /回答待ちの登録/);
  await expect(pending).toBeVisible();
  await expect(pending).toContainText(`メッセージ${tag}`);
  await expect(pending).toContainText('海外拠点で働いた経験');
  await expect(pending).toContainText('勤務地');
  await expect(pending).toContainText(/さんが.+に登録/);

  // Approving without the required answer: the error sits under the item and takes focus.
  await pending.getByRole('button', { name: '答えて承認する' }).click();
  await pending.getByRole('button', { name: '承認する', exact: true }).click();
  const error = pending.locator('fieldset', { hasText: '勤務地' }).locator('.field-error');
  await expect(error).toHaveText('この項目に答えてください。');
  const first = pending.getByRole('radio', { name: 'ロンドン' });
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  const errorId = await error.getAttribute('id');
  expect((await first.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
  await expectNoAxeViolations(mentee);

  // The preview is the People card, with the answer as it is typed.
  const preview = pending.locator('.my-theme-preview article.mentor-card');
  await expect(preview).toContainText(theme.ja);
  await expect(preview).not.toContainText('ロンドン');
  await first.check();
  await expect(error).toHaveCount(0);
  await expect(preview).toContainText('勤務地: ロンドン');
  await pending.getByRole('group', { name: 'ひとこと' }).getByRole('textbox', { name: '日本語' }).fill('x'.repeat(61));
  await expect(pending.getByText('61/60文字')).toBeVisible();
  await pending.getByRole('button', { name: '承認する', exact: true }).click();
  await expect(pending.getByRole('group', { name: 'ひとこと' }).getByRole('textbox', { name: '日本語' })).toBeFocused();
  await expect(pending.getByText('60文字以内にしてください。')).toBeVisible();
  await pending.getByRole('group', { name: 'ひとこと' }).getByRole('textbox', { name: '日本語' }).fill('楽しかった');
  await pending.getByRole('button', { name: '承認する', exact: true }).click();

  const approved = card(mentee, theme.ja, /メンターをしているテーマ/);
  await expect(approved).toBeVisible();
  await expect(approved.locator('.status')).toHaveText('承認済み');
  await expect(approved).toContainText('ロンドン');
  await expect(approved.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(mentee.getByRole('status').filter({ hasText: '承認しました' })).toHaveCount(1);
  expect((await registrationOf(admin.request, theme.id, menteeId)).status).toBe('approved');

  // Someone else filters People by the new theme and finds the card with the answer.
  const other = await signedIn(browser, MENTOR);
  await other.goto(`/people?theme=${theme.id}`);
  const mentorCard = other.locator('article.mentor-card', { hasText: menteeName });
  await expect(mentorCard).toBeVisible();
  await expect(mentorCard).toContainText(theme.ja);
  await expect(mentorCard).toContainText('勤務地: ロンドン');

  // Editing the answers keeps the theme approved.
  await approved.getByRole('button', { name: '回答を編集' }).click();
  await expect(approved.getByRole('radio', { name: 'ロンドン' })).toBeChecked();
  await approved.getByRole('radio', { name: 'シンガポール' }).check();
  await approved.getByRole('button', { name: '回答を保存' }).click();
  await expect(approved).toContainText('シンガポール');
  await expect(approved.getByRole('button', { name: '回答を編集' })).toBeVisible();

  // Stopping: confirmed, saying that requests already made stay answerable.
  await approved.getByRole('button', { name: 'このテーマのメンターをやめる' }).click();
  await expect(approved).toContainText('すでに届いている申し込みには、これまでどおり返事ができます');
  await approved.getByRole('button', { name: 'メンターをやめる', exact: true }).click();
  const stopped = card(mentee, theme.ja, /辞退・停止したテーマ/);
  await expect(stopped.locator('.status')).toHaveText('停止');
  await expect(stopped.getByRole('button', { name: 'もう一度引き受ける' })).toBeVisible();
  const after = await (await other.request.get(`/api/mentors?theme=${theme.id}`)).json();
  expect(after.total, 'a stopped theme is on no card').toBe(0);

  for (const page of [admin, mentee, other]) await page.context().close();
});

test('declining with a reason moves the registration to the history, and admins see the reason', async ({ browser }) => {
  const { admin, mentee, menteeId } = await adminAndMentee(browser, { width: 360, height: 800 });
  const tag = `${Date.now()}d`;
  const theme = await registeredTheme(admin.request, menteeId, tag);

  await mentee.goto('/settings/themes');
  const pending = card(mentee, theme.ja);
  await pending.getByRole('button', { name: '辞退する' }).click();
  const reason = pending.getByRole('textbox', { name: '辞退の理由（任意）' });
  await expect(reason).toBeFocused();
  await reason.fill('今期は業務が立て込んでいるため');
  await pending.getByRole('button', { name: '辞退を送信' }).click();

  const declined = card(mentee, theme.ja, /辞退・停止したテーマ/);
  await expect(declined.locator('.status')).toHaveText('辞退');
  await expect(declined).toContainText('今期は業務が立て込んでいるため');
  const reg = await registrationOf(admin.request, theme.id, menteeId);
  expect(reg.status).toBe('declined');
  expect(reg.decline_reason).toBe('今期は業務が立て込んでいるため');
  const width = await mentee.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'nothing overflows sideways at 360 px').toBeLessThanOrEqual(360);

  for (const page of [admin, mentee]) await page.context().close();
});

test('someone with no registration learns how one becomes a mentor', async ({ browser }) => {
  const setup = await signedIn(browser, MENTEE);
  const [plain] = await plainEmployees(setup.request);
  await setup.context().close();
  const page = await signedIn(browser, plain.email);
  await page.goto('/settings/themes');
  await expect(page.getByRole('heading', { level: 2, name: 'まだメンターとして登録されていません' })).toBeVisible();
  await expect(page.getByText(/管理者（事務局）があなたをテーマごとに登録します/)).toBeVisible();
  await page.goto('/settings/nowhere');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await page.context().close();
});

for (const width of [360, 1280]) {
  for (const lang of ['ja', 'en'] as const) {
    test(`the section is axe-clean with an open form and its errors (${lang}, ${width} px)`, async ({ browser }) => {
      const { admin, mentee, menteeId } = await adminAndMentee(browser, { width, height: 900 });
      const theme = await registeredTheme(admin.request, menteeId, `${Date.now()}${lang}${width}`);
      await mentee.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
      await mentee.goto('/settings/themes');
      const name = lang === 'ja' ? theme.ja : theme.en;
      await expect(mentee.getByRole('heading', { level: 3, name })).toBeVisible();
      await expectNoAxeViolations(mentee);
      const pending = card(mentee, name);
      await pending.getByRole('button', { name: lang === 'ja' ? '答えて承認する' : 'Answer and approve' }).click();
      await pending.getByRole('button', { name: lang === 'ja' ? '承認する' : 'Approve', exact: true }).click();
      await expect(pending.locator('.field-error')).toHaveText(lang === 'ja' ? 'この項目に答えてください。' : 'Answer this question.');
      await expect(pending.locator('.my-theme-preview article.mentor-card')).toBeVisible();
      await expectNoAxeViolations(mentee);
      expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Leave no pending registration behind for the other tests' mentee.
      await write(mentee.request, 'post', `/api/me/mentor-themes/${theme.id}/decline`);
      for (const page of [admin, mentee]) await page.context().close();
    });
  }
}
