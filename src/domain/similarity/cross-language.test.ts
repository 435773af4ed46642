import { describe, expect, it } from 'vitest';
import { TfIdfSimilarityIndex } from './tfidf-index.js';

/** A bilingual conversation: statements in Finnish and Swedish, some translated by moderators. */
function conversation(): TfIdfSimilarityIndex {
  const index = new TfIdfSimilarityIndex();
  const statements: Array<[string, 'fi' | 'sv' | 'en', string]> = [
    ['s1', 'fi', 'Kaupungin pitää rakentaa uusi uimahalli itään.'],
    ['s2', 'sv', 'Skolorna behöver fler kuratorer.'],
    ['s3', 'fi', 'Leikkipuistoihin tarvitaan lisää varjoa ja penkkejä.'],
    ['s4', 'sv', 'Hyrorna i stadens bostäder får inte höjas.'],
    ['s5', 'fi', 'Kirjastojen aukioloaikoja voi lyhentää säästösyistä.'],
    ['s6', 'en', 'Council meetings should be streamed live online.'],
    ['s7', 'sv', 'Staden ska bygga fler cykelvägar i centrum.'],
  ];
  for (const [id, lang, text] of statements) index.upsertText({ statementId: id, lang, text, status: 'published' });
  return index;
}

describe('meeting a statement across languages through its translation', () => {
  const FI = 'Kirjastojen aukioloaikoja pitää pidentää iltaisin.';
  const SV_TRANSLATION = 'Bibliotekens öppettider ska förlängas på kvällarna.';
  const SV_QUERY = 'Biblioteken borde ha längre öppettider på kvällarna.';

  it('finds the Finnish statement from Swedish once its translation is stored', () => {
    const index = conversation();
    index.upsertStatement('library', 'published', [{ lang: 'fi', text: FI }]);
    const before = index.query({ text: SV_TRANSLATION, lang: 'sv' });
    expect(before.find((r) => r.statementId === 'library')?.score ?? 0).toBeLessThan(index.sameMeaningThreshold);

    index.upsertText({ statementId: 'library', lang: 'sv', text: SV_TRANSLATION, status: 'published' });
    const [top] = index.query({ text: SV_TRANSLATION, lang: 'sv' });
    expect(top).toMatchObject({ statementId: 'library', lang: 'sv', text: SV_TRANSLATION });
    expect(top!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
    const [own] = index.query({ text: FI, lang: 'fi' });
    expect(own).toMatchObject({ statementId: 'library', lang: 'fi', text: FI });
  });

  it('makes a Finnish statement and a Swedish one repeating it each other’s best match', () => {
    const index = conversation();
    index.upsertStatement('library-fi', 'published', [
      { lang: 'fi', text: FI },
      { lang: 'sv', text: SV_TRANSLATION },
    ]);
    index.upsertStatement('library-sv', 'pending', [
      { lang: 'sv', text: SV_QUERY },
      { lang: 'fi', text: 'Kirjastoilla pitäisi olla pidemmät aukioloajat iltaisin.' },
    ]);
    const moderator = { statuses: ['published', 'pending'] } as const;
    const forSwedish = index.query({ text: SV_QUERY, lang: 'sv', ...moderator, excludeStatementId: 'library-sv' });
    expect(forSwedish[0]).toMatchObject({ statementId: 'library-fi', lang: 'sv' });
    const forFinnish = index.query({ text: FI, lang: 'fi', ...moderator, excludeStatementId: 'library-fi' });
    expect(forFinnish[0]).toMatchObject({ statementId: 'library-sv', lang: 'fi' });
    expect(forSwedish[0]!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
    expect(forFinnish[0]!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
  });

  it('finds the Finnish statement from a Swedish resident’s own wording', () => {
    const index = conversation();
    index.upsertStatement('library', 'published', [
      { lang: 'fi', text: FI },
      { lang: 'sv', text: SV_TRANSLATION },
    ]);
    const [top] = index.query({ text: SV_QUERY, lang: 'sv' });
    expect(top).toMatchObject({ statementId: 'library', lang: 'sv', text: SV_TRANSLATION });
    expect(top!.score).toBeGreaterThanOrEqual(index.sameMeaningThreshold);
  });

  it('does not take the opposite Finnish statement for the same', () => {
    const index = conversation();
    index.upsertText({ statementId: 's5', lang: 'sv', text: 'Bibliotekens öppettider kan förkortas för att spara pengar.', status: 'published' });
    const results = index.query({ text: SV_QUERY, lang: 'sv' });
    expect(results.find((r) => r.statementId === 's5')?.score ?? 0).toBeLessThan(index.sameMeaningThreshold);
  });
});
