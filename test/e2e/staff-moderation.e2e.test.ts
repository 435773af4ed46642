import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, newVisit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { createConversationInEditor, inviteInEditor, logInAsOrganizer } from './support/editor-steps.js';
import { axeViolations, logInContext, MOD_SLUG, MOD_TEXTS, MODERATOR, ORGANIZER, SEEDS, submitStatement } from './support/moderation-setup.js';
import { announced, cardText, focused } from './support/page-helpers.js';
import { setAdminPassword } from './support/staff-helpers.js';

const FIRST = 'Kaupunginosien asukasilloissa pitäisi voida äänestää lähiympäristön hankkeista.';
const FIRST_SV = 'På invånarkvällarna i stadsdelarna borde man kunna rösta om projekt i närmiljön.';
const SECOND = 'Asukasilloissa pitäisi voida äänestää kaupunginosan lähiympäristön hankkeista.';

/** The staff tools ask who is logged in before the login form: that 401 is expected. */
const unexpected = (problems: string[]) => problems.filter((m) => !m.includes('status of 401'));

// Tests run in order and share the conversation the first one creates: the second looks at it.
describeInBrowser('moderation (issue 4): create, invite, queue, translate, publish, reject a duplicate, dashboard', () => {
  const session = useDemoSession();
  const base = () => session.server.url;

  beforeAll(async () => {
    // The demo makes its administrator's password up and keeps it: give it a known one.
    await setAdminPassword(session.server, ORGANIZER.password, false);
  });

  it('takes a Finnish statement from a participant through the queue to a Swedish voting card, and a duplicate to the dashboard', { timeout: 180_000 }, async () => {
    // The organizer logs in, creates the conversation in three languages with its seed statements,
    // and invites a moderator: all in the staff pages.
    const organizer = await newVisit(session.browser, { locale: 'fi', viewport: DESKTOP });
    const { page: o } = organizer;
    await logInAsOrganizer(o, base(), ORGANIZER.password, ORGANIZER.email);
    await createConversationInEditor(o, base(), { slug: MOD_SLUG, texts: MOD_TEXTS, seeds: SEEDS });
    const api = async (path: string) => (await o.request.get(`${base()}/api/v1/conversations/${MOD_SLUG}${path}`)).json();
    expect(await api('')).toMatchObject({ languages: ['fi', 'sv', 'en'], phase: 'open', settings: { moderation: 'pre' } });
    const seeded = (await api('/statements')).statements as unknown[];
    expect(seeded).toHaveLength(SEEDS.length);
    expect(seeded).toEqual(expect.arrayContaining(SEEDS.map((s) => expect.objectContaining({ text: s.text, translations: s.translations }))));
    const inviteLink = await inviteInEditor(o, MODERATOR.email);
    await organizer.context.close();

    // A participant writes a statement in Finnish.
    const participant = await newVisit(session.browser, { locale: 'fi' });
    const { page: p } = participant;
    await p.goto(`${base()}/fi/c/${MOD_SLUG}/write`);
    await p.locator('#statement-input').fill(FIRST);
    await p.locator('.write-form button[type=submit]').click();
    await p.locator('.thank-you').waitFor();

    // The moderator accepts the invitation, making an account…
    const invited = await newVisit(session.browser, { locale: 'fi', viewport: DESKTOP });
    await invited.page.goto(inviteLink);
    await invited.page.locator('#invite-name').fill(MODERATOR.name);
    await invited.page.locator('#invite-password').fill(MODERATOR.password);
    await invited.page.locator('#invite-repeat').fill(MODERATOR.password);
    await invited.page.locator('form button[type=submit]').click();
    await invited.page.waitForURL(`**/fi/staff/c/${MOD_SLUG}`);
    await invited.context.close();

    // …and logs in on another day, straight to the queue.
    const moderator = await newVisit(session.browser, { locale: 'fi', viewport: DESKTOP });
    const { page: m } = moderator;
    await m.goto(`${base()}/fi/staff/c/${MOD_SLUG}/queue`);
    await m.locator('#login-email').fill(MODERATOR.email);
    await m.locator('#login-password').fill(MODERATOR.password);
    await m.locator('form button[type=submit]').click();

    // The statement waits in the queue with its age, its language and its nearest statements.
    const item = m.locator('.queue-item', { hasText: FIRST });
    await item.waitFor();
    await expect.poll(() => item.locator('.queue-item__age').textContent()).toBe('alle työtunnin');
    expect(await item.locator('.badge--overdue').count()).toBe(0);
    expect(await item.locator('.meta').textContent()).toContain('suomi');
    const nearest = await item.locator('.nearest__item').allTextContents();
    expect(nearest.length).toBeGreaterThan(0);
    expect(nearest.some((n) => SEEDS.some((s) => n.includes(s.text)) && /\d+\s?%/.test(n))).toBe(true);

    // A Swedish translation, then publish: the item leaves, focus and a message say what happened.
    await item.locator('summary', { hasText: 'Käännökset' }).click();
    await item.getByLabel('Käännös: ruotsi').fill(FIRST_SV);
    await item.getByRole('button', { name: 'Tallenna ja julkaise' }).click();
    await m.locator('.queue-item', { hasText: FIRST }).waitFor({ state: 'detached' });
    await expect.poll(() => announced(m)).toContain('Julkaistu');
    expect(await m.locator('.last-decision').textContent()).toContain('Julkaistu');
    expect((await focused(m)).id).toBe('queue-empty');

    // Undo brings it back to the queue, focused, with its translation kept; then publish it again.
    await m.locator('.last-decision').getByRole('button', { name: 'Peru' }).click();
    await item.waitFor();
    await expect.poll(() => announced(m)).toContain('Päätös peruttu');
    const headingId = await item.locator('h2').getAttribute('id');
    await expect.poll(async () => (await focused(m)).id).toBe(headingId);
    await item.locator('summary', { hasText: 'Käännökset' }).click();
    expect(await item.getByLabel('Käännös: ruotsi').inputValue()).toBe(FIRST_SV);
    await item.getByRole('button', { name: 'Julkaise', exact: true }).click();
    await item.waitFor({ state: 'detached' });

    // The participant, now with the Swedish interface, gets it to vote on in Swedish.
    await p.goto(`${base()}/sv/c/${MOD_SLUG}`);
    await p.locator('#card-statement').waitFor();
    for (let i = 0; i < SEEDS.length + 1 && (await cardText(p)) !== FIRST_SV; i++) {
      const before = await cardText(p);
      await p.locator('.voting-card .vote-button--pass').click();
      await expect.poll(() => cardText(p)).not.toBe(before);
    }
    expect(await cardText(p)).toBe(FIRST_SV);
    expect(await p.locator('#card-statement').getAttribute('lang')).toBe('sv');

    // A second statement means the same: the moderator rejects it as a duplicate of the first.
    await p.goto(`${base()}/fi/c/${MOD_SLUG}/write`);
    await p.locator('#statement-input').fill(SECOND);
    await p.locator('.write-form button[type=submit]').click();
    await p.locator('.thank-you').waitFor();

    await m.getByRole('button', { name: 'Päivitä jono' }).click();
    const second = m.locator('.queue-item', { hasText: SECOND });
    await second.waitFor();
    expect(await second.locator('.nearest__item', { hasText: FIRST }).count()).toBe(1);
    await second.locator('summary', { hasText: 'Hylkää muusta syystä' }).click();
    await second.getByLabel('Hylkäyksen syy').selectOption('duplicate');
    await second.getByRole('radio', { name: FIRST }).check();
    await second.getByRole('button', { name: 'Hylkää', exact: true }).click();
    await second.waitFor({ state: 'detached' });
    await expect.poll(() => announced(m)).toContain('Hylätty');

    // On the decided page the duplicate links to the original.
    await m.goto(`${base()}/fi/staff/c/${MOD_SLUG}/decided?status=rejected`);
    const rejected = m.locator('.decided-item', { hasText: SECOND });
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('Sama kuin aiempi väite');
    expect(await rejected.textContent()).toContain(MODERATOR.name);
    const link = rejected.locator('a.decided-item__original');
    expect(await link.textContent()).toBe(FIRST);
    await link.click();
    await expect.poll(() => m.url()).toContain('status=published');
    await expect.poll(async () => (await focused(m)).id).toMatch(/^decided-/);
    expect(await m.locator('.decided-item:focus').textContent()).toContain(FIRST);

    // The dashboard counts it under "duplicate".
    await m.goto(`${base()}/fi/staff/c/${MOD_SLUG}`);
    await m.locator('#rejected-by-reason').waitFor();
    expect(await m.locator('#rejected-by-reason tr[data-reason=duplicate] td').textContent()).toBe('1');
    await moderator.context.close();
    await participant.context.close();
    expect([...participant.problems, ...unexpected(organizer.problems), ...unexpected(moderator.problems)]).toEqual([]);
  });

  it('finds no serious or critical axe violation on the queue, decided and dashboard pages in fi, sv and en, and fits 320 px', { timeout: 120_000 }, async () => {
    // Something to look at in the queue: a statement with flags (a name and a phone number).
    const writer = await newVisit(session.browser, { locale: 'fi' });
    await writer.page.goto(`${base()}/fi/c/${MOD_SLUG}`);
    await submitStatement(writer.context, base(), 'Soittakaa Matti Virtanen numeroon 040 123 4567, hän järjestää asukasillat.', 'fi');
    await writer.context.close();

    const found: Record<string, string[]> = {};
    const minor: string[] = [];
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { page, context, problems } = await newVisit(session.browser, { locale: lang, viewport: DESKTOP });
      await logInContext(context, base(), ORGANIZER);
      const staff = `${base()}/${lang}/staff/c/${MOD_SLUG}`;
      const check = async (name: string) => {
        const v = await axeViolations(page);
        found[`${lang} ${name}`] = v.serious;
        // MOD_SCREENSHOTS=dir keeps a picture of each page, for a look by eye.
        if (process.env.MOD_SCREENSHOTS) await page.screenshot({ path: `${process.env.MOD_SCREENSHOTS}/${lang}-${name}.png`, fullPage: true });
        minor.push(...v.other.map((o) => `${lang} ${name} ${o}`));
      };

      await page.goto(`${staff}/queue`);
      const item = page.locator('.queue-item').first();
      await item.waitFor();
      expect(await item.locator('mark.flag-mark').count()).toBeGreaterThan(0);
      for (const summary of await item.locator('summary').all()) await summary.click();
      await item.locator('select').first().selectOption('duplicate');
      await check('queue');

      await page.goto(`${staff}/decided?status=published`);
      await page.locator('.decided-item').first().waitFor();
      await page.locator('.decided-item summary').first().click();
      await check('decided');
      await page.locator('.status-filter input[value=rejected]').check();
      await page.locator('.loading').waitFor({ state: 'detached' });
      await check('decided, rejected');

      await page.goto(staff);
      await page.locator('#rejected-by-reason').waitFor();
      await page.locator('.dashboard summary').first().click();
      await check('dashboard');

      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of ['/queue', '/decided', '']) {
        await page.goto(`${staff}${path}`);
        await page.locator('.moderation h1').waitFor();
        await page.locator('.loading').waitFor({ state: 'detached' });
        if (process.env.MOD_SCREENSHOTS) await page.screenshot({ path: `${process.env.MOD_SCREENSHOTS}/${lang}-320${path.replace('/', '-')}.png`, fullPage: true });
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        if (width > 320) (found[`${lang} 320px`] ??= []).push(`${path || '/'}: ${width}px`);
        // Narrow, tables scroll sideways: each scrolling region must be reachable by keyboard.
        if (path === '') await check('dashboard at 320 px');
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    if (minor.length) process.stdout.write(`\nminor axe findings:\n${minor.join('\n')}\n`);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
