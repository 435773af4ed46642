import { describe, expect, it } from 'vitest';
import { staffPage } from './staff-routes';

describe('staff pages', () => {
  it('reads the path after /staff', () => {
    expect(staffPage([])).toEqual({ name: 'conversations' });
    expect(staffPage(['password'])).toEqual({ name: 'password' });
    expect(staffPage(['new'])).toEqual({ name: 'new' });
    expect(staffPage(['import'])).toEqual({ name: 'import' });
    expect(staffPage(['invite', 'abc'])).toEqual({ name: 'invite', token: 'abc' });
    expect(staffPage(['c', 'helsinki'])).toEqual({ name: 'conversation', slug: 'helsinki', tab: 'overview' });
    expect(staffPage(['c', 'helsinki', 'queue'])).toEqual({ name: 'conversation', slug: 'helsinki', tab: 'queue' });
    expect(staffPage(['c', 'helsinki', 'decided'])).toEqual({ name: 'conversation', slug: 'helsinki', tab: 'decided' });
    expect(staffPage(['c', 'helsinki', 'settings'])).toEqual({ name: 'conversation', slug: 'helsinki', tab: 'settings' });
    expect(staffPage(['c', 'helsinki', 'audit'])).toEqual({ name: 'conversation', slug: 'helsinki', tab: 'audit' });
  });

  it('knows what it does not know', () => {
    for (const rest of [['c'], ['c', 'x', 'other'], ['c', 'x', 'queue', 'more'], ['c', 'x', 'toString'], ['invite'], ['new', 'x'], ['other']]) {
      expect(staffPage(rest), rest.join('/')).toEqual({ name: 'notFound' });
    }
  });
});
