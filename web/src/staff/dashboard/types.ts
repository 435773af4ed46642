// Types of the dashboard's JSON, taken from the server's own schemas (type-only: nothing of the
// server ends up in the bundle).
import type { Static } from 'typebox';
import type { DashboardSchema, ModerationStatsSchema, StaffConversationListSchema } from '../../../../src/http/schemas/staff.js';

export type ModerationStats = Static<typeof ModerationStatsSchema>;
export type ModeratorStats = ModerationStats['perModerator'][number];
export type Dashboard = Static<typeof DashboardSchema>;
export type DayActivity = Dashboard['votesOverTime'][number];
export type StaffConversationSummary = Static<typeof StaffConversationListSchema>['conversations'][number];
