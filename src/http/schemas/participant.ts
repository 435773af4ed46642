import { Type } from 'typebox';

export const ParticipantSchema = Type.Object({
  participant: Type.Object({ id: Type.String(), segment: Type.Union([Type.String(), Type.Null()]) }),
});

export const SegmentBodySchema = Type.Object({
  segment: Type.Union([Type.String({ maxLength: 64 }), Type.Null()], { description: 'An option id, or null for none' }),
});
