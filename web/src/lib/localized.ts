import type { Conversation, Lang, Statement } from '../api/types';

/** The conversation's texts in `lang`, or in its first language when it has none in `lang`. */
export function conversationTexts(conversation: Conversation, lang: Lang) {
  const textLang = conversation.texts[lang] ? lang : (conversation.languages.find((l) => conversation.texts[l]) ?? lang);
  const texts = conversation.texts[textLang] ?? { title: conversation.id, question: '', description: '', rules: [], contact: '' };
  return { lang: textLang, texts };
}

export interface ShownText {
  text: string;
  lang: Lang;
  /** The original when `text` is a translation. */
  original: { text: string; lang: Lang } | null;
}

/** A statement in the reader's language when it has one, else in its original language. */
export function statementIn(statement: Pick<Statement, 'text' | 'lang' | 'translations'>, lang: Lang): ShownText {
  const translation = statement.lang === lang ? undefined : statement.translations[lang];
  if (translation) return { text: translation, lang, original: { text: statement.text, lang: statement.lang } };
  return { text: statement.text, lang: statement.lang, original: null };
}

/** The language a participant writes in by default: the interface's, if the conversation has it. */
export const writingLang = (conversation: Conversation, lang: Lang): Lang =>
  conversation.languages.includes(lang) ? lang : (conversation.languages[0] ?? lang);
