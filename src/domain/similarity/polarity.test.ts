import { describe, expect, it } from 'vitest';
import type { Lang } from './lang.js';
import { analysePolarity, polarityClass, polarityConflict } from './polarity.js';
import { tokenise } from './tokenise.js';

const polarity = (text: string, lang: Lang) => analysePolarity(tokenise(text), lang);
const direction = (text: string, lang: Lang) => polarity(text, lang).direction;
const conflict = (a: string, b: string, lang: Lang, langB: Lang = lang) => polarityConflict(polarity(a, lang), polarity(b, langB));

describe('polarity lexicon', () => {
  it('knows direction words by their inflected and compounded forms', () => {
    expect(polarityClass('lisätään', 'fi')).toBe('more');
    expect(polarityClass('vähennettävä', 'fi')).toBe('less');
    expect(polarityClass('lakkautetaan', 'fi')).toBe('less');
    expect(polarityClass('ökas', 'sv')).toBe('more');
    expect(polarityClass('minskning', 'sv')).toBe('less');
    expect(polarityClass('abolished', 'en')).toBe('less');
    expect(polarityClass('increasing', 'en')).toBe('more');
  });

  it('does not take look-alike words for direction words', () => {
    expect(polarityClass('lisäksi', 'fi')).toBeNull();
    expect(polarityClass('kieli', 'fi')).toBeNull();
    expect(polarityClass('kaupunki', 'fi')).toBeNull();
    expect(polarityClass('permits', 'en')).toBeNull();
    // Early childhood education is a service, not a time.
    expect(polarityClass('varhaiskasvatuksen', 'fi')).toBeNull();
    expect(polarityClass('early', 'en')).toBeNull();
    expect(polarityClass('varhaisemmin', 'fi')).toBe('earlier');
  });
});

describe('analysePolarity', () => {
  it('reads the direction of a demand in each language', () => {
    expect(direction('Osallistuvan budjetoinnin määrärahaa pitää kasvattaa.', 'fi')).toBe(1);
    expect(direction('Osallistuva budjetointi pitää lakkauttaa.', 'fi')).toBe(-1);
    expect(direction('Anslaget ska ökas.', 'sv')).toBe(1);
    expect(direction('Anslaget ska minskas.', 'sv')).toBe(-1);
    expect(direction('Raise the participatory budget.', 'en')).toBe(1);
    expect(direction('Abolish the participatory budget.', 'en')).toBe(-1);
  });

  it('flips a direction word under negation, before or after it', () => {
    expect(direction('Kaupungin ei pidä lisätä pyöräteitä.', 'fi')).toBe(-1);
    expect(direction('Pyöräteitä ei saa vähentää.', 'fi')).toBe(1);
    expect(direction('Staden ska inte bygga fler cykelvägar.', 'sv')).toBe(-1);
    expect(direction('Avgifterna höjs inte.', 'sv')).toBe(-1);
    expect(direction('The city should not build more cycle lanes.', 'en')).toBe(-1);
    expect(direction("Don't close the library.", 'en')).toBe(1);
  });

  it('treats a negation with nothing to flip as a negated claim', () => {
    expect(direction('Ei enää uusia parkkitaloja.', 'fi')).toBe(-1);
    expect(direction('Invånarna ska inte få rösta om investeringar.', 'sv')).toBe(-1);
    expect(direction('Residents should no longer vote on this.', 'en')).toBe(-1);
    expect(direction('Residents should vote on this.', 'en')).toBeNull();
  });

  it('reads "too" as asking for the opposite of the adjective', () => {
    expect(direction('Luokat ovat liian suuret.', 'fi')).toBe(-1);
    expect(direction('Klasserna är för stora.', 'sv')).toBe(-1);
    expect(direction('There are too few buses.', 'en')).toBe(1);
    expect(polarity('Bussiliput ovat liian kalliita.', 'fi').evaluation).toBe(1);
    expect(polarity('Tickets are too expensive.', 'en').evaluation).toBe(1);
    expect(direction('Staden borde göra mer för barn.', 'sv')).toBe(1);
  });

  it('counts a verb particle only when the verb is not polar itself', () => {
    expect(direction('Anslaget ska skäras ned.', 'sv')).toBe(-1);
    expect(direction('Trees should be cut down.', 'en')).toBe(-1);
    expect(direction('Träden ska huggas ner.', 'sv')).toBe(-1);
  });

  it('takes "close" as a verb only where a verb can stand', () => {
    expect(direction('Close the library.', 'en')).toBe(-1);
    expect(direction('The library must close.', 'en')).toBe(-1);
    expect(direction('A school close to home.', 'en')).toBeNull();
  });

  it('takes the polarity of the clause that carries the demand', () => {
    expect(direction('Kaupungin pitää lisätä pyöräteitä, koska nykyiset eivät riitä.', 'fi')).toBe(1);
    expect(direction('In densely built areas, burning wood should be limited.', 'en')).toBe(-1);
    expect(direction('Nattbussarna är för många och bör bli färre.', 'sv')).toBe(-1);
    expect(direction('Staden ska satsa mindre på fjärrvärme och mer på kärnkraft.', 'sv')).toBe(-1);
  });

  it('does not take a fronted clause without a modal for the demand', () => {
    expect(direction('Before any school is closed, residents should be consulted.', 'en')).toBeNull();
    expect(conflict('Before any school is closed, residents should be consulted.', 'The city must consult residents before closing a school.', 'en')).toBe(false);
  });
});

