import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { escapeRegExp, expectNoAxeViolations, mentorsWithSlots, MENTEE, plainEmployees, signedIn } from './support';

// booking.spec.ts books with the demo mentor (id 2) and the first mentors
// and employees of the lists; these journeys take theirs from the other end,
// so the two files can run side by side on one database.
const DEMO_MENTOR_ID = 2;

type Cast = {
  mentors: { id: number; email: string; slots: string[] }[];
  mentees: { id: number; email: string }[];
};

/** Mentors with free slots and plain employees, last first, with their login emails. */
async function cast(browser: Browser): Promise<Cast> {
  const setup = await signedIn(browser, MENTEE);
  const withSlots = (await mentorsWithSlots(setup.request)).filter((m) => m.id !== DEMO_MENTOR_ID);
  const res = await setup.request.get('/api/mentors?limit=100');
  const people: { person: { id: number; name_latin: string } }[] = (await res.json()).items;
  const email = (latin: string) => `${latin.toLowerCase().split(' ').join('.')}@example.com`;
  const mentors = withSlots
    .map((m) => ({ id: m.id, slots: m.slots, email: email(people.find((p) => p.person.id === m.id)!.person.name_latin) }))
    .reverse();
  const mentees = (await plainEmployees(setup.request)).reverse();
  await setup.context().close();
  expect(mentors.length, 'mentors with free slots').toBeGreaterThanOrEqual(6);
  expect(mentees.length, 'plain employees').toBeGreaterThanOrEqual(8);
  return { mentors, mentees };
}

