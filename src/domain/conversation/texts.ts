import type { Lang } from '../languages.js';

/** What a conversation says in one of its languages. */
export interface ConversationTexts {
  title: string;
  question: string;
  description: string;
  rules: string[];
  contact: string;
}

/** The three public moderation rules, prefilled into every new conversation. */
export const DEFAULT_RULES: Record<Lang, string[]> = {
  fi: [
    'Väite ei saa nimetä tai yksilöidä ketään henkilöä.',
    'Väite ei saa loukata tai halventaa muita.',
    'Väitteen tulee pysyä aiheessa, se ei saa olla ilmeisen virheellinen eikä toistaa keskustelussa jo olevaa väitettä.',
  ],
  sv: [
    'Ett påstående får inte nämna eller identifiera en enskild person.',
    'Ett påstående får inte förolämpa eller nedvärdera andra.',
    'Ett påstående ska hålla sig till ämnet, får inte vara uppenbart felaktigt och får inte upprepa ett påstående som redan finns i samtalet.',
  ],
  en: [
    'A statement must not name or identify an individual person.',
    'A statement must not insult or disrespect others.',
    'A statement must stay on topic, must not be obviously false and must not repeat a statement already in the conversation.',
  ],
};
