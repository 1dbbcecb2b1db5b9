import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, MENTEE, signedIn } from './support';

/** People with a search, in `lang`; the card of the one mentor found. */
async function cardOf(page: Page, lang: 'ja' | 'en', q: string, name: string) {
  await page.addInitScript((l) => localStorage.setItem('naname.lang', l), lang);
  await page.goto(`/people?q=${encodeURIComponent(q)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const card = page.locator('article.mentor-card').filter({ has: page.getByRole('heading', { name }) });
  await expect(card).toHaveCount(1);
  return card;
}

test('the English UI shows what a mentor wrote in English, and finds them by it', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  // 池田 誠 wrote ロンドン in Japanese and London in English: an English search finds him.
  const card = await cardOf(page, 'en', 'London', 'Makoto Ikeda');
  const talk = card.locator('.talk-about');
  await expect(talk).toHaveAttribute('lang', 'en');
  await expect(talk).toContainText('posted in London for five years');
  await expect(card.locator('.lang-tag')).toHaveCount(0);
  // His answers are in English too, and say so.
  const answers = card.locator('.theme-tag-answers span[lang="en"]');
  await expect(answers.first()).toContainText('UK (2010–2015)');
  await expectNoAxeViolations(page);
});

test('a Japanese-only mentor is shown in Japanese with a tag and lang="ja" to English readers', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  const card = await cardOf(page, 'en', 'Kazuya Maeda', 'Kazuya Maeda');
  const talk = card.locator('.talk-about');
  await expect(talk).toHaveAttribute('lang', 'ja');
  await expect(talk).toContainText('銀行から2005年に転職し');
  await expect(card.locator('.talk-about + .lang-tag')).toHaveText('Japanese only');
  await expect(card.locator('.theme-tag-answers span[lang="ja"]').first()).toContainText('ナナメ物流株式会社');
  await expectNoAxeViolations(page);
});

test('an English-only mentor is shown in English with 「英語のみ」 to Japanese readers', async ({ browser }) => {
  const page = await signedIn(browser, MENTEE);
  const card = await cardOf(page, 'ja', 'Oliver', 'Oliver Bennett');
  const talk = card.locator('.talk-about');
  await expect(talk).toHaveAttribute('lang', 'en');
  await expect(talk).toContainText('London branch');
  await expect(card.locator('.talk-about + .lang-tag')).toHaveText('英語のみ');
  // A mentor who wrote both is shown in Japanese, untagged.
  const ikeda = await cardOf(page, 'ja', 'ikeda', '池田 誠');
  await expect(ikeda.locator('.talk-about')).toHaveAttribute('lang', 'ja');
  await expect(ikeda.locator('.lang-tag')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
