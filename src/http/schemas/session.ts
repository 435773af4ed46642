import { Type } from 'typebox';

export const LoginSchema = Type.Object({
  email: Type.String({ maxLength: 320 }),
  password: Type.String({ maxLength: 1024 }),
});

export const SessionSchema = Type.Object({
  user: Type.Object({
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    isAdmin: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
  }),
  csrfToken: Type.String({ description: 'Send back in the X-CSRF-Token header on every change' }),
  conversations: Type.Array(
    Type.Object({ id: Type.String({ description: 'Conversation slug' }), role: Type.Union([Type.Literal('organizer'), Type.Literal('moderator')]) }),
    { description: 'The conversations one has a role in; an administrator organizes all' },
  ),
});

export const PasswordChangeSchema = Type.Object({
  currentPassword: Type.String({ maxLength: 1024 }),
  newPassword: Type.String({ maxLength: 1024 }),
});
