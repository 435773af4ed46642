import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ConversationTexts, SeedStatement } from './editor-steps.js';
import { DEMO_ADMIN_EMAIL } from './staff-helpers.js';

export const MOD_SLUG = 'osallistuminen-e2e';
/** The demo's administrator, with a password the test sets (setAdminPassword). */
export const ORGANIZER = { email: DEMO_ADMIN_EMAIL, password: 'Järjestäjän-salasana-2026' };
export const MODERATOR = { email: 'moderaattori@example.fi', password: 'Moderaattorin-salasana-2026', name: 'Maija Moderaattori' };

/** Seed statements: published at once, in all three languages; the queue's nearest come from them. */
export const SEEDS: readonly SeedStatement[] = [
  {
    lang: 'fi',
    text: 'Asukasiltoja pitäisi järjestää jokaisessa kaupunginosassa.',
    translations: { sv: 'Invånarkvällar borde ordnas i varje stadsdel.', en: 'Residents’ evenings should be held in every district.' },
  },
  {
    lang: 'fi',
    text: 'Kaupungin pitäisi kysyä asukkaiden mielipidettä ennen isoja päätöksiä.',
    translations: { sv: 'Staden borde fråga invånarna om deras åsikt före stora beslut.', en: 'The city should ask residents for their opinion before big decisions.' },
  },
];

/** The conversation's texts in its three languages, Finnish the main one. */
export const MOD_TEXTS: Record<'fi' | 'sv' | 'en', ConversationTexts> = {
  fi: {
    title: 'Osallistuminen kaupunginosissa',
    question: 'Miten asukkaiden pitäisi voida vaikuttaa oman kaupunginosansa asioihin?',
    description: 'Kerro mielipiteesi väitteistä ja kirjoita omia.',
    rules: ['Älä mainitse yksittäisiä henkilöitä.', 'Kunnioita muita.', 'Pysy aiheessa.'],
    contact: 'osallisuus@example.fi',
  },
  sv: {
    title: 'Delaktighet i stadsdelarna',
    question: 'Hur borde invånarna kunna påverka frågor i sin egen stadsdel?',
    description: 'Säg vad du tycker om påståendena och skriv egna.',
    rules: ['Nämn inte enskilda personer.', 'Respektera andra.', 'Håll dig till ämnet.'],
    contact: 'delaktighet@example.fi',
  },
  en: {
    title: 'Taking part in the districts',
    question: 'How should residents be able to influence matters in their own district?',
    description: 'Say what you think of the statements and write your own.',
    rules: ['Do not name individual people.', 'Respect others.', 'Stay on topic.'],
    contact: 'participation@example.fi',
  },
};

/** Logs a browser profile in as a staff user, through the API (the cookie is the profile's). */
export async function logInContext(context: BrowserContext, base: string, who: { email: string; password: string }) {
  const response = await context.request.post(`${base}/api/v1/session`, { data: { email: who.email, password: who.password } });
  expect(response.status()).toBe(200);
}

/** A participant's statement, sent through the API from a browser profile (no page needed). */
export async function submitStatement(context: BrowserContext, base: string, text: string, lang: 'fi' | 'sv' | 'en') {
  const response = await context.request.post(`${base}/api/v1/conversations/${MOD_SLUG}/statements`, { data: { text, lang } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { statement: { id: string } }).statement.id;
}

/** Serious and critical axe violations, as "rule: selector" lines; minor ones are returned apart. */
export async function axeViolations(page: Page): Promise<{ serious: string[]; other: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const lines = (impact: (i: string | null | undefined) => boolean) =>
    results.violations.filter((v) => impact(v.impact)).flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  return { serious: lines((i) => i === 'serious' || i === 'critical'), other: lines((i) => i !== 'serious' && i !== 'critical') };
}
