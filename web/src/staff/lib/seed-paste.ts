// Seed statements pasted in bulk: one text box per language, one statement per line. Line N of
// the main language is statement N; line N of another language is its translation (or blank).
import type { Lang } from '../../api/types';
import type { SeedStatementInput } from '../api';

export type SeedProblem =
  /** A line in a translation box with no statement on the same line of the main box. */
  | { kind: 'translation_without_statement'; lang: Lang; line: number }
  /** A statement longer than the conversation's limit. */
  | { kind: 'too_long'; lang: Lang; line: number; length: number };

export interface ParsedSeeds {
  statements: SeedStatementInput[];
  problems: SeedProblem[];
}

const lines = (text: string) => text.split(/\r\n|\r|\n/).map((line) => line.trim().normalize('NFC'));

/** Characters as the server counts them: Unicode code points. */
export const textLength = (text: string) => [...text].length;

export function parseSeedPaste(main: Lang, boxes: Partial<Record<Lang, string>>, maxLength: number): ParsedSeeds {
  const byLang = Object.fromEntries(Object.entries(boxes).map(([lang, text]) => [lang, lines(text ?? '')])) as Partial<Record<Lang, string[]>>;
  const mainLines = byLang[main] ?? [];
  const others = (Object.keys(byLang) as Lang[]).filter((l) => l !== main);
  const count = Math.max(mainLines.length, ...others.map((l) => byLang[l]!.length));
  const statements: SeedStatementInput[] = [];
  const problems: SeedProblem[] = [];
  for (let i = 0; i < count; i++) {
    const text = mainLines[i] ?? '';
    if (text === '') {
      for (const lang of others) if (byLang[lang]![i]) problems.push({ kind: 'translation_without_statement', lang, line: i + 1 });
      continue;
    }
    if (textLength(text) > maxLength) problems.push({ kind: 'too_long', lang: main, line: i + 1, length: textLength(text) });
    const translations: Partial<Record<Lang, string>> = {};
    for (const lang of others) {
      const translation = byLang[lang]![i];
      if (!translation) continue;
      if (textLength(translation) > maxLength) problems.push({ kind: 'too_long', lang, line: i + 1, length: textLength(translation) });
      translations[lang] = translation;
    }
    statements.push(Object.keys(translations).length > 0 ? { lang: main, text, translations } : { lang: main, text });
  }
  return { statements, problems };
}