describe('polarityConflict', () => {
  it('flags opposite demands on the same topic', () => {
    expect(conflict('Raise the participatory budget.', 'Abolish the participatory budget.', 'en')).toBe(true);
    expect(conflict('Kirjastojen aukioloaikoja pitää pidentää.', 'Kirjastojen aukioloaikoja voi lyhentää.', 'fi')).toBe(true);
    expect(conflict('Hastigheten ska höjas.', 'Hastigheten ska sänkas.', 'sv')).toBe(true);
    expect(conflict('Kaupungin pitää lisätä pyöräteitä.', 'Kaupungin ei pidä lisätä pyöräteitä.', 'fi')).toBe(true);
    expect(conflict('Parks are safe.', 'Parks are dangerous.', 'en')).toBe(true);
  });

  it('flags opposites across languages', () => {
    expect(conflict('Osallistuvan budjetoinnin määrärahaa pitää kasvattaa.', 'Anslaget för deltagande budgetering ska minskas.', 'fi', 'sv')).toBe(true);
  });

  it('sees the same claim made with an antonym and a negation', () => {
    expect(conflict('Do not close the library.', 'Keep the library open.', 'en')).toBe(false);
    expect(conflict('Lähikouluja ei saa lakkauttaa.', 'Pienet lähikoulut on säilytettävä.', 'fi')).toBe(false);
    expect(conflict('Små närskolor får inte läggas ned.', 'De små närskolorna ska bevaras.', 'sv')).toBe(false);
    expect(conflict('Luokkakoot pitää pienentää.', 'Koululuokissa on liikaa oppilaita.', 'fi')).toBe(false);
  });

  it('does not compare an evaluation with a direction', () => {
    expect(conflict('Bus tickets should be cheaper.', 'Lower the bus ticket prices.', 'en')).toBe(false);
    expect(conflict('Rents in city-owned housing are too high.', 'City-owned flats should have lower rents.', 'en')).toBe(false);
  });

  it('flags later against earlier, in each language', () => {
    expect(conflict('Schools should start later in the morning.', 'Schools should start earlier in the morning.', 'en')).toBe(true);
    expect(conflict('Koulupäivän pitää alkaa myöhemmin.', 'Koulupäivän pitää alkaa aikaisemmin.', 'fi')).toBe(true);
    expect(conflict('Skoldagen ska börja senare.', 'Skoldagen ska börja tidigare.', 'sv')).toBe(true);
    expect(conflict('Terraces should stay open later.', 'Terraces should serve customers until later.', 'en')).toBe(false);
  });

  it('reads "faster" as better service, which long queues also ask for', () => {
    expect(conflict('Terveysasemille pitää päästä nopeammin.', 'Terveysasemien jonot ovat liian pitkät.', 'fi')).toBe(false);
    expect(conflict('You should get an appointment faster.', 'Waiting times are too long.', 'en')).toBe(false);
  });

  it('reads a concession as the stance where the claim says nothing', () => {
    expect(conflict('Kollektivtrafiken borde vara billigare.', 'Kollektivtrafiken borde gå oftare, även om biljetterna blir dyrare.', 'sv')).toBe(true);
    expect(conflict('Bus tickets should be cheaper, even though the city pays more.', 'Bus tickets should be cheaper.', 'en')).toBe(false);
    expect(polarity('Bussien pitää kulkea useammin, vaikka liput kallistuisivat.', 'fi').direction).toBe(1);
  });

  it('sees no conflict between statements without polar words', () => {
    expect(conflict('Council meetings should be streamed.', 'Council meetings on the internet.', 'en')).toBe(false);
  });
});
