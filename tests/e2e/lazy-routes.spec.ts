import { expect, test } from '@playwright/test';
import { login, MENTEE } from './support';

// The app is split (xtask/src/split.rs): a first visit to People loads the
// main module only; the request page's code comes when it is first opened.
test('People loads one wasm module; the request page fetches its own code once, and works', async ({ page }) => {
  const wasm: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) wasm.push(path);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, MENTEE);
  wasm.length = 0;
  await page.goto('/people');
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  expect(wasm, 'a first visit to /people loads the main module alone').toHaveLength(1);
  const main = wasm[0];

  await page.locator('article.mentor-card').first().getByRole('link', { name: /1on1を申し込む/ }).click();
  await expect(page).toHaveURL(/\/mentors\/\d+\/request/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1on1を申し込む');
  await expect(page.locator('button.slot').first()).toBeVisible();
  const fetched = wasm.filter((p) => p !== main);
  expect(fetched.length, 'the request page brought its own chunks').toBeGreaterThan(0);

  // Back and forth again: nothing fetched twice.
  await page.goBack();
  await expect(page.locator('article.mentor-card').first()).toBeVisible();
  const before = wasm.length;
  await page.locator('article.mentor-card').first().getByRole('link', { name: /1on1を申し込む/ }).click();
  await expect(page.locator('button.slot').first()).toBeVisible();
  expect(wasm.length).toBe(before);
  expect(errors).toEqual([]);
});
