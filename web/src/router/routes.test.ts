import { describe, expect, it } from 'vitest';
import { parseRoute, pathInLang, paths } from './routes';

describe('routes', () => {
  it('reads the language and page from the path', () => {
    expect(parseRoute('/')).toEqual({ name: 'root' });
    expect(parseRoute('/sv')).toEqual({ name: 'home', lang: 'sv' });
    expect(parseRoute('/fi/c/helsinki')).toEqual({ name: 'conversation', lang: 'fi', slug: 'helsinki' });
    expect(parseRoute('/en/c/helsinki/write')).toEqual({ name: 'write', lang: 'en', slug: 'helsinki' });
    expect(parseRoute('/fi/c/helsinki/my-votes')).toEqual({ name: 'myVotes', lang: 'fi', slug: 'helsinki' });
    expect(parseRoute('/fi/c/helsinki/results')).toEqual({ name: 'results', lang: 'fi', slug: 'helsinki' });
    expect(parseRoute('/fi/c/helsinki/report')).toEqual({ name: 'report', lang: 'fi', slug: 'helsinki' });
    expect(parseRoute('/sv/staff')).toEqual({ name: 'staff', lang: 'sv', rest: [] });
    expect(parseRoute('/en/staff/c/helsinki/queue')).toEqual({ name: 'staff', lang: 'en', rest: ['c', 'helsinki', 'queue'] });
    expect(parseRoute('/sv/accessibility')).toEqual({ name: 'accessibility', lang: 'sv' });
    expect(parseRoute('/en/privacy')).toEqual({ name: 'privacy', lang: 'en' });
  });

  it('knows what it does not know', () => {
    expect(parseRoute('/de/c/x')).toEqual({ name: 'notFound', lang: null });
    expect(parseRoute('/fi/c/x/other')).toEqual({ name: 'notFound', lang: 'fi' });
    expect(parseRoute('/fi/c/x/write/more')).toEqual({ name: 'notFound', lang: 'fi' });
  });

  it('builds paths that it reads back', () => {
    expect(parseRoute(paths.staff('fi', 'c', 'a b'))).toEqual({ name: 'staff', lang: 'fi', rest: ['c', 'a b'] });
    expect(parseRoute(paths.myVotes('sv', 'a b'))).toEqual({ name: 'myVotes', lang: 'sv', slug: 'a b' });
  });

  it('switches language on the same page', () => {
    expect(pathInLang('/fi/c/helsinki/write', 'sv')).toBe('/sv/c/helsinki/write');
    expect(pathInLang('/', 'en')).toBe('/en');
  });
});
