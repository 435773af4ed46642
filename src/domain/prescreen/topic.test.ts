import { describe, expect, it } from 'vitest';
import { TfIdfSimilarityIndex, type SimilarityQuery, type StatementSimilarity } from '../similarity/index.js';
import { cityMatter } from './city-matters.js';
import { checkTopic, conversationTopic, OFF_TOPIC_THRESHOLD } from './topic.js';

const topic = conversationTopic([
  { lang: 'fi', text: 'Miten asukkaat voisivat vaikuttaa kaupungin päätöksiin? Kerro, miten osallistuisit.' },
  { lang: 'en', text: 'How could residents influence the decisions of the city?' },
]);

function index(): TfIdfSimilarityIndex {
  const similarity = new TfIdfSimilarityIndex();
  similarity.upsertStatement('p1', 'published', [
    { lang: 'fi', text: 'Kirjastojen aukioloaikoja pitää pidentää iltaisin ja viikonloppuisin.' },
    { lang: 'en', text: 'Library opening hours should be extended in the evenings and at weekends.' },
  ]);
  similarity.upsertStatement('p2', 'pending', [{ lang: 'sv', text: 'Simhallarna borde vara öppna längre på helgerna.' }]);
  return similarity;
}

describe('duplicates', () => {
  it('points at the nearest published or pending statement at or above the same-meaning threshold', async () => {
    const similarity = index();
    const [flag] = await checkTopic('Kirjastot pitää pitää auki pidempään iltaisin ja viikonloppuisin.', 'fi', { topic, similarity });
    expect(flag).toMatchObject({ rule: 'duplicate', kind: 'duplicate', statementId: 'p1', span: null });
    expect(flag!.score).toBeGreaterThanOrEqual(similarity.sameMeaningThreshold);
    expect(flag!.reason.en).toMatch(/already in the conversation/);
    const [pending] = await checkTopic('Simhallarna borde hålla öppet längre på helgerna.', 'sv', { topic, similarity });
    expect(pending).toMatchObject({ rule: 'duplicate', statementId: 'p2' });
  });

  it('does not match the statement itself, nor a different claim on the same topic', async () => {
    const similarity = index();
    similarity.upsertText({ statementId: 'new', status: 'pending', lang: 'fi', text: 'Uimahallit auki myöhempään.' });
    const own = await checkTopic('Uimahallit auki myöhempään.', 'fi', { topic, similarity, statementId: 'new' });
    expect(own.filter((f) => f.rule === 'duplicate')).toEqual([]);
    const other = await checkTopic('Kirjastojen aukioloaikoja pitää lyhentää.', 'fi', { topic, similarity });
    expect(other.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });

  it('works with an index that answers asynchronously', async () => {
    const inner = index();
    const remote: Pick<StatementSimilarity, 'query' | 'sameMeaningThreshold'> = {
      sameMeaningThreshold: inner.sameMeaningThreshold,
      query: (q: SimilarityQuery) => Promise.resolve(inner.query(q)),
    };
    const flags = await checkTopic('Library opening hours should be longer in the evenings and at weekends.', 'en', { topic, similarity: remote });
    expect(flags[0]).toMatchObject({ rule: 'duplicate', statementId: 'p1' });
  });
});

describe('off topic', () => {
  it('flags a text that shares nothing with the conversation and names no city matter', async () => {
    const similarity = index();
    const [flag] = await checkTopic('Ananas kuuluu pizzaan.', 'fi', { topic, similarity });
    expect(flag).toMatchObject({ rule: 'off_topic', kind: 'off_topic', span: null });
    expect(flag!.score).toBeLessThan(OFF_TOPIC_THRESHOLD);
    expect(flag!.reason.fi).toMatch(/raja 0\.05/);
    expect(await checkTopic('My favourite pizza topping is pineapple.', 'en', { topic, similarity })).toHaveLength(1);
  });

  it('keeps statements about the question, the published statements or city life', async () => {
    const similarity = index();
    for (const [text, lang] of [
      ['Asukkaiden pitäisi voida vaikuttaa päätöksiin verkossa.', 'fi'],
      ['Kirjastot ovat tärkeitä.', 'fi'],
      ['Kallioon tarvitaan lisää roska-astioita.', 'fi'],
      ['Det behövs fler cykelvägar mellan Vik och Gumtäkt.', 'sv'],
      ['HSL should run night buses more often.', 'en'],
    ] as const) {
      expect(await checkTopic(text, lang, { topic, similarity }), text).toEqual([]);
    }
  });

  it('reads city matters in inflected forms and compounds', () => {
    expect(cityMatter('Raitiovaunulinja 6 pitää jatkaa.', 'fi')).toBe('Raitiovaunulinja');
    expect(cityMatter('Fler ungdomsbiljetter behövs.', 'sv')).toBe('ungdomsbiljetter');
    expect(cityMatter('Kanelbullar är godare än croissanter.', 'sv')).toBeNull();
    expect(cityMatter('The moon is made of cheese.', 'en')).toBeNull();
  });
});
