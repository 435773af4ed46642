import type { Conversation } from '../../domain/conversation/conversation.js';
import type { Lang } from '../../domain/languages.js';
import { conversationTopic, screenText } from '../../domain/prescreen/index.js';
import { checkTopic } from '../../domain/prescreen/topic.js';
import type { StatementText } from '../../domain/similarity/port.js';
import type { SimilarityIndexes } from '../ports.js';

/** The conversation's title, question and description in each of its languages: what "on topic" is measured against. */
export function topicTexts(conversation: Conversation): StatementText[] {
  return Object.entries(conversation.texts).flatMap(([lang, t]) =>
    [t!.title, t!.question, t!.description].map((text) => ({ lang: lang as Lang, text })),
  );
}

/**
 * Whether a new statement under post-moderation must wait for a moderator: it does when the
 * pre-screen raises any flag the moderation queue would show (rules 1 and 2 on the text, rule 3
 * against the conversation's texts and its similarity index).
 */
export async function holdForReview(
  similarity: SimilarityIndexes,
  conversation: Conversation,
  text: string,
  lang: Lang,
): Promise<boolean> {
  // The text checks first: they need no index.
  if (screenText(text, lang).length > 0) return true;
  const index = await similarity.forConversation(conversation.id);
  const flags = await checkTopic(text, lang, { topic: conversationTopic(topicTexts(conversation)), similarity: index });
  return flags.length > 0;
}
