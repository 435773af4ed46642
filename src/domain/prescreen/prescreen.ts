import type { Lang } from '../languages.js';
import type { StatementSimilarity, StatementText } from '../similarity/index.js';
import { checkContactDetails, findUrls } from './contact-details.js';
import { overlaps, sortFlags, type Flag, type TextSpan } from './flag.js';
import { checkPersonalIdentityCodes } from './identity-code.js';
import { checkOffensiveWords } from './offensive-language.js';
import { checkPersonalNames } from './person-names.js';
import { checkShouting } from './shouting.js';
import { checkStreetAddresses } from './street-address.js';
import { checkTopic, conversationTopic, type ConversationTopic } from './topic.js';

export interface PrescreenContext {
  /**
   * The conversation's title, question and description in each of its languages, or the topic
   * built from them once with `conversationTopic` (cheaper when many statements are screened).
   */
  readonly conversation: ConversationTopic | readonly StatementText[];
  /** The conversation's similar-statement index (published and pending statements). */
  readonly similarity: Pick<StatementSimilarity, 'query' | 'sameMeaningThreshold'>;
  /** The screened statement's id when it is already indexed, so that it is not its own duplicate. */
  readonly statementId?: string;
  /** Overrides `OFF_TOPIC_THRESHOLD`. */
  readonly offTopicThreshold?: number;
}

/** Drops flags whose span lies inside a span already found by a more specific check. */
function withoutOverlaps(flags: Flag[], taken: TextSpan[]): Flag[] {
  const kept: Flag[] = [];
  for (const flag of flags) {
    if (flag.span && taken.some((t) => overlaps(t, flag.span!))) continue;
    kept.push(flag);
    if (flag.span) taken.push(flag.span);
  }
  return kept;
}

/**
 * Rules 1 and 2 on the text alone: personal identity codes, contact details, street addresses,
 * personal names, offensive words, slurs and shouting. Synchronous and without outside requests.
 */
export function screenText(text: string, lang: Lang): Flag[] {
  const taken: TextSpan[] = [];
  // Most specific first: a phone number inside an identity code, or a name inside an address, is not flagged again.
  const identifying = [
    ...withoutOverlaps(checkPersonalIdentityCodes(text), taken),
    ...withoutOverlaps(checkContactDetails(text), taken),
    ...withoutOverlaps(checkStreetAddresses(text), taken),
  ];
  const names = checkPersonalNames(text, [...taken, ...findUrls(text)]);
  return sortFlags([...identifying, ...names, ...checkOffensiveWords(text, lang), ...checkShouting(text)]);
}

/**
 * Pre-screens a statement against the three public rules. Each flag names its rule, explains
 * itself in Finnish, Swedish and English, and points at the span of text that raised it (or, for
 * rule 3, at the statement it duplicates). Deterministic; no request leaves the process.
 */
export async function prescreen(text: string, lang: Lang, context: PrescreenContext): Promise<Flag[]> {
  const topic = 'score' in context.conversation ? context.conversation : conversationTopic(context.conversation);
  const topical = await checkTopic(text, lang, { ...context, topic });
  return [...screenText(text, lang), ...topical];
}
