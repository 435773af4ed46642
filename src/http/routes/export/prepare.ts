import type { FastifyRequest } from 'fastify';
import { authorizeExport } from '../../../app/export/authorize-export.js';
import { ConversationExport } from '../../../app/export/conversation-export.js';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import { PARTICIPANT_COOKIE } from '../../plugins/participant-cookie.js';
import { currentUser } from '../../plugins/staff-session.js';
import type { HttpDeps } from '../../types.js';

/** Authorises the viewer and fixes the export's data at the newest vote. */
export async function prepareExport(req: FastifyRequest, deps: HttpDeps, slug: string): Promise<ConversationExport> {
  const isParticipant = req.cookies[PARTICIPANT_COOKIE] !== undefined;
  const access = await authorizeExport(deps, { slug, viewer: await currentUser(req, deps), isParticipant });
  return ConversationExport.prepare(deps, access.conversation, { full: access.full });
}

/** Where participants take part in the conversation, for summary.csv's url. */
export function conversationUrl(req: FastifyRequest, c: Conversation): string {
  return `${req.protocol}://${req.host}/${c.languages[0]}/c/${c.slug}`;
}

export const attachment = (name: string) => `attachment; filename="${name}"`;
