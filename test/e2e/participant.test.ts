import { expect, it } from 'vitest';
import { describeInBrowser, newVisit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { demoStatements } from './support/demo-texts.js';
import {
  changeOneVote,
  openConversation,
  toggleOriginal,
  voteWithKeyboard,
  writeStatements,
  type LanguageCase,
} from './support/participant-flow.js';
import { DEMO_SLUG } from './support/server.js';

const finnish: LanguageCase = {
  lang: 'fi',
  locale: 'fi-FI',
  ui: {
    agree: 'Samaa mieltä',
    disagree: 'Eri mieltä',
    pass: 'Ohita',
    voteSaved: 'Ääni tallennettu',
    myVotesTab: 'Omat äänet',
    writeTab: 'Kirjoita väite',
    writeHeading: 'Kirjoita väite',
    duplicateHeading: 'Tämä väite on jo keskustelussa',
    similarHeading: 'Onko tämä jo sanottu? Äänestä mieluummin siitä',
    thanksPending: 'Moderaattori julkaisee väitteesi yhden arkipäivän kuluessa',
    showOriginal: null,
  },
  exactDuplicate: {
    typed: 'helsingissä pitäisi järjestää KUNNALLISIA kansanäänestyksiä nykyistä useammin!',
    existing: 'Helsingissä pitäisi järjestää kunnallisia kansanäänestyksiä nykyistä useammin.',
  },
  nearDuplicate: {
    typed: 'Helsingin pitäisi järjestää kunnallisia kansanäänestyksiä useammin kuin nykyään',
    existing: 'Helsingissä pitäisi järjestää kunnallisia kansanäänestyksiä nykyistä useammin.',
  },
  newStatement: 'Kaupungin pitäisi järjestää joka kesä osallistumisen kesäkoulu nuorille.',
};

const swedish: LanguageCase = {
  lang: 'sv',
  locale: 'sv-FI',
  ui: {
    agree: 'Håller med',
    disagree: 'Håller inte med',
    pass: 'Hoppa över',
    voteSaved: 'Rösten sparad',
    myVotesTab: 'Mina röster',
    writeTab: 'Skriv ett påstående',
    writeHeading: 'Skriv ett påstående',
    duplicateHeading: 'Det här påståendet finns redan i diskussionen',
    similarHeading: 'Har detta redan sagts? Rösta hellre på det',
    thanksPending: 'En moderator publicerar ditt påstående inom en arbetsdag',
    showOriginal: 'Visa originalet (på finska)',
  },
  exactDuplicate: {
    typed: 'helsingfors borde ordna KOMMUNALA folkomröstningar oftare än i dag!',
    existing: 'Helsingfors borde ordna kommunala folkomröstningar oftare än i dag.',
  },
  nearDuplicate: {
    typed: 'Helsingfors borde hålla kommunala folkomröstningar oftare än nu',
    existing: 'Helsingfors borde ordna kommunala folkomröstningar oftare än i dag.',
  },
  newStatement: 'Staden borde ordna en sommarskola i delaktighet för unga varje sommar.',
};

describeInBrowser('a participant in the browser', () => {
  const session = useDemoSession();

  for (const c of [finnish, swedish]) {
    it(`in ${c.locale}: votes ten statements with the keyboard, changes one from "my votes" and writes`, { timeout: 90_000 }, async () => {
      const { page, context, problems } = await newVisit(session.browser, { locale: c.locale });
      try {
        await openConversation(page, session.server.url, c);
        await toggleOriginal(page, c);
        const votes = await voteWithKeyboard(page, c, 10);
        await changeOneVote(page, session.server.url, c, votes);
        await writeStatements(page, session.server.url, c);
        // The only console errors allowed are the refusals the test provoked (duplicate, no similarity API).
        expect(problems.filter((p) => !/status of (404|409)/.test(p))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('loads the page and shows the first statement without a request to any other host', { timeout: 30_000 }, async () => {
    const { page, context, requests, problems } = await newVisit(session.browser, { locale: 'en-GB' });
    try {
      await page.goto(`${session.server.url}/`);
      await page.waitForURL(`${session.server.url}/en`);
      await page.goto(`${session.server.url}/en/c/${DEMO_SLUG}`);
      await page.locator('#card-statement').waitFor();
      expect(demoStatements('en')).toContain(await page.locator('#card-statement').textContent());
      const origin = new URL(session.server.url).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      // Content-Security-Policy violations show as console errors.
      expect(problems).toEqual([]);

      // The language switch keeps the page and changes the interface and the statement's language.
      await page.getByRole('link', { name: 'Svenska' }).click();
      await page.waitForURL(`${session.server.url}/sv/c/${DEMO_SLUG}`);
      await expect.poll(() => page.locator('.voting-card .vote-button__label').first().textContent()).toBe('Håller med');
      expect(demoStatements('sv')).toContain(await page.locator('#card-statement').textContent());
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    } finally {
      await context.close();
    }
  });
});
