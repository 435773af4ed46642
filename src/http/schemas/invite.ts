import { Type } from 'typebox';
import { InstantSchema } from './common.js';
import { SessionSchema } from './session.js';

const RoleSchema = Type.Union([Type.Literal('organizer'), Type.Literal('moderator')]);

export const NewInviteSchema = Type.Object({
  conversationId: Type.String({ maxLength: 64, description: 'Conversation slug' }),
  email: Type.String({ maxLength: 320 }),
  role: RoleSchema,
});

export const InviteCreatedSchema = Type.Object({
  token: Type.String({ description: 'Shown once: only its hash is stored' }),
  path: Type.String({ description: 'The page where the invite is accepted' }),
  expiresAt: InstantSchema,
});

export const InviteParams = Type.Object({ token: Type.String({ maxLength: 64 }) });

export const InviteInfoSchema = Type.Object({
  email: Type.String(),
  role: RoleSchema,
  conversation: Type.Object({
    id: Type.String(),
    texts: Type.Record(Type.String(), Type.Object({ title: Type.String() })),
  }),
  expiresAt: InstantSchema,
  accountExists: Type.Boolean({ description: 'true: accept with the existing account\'s password' }),
});

export const AcceptInviteSchema = Type.Object({
  displayName: Type.String({ maxLength: 200 }),
  password: Type.String({ maxLength: 1024 }),
});

export const AcceptedInviteSchema = SessionSchema;
