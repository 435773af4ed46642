import { describe, expect, it } from 'vitest';
import { bucketByHelsinkiDay } from './helsinki-days.js';

const hour = (iso: string, votes: number, newVoters = 0, statements = 0) => ({ hourStart: Date.parse(iso), votes, newVoters, statements });

describe('bucketByHelsinkiDay', () => {
  it('is empty without activity', () => {
    expect(bucketByHelsinkiDay([])).toEqual([]);
  });

  it('puts each UTC hour into its Helsinki day and fills quiet days with zeros', () => {
    expect(
      bucketByHelsinkiDay([
        // 23:00 UTC on the 18th is already 01:00 on the 19th in Helsinki.
        hour('2026-01-18T22:00Z', 1, 1, 0),
        hour('2026-01-18T23:00Z', 2, 1, 1),
        hour('2026-01-19T21:00Z', 3, 0, 0),
        hour('2026-01-21T10:00Z', 4, 2, 1),
      ]),
    ).toEqual([
      { day: '2026-01-19', votes: 6, newVoters: 2, statements: 1 },
      { day: '2026-01-20', votes: 0, newVoters: 0, statements: 0 },
      { day: '2026-01-21', votes: 4, newVoters: 2, statements: 1 },
    ]);
  });

  it('follows summer time: midnight is 21:00 UTC in July', () => {
    const days = bucketByHelsinkiDay([hour('2026-07-01T20:00Z', 1), hour('2026-07-01T21:00Z', 1)]);
    expect(days.map((d) => d.day)).toEqual(['2026-07-01', '2026-07-02']);
  });
});
