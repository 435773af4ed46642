import { describe, expect, it } from 'vitest';
import { detailLines } from './audit-details';

describe('audit details for people', () => {
  it('shows the settings that changed, leaf by leaf', () => {
    expect(
      detailLines({
        settings: { old: { accentColor: null, moderation: 'pre' }, new: { accentColor: '#0000bf', moderation: 'pre' } },
        texts: { old: { fi: { title: 'Vanha', rules: ['A'] } }, new: { fi: { title: 'Uusi', rules: ['A', 'B'] } } },
        closedManually: { old: false, new: true },
      }),
    ).toEqual([
      { key: 'settings.accentColor', old: '–', value: '#0000bf' },
      { key: 'texts.fi.title', old: 'Vanha', value: 'Uusi' },
      { key: 'texts.fi.rules', old: 'A', value: 'A, B' },
      { key: 'closedManually', old: 'false', value: 'true' },
    ]);
  });

  it('shows other details as they are, long ones cut short', () => {
    expect(detailLines({ reason: 'duplicate', count: 3, note: 'x'.repeat(200) })).toEqual([
      { key: 'reason', value: 'duplicate' },
      { key: 'count', value: '3' },
      { key: 'note', value: `${'x'.repeat(159)}…` },
    ]);
  });
});
