import { expect, test } from '@playwright/test';
import { ADMIN, login, MENTEE } from './support';

test('wrong password: a clear message, and what was typed stays', async ({ page }) => {
  await page.goto('/login');
  const form = page.locator('form');
  await form.getByLabel(/メールアドレス|Email/i).fill(MENTEE);
  await form.getByLabel(/パスワード|Password/i).fill('wrong-password');
  await form.getByRole('button', { name: /^(ログイン|Log in|Sign in)$/i }).click();
  await expect(page.getByRole('alert')).toContainText(/メールアドレスまたはパスワード|email or password/i);
  await expect(form.getByLabel(/メールアドレス|Email/i)).toHaveValue(MENTEE);
  await expect(page).toHaveURL(/\/login/);
});

test('server unreachable: the form says so and keeps the input', async ({ page }) => {
  await page.goto('/login');
  await page.route('**/api/session', (route) => route.abort('connectionrefused'));
  const form = page.locator('form');
  await form.getByLabel(/メールアドレス|Email/i).fill(MENTEE);
  await form.getByLabel(/パスワード|Password/i).fill('naname-demo');
  await form.getByRole('button', { name: /^(ログイン|Log in|Sign in)$/i }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(form.getByLabel(/メールアドレス|Email/i)).toHaveValue(MENTEE);
});

test('a deep link survives the login detour', async ({ page }) => {
  await page.goto('/people?theme=1');
  await expect(page).toHaveURL(/\/login/);
  const form = page.locator('form');
  await form.getByLabel(/メールアドレス|Email/i).fill(MENTEE);
  await form.getByLabel(/パスワード|Password/i).fill('naname-demo');
  await form.getByRole('button', { name: /^(ログイン|Log in|Sign in)$/i }).click();
  await expect(page).toHaveURL(/\/people\?theme=1/);
});

test('the Admin link is only offered to admins', async ({ page, browser }) => {
  await login(page, MENTEE);
  await expect(page.getByRole('link', { name: /管理|Admin/ })).toHaveCount(0);
  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await login(admin, ADMIN);
  await expect(admin.getByRole('link', { name: /管理|Admin/ })).toBeVisible();
  await ctx.close();
});
