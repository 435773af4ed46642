import type { Static } from 'typebox';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { phaseAt } from '../../domain/conversation/schedule.js';
import type { ConversationSchema } from '../schemas/conversation.js';
import { isoOrNull } from './time.js';

export function presentConversation(c: Conversation, now: number): Static<typeof ConversationSchema> {
  const s = c.settings;
  return {
    id: c.slug,
    languages: c.languages,
    texts: c.texts as Record<string, NonNullable<Conversation['texts']['fi']>>,
    schedule: {
      opensAt: isoOrNull(c.schedule.opensAt),
      statementsCloseAt: isoOrNull(c.schedule.statementsCloseAt),
      closesAt: isoOrNull(c.schedule.closesAt),
    },
    phase: phaseAt(c.schedule, now, c.closedManually),
    settings: {
      moderation: s.moderation,
      statementMaxLength: s.statementMaxLength,
      participantsMayWrite: s.participantsMayWrite,
      resultsVisibility: s.resultsVisibility,
      segmentQuestion: s.segmentQuestion as Static<typeof ConversationSchema>['settings']['segmentQuestion'],
      accentColor: s.accentColor,
    },
    // The time in the address makes a changed logo a new address, so browsers may cache each for long.
    logoUrl: c.logoUpdatedAt ? `/api/v1/conversations/${c.slug}/logo?v=${c.logoUpdatedAt}` : null,
  };
}
