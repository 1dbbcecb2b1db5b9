import { expect, test } from '@playwright/test';
import { ADMIN, expectNoAxeViolations, signedIn } from './support';

for (const { lang, width, timezoneId, zone } of [
  { lang: 'ja', width: 1280, timezoneId: 'Asia/Tokyo', zone: '日本時間' },
  { lang: 'en', width: 360, timezoneId: 'America/New_York', zone: 'New York time' },
]) {
  test(`activity (${lang}, ${width}px): the per-theme table, the flags, the weeks, axe-clean`, async ({ browser }) => {
    const page = await signedIn(browser, ADMIN, { viewport: { width, height: 900 }, timezoneId });
    await page.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
    const asked = page.waitForRequest((r) => r.url().includes('/api/admin/activity?'));
    await page.goto('/admin/activity');
    // Weeks are the admin's weeks: the app asks in the browser's zone and says which.
    expect(new URL((await asked).url()).searchParams.get('tz')).toBe(timezoneId);
    const ja = lang === 'ja';
    await expect(page.getByRole('heading', { name: ja ? 'テーマ別の状況' : 'By theme' })).toBeVisible();
    const themes = page.getByRole('region', { name: ja ? 'テーマ別の状況' : 'By theme' }).getByRole('table');
    await expect(themes.getByRole('rowheader', { name: ja ? /海外駐在/ : /Posting abroad/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: ja ? '希望時間が未設定のメンター' : 'Mentors without preferred times' })).toBeVisible();
    const weeks = page.getByRole('region', { name: ja ? '週ごとの1on1（直近12週）' : '1on1s per week (last 12 weeks)' }).getByRole('table');
    await expect(weeks.getByRole('row')).toHaveCount(13);
    await expect(page.locator('.activity-weeks .activity-note')).toContainText(zone);
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
}

test('the activity CSV downloads with a BOM for Excel', async ({ browser }) => {
  const page = await signedIn(browser, ADMIN);
  await page.goto('/admin/activity');
  const saved = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSVをダウンロード' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toMatch(/^naname-activity-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const file = Buffer.concat(chunks);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.toString('utf-8');
  expect(text).toContain('テーマID,カテゴリ,テーマ,アーカイブ済み');
  expect(text).toContain(',海外駐在,');
  await page.context().close();
});
