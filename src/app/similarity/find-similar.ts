import { DomainError } from '../../domain/errors.js';
import { isLang } from '../../domain/languages.js';
import type { SimilarStatement } from '../../domain/similarity/port.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS } from '../policies.js';
import type { AppDeps, SimilarityIndexes, User } from '../ports.js';

export const MAX_SIMILAR = 20;
const MAX_QUERY_LENGTH = 1000;

/**
 * The statements nearest to a text: published ones for participants ("is this already said?"),
 * pending ones too for the conversation's moderators.
 */
export async function findSimilar(
  deps: AppDeps & { similarity: SimilarityIndexes },
  input: { slug: string; text: string; lang: string; limit?: number; viewer: User | null },
): Promise<SimilarStatement[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  if (!isLang(input.lang)) throw new DomainError('invalid_language', 'A language is fi, sv or en');
  const text = input.text.normalize('NFC').trim();
  if (text.length > MAX_QUERY_LENGTH) throw new DomainError('validation_failed', `At most ${MAX_QUERY_LENGTH} characters`);
  if (text.length === 0) return [];
  const limit = Math.min(Math.max(input.limit ?? 5, 1), MAX_SIMILAR);
  const staff =
    input.viewer !== null &&
    (input.viewer.isAdmin || MODERATORS.includes((await deps.store.users.roleIn(input.viewer.id, conversation.id)) ?? ('none' as never)));
  const index = await deps.similarity.forConversation(conversation.id);
  return index.query({ text, lang: input.lang, limit, statuses: staff ? ['published', 'pending'] : ['published'] });
}
