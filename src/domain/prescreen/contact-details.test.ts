import { describe, expect, it } from 'vitest';
import { checkContactDetails, findEmails, findHandles, findPhoneNumbers } from './contact-details.js';

const spans = (text: string, find: (t: string) => { start: number; end: number }[]) => find(text).map((s) => text.slice(s.start, s.end));

describe('phone numbers', () => {
  it('finds Finnish mobile and landline numbers in their usual forms', () => {
    expect(spans('Soita 040 123 4567 tai 050-9876543.', findPhoneNumbers)).toEqual(['040 123 4567', '050-9876543']);
    expect(spans('numeroon 0401234567!', findPhoneNumbers)).toEqual(['0401234567']);
    expect(spans('Vaihde 09 310 1691.', findPhoneNumbers)).toEqual(['09 310 1691']);
    expect(spans('ring (09) 310 1691', findPhoneNumbers)).toEqual(['(09) 310 1691']);
    expect(spans('044 765 43 21 iltaisin', findPhoneNumbers)).toEqual(['044 765 43 21']);
  });

  it('finds international forms', () => {
    expect(spans('Call +358 44 123 9876 now', findPhoneNumbers)).toEqual(['+358 44 123 9876']);
    expect(spans('+358401234567', findPhoneNumbers)).toEqual(['+358401234567']);
    expect(spans('ring +46 70-123 45 67', findPhoneNumbers)).toEqual(['+46 70-123 45 67']);
    expect(spans('00358 40 555 1234', findPhoneNumbers)).toEqual(['00358 40 555 1234']);
    expect(spans('+44 20 7946 0958', findPhoneNumbers)).toEqual(['+44 20 7946 0958']);
  });

  it('leaves years, sums, dates, speeds, postcodes and bus lines alone', () => {
    for (const text of [
      'Hiilineutraali vuoteen 2030 mennessä.',
      'Budjetti 10 000 000 euroa.',
      'Äänestys 19.1.–1.2.2026.',
      'Nopeus 30 km/h ja 0,5 % alennus.',
      'Postinumero 00100 Helsinki.',
      'Bussi 55 kulkee 10 minuutin välein.',
      'Hätänumero 112 ja neuvonta 116 117.',
      'Klockan 8.15 på linje 550.',
    ]) {
      expect(findPhoneNumbers(text)).toEqual([]);
    }
  });
});

describe('e-mail addresses and handles', () => {
  it('finds e-mail addresses, also with non-ASCII letters', () => {
    expect(spans('Kirjoita tiina.korhonen@gmail.com, kiitos', findEmails)).toEqual(['tiina.korhonen@gmail.com']);
    expect(spans('mail: björn.öhman@åbo.fi', findEmails)).toEqual(['björn.öhman@åbo.fi']);
    expect(findEmails('Kaupunki @ kaikille')).toEqual([]);
  });

  it('finds social-media handles but not the @ of an e-mail address', () => {
    expect(spans('Seuratkaa @kallion_mikko ja @Stadin.Nuoret!', findHandles)).toEqual(['@kallion_mikko', '@Stadin.Nuoret']);
    expect(findHandles('anna.lindholm@abo.fi')).toEqual([]);
    expect(findHandles('tavataan @ 18')).toEqual([]);
  });

  it('flags each under rule 1 with its own kind', () => {
    const flags = checkContactDetails('Mail m.lahtinen@outlook.com, tel 040 123 4567, @mikko');
    expect(flags.map((f) => [f.rule, f.kind])).toEqual([
      ['names_person', 'email'],
      ['names_person', 'phone'],
      ['names_person', 'handle'],
    ]);
  });
});
