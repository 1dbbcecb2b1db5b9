import { expect, test, type Page } from '@playwright/test';
import { ADMIN, MENTEE, MENTOR, mentorsWithSlots, signedIn } from './support';

/**
 * WCAG 2.2 SC 2.4.11 (focus not obscured): on every page, at desktop width,
 * on a phone and at 200 % zoom (the same window in half as many CSS px),
 * every element that Tab and Shift+Tab reach is fully inside the viewport
 * and not under the sticky header.
 */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
  { name: '200 %', width: 640, height: 450 },
];
/** Tab stops walked forward, then as many back. */
const STOPS = 30;

type Stop = { what: string; top: number; bottom: number; left: number; right: number; limit: number; vh: number; vw: number; fade: number | null };

/** Where the focused element is, and where the header's bottom edge covers the page. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.app-header');
    const inHeader = !!header && (header.contains(el) || el.classList.contains('skip-link'));
    const sticky = !!header && getComputedStyle(header).position === 'sticky';
    const limit = header && sticky && !inHeader ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
    // The phone navigation fades out at its right edge: a focused entry must stop before the fade.
    const nav = el.closest('.main-nav');
    const fade = nav && getComputedStyle(nav).maskImage !== 'none' ? nav.getBoundingClientRect().right - 24 : null;
    const what = `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { what, top: r.top, bottom: r.bottom, left: r.left, right: r.right, limit, vh: innerHeight, vw: innerWidth, fade };
  });
}

async function walk(page: Page, where: string) {
  const problems: string[] = [];
  const check = async (key: string, i: number) => {
    await page.keyboard.press(key);
    const s = await focused(page);
    if (!s) return;
    const tall = s.bottom - s.top > s.vh - s.limit; // taller than the free space: its start must show
    const hidden =
      s.top < s.limit - 0.5 ||
      (!tall && s.bottom > s.vh + 0.5) ||
      s.left < -0.5 ||
      s.right > s.vw + 0.5 ||
      (s.fade !== null && s.right > s.fade + 0.5);
    if (hidden) problems.push(`${where} ${key} #${i}: ${s.what} at ${JSON.stringify(s)}`);
  };
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < STOPS; i++) await check('Tab', i);
  for (let i = 0; i < STOPS; i++) await check('Shift+Tab', i);
  return problems;
}

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait for the page's content, not its loading state.
  await expect(page.locator('[role=status].state-loading')).toHaveCount(0, { timeout: 20_000 });
}

for (const vp of VIEWPORTS) {
  test(`focus is never hidden (${vp.name}, ${vp.width}×${vp.height})`, async ({ browser }) => {
    // 60 Tab stops on each of ten pages: 30–40 s on an idle machine, more
    // beside a build, so more than the 60 s default.
    test.setTimeout(180_000);
    const viewport = { width: vp.width, height: vp.height };
    const problems: string[] = [];

    const mentee = await signedIn(browser, MENTEE, { viewport });
    const target = (await mentorsWithSlots(mentee.request))[0];
    for (const path of ['/people', '/one-on-ones', '/settings', '/surveys', '/nowhere']) {
      await ready(mentee, path);
      problems.push(...(await walk(mentee, path)));
    }
    await ready(mentee, `/mentors/${target.id}/request`);
    await expect(mentee.locator('button.slot').first()).toBeVisible({ timeout: 20_000 });
    await mentee.locator('button.slot').first().click();
    await expect(mentee.getByRole('checkbox').first()).toBeVisible();
    problems.push(...(await walk(mentee, `/mentors/${target.id}/request`)));
    await mentee.context().close();

    const mentor = await signedIn(browser, MENTOR, { viewport });
    await ready(mentor, '/one-on-ones?as=mentor');
    problems.push(...(await walk(mentor, '/one-on-ones?as=mentor')));
    await mentor.context().close();

    const admin = await signedIn(browser, ADMIN, { viewport });
    await ready(admin, '/admin');
    problems.push(...(await walk(admin, '/admin')));
    await admin.context().close();

    const anonymous = await browser.newContext({ viewport });
    const login = await anonymous.newPage();
    await ready(login, '/login');
    problems.push(...(await walk(login, '/login')));
    await anonymous.close();

    expect(problems, 'focused elements hidden by the header or outside the viewport').toEqual([]);
  });
}
