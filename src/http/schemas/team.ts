import { Type, type Static } from 'typebox';
import { InstantSchema } from './common.js';

const RoleSchema = Type.Union([Type.Literal('organizer'), Type.Literal('moderator')]);

export const TeamMemberParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Conversation slug' }),
  userId: Type.String({ maxLength: 64 }),
});

export const TeamInviteParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Conversation slug' }),
  inviteId: Type.String({ maxLength: 64 }),
});

export const TeamSchema = Type.Object({
  members: Type.Array(
    Type.Object({
      userId: Type.String(),
      email: Type.String(),
      displayName: Type.String(),
      role: RoleSchema,
    }),
    { description: 'Everyone with a role in the conversation, organizers first; administrators only where they hold a role' },
  ),
  invites: Type.Array(
    Type.Object({
      id: Type.String(),
      email: Type.String(),
      role: RoleSchema,
      createdAt: InstantSchema,
      expiresAt: InstantSchema,
      status: Type.Union([Type.Literal('open'), Type.Literal('expired')]),
    }),
    { description: 'Invites nobody has accepted, newest first; their links are not shown again' },
  ),
});
export type TeamBody = Static<typeof TeamSchema>;
