import { AxeBuilder } from '@axe-core/playwright';
import { request, type APIRequestContext, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createAdmin } from '../../../src/app/users/create-admin.js';
import type { DemoServer } from './server.js';

export const MOD_SLUG = 'osallistuminen-e2e';
export const ORGANIZER = { email: 'jarjestaja@example.fi', password: 'Järjestäjän-salasana-2026' };
export const MODERATOR = { email: 'moderaattori@example.fi', password: 'Moderaattorin-salasana-2026', name: 'Maija Moderaattori' };

/** Seed statements: published at once, in all three languages; the queue's nearest come from them. */
export const SEEDS = [
  {
    lang: 'fi' as const,
    text: 'Asukasiltoja pitäisi järjestää jokaisessa kaupunginosassa.',
    translations: { sv: 'Invånarkvällar borde ordnas i varje stadsdel.', en: 'Residents’ evenings should be held in every district.' },
  },
  {
    lang: 'fi' as const,
    text: 'Kaupungin pitäisi kysyä asukkaiden mielipidettä ennen isoja päätöksiä.',
    translations: { sv: 'Staden borde fråga invånarna om deras åsikt före stora beslut.', en: 'The city should ask residents for their opinion before big decisions.' },
  },
];

const TEXTS = {
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

/** The organizer's side, through the API: an admin account, a conversation and an invitation. */
export class OrganizerApi {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async start(server: DemoServer): Promise<OrganizerApi> {
    await createAdmin(server.deps, { email: ORGANIZER.email, displayName: 'Olli Organisoija', password: ORGANIZER.password });
    const api = await request.newContext({ baseURL: server.url });
    const login = await api.post('/api/v1/session', { data: ORGANIZER });
    expect(login.status()).toBe(200);
    return new OrganizerApi(api, ((await login.json()) as { csrfToken: string }).csrfToken);
  }

  private async send(method: 'post' | 'put', path: string, data: unknown): Promise<unknown> {
    const response = await this.api[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': this.csrfToken } });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${JSON.stringify(body)}`);
    return body;
  }

  /** A conversation in Finnish, Swedish and English, open from a minute ago, with seed statements. */
  async createConversation(): Promise<void> {
    const now = Date.now();
    const day = 24 * 3600 * 1000;
    await this.send('post', '/conversations', {
      slug: MOD_SLUG,
      languages: ['fi', 'sv', 'en'],
      texts: TEXTS,
      schedule: { opensAt: new Date(now - 60_000).toISOString(), statementsCloseAt: new Date(now + 7 * day).toISOString(), closesAt: new Date(now + 14 * day).toISOString() },
      settings: { moderation: 'pre' },
    });
    await this.send('post', `/conversations/${MOD_SLUG}/seed-statements`, { statements: SEEDS });
  }

  /** An invitation for a moderator: the path of its link. */
  async inviteModerator(): Promise<string> {
    const invite = (await this.send('post', '/invites', { conversationId: MOD_SLUG, email: MODERATOR.email, role: 'moderator' })) as { path: string };
    expect(invite.path).toMatch(/^\/fi\/staff\/invite\//);
    return invite.path;
  }

  async close() {
    await this.api.dispose();
  }
}

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
