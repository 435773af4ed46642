import type { Lang } from '../languages.js';
import type { StatementSimilarity, StatementText } from '../similarity/index.js';
import { TfIdfSimilarityIndex } from '../similarity/index.js';
import { cityMatter } from './city-matters.js';
import type { Flag } from './flag.js';
import { duplicateReason, offTopicReason } from './reasons.js';

/**
 * A statement that names no matter of city life (see CITY_VOCABULARY) is off topic when its best
 * similarity to a sentence of the conversation's own texts and to its published statements stays
 * below this. The index scores 0 when two texts share no stem or word part; a statement that
 * shares one content word with a sentence or a statement scores about 0.1 or more, while texts
 * about something else score 0 or a few hundredths through chance character n-grams. Chosen on
 * test/fixtures/prescreen/statements.json: from 0.02 to 0.05 it flags no more off-topic statements
 * and only two more clean ones; higher values add clean statements and hardly any off-topic ones.
 */
export const OFF_TOPIC_THRESHOLD = 0.05;

/** How near a text comes to what the conversation is about. */
export interface ConversationTopic {
  /** Best similarity, 0…1, of the text to a sentence of the conversation's own texts. */
  score(text: string, lang: Lang): number;
}

/** Sentences, so that a short statement meets the one sentence of a long description it is about. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The conversation's title, question and description in each of its languages, as a similarity
 * index of their sentences. Build it once per conversation and pass it in the pre-screen context.
 */
export function conversationTopic(texts: readonly StatementText[]): ConversationTopic {
  const index = new TfIdfSimilarityIndex();
  let n = 0;
  for (const { lang, text } of texts) {
    for (const sentence of sentences(text)) index.upsertText({ statementId: `topic-${n++}`, status: 'published', lang, text: sentence });
  }
  return {
    score(text, lang) {
      return index.query({ text, lang, limit: 1 })[0]?.score ?? 0;
    },
  };
}

/** What the topic checks need to know about the conversation. */
export interface TopicContext {
  readonly topic: ConversationTopic;
  /** The conversation's statements, published and pending. */
  readonly similarity: Pick<StatementSimilarity, 'query' | 'sameMeaningThreshold'>;
  /** The statement's own id when it is already in the index, so that it does not match itself. */
  readonly statementId?: string;
  readonly offTopicThreshold?: number;
}

/**
 * Rule 3: a duplicate when the nearest published or pending statement scores at or above the
 * index's same-meaning threshold; off topic when the statement names no matter of city life and
 * neither the conversation's texts nor its published statements come near.
 */
export async function checkTopic(text: string, lang: Lang, context: TopicContext): Promise<Flag[]> {
  const { similarity, statementId } = context;
  const threshold = similarity.sameMeaningThreshold;
  const exclude = statementId === undefined ? {} : { excludeStatementId: statementId };
  const [duplicate] = await similarity.query({ text, lang, limit: 1, statuses: ['published', 'pending'], minScore: threshold, ...exclude });
  if (duplicate) {
    return [
      {
        rule: 'duplicate',
        kind: 'duplicate',
        reason: duplicateReason(duplicate.score, threshold),
        span: null,
        statementId: duplicate.statementId,
        score: duplicate.score,
      },
    ];
  }
  if (cityMatter(text, lang) !== null) return [];
  const offTopicThreshold = context.offTopicThreshold ?? OFF_TOPIC_THRESHOLD;
  const [nearest] = await similarity.query({ text, lang, limit: 1, statuses: ['published'], ...exclude });
  const best = Math.max(context.topic.score(text, lang), nearest?.score ?? 0);
  if (best >= offTopicThreshold) return [];
  return [{ rule: 'off_topic', kind: 'off_topic', reason: offTopicReason(best, offTopicThreshold), span: null, score: best }];
}
