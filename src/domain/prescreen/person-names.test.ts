import { describe, expect, it } from 'vitest';
import { checkPersonalNames } from './person-names.js';

const named = (text: string) => checkPersonalNames(text).map((f) => `${f.kind}:${text.slice(f.span!.start, f.span!.end)}`);

describe('personal names', () => {
  it('flags a title or office followed by a name, in three languages', () => {
    expect(named('Pormestari Vartiainen ei kuuntele.')).toEqual(['title_with_name:Pormestari Vartiainen']);
    expect(named('Kysykää valtuutettu Nieminen.')).toEqual(['title_with_name:valtuutettu Nieminen']);
    expect(named('Asukastalon ohjaajalle Sari Lehtiselle kiitos!')).toEqual(['title_with_name:ohjaajalle Sari Lehtiselle']);
    expect(named('Rektor Lindqvist på Tölö gymnasium.')).toEqual(['title_with_name:Rektor Lindqvist']);
    expect(named('Biträdande borgmästare Nasima Razmyar har glömt oss.')).toEqual(['title_with_name:Biträdande borgmästare Nasima Razmyar']);
    expect(named('Councillor Smith never answers.')).toEqual(['title_with_name:Councillor Smith']);
    expect(named('The principal, Mr. Hakala, ignores bullying.')).toEqual(['title_with_name:Mr. Hakala']);
  });

  it('after a title, a place name in its base form is a surname', () => {
    expect(named('Kysykää rehtori Kallio.')).toEqual(['title_with_name:rehtori Kallio']);
  });

  it('does not flag public offices without a name', () => {
    for (const text of [
      'Pormestarin pitäisi tavata asukkaita.',
      'Apulaispormestarien pitäisi pitää vastaanottoja.',
      'Pormestari ja apulaispormestarit voisivat pitää kyselytunnin.',
      'Borgmästaren borde träffa invånarna.',
      'Stadsstyrelsens ordförande borde förklara besluten.',
      'The mayor should hold open question sessions.',
      'The Mayor should answer. Deputy mayors should hold office hours.',
    ]) {
      expect(named(text), text).toEqual([]);
    }
  });

  it('does not flag place names in Finnish and Swedish, inflected', () => {
    for (const text of [
      'Kallioon tarvitaan lisää vessoja.',
      'Tarvitaan lisää pyöräteitä Töölössä ja Kalliossa.',
      'Tölö behöver fler cykelparkeringar, och Berghäll också.',
      'Espoon ja Helsingin pitäisi tehdä yhteistyötä.',
      'Koulut Itä-Helsingissä tarvitsevat rahaa.',
      'Residents in Vuosaari and Kontula feel ignored.',
      'Vanhankaupunginkosken ja Jätkäsaaren välille ratikka.',
      'Raitiolinja Arabianrannasta Kalasatamaan.',
    ]) {
      expect(named(text), text).toEqual([]);
    }
  });

  it('does not flag institutions, parties, brands, works in quotes or what English capitalises', () => {
    for (const text of [
      'HSL:n liput ovat kalliita.',
      'Helsingin yliopiston tiloja voisi avata.',
      'Kela ja kaupunki voisivat yhdistää palvelut.',
      'Keskustan ja Kokoomuksen valtuutetut äänestivät vastaan.',
      'Teatterin pitäisi esittää ”Tuntematon sotilas” ilmaiseksi.',
      'Kaupunki voisi käyttää Instagramia ja TikTokia.',
      'The University of Helsinki could open its libraries on Mondays in May.',
      'The Finns Party and the Greens should listen to Finnish and Swedish speakers.',
      'Jag önskar att Svenska folkpartiet och De gröna samarbetar.',
      'Amos Rex och Kiasma borde vara gratis.',
      'I think the City Board should publish its agenda.',
    ]) {
      expect(named(text), text).toEqual([]);
    }
  });

  it('flags capitalised words mid-sentence that are not known, and listed names anywhere', () => {
    expect(named('Naapurini Jari Mäkinen pitää meteliä.')).toEqual(['title_with_name:Naapurini Jari Mäkinen']);
    expect(named('Ask Emma and Oliver from the youth council.')).toEqual(['personal_name:Emma', 'personal_name:Oliver']);
    expect(named('Jussi Halla-aho ja Li Andersson väittelemään.')).toEqual(['personal_name:Jussi Halla-aho', 'personal_name:Li Andersson']);
    expect(named('Sazonov on pettänyt lupauksensa.')).toEqual(['personal_name:Sazonov']);
    expect(named('Lindström i stadsstyrelsen stoppade det.')).toEqual(['personal_name:Lindström']);
    expect(named('Jag håller med Johanna om simhallen.')).toEqual(['personal_name:Johanna']);
  });

  it('reads first names that are ordinary words as words unless a surname follows', () => {
    expect(named('Toivon, että kaupunki kuuntelee.')).toEqual([]);
    expect(named('Will the city fix the potholes?')).toEqual([]);
    expect(named('Tuuli Hietalahden rannassa on kova.')).toEqual([]);
    expect(named('Toivo Virtanen ehdotti tätä.')).toEqual(['personal_name:Toivo Virtanen']);
  });

  it('reads a name before a street word as a street named after a person', () => {
    expect(named('Minna Canthin katu on kapea.')).toEqual([]);
  });

  it('skips masked spans and title-case headings', () => {
    const text = 'Kirjoita Mikko Virtaselle';
    expect(checkPersonalNames(text, [{ start: 9, end: text.length }])).toEqual([]);
    expect(named('More Bike Lanes For Kallio And Töölö')).toEqual([]);
  });
});
