import { describe, expect, it } from 'vitest';
import { cleanTranslation, decide } from './moderation.js';

const pending = { id: 's1', status: 'pending' as const };
const published = { id: 's1', status: 'published' as const };

describe('moderation decisions', () => {
  it('publishes a pending or rejected statement, not a published one', () => {
    expect(decide(pending, { action: 'publish' })).toEqual({ status: 'published', rejectionReason: null, rejectionNote: null, duplicateOf: null });
    expect(decide({ id: 's1', status: 'rejected' }, { action: 'publish' }).status).toBe('published');
    expect(() => decide(published, { action: 'publish' })).toThrow(expect.objectContaining({ code: 'already_decided' }));
  });

  it('rejects under a public rule; rejecting a published statement withdraws it', () => {
    expect(decide(pending, { action: 'reject', reason: 'names_person' })).toMatchObject({ status: 'rejected', rejectionReason: 'names_person' });
    expect(decide(published, { action: 'reject', reason: 'offensive' })).toMatchObject({ status: 'withdrawn', rejectionReason: 'offensive' });
    expect(() => decide({ id: 's1', status: 'rejected' }, { action: 'reject', reason: 'off_topic' })).toThrow(
      expect.objectContaining({ code: 'already_decided' }),
    );
    expect(() => decide(pending, { action: 'reject', reason: 'boring' as never })).toThrow(expect.objectContaining({ code: 'invalid_reason' }));
  });

  it('needs the repeated statement for a duplicate and a note for "other"', () => {
    expect(decide(pending, { action: 'reject', reason: 'duplicate', duplicateOf: 's0' })).toMatchObject({ duplicateOf: 's0' });
    expect(() => decide(pending, { action: 'reject', reason: 'duplicate' })).toThrow(expect.objectContaining({ code: 'invalid_reason' }));
    expect(() => decide(pending, { action: 'reject', reason: 'duplicate', duplicateOf: 's1' })).toThrow(/itself/);
    expect(() => decide(pending, { action: 'reject', reason: 'other', note: '  ' })).toThrow(expect.objectContaining({ code: 'invalid_reason' }));
    expect(decide(pending, { action: 'reject', reason: 'other', note: ' mainos ' })).toMatchObject({ rejectionNote: 'mainos', duplicateOf: null });
    // A duplicate link only goes with the duplicate reason.
    expect(decide(pending, { action: 'reject', reason: 'off_topic', duplicateOf: 's0' }).duplicateOf).toBeNull();
  });

  it('takes translations into the conversation\'s other languages only, with room for longer text', () => {
    const fi = { lang: 'fi' as const };
    expect(cleanTranslation(fi, 'sv', ['fi', 'sv'], ' Fler  cykelbanor ', 10)).toBe('Fler cykelbanor');
    expect(() => cleanTranslation(fi, 'en', ['fi', 'sv'], 'More', 200)).toThrow(expect.objectContaining({ code: 'invalid_language' }));
    expect(() => cleanTranslation(fi, 'fi', ['fi', 'sv'], 'Sama', 200)).toThrow(expect.objectContaining({ code: 'invalid_language' }));
    expect(() => cleanTranslation(fi, 'sv', ['fi', 'sv'], 'x'.repeat(21), 10)).toThrow(expect.objectContaining({ code: 'statement_too_long' }));
  });
});

describe('withdrawing and undoing decisions', () => {
  it('withdraws only a published statement, under a public rule', () => {
    expect(decide(published, { action: 'withdraw', reason: 'offensive' })).toMatchObject({ status: 'withdrawn', rejectionReason: 'offensive' });
    for (const status of ['pending', 'rejected', 'withdrawn'] as const) {
      expect(() => decide({ id: 's1', status }, { action: 'withdraw', reason: 'offensive' })).toThrow(
        expect.objectContaining({ code: 'invalid_transition' }),
      );
    }
    expect(() => decide(published, { action: 'withdraw', reason: 'other' })).toThrow(expect.objectContaining({ code: 'invalid_reason' }));
  });

  it('sends a decided statement back to the queue, but not a pending or seed one', () => {
    const back = { status: 'pending', rejectionReason: null, rejectionNote: null, duplicateOf: null };
    for (const status of ['published', 'rejected', 'withdrawn'] as const) {
      expect(decide({ id: 's1', status }, { action: 'undo' })).toEqual(back);
    }
    expect(() => decide(pending, { action: 'undo' })).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    expect(() => decide({ ...published, isSeed: true }, { action: 'undo' })).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
  });
});