/** A write through the API with the session's CSRF token; fails the test unless it succeeds. */
async function write(request: APIRequestContext, path: string, data?: unknown) {
  const me = await (await request.get('/api/me')).json();
  const res = await request.post(path, { data, headers: { 'x-csrf-token': me.csrf_token } });
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/** Recommended topics, as the request page shows them first. */
async function recommendedTopics(request: APIRequestContext, n: number) {
  const catalog = await (await request.get('/api/topics')).json();
  const all: { id: number; prompt: { ja: string }; recommended: boolean }[] = catalog.categories.flatMap(
    (c: { topics: unknown[] }) => c.topics,
  );
  return all.filter((t) => t.recommended).slice(0, n);
}

/** `mentee` asks `mentor` for the 1on1 at `start`, through the API (the form is booking.spec.ts's). */
async function requestVia(mentee: Page, mentorId: number, start: string, note: string, topicIds?: number[]) {
  const mentor = await (await mentee.request.get(`/api/mentors/${mentorId}`)).json();
  const responses = await (await mentee.request.get('/api/responses')).json();
  const topics = topicIds ?? (await recommendedTopics(mentee.request, 1)).map((t) => t.id);
  return write(mentee.request, '/api/one-on-ones', {
    mentor_id: mentorId,
    start,
    theme_id: mentor.themes[0].theme_id,
    topic_ids: topics,
    response_id: responses[0].id,
    note,
  });
}

function row(page: Page, text: string) {
  return page.locator('article.one-on-one', { hasText: text });
}

function section(page: Page, heading: RegExp) {
  return page.locator('section.oo-section', { has: page.getByRole('heading', { level: 2, name: heading }) });
}

test('a mentor whose requests are answered opens on the mentor side, with counts', async ({ browser }) => {
  const { mentors, mentees } = await cast(browser);
  const mentor = mentors[0];
  const mentee = await signedIn(browser, mentees[0].email);
  const note = `e2e-side-${Date.now()}`;
  // Long enough for more than three lines at any width: the row clamps it.
  const long = `${note} ${'配属されてからの半年で意識されたことを伺いたいです。'.repeat(12)}`;
  const booked = await requestVia(mentee, mentor.id, mentor.slots[0], long);
  const page = await signedIn(browser, mentor.email);
  await write(page.request, `/api/one-on-ones/${booked.id}/accept`);

  await page.goto('/one-on-ones');
  const accepted = row(page, note);
  await expect(accepted).toBeVisible();
  await expect(accepted).toContainText(/確定|Confirmed/);
  // The zone is named as people say it, not as an IANA id.
  await expect(accepted.locator('.oo-date-zone')).toHaveText('日本時間（GMT+9）');
  const asMentor = page.getByRole('button', { name: /メンターとして|As mentor/ });
  await expect(asMentor).toHaveAttribute('aria-pressed', 'true');
  const open = await (await page.request.get('/api/one-on-ones?as=mentor&status=requested&status=accepted')).json();
  expect(open.length).toBeGreaterThanOrEqual(1);
  await expect(asMentor.locator('.count')).toHaveText(String(open.length));
  await expect(page.getByRole('button', { name: /メンティーとして|As mentee/ }).locator('.count')).toHaveText('0');
  await expect(page).not.toHaveURL(/as=/);
  // Nothing waits for an answer: that section is one line.
  await expect(section(page, /届いた依頼|Requests for you/)).toHaveClass(/is-empty/);
  await expect(section(page, /届いた依頼|Requests for you/).locator('article')).toHaveCount(0);

  // The row opens and closes from the keyboard, for the topics and the note.
  const toggle = accepted.getByRole('button', { name: /^(詳細|Details)$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(accepted.locator('.oo-panel')).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(accepted.locator('.oo-panel')).toBeVisible();
  await expect(accepted.locator('.oo-panel')).toContainText(note);
  // The note shows three lines, then "show more" reveals the rest.
  const clamped = accepted.locator('.oo-note');
  const threeLines = await clamped.evaluate((el) => el.clientHeight);
  expect(await clamped.evaluate((el) => el.scrollHeight)).toBeGreaterThan(threeLines);
  const more = accepted.locator('button.oo-more');
  await expect(more).toHaveAccessibleName(/続きを表示|Show more/);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(more).toHaveText(/折りたたむ|Show less/);
  expect(await clamped.evaluate((el) => el.clientHeight)).toBeGreaterThan(threeLines);
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);

  // A side chosen by hand is in the URL, and kept for when nothing else decides.
  await page.getByRole('button', { name: /メンティーとして|As mentee/ }).click();
  await expect(page).toHaveURL(/\/one-on-ones$/);
  expect(await page.evaluate(() => localStorage.getItem('naname.one-on-ones.side'))).toBe('mentee');
  await mentee.context().close();
  await page.context().close();
});

test('accepting with a video link: both rows and the .ics have it, and it is the default next time', async ({ browser }) => {
  const { mentors, mentees } = await cast(browser);
  const mentor = mentors[1];
  const first = await signedIn(browser, mentees[1].email);
  const second = await signedIn(browser, mentees[2].email);
  const stamp = Date.now();
  const [noteA, noteB] = [`e2e-place-a-${stamp}`, `e2e-place-b-${stamp}`];
  // Two times far enough apart that the first booking's buffer cannot take the second.
  const startA = mentor.slots[0];
  const startB = mentor.slots.find((s) => new Date(s).getTime() - new Date(startA).getTime() >= 3 * 3600_000)!;
  expect(startB, 'a second free time three hours later').toBeTruthy();
  await requestVia(first, mentor.id, startA, noteA);
  await requestVia(second, mentor.id, startB, noteB);

  const page = await signedIn(browser, mentor.email);
  // Starting from no default (the endpoint Settings will use too).
  const me = await (await page.request.get('/api/me')).json();
  const cleared = await page.request.put('/api/me/place-default', {
    data: { place: null },
    headers: { 'x-csrf-token': me.csrf_token },
  });
  expect(cleared.ok()).toBeTruthy();
  await page.goto('/one-on-ones');
  const request = row(page, noteA);
  await expect(request).toBeVisible();
  await expect(page.getByRole('button', { name: /メンターとして|As mentor/ })).toHaveAttribute('aria-pressed', 'true');
  // A request waiting for this mentor starts open; they decline it, never cancel it.
  await expect(request.getByRole('button', { name: /^(詳細|Details)$/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(request.getByRole('button', { name: /^(キャンセルする|Cancel)$/ })).toHaveCount(0);
  await expect(request.getByRole('button', { name: /^(今回は見送る|Decline)$/ })).toBeVisible();
  await expect(request).toContainText(/場所は未定|without a place/);

  const link = `https://meet.example.com/e2e-${stamp}?pwd=a,b;c`;
  const message = `当日はカメラをオンでお願いします; 資料は不要です, ${stamp}`;
  await request.getByRole('button', { name: /場所・メッセージを設定|Set place and message/ }).click();
  await request.getByRole('radio', { name: /オンライン|Online/ }).check();
  // The contract's rule, before anything is sent.
  await request.getByLabel(/ビデオ会議のリンク|Video link/).fill('meet.example.com/x');
  await request.getByRole('button', { name: /^(承認する|Accept)$/ }).click();
  await expect(request.getByLabel(/ビデオ会議のリンク|Video link/)).toHaveAttribute('aria-invalid', 'true');
  await expect(request).toContainText(/https:\/\/ で始まるリンクを入力|starting with https:\/\//);
  await request.getByLabel(/ビデオ会議のリンク|Video link/).fill(link);
  await request.getByLabel(/メンティーへのメッセージ|Message to the mentee/).fill(message);
  await expectNoAxeViolations(page);
  await request.getByRole('button', { name: /^(承認する|Accept)$/ }).click();

  const confirmed = section(page, /予定|Upcoming/).locator('article.one-on-one', { hasText: noteA });
  await expect(confirmed).toContainText(/確定|Confirmed/);
  await expect(confirmed.getByRole('link', { name: new RegExp(escapeRegExp(link)) })).toHaveAttribute('href', link);
  await expect(confirmed).toContainText(message);

  // The mentee sees where and what the mentor said, and gets it in the calendar file.
  await first.goto('/one-on-ones');
  const theirs = row(first, noteA);
  await expect(theirs).toContainText(/確定|Confirmed/);
  const video = theirs.getByRole('link', { name: new RegExp(escapeRegExp(link)) });
  await expect(video).toHaveAttribute('href', link);
  await expect(video).toHaveAttribute('target', '_blank');
  await expect(theirs).toContainText(/メンターからのメッセージ|Message from the mentor/);
  await expect(theirs).toContainText(message);
  for (const [name, host, param] of [
    [/Google/, 'calendar.google.com', 'location'],
    [/Outlook/, 'outlook.office.com', 'location'],
  ] as const) {
    const a = theirs.getByRole('link', { name });
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', /noopener/);
    const href = new URL((await a.getAttribute('href'))!);
    expect(href.host).toBe(host);
    expect(href.searchParams.get(param)).toBe(link);
  }
  const ics = theirs.getByRole('link', { name: /カレンダーに追加|Add to calendar/ });
  const res = await first.request.get((await ics.getAttribute('href'))!);
  expect(res.ok()).toBeTruthy();
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.location).toBe(link);
  expect(vevent.getFirstPropertyValue('url')).toBe(link);
  expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  expect(event.description).toContain(message);
  expect(event.description).toContain(link);
  expect(event.startDate.toJSDate().getTime()).toBe(new Date(startA).getTime());
  await expectNoAxeViolations(first);

  // The next request: the accept line and the form start from that link.
  const next = row(page, noteB);
  await expect(next).toContainText(link);
  await next.getByRole('button', { name: /場所・メッセージを設定|Set place and message/ }).click();
  await expect(next.getByRole('radio', { name: /オンライン|Online/ })).toBeChecked();
  await expect(next.getByLabel(/ビデオ会議のリンク|Video link/)).toHaveValue(link);
  await next.getByRole('button', { name: /^(閉じる|Close)$/ }).click();
  // Accepting at once sends the place the line shows.
  await next.getByRole('button', { name: /^(承認する|Accept)$/ }).click();
  const nextConfirmed = section(page, /予定|Upcoming/).locator('article.one-on-one', { hasText: noteB });
  await expect(nextConfirmed.getByRole('link', { name: new RegExp(escapeRegExp(link)) })).toBeVisible();
  await second.goto('/one-on-ones');
  await expect(row(second, noteB).getByRole('link', { name: new RegExp(escapeRegExp(link)) })).toBeVisible();

  for (const p of [first, second, page]) await p.context().close();
});

test('a declined request is closed, in the mentor’s words, and can be asked for again with the same topics', async ({ browser }) => {
  const { mentors, mentees } = await cast(browser);
  const mentor = mentors[2];
  const mentee = await signedIn(browser, mentees[3].email);
  const topics = await recommendedTopics(mentee.request, 2);
  expect(topics).toHaveLength(2);
  const note = `e2e-declined-${Date.now()}`;
  const booked = await requestVia(mentee, mentor.id, mentor.slots[0], note, topics.map((t) => t.id));

  // Before the answer, the mentee can hold the time in their calendar.
  await mentee.goto('/one-on-ones');
  const hold = row(mentee, note).getByRole('link', { name: /仮押さえ|Hold the time/ });
  const tentative = await mentee.request.get((await hold.getAttribute('href'))!);
  expect(tentative.ok()).toBeTruthy();
  const held = new ICAL.Component(ICAL.parse(await tentative.text())).getFirstSubcomponent('vevent')!;
  expect(held.getFirstPropertyValue('status')).toBe('TENTATIVE');

  const page = await signedIn(browser, mentor.email);
  await page.goto('/one-on-ones');
  const request = row(page, note);
  await request.getByRole('button', { name: /^(今回は見送る|Decline)$/ }).click();
  const confirm = request.getByRole('button', { name: /見送りを確定する|Decline request/ });
  await expect(confirm).toHaveClass(/btn-danger/);
  await expect(request.getByRole('button', { name: /^(閉じる|Keep it)$/ })).toBeVisible();
  const message = `その週は出張のため、翌週以降でお願いします ${Date.now()}`;
  await request.getByLabel(/相手へのメッセージ|Message to them/).fill(message);
  await expectNoAxeViolations(page);
  await confirm.click();
  await expect(page.getByRole('status')).toContainText(/見送りました|declined/);

  await mentee.reload();
  const closed = section(mentee, /見送り・キャンセル|Closed/);
  const declined = closed.locator('article.one-on-one', { hasText: note });
  await expect(declined).toContainText(/メンターが今回は見送りました|The mentor couldn't take this one/);
  await expect(declined).toContainText(message);
  await expect(declined).not.toContainText('辞退');
  await expect(section(mentee, /^(過去|Past)/).locator('article.one-on-one', { hasText: note })).toHaveCount(0);
  await expectNoAxeViolations(mentee);

  await declined.getByRole('link', { name: /別の日時で申し込む|Request another time/ }).click();
  await expect(mentee).toHaveURL(
    new RegExp(`/mentors/${mentor.id}/request\\?theme=${booked.theme.id}&topics=${topics.map((t) => t.id).join(',')}$`),
  );
  const slot = mentee.locator('button.slot').first();
  await expect(slot).toBeVisible({ timeout: 20_000 });
  await slot.click();
  for (const t of topics) {
    await expect(mentee.getByRole('checkbox', { name: t.prompt.ja, includeHidden: true })).toBeChecked();
  }
  await mentee.context().close();
  await page.context().close();
});
