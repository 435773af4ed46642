import { helsinkiDemo } from '../../../src/infra/demo/helsinki-content.js';

export type DemoLang = 'fi' | 'sv' | 'en';

/** The demo's seed statements as shown in `lang` (originals are Finnish, with translations). */
export const demoStatements = (lang: DemoLang): string[] => helsinkiDemo.statements.map((s) => s.texts[lang]);

export const demoQuestion = (lang: DemoLang): string => helsinkiDemo.texts[lang].question;

/** Looks up a statement's id by any of its texts, through the public API. */
export async function statementIdByText(baseUrl: string, slug: string, text: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/conversations/${slug}/statements`);
  const { statements } = (await response.json()) as { statements: { id: string; text: string; translations: Record<string, string> }[] };
  const found = statements.find((s) => s.text === text || Object.values(s.translations).includes(text));
  if (!found) throw new Error(`no statement with text ${text}`);
  return found.id;
}
