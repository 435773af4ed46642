import { Type, type Static } from 'typebox';
import { InstantSchema } from './common.js';
import { NextStatementSchema } from './statement.js';

export const VoteWordSchema = Type.Union([Type.Literal('agree'), Type.Literal('disagree'), Type.Literal('pass')]);

export const NewVoteSchema = Type.Object({
  statementId: Type.String({ maxLength: 64 }),
  value: VoteWordSchema,
  requestId: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'Client-made id; a retry with the same id is not a second vote' }),
  ),
});
export type NewVoteBody = Static<typeof NewVoteSchema>;

export const VoteSchema = Type.Object({ statementId: Type.String(), value: VoteWordSchema, votedAt: InstantSchema });

export const CastVoteResponseSchema = Type.Object({
  vote: VoteSchema,
  next: Type.Union([NextStatementSchema, Type.Null()], { description: 'The next card, or null when none is left' }),
});
export type CastVoteResponseBody = Static<typeof CastVoteResponseSchema>;

export const MyVotesSchema = Type.Object({ votes: Type.Array(VoteSchema) });
