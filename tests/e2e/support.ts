import { expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'naname-demo';
export const MENTEE = 'mentee@example.com';
export const MENTOR = 'mentor@example.com';
export const ADMIN = 'admin@example.com';

/** Logs in through the real login form, as a person would. */
export async function login(page: Page, email: string) {
  await page.goto('/login');
  const form = page.locator('form');
  await form.getByLabel(/メールアドレス|Email/i).fill(email);
  await form.getByLabel(/パスワード|Password/i).fill(PASSWORD);
  await form.getByRole('button', { name: /^(ログイン|Log in|Sign in)$/i }).click();
  await expect(page).toHaveURL(/\/people/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** axe-core over the whole page, WCAG 2.1 A/AA rules; fails listing each violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe-core violations').toEqual([]);
}

type Localized = { ja: string; en: string };
type Theme = { id: number; name: Localized };
type Mentor = { person: { id: number; name: string; name_latin: string }; themes: { theme_id: number }[] };

/** Finds a theme by its Japanese name in the catalogue. */
export async function themeByName(request: APIRequestContext, ja: string): Promise<Theme> {
  const res = await request.get('/api/themes');
  expect(res.ok()).toBeTruthy();
  const catalog = await res.json();
  const theme = catalog.categories.flatMap((c: { themes: Theme[] }) => c.themes).find((t: Theme) => t.name.ja === ja);
  expect(theme, `theme ${ja} in the demo catalogue`).toBeTruthy();
  return theme;
}

/**
 * Every mentor, fetched unfiltered page by page; the test applies the
 * "holds all themes" rule itself rather than trusting the server's filter.
 */
export async function allMentors(request: APIRequestContext): Promise<Mentor[]> {
  const out: Mentor[] = [];
  for (let offset = 0; ; offset += 100) {
    const res = await request.get(`/api/mentors?limit=100&offset=${offset}`);
    expect(res.ok()).toBeTruthy();
    const page = await res.json();
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}

export function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A fresh browser context signed in as `email` through the API (the form is covered elsewhere). */
export async function signedIn(
  browser: import('@playwright/test').Browser,
  email: string,
  options: import('@playwright/test').BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const res = await context.request.post('/api/session', {
    data: { email, password: PASSWORD },
    headers: { 'x-csrf-token': 'login' },
  });
  expect(res.ok(), `login ${email}`).toBeTruthy();
  return context.newPage();
}

/** Employees who are not mentors and not demo logins, with their login emails (given.family@example.com). */
export async function plainEmployees(request: APIRequestContext): Promise<{ id: number; name: string; email: string }[]> {
  const res = await request.get('/api/people?limit=100');
  expect(res.ok()).toBeTruthy();
  const page = await res.json();
  return page.items
    .filter((p: any) => !p.is_mentor && p.id > 3)
    .map((p: any) => ({ id: p.id, name: p.name, email: `${p.name_latin.toLowerCase().split(' ').join('.')}@example.com` }));
}

/** Mentors with at least one bookable slot in the next six weeks, as `request` sees them. */
export async function mentorsWithSlots(request: APIRequestContext): Promise<{ id: number; name: string; slots: string[] }[]> {
  const mentors = await allMentors(request);
  const from = new Date();
  const to = new Date(from.getTime() + 41 * 24 * 3600 * 1000);
  const out = [];
  for (const m of mentors) {
    const res = await request.get(
      `/api/mentors/${m.person.id}/slots?from=${from.toISOString().replace(/\.\d+Z$/, 'Z')}&to=${to.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    );
    expect(res.ok()).toBeTruthy();
    const body = await res.json();
    if (body.slots.length > 0) out.push({ id: m.person.id, name: m.person.name, slots: body.slots.map((s: any) => s.start) });
  }
  return out;
}

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
