import { expect, test } from '@playwright/test';
import { ADMIN, expectNoAxeViolations, MENTEE, plainEmployees, signedIn } from './support';

// 海外駐在 in Shift_JIS (CP932), as Japanese Excel saves it.
const POSTING_ABROAD_SJIS = Buffer.from('8a438a4f92938ddd', 'hex');

function shiftJisFile(employee: string): Buffer {
  const ascii = (s: string) => Buffer.from(s, 'ascii');
  return Buffer.concat([
    ascii('email,theme,message\r\n'),
    ascii(`${MENTEE},`), POSTING_ABROAD_SJIS, ascii(',\r\n'),
    ascii('nobody@example.com,'), POSTING_ABROAD_SJIS, ascii(',\r\n'),
    ascii(`${employee},Posting abroad,\r\n`),
  ]);
}

test('a Shift_JIS CSV: the dry run names the unknown line, the commit registers the rest, again changes nothing', async ({ browser }) => {
  const page = await signedIn(browser, ADMIN, { viewport: { width: 1280, height: 900 } });
  const employees = await plainEmployees(page.request);
  const employee = employees[Math.floor(employees.length / 2)].email;
  const file = shiftJisFile(employee);
  // It really is Shift_JIS: not UTF-8, and it reads back as the theme's name.
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
  expect(new TextDecoder('shift_jis').decode(file)).toContain('海外駐在');

  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { name: 'CSVでメンターを登録' })).toBeVisible();
  await expectNoAxeViolations(page);
  const upload = async () => {
    await page.getByLabel('CSVファイル').setInputFiles({ name: 'mentors.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: '内容を確認' }).click();
  };
  await upload();
  await expect(page.getByRole('heading', { name: '確認結果（まだ登録していません）' })).toBeFocused();
  await expect(page.getByText('文字コード: Shift_JIS (CP932)')).toBeVisible();
  const table = page.getByRole('table', { name: 'ファイルの各行と結果' });
  const row = (line: number) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
  await expect(row(2)).toContainText('登録します');
  await expect(row(2)).toContainText('海外駐在');
  await expect(row(3)).toContainText('nobody@example.com');
  await expect(row(3)).toContainText('メールアドレスが見つかりません');
  await expect(row(4)).toContainText('登録します');
  await expectNoAxeViolations(page);

  // The failed rows download as a UTF-8 CSV with a BOM and a reason.
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: '登録できない行をダウンロード（1行）' }).click();
  const download = await saved;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const failed = Buffer.concat(chunks);
  expect([...failed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(failed.toString('utf-8')).toContain('nobody@example.com,海外駐在,,メールアドレスが見つかりません (行 3)');

  const pendingCount = async () => {
    const themes = await (await page.request.get('/api/admin/themes')).json();
    const theme = themes.categories.flatMap((c: any) => c.themes).find((t: any) => t.name.ja === '海外駐在');
    const regs = await (await page.request.get(`/api/admin/themes/${theme.id}/registrations`)).json();
    return regs.items.filter((r: any) => r.status === 'pending').length;
  };
  const before = await pendingCount();
  await page.getByRole('button', { name: '2人を登録' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2人を登録しました' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '登録結果' })).toBeFocused();
  expect(await pendingCount()).toBe(before + 2);

  // The same file again: everyone is already registered, nothing to commit.
  await upload();
  await expect(row(2)).toContainText('登録済み');
  await expect(row(4)).toContainText('登録済み');
  await expect(page.getByText('登録できる行はありません。')).toBeVisible();
  await page.context().close();
});

test('the import tab in English at phone width is axe-clean and does not scroll sideways', async ({ browser }) => {
  const page = await signedIn(browser, ADMIN, { viewport: { width: 360, height: 800 } });
  await page.addInitScript(() => localStorage.setItem('naname.lang', 'en'));
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { name: 'Register mentors from a CSV file' })).toBeVisible();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'mentors.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('nobody@example.com,Posting abroad,hello\n'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('Encoding: UTF-8')).toBeVisible();
  await expect(page.getByRole('table').getByText('Unknown email')).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});
