import { LOGO_TYPES, MAX_LOGO_BYTES, sniffLogoType } from '../../domain/conversation/logo.js';
import { DomainError } from '../../domain/errors.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, ConversationLogo, User } from '../ports.js';
import { requireConversation } from './require-conversation.js';

/**
 * Sets a conversation's logo. The bytes must be the declared PNG, JPEG or WebP image: the type is
 * checked from the bytes themselves, so nothing else (SVG, HTML) is ever served as a logo.
 */
export async function setLogo(
  deps: AppDeps,
  input: { slug: string; contentType: string; data: Uint8Array; actor: User | null },
): Promise<void> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  if (!(LOGO_TYPES as readonly string[]).includes(input.contentType)) {
    throw new DomainError('unsupported_media_type', 'A logo is a PNG, JPEG or WebP image');
  }
  if (input.data.byteLength > MAX_LOGO_BYTES) {
    throw new DomainError('payload_too_large', `A logo is at most ${MAX_LOGO_BYTES / 1024} kB`, { maxBytes: MAX_LOGO_BYTES });
  }
  if (sniffLogoType(input.data) !== input.contentType) throw new DomainError('invalid_image', `The file is not a ${input.contentType} image`);
  const now = deps.clock.now();
  await deps.store.transaction(async (store) => {
    await store.logos.put(conversation.id, { contentType: input.contentType, data: input.data, updatedAt: now });
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'logo',
      oldText: null,
      newText: null,
      details: { contentType: input.contentType, bytes: input.data.byteLength },
      createdAt: now,
    });
  });
}

export async function deleteLogo(deps: AppDeps, input: { slug: string; actor: User | null }): Promise<void> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  await deps.store.transaction(async (store) => {
    if (!(await store.logos.delete(conversation.id))) return;
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'logo',
      oldText: null,
      newText: null,
      details: { removed: true },
      createdAt: deps.clock.now(),
    });
  });
}

/** The logo anyone may load; a draft's logo too, since the address holds no secret. */
export async function getLogo(deps: AppDeps, slug: string): Promise<ConversationLogo> {
  const conversation = await requireConversation(deps.store, slug);
  const logo = await deps.store.logos.get(conversation.id);
  if (!logo) throw new DomainError('not_found', 'This conversation has no logo');
  return logo;
}
