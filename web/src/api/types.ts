// Types of the API's JSON, taken from the server's own schemas. Type-only imports: nothing of the
// server ends up in the bundle.
import type { Static } from 'typebox';
import type { ErrorBody, LangSchema } from '../../../src/http/schemas/common.js';
import type { ConversationBody, ConversationListBody } from '../../../src/http/schemas/conversation.js';
import type { ParticipantSchema } from '../../../src/http/schemas/participant.js';
import type { ReportBody } from '../../../src/http/schemas/report.js';
import type { ResultsBody, ViewerResultsBody } from '../../../src/http/schemas/results.js';
import type { SimilarListSchema } from '../../../src/http/schemas/similarity.js';
import type {
  NextStatementBody,
  StatementBody,
  StatementListSchema,
  SubmittedStatementSchema,
} from '../../../src/http/schemas/statement.js';
import type { CastVoteResponseBody, MyVotesSchema, VoteWordSchema } from '../../../src/http/schemas/vote.js';

export type Lang = Static<typeof LangSchema>;
export type Conversation = ConversationBody;
export type ConversationList = ConversationListBody;
export type Phase = Conversation['phase'];
export type Statement = StatementBody;
export type NextCard = NextStatementBody;
export type Progress = NextCard['progress'];
export type VoteValue = Static<typeof VoteWordSchema>;
export type CastVoteResponse = CastVoteResponseBody;
export type MyVotes = Static<typeof MyVotesSchema>;
export type MyVote = MyVotes['votes'][number];
export type StatementList = Static<typeof StatementListSchema>;
export type TalliedStatement = StatementList['statements'][number];
export type SubmittedStatement = Static<typeof SubmittedStatementSchema>['statement'];
export type Participant = Static<typeof ParticipantSchema>['participant'];
export type ApiErrorBody = ErrorBody;
export type SimilarList = Static<typeof SimilarListSchema>;
export type SimilarStatement = SimilarList[number];

export type Results = ResultsBody;
export type ResultsGroup = Results['groups'][number];
export type ViewerResults = ViewerResultsBody;
export type Report = ReportBody;
export type ReportStatement = Report['statements'][number];
export type Tally = { agree: number; disagree: number; pass: number };
