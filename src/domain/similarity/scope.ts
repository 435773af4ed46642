import type { Lang } from './lang.js';
import type { Token } from './tokenise.js';

/**
 * Whom a statement is for: everyone ("free for everyone", "kaikille", "för alla") or a group of
 * residents ("for pensioners", "lapsille", "för studenter"). "Free for pensioners" and "free for
 * everyone" share every topic word and differ in this alone. `null` when a statement names neither.
 */
export type Scope = 'everyone' | 'group' | null;

/** Words for everyone; "kaikille lapsille", "all children" name the group, not everyone. */
const EVERYONE: Record<Lang, ReadonlySet<string>> = {
  fi: new Set(['kaikille', 'kaikkien', 'jokaiselle', 'kaikkia']),
  sv: new Set(['alla', 'envar', 'samtliga']),
  en: new Set(['everyone', 'everybody', 'anyone', 'anybody', 'all']),
};

/**
 * "All" is as often "all schools" as "for all", and "kaikille" as often "kaikille kouluille": such a
 * word counts as everyone only at the end of its clause or before a word for residents.
 */
const ONLY_AT_CLAUSE_END: ReadonlySet<string> = new Set(['alla', 'all', 'samtliga', 'kaikille', 'kaikkien', 'kaikkia', 'jokaiselle']);

/** Residents in general, which "everyone" may name: "kaikille asukkaille", "all residents". */
const RESIDENTS: Record<Lang, readonly string[]> = {
  fi: ['asukka', 'kuntalai', 'kaupunkilai', 'ihmis'],
  sv: ['invånar', 'stadsbo', 'människor', 'medborgar'],
  en: ['resident', 'people', 'citizen', 'inhabitant'],
};

/** Groups of residents that a measure can be for, by the start of their inflected forms. */
const GROUPS: Record<Lang, readonly string[]> = {
  fi: ['eläkeläi', 'ikäihmi', 'ikäänty', 'vanhu', 'senior', 'lapsi', 'lapse', 'lasten', 'nuori', 'nuore', 'nuorte', 'nuoriso',
    'opiskelij', 'oppilas', 'oppilaa', 'oppilail', 'oppilaid', 'koululai', 'perhe', 'vammai', 'työttöm', 'maahanmuuttaj', 'asunnottom', 'kodittom', 'varusmie'],
  sv: ['pensionär', 'äldre', 'senior', 'barn', 'unga', 'ungas', 'ungdom', 'student', 'studerande', 'elev', 'famil',
    'funktionshind', 'arbetslös', 'invandrar', 'hemlös', 'bostadslös', 'värnpliktig'],
  en: ['pensioner', 'elderly', 'senior', 'child', 'kid', 'young', 'youth', 'teenager', 'student', 'pupil', 'famil',
    'parent', 'disabled', 'unemployed', 'immigrant', 'homeless', 'veteran'],
};

const startsWithAny = (word: string, starts: readonly string[]) => starts.some((s) => word.startsWith(s));

export function analyseScope(tokens: readonly Token[], lang: Lang): Scope {
  let everyone = false;
  let group = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const next = tokens[i + 1];
    const nextWord = next?.kind === 'word' ? next.text : null;
    if (EVERYONE[lang].has(token.text)) {
      if (nextWord !== null && startsWithAny(nextWord, GROUPS[lang])) {
        group = true;
        i++;
      } else if (nextWord === null || startsWithAny(nextWord, RESIDENTS[lang]) || !ONLY_AT_CLAUSE_END.has(token.text)) {
        everyone = true;
      }
    } else if (startsWithAny(token.text, GROUPS[lang])) {
      group = true;
    }
  }
  if (everyone && !group) return 'everyone';
  if (group && !everyone) return 'group';
  return null;
}

/** One statement is for everyone and the other for a group only. */
export function scopeConflict(a: Scope, b: Scope): boolean {
  return a !== null && b !== null && a !== b;
}
