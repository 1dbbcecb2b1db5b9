import { expect, test } from '@playwright/test';
import { login, MENTEE, themeByName } from './support';

const CAREER = 'キャリア入社（1〜3年）';

test('links move between pages without reloading, and Back and Forward restore page and filter', async ({ page }) => {
  await login(page, MENTEE);
  const career = await themeByName(page.request, CAREER);
  // Survives only as long as the document: a full reload would drop it.
  await page.evaluate(() => ((window as any).__sameDocument = true));
  const sameDocument = () => page.evaluate(() => (window as any).__sameDocument === true);

  const nav = page.getByRole('navigation', { name: /メインメニュー|Main menu/ });
  const peopleLink = nav.getByRole('link', { name: 'ピープル' });
  const oneOnOnesLink = nav.getByRole('link', { name: 'わたしの1on1' });
  await expect(peopleLink).toHaveAttribute('aria-current', 'page');
  await expect(oneOnOnesLink).not.toHaveAttribute('aria-current', /.*/);

  await page.getByRole('button', { name: new RegExp(`^${CAREER}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/people\\?theme=${career.id}$`));

  await oneOnOnesLink.click();
  await expect(page).toHaveURL(/\/one-on-ones/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('わたしの1on1');
  await expect(oneOnOnesLink).toHaveAttribute('aria-current', 'page');
  await expect(peopleLink).not.toHaveAttribute('aria-current', /.*/);
  expect(await sameDocument(), 'navigating by link kept the document').toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/people\\?theme=${career.id}$`));
  await expect(page.getByRole('button', { name: new RegExp(`^${CAREER}`) })).toHaveAttribute('aria-pressed', 'true');
  await expect(peopleLink).toHaveAttribute('aria-current', 'page');

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('わたしの1on1');
  expect(await sameDocument(), 'Back and Forward kept the document').toBe(true);

  // A ctrl/cmd-click is the browser's (new tab), not a navigation here.
  const pages = page.context().pages().length;
  await peopleLink.click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => page.context().pages().length).toBe(pages + 1);
  await expect(page).toHaveURL(/\/one-on-ones/);

  // The skip link stays a link to the main landmark on this page.
  const skip = page.getByRole('link', { name: 'メインコンテンツへスキップ' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await expect(page).toHaveURL(/\/one-on-ones#main$/);
  expect(await sameDocument()).toBe(true);
});

test('unknown addresses show "page not found"; the root goes to People', async ({ page }) => {
  await login(page, MENTEE);
  for (const path of ['/nowhere', '/mentors/abc/request', '/people/extra/x']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  }
  await page.goto('/');
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The redirect replaced the entry: Back leaves the root behind.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/$/);
});
