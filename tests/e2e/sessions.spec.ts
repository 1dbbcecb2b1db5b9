import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, MENTOR, plainEmployees, signedIn } from './support';

// "Sign out everywhere" ends every session of the person on the server: the
// browser that asked lands on the login page, and another browser signed in
// as the same person finds out on its next API call.
test('signing out everywhere ends the session in every browser of that person only', async ({ browser }) => {
  // Someone no other test signs in as: signing out everywhere would end the
  // sessions of tests running beside this one.
  const colleague = await signedIn(browser, MENTOR);
  const who = (await plainEmployees(colleague.request))[8];
  const here = await signedIn(browser, who.email);
  const phone = await signedIn(browser, who.email);
  for (const page of [here, phone]) {
    await page.goto('/people');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // In the account menu: closed, its buttons are out of the way; Escape closes it again.
  const menu = here.getByRole('button', { name: /^(アカウント|Account)/ });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(here.getByRole('button', { name: /すべての端末でログアウト|Sign out everywhere/ })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await here.keyboard.press('Tab');
  await here.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await menu.click();
  await expectNoAxeViolations(here);
  await here.getByRole('button', { name: /すべての端末でログアウト|Sign out everywhere/ }).click();
  await expect(here).toHaveURL(/\/login$/);
  await expect(here.getByRole('heading', { level: 1 })).toHaveText(/ログイン|Sign in/);
  expect((await here.request.get('/api/me')).status()).toBe(401);

  // The other browser still shows People; its next API call is refused, and
  // the app takes it to the login page, keeping where it was going.
  const refused = phone.waitForResponse((r) => r.url().includes('/api/one-on-ones'));
  await phone.getByRole('link', { name: /わたしの1on1|My 1on1s/ }).click();
  expect((await refused).status()).toBe(401);
  await phone.getByRole('button', { name: /もう一度ログイン|Sign in again/ }).click();
  await expect(phone).toHaveURL(/\/login\?/);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/ログイン|Sign in/);
  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/ログイン|Sign in/);

  // Someone else's session is untouched.
  expect((await colleague.request.get('/api/me')).status()).toBe(200);
  for (const page of [here, phone, colleague]) await page.context().close();
});
