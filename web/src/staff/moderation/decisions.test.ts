import { describe, expect, it } from 'vitest';
import { decisionInfo } from './decisions';
import type { AuditEntry, StaffStatement } from './types';

const statement = (id: string, extra: Partial<StaffStatement> = {}): StaffStatement => ({
  id,
  lang: 'fi',
  text: id,
  translations: {},
  isSeed: false,
  createdAt: '2026-01-19T10:00:00.000Z',
  status: 'published',
  rejectionReason: null,
  rejectionNote: null,
  duplicateOf: null,
  decidedAt: null,
  authorParticipantId: null,
  ...extra,
});
const entry = (statementId: string, action: string, at: string, actorName: string): AuditEntry => ({
  id: Date.parse(at),
  at,
  actorUserId: 'u',
  actorName,
  action,
  statementId,
  statementText: null,
  oldText: null,
  newText: null,
  details: {},
});

describe('decisionInfo', () => {
  it('takes the latest decision in the audit log, not translations or edits', () => {
    const info = decisionInfo(
      [statement('a'), statement('b')],
      [
        entry('a', 'reject', '2026-01-19T11:00:00.000Z', 'Maija'),
        entry('a', 'publish', '2026-01-19T12:00:00.000Z', 'Pekka'),
        entry('a', 'translate', '2026-01-19T13:00:00.000Z', 'Liisa'),
      ],
    );
    expect(info.get('a')).toEqual({ at: '2026-01-19T12:00:00.000Z', by: 'Pekka' });
    expect(info.get('b')).toEqual({ at: null, by: null });
  });

  it('prefers the statement’s own decision fields', () => {
    const info = decisionInfo([statement('a', { decidedAt: '2026-01-20T08:00:00.000Z', decidedByName: 'Anna' })], [entry('a', 'publish', '2026-01-19T12:00:00.000Z', 'Pekka')]);
    expect(info.get('a')).toEqual({ at: '2026-01-20T08:00:00.000Z', by: 'Anna' });
  });
});
