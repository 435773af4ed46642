import { beforeEach, describe, expect, it } from 'vitest';
import type { StatementSimilarity, StatementText } from './port.js';

/**
 * The contract every `StatementSimilarity` passes, whatever it compares with (TF-IDF, a sentence
 * embedding model). Call it from the implementation's test file with a factory for an empty index.
 */
export function describeStatementSimilarity(
  name: string,
  create: () => StatementSimilarity | Promise<StatementSimilarity>,
): void {
  describe(`StatementSimilarity contract: ${name}`, () => {
    let index: StatementSimilarity;

    /** A small conversation so that there is something to tell the match from. */
    const BACKGROUND: ReadonlyArray<readonly [string, StatementText]> = [
      ['bg-1', { lang: 'fi', text: 'Kirjastojen aukioloaikoja pitää pidentää iltaisin.' }],
      ['bg-2', { lang: 'fi', text: 'Leikkipuistoihin tarvitaan lisää varjoa ja penkkejä.' }],
      ['bg-3', { lang: 'fi', text: 'Kouluruoan pitää olla terveellisempää.' }],
      ['bg-4', { lang: 'sv', text: 'Staden borde bygga en ny simhall i öster.' }],
      ['bg-5', { lang: 'sv', text: 'Skolorna behöver fler kuratorer.' }],
      ['bg-6', { lang: 'en', text: 'Dog parks should be lit in winter.' }],
      ['bg-7', { lang: 'en', text: 'Council meetings should be streamed live online.' }],
      ['bg-8', { lang: 'en', text: 'The city should plant more trees along streets.' }],
      ['bg-9', { lang: 'fi', text: 'Joukkoliikenteen pitää olla maksutonta nuorille.' }],
      ['bg-10', { lang: 'sv', text: 'Hyrorna i stadens bostäder får inte höjas.' }],
    ];
    const CYCLE_FI = 'Keskustaan pitää rakentaa lisää pyöräteitä.';
    const CYCLE_FI_REWORDED = 'Keskustassa tarvitaan enemmän pyöräteitä.';

    beforeEach(async () => {
      index = await create();
      for (const [id, text] of BACKGROUND) await index.upsertStatement(id, 'published', [text]);
    });

    const ids = (results: ReadonlyArray<{ statementId: string }>) => results.map((r) => r.statementId);

    it('returns nothing from an empty index or for an empty query', async () => {
      const empty = await create();
      expect(await empty.query({ text: CYCLE_FI, lang: 'fi' })).toEqual([]);
      expect(await index.query({ text: '', lang: 'fi' })).toEqual([]);
      expect(await index.query({ text: ' ?! ', lang: 'en' })).toEqual([]);
    });

    it('scores the same text at the threshold or above, and at most 1', async () => {
      await index.upsertText({ statementId: 'cycle', lang: 'fi', text: CYCLE_FI, status: 'published' });
      const [top] = await index.query({ text: CYCLE_FI, lang: 'fi' });
      expect(top?.statementId).toBe('cycle');
      expect(top!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
      expect(top!.score).toBeLessThanOrEqual(1);
    });

    it('finds a rewording as the same meaning, above unrelated statements', async () => {
      await index.upsertText({ statementId: 'cycle', lang: 'fi', text: CYCLE_FI, status: 'published' });
      const results = await index.query({ text: CYCLE_FI_REWORDED, lang: 'fi', limit: 20 });
      expect(results[0]?.statementId).toBe('cycle');
      expect(results[0]!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
      for (const r of results.slice(1)) expect(r.score).toBeLessThan(index.sameMeaningThreshold);
    });

    it('scores an opposite claim on the same topic below the threshold', async () => {
      await index.upsertText({ statementId: 'more', lang: 'en', text: 'The city should build more cycle lanes.', status: 'published' });
      await index.upsertText({ statementId: 'abolish', lang: 'en', text: 'Abolish the participatory budget.', status: 'published' });
      const negated = await index.query({ text: 'The city should not build more cycle lanes.', lang: 'en' });
      expect(negated.find((r) => r.statementId === 'more')?.score ?? 0).toBeLessThan(index.sameMeaningThreshold);
      const opposite = await index.query({ text: 'Raise the participatory budget.', lang: 'en' });
      expect(opposite.find((r) => r.statementId === 'abolish')?.score ?? 0).toBeLessThan(index.sameMeaningThreshold);
    });

    it('sorts by score, one entry per statement, within the limit (default 5)', async () => {
      await index.upsertStatement('cycle', 'published', [
        { lang: 'fi', text: CYCLE_FI },
        { lang: 'sv', text: 'Staden ska bygga fler cykelvägar i centrum.' },
      ]);
      const all = await index.query({ text: 'pyöräteitä kirjastoja leikkipuistoja kouluruokaa', lang: 'fi', limit: 100 });
      expect(new Set(ids(all)).size).toBe(all.length);
      for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
      expect(all.length).toBeGreaterThan(2);
      expect(await index.query({ text: 'pyöräteitä kirjastoja leikkipuistoja kouluruokaa', lang: 'fi', limit: 2 })).toEqual(all.slice(0, 2));
      const many = await index.query({ text: 'The city should do more', lang: 'en', limit: 100, minScore: 0 });
      const byDefault = await index.query({ text: 'The city should do more', lang: 'en' });
      expect(byDefault).toEqual(many.slice(0, 5));
    });

    it('searches published statements unless asked for pending ones too', async () => {
      await index.upsertText({ statementId: 'cycle', lang: 'fi', text: CYCLE_FI, status: 'pending' });
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi' }))).not.toContain('cycle');
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi', statuses: ['pending'] }))).toEqual(['cycle']);
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi', statuses: ['published', 'pending'] }))[0]).toBe('cycle');
      await index.setStatus('cycle', 'published');
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi' }))[0]).toBe('cycle');
      await index.setStatus('no-such-statement', 'published');
    });

    it('leaves out the excluded statement and scores below minScore', async () => {
      await index.upsertText({ statementId: 'cycle', lang: 'fi', text: CYCLE_FI, status: 'pending' });
      await index.upsertText({ statementId: 'cycle-2', lang: 'fi', text: CYCLE_FI_REWORDED, status: 'published' });
      const nearest = await index.query({ text: CYCLE_FI, lang: 'fi', statuses: ['published', 'pending'], excludeStatementId: 'cycle' });
      expect(ids(nearest)).not.toContain('cycle');
      expect(nearest[0]?.statementId).toBe('cycle-2');
      const high = await index.query({ text: CYCLE_FI, lang: 'fi', limit: 50, minScore: nearest[0]!.score });
      for (const r of high) expect(r.score).toBeGreaterThanOrEqual(nearest[0]!.score);
    });

    it('meets a statement in another language through its translation', async () => {
      await index.upsertText({ statementId: 'budget', lang: 'fi', text: 'Osallistuvan budjetoinnin rahasummaa pitää kasvattaa.', status: 'published' });
      const before = await index.query({ text: 'Beloppet för deltagande budgetering ska höjas.', lang: 'sv' });
      expect(before.find((r) => r.statementId === 'budget')?.score ?? 0).toBeLessThan(index.sameMeaningThreshold);
      await index.upsertText({ statementId: 'budget', lang: 'sv', text: 'Beloppet för deltagande budgetering ska ökas.', status: 'published' });
      const [top] = await index.query({ text: 'Beloppet för deltagande budgetering ska höjas.', lang: 'sv' });
      expect(top).toMatchObject({ statementId: 'budget', lang: 'sv', text: 'Beloppet för deltagande budgetering ska ökas.' });
      expect(top!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
    });

    it('replaces a text when it is edited, and drops texts left out of upsertStatement', async () => {
      await index.upsertText({ statementId: 'edit', lang: 'en', text: 'Fireworks should be banned on New Year’s Eve.', status: 'published' });
      await index.upsertText({ statementId: 'edit', lang: 'en', text: 'Bus stops need more shelters and benches.', status: 'published' });
      expect(ids(await index.query({ text: 'Fireworks should be banned on New Year’s Eve.', lang: 'en' }))).not.toContain('edit');
      expect(ids(await index.query({ text: 'Bus stops need more shelters and benches.', lang: 'en' }))[0]).toBe('edit');

      await index.upsertStatement('multi', 'published', [
        { lang: 'fi', text: CYCLE_FI },
        { lang: 'en', text: 'More cycle lanes are needed in the centre.' },
      ]);
      await index.upsertStatement('multi', 'published', [{ lang: 'fi', text: CYCLE_FI }]);
      expect(ids(await index.query({ text: 'More cycle lanes are needed in the centre.', lang: 'en' }))).not.toContain('multi');
      const twice = [
        { lang: 'fi', text: 'a' },
        { lang: 'fi', text: 'b' },
      ] as const;
      await expect(Promise.resolve().then(() => index.upsertStatement('twice', 'published', twice))).rejects.toThrow();
    });

    it('removes a text, a statement without texts, and a whole statement', async () => {
      await index.upsertStatement('cycle', 'published', [
        { lang: 'fi', text: CYCLE_FI },
        { lang: 'sv', text: 'Staden ska bygga fler cykelvägar i centrum.' },
      ]);
      await index.removeText('cycle', 'sv');
      expect(ids(await index.query({ text: 'Staden ska bygga fler cykelvägar i centrum.', lang: 'sv' }))).not.toContain('cycle');
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi' }))[0]).toBe('cycle');
      await index.removeText('cycle', 'fi');
      expect(ids(await index.query({ text: CYCLE_FI, lang: 'fi' }))).not.toContain('cycle');
      await index.removeStatement('bg-7');
      expect(ids(await index.query({ text: 'Council meetings should be streamed live online.', lang: 'en' }))).not.toContain('bg-7');
      await index.removeStatement('no-such-statement');
      await index.removeText('no-such-statement', 'fi');
    });
  });
}
