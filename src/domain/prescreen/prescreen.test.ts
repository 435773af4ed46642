import { describe, expect, it } from 'vitest';
import { TfIdfSimilarityIndex } from '../similarity/index.js';
import { prescreen, screenText } from './prescreen.js';

const conversation = [{ lang: 'fi' as const, text: 'Miten asukkaat voisivat vaikuttaa kaupungin päätöksiin?' }];

describe('prescreen', () => {
  it('returns every flag with its rule, explanation in three languages and span', async () => {
    const text = 'Pormestari Vartiainen on täysi idiootti, soittakaa 040 123 4567.';
    const flags = await prescreen(text, 'fi', { conversation, similarity: new TfIdfSimilarityIndex() });
    expect(flags.map((f) => [f.rule, f.kind, f.span && text.slice(f.span.start, f.span.end)])).toEqual([
      ['names_person', 'title_with_name', 'Pormestari Vartiainen'],
      ['offensive', 'insult', 'idiootti'],
      ['names_person', 'phone', '040 123 4567'],
    ]);
    for (const f of flags) for (const lang of ['fi', 'sv', 'en'] as const) expect(f.reason[lang].length).toBeGreaterThan(5);
  });

  it('flags a personal identity code once, not also as a phone number or a name', () => {
    const flags = screenText('Hetu 010203A1230 ja puhelin 0401234567', 'fi');
    expect(flags.map((f) => f.kind)).toEqual(['personal_identity_code', 'phone']);
  });

  it('does not flag the words of an address or an e-mail address again as names', () => {
    expect(screenText('Asun osoitteessa Mannerheimintie 5 A 12.', 'fi').map((f) => f.kind)).toEqual(['street_address']);
    expect(screenText('Skicka till Anna.Lindholm@abo.fi', 'sv').map((f) => f.kind)).toEqual(['email']);
    expect(screenText('Lue lisää www.hel.fi/Kerrokantasi/Osallistu', 'fi')).toEqual([]);
  });

  it('is deterministic', async () => {
    const similarity = new TfIdfSimilarityIndex();
    similarity.upsertText({ statementId: 's1', status: 'published', lang: 'fi', text: 'Kirjastoja pitää olla auki pidempään.' });
    const text = 'MATTI VIRTANEN ON IDIOOTTI JA KIRJASTOT PITÄÄ OLLA AUKI PIDEMPÄÄN';
    const first = await prescreen(text, 'fi', { conversation, similarity });
    const second = await prescreen(text, 'fi', { conversation, similarity });
    expect(second).toEqual(first);
    expect(first.map((f) => f.kind)).toEqual(['personal_name', 'shouting', 'insult']);
  });

  it('flags nothing in a clean statement on topic', async () => {
    expect(
      await prescreen('Pormestarin pitäisi tavata asukkaita Kalliossa ja Töölössä.', 'fi', { conversation, similarity: new TfIdfSimilarityIndex() }),
    ).toEqual([]);
  });
});
