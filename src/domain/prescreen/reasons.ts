import type { FlagKind, LocalisedText } from './flag.js';

type FixedKind = Exclude<FlagKind, 'duplicate' | 'off_topic'>;

/** What each check found, as a moderator reads it next to the highlighted span. */
export const REASONS: Record<FixedKind, LocalisedText> = {
  personal_identity_code: {
    fi: 'Henkilötunnus (tarkistusmerkki täsmää).',
    sv: 'Personbeteckning (kontrolltecknet stämmer).',
    en: 'Finnish personal identity code (valid check character).',
  },
  email: {
    fi: 'Sähköpostiosoite.',
    sv: 'E-postadress.',
    en: 'E-mail address.',
  },
  phone: {
    fi: 'Puhelinnumero.',
    sv: 'Telefonnummer.',
    en: 'Phone number.',
  },
  street_address: {
    fi: 'Katuosoite numeroineen.',
    sv: 'Gatuadress med nummer.',
    en: 'Street address with a number.',
  },
  handle: {
    fi: 'Sosiaalisen median käyttäjätunnus.',
    sv: 'Användarnamn i sociala medier.',
    en: 'Social-media handle.',
  },
  personal_name: {
    fi: 'Mahdollinen henkilön nimi: iso alkukirjain, ei tunnettu paikka, organisaatio tai sana, tai yleinen etu- tai sukunimi.',
    sv: 'Möjligt personnamn: stor begynnelsebokstav, inte en känd plats, organisation eller ett känt ord, eller ett vanligt för- eller efternamn.',
    en: 'Possible personal name: capitalised and not a known place, organisation or word, or a common first name or surname.',
  },
  title_with_name: {
    fi: 'Virka tai titteli, jota seuraa nimi.',
    sv: 'Ämbete eller titel följt av ett namn.',
    en: 'Office or title followed by a name.',
  },
  insult: {
    fi: 'Loukkaava sana.',
    sv: 'Förolämpande ord.',
    en: 'Insulting word.',
  },
  profanity: {
    fi: 'Kirosana tai karkea ilmaus.',
    sv: 'Svordom eller grovt uttryck.',
    en: 'Swear word or crude language.',
  },
  group_slur: {
    fi: 'Halventava ilmaus ihmisryhmästä.',
    sv: 'Nedsättande uttryck om en grupp människor.',
    en: 'Derogatory expression about a group of people.',
  },
  shouting: {
    fi: 'Huutamista: lähes koko teksti isoilla kirjaimilla.',
    sv: 'Skrik: nästan hela texten med versaler.',
    en: 'Shouting: nearly all of the text in capitals.',
  },
};

function score(value: number): string {
  return value.toFixed(2);
}

export function duplicateReason(similarity: number, threshold: number): LocalisedText {
  return {
    fi: `Tarkoittaa samaa kuin keskustelussa jo oleva väite (samankaltaisuus ${score(similarity)}, raja ${score(threshold)}).`,
    sv: `Betyder samma sak som ett påstående som redan finns i samtalet (likhet ${score(similarity)}, gräns ${score(threshold)}).`,
    en: `Means the same as a statement already in the conversation (similarity ${score(similarity)}, threshold ${score(threshold)}).`,
  };
}

export function offTopicReason(similarity: number, threshold: number): LocalisedText {
  return {
    fi: `Vähän yhteistä keskustelun kysymyksen, kuvauksen ja julkaistujen väitteiden kanssa (paras samankaltaisuus ${score(similarity)}, raja ${score(threshold)}).`,
    sv: `Har lite gemensamt med samtalets fråga, beskrivning och publicerade påståenden (högsta likhet ${score(similarity)}, gräns ${score(threshold)}).`,
    en: `Has little in common with the conversation's question, description and published statements (best similarity ${score(similarity)}, threshold ${score(threshold)}).`,
  };
}
