import type { Conversation } from '../../api/types';
import type { RejectionReason } from '../moderation/types';

export interface ModeratorStats {
  userId: string;
  displayName: string | null;
  decided: number;
  withinTargetShare: number | null;
  medianHoursToDecision: number | null;
}

export interface ModerationStats {
  pending: number;
  overdue: number;
  decided: number;
  /** 0…1, or null before anything was decided. */
  withinTargetShare: number | null;
  /** Working hours, or null before anything was decided. */
  medianHoursToDecision: number | null;
  perModerator: ModeratorStats[];
}

export interface DayActivity {
  /** YYYY-MM-DD in Helsinki. */
  day: string;
  votes: number;
  participants: number;
  statements: number;
}

export interface Dashboard {
  participants: number;
  voters: number;
  votes: number;
  statements: {
    submitted: number;
    published: number;
    pending: number;
    rejected: number;
    withdrawn: number;
    rejectedByReason: Partial<Record<RejectionReason, number>>;
  };
  votesOverTime: DayActivity[];
  math: { version: number | string; computedAt: string; participants: number; groups: number; votes: number } | null;
  moderation: ModerationStats;
}

export interface StaffConversationSummary {
  conversation: Conversation;
  role: 'organizer' | 'moderator';
  queue: { pending: number; overdue: number };
}
