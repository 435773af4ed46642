import type { Conversation } from '../../domain/conversation/conversation.js';
import { DomainError } from '../../domain/errors.js';
import type { Store } from '../ports.js';

export async function requireConversation(store: Store, slug: string): Promise<Conversation> {
  const conversation = await store.conversations.findBySlug(slug);
  if (!conversation) throw new DomainError('conversation_not_found', `No conversation "${slug}"`);
  return conversation;
}
