// The staff tools' pages, read from the path after /{lang}/staff.

export type ConversationTab = 'overview' | 'queue' | 'decided' | 'settings' | 'audit';

export type StaffPage =
  | { name: 'conversations' }
  | { name: 'password' }
  | { name: 'new' }
  | { name: 'import' }
  | { name: 'invite'; token: string }
  | { name: 'conversation'; slug: string; tab: ConversationTab }
  | { name: 'notFound' };

const TABS: Record<string, ConversationTab> = { '': 'overview', queue: 'queue', decided: 'decided', settings: 'settings', audit: 'audit' };

/** Each tab's path after /staff/c/{slug}. */
export const TAB_PATH: Record<ConversationTab, string[]> = { overview: [], queue: ['queue'], decided: ['decided'], settings: ['settings'], audit: ['audit'] };

export function staffPage(rest: readonly string[]): StaffPage {
  const [first = '', second, third = '', ...more] = rest;
  if (rest.length === 0) return { name: 'conversations' };
  if (rest.length === 1 && (first === 'password' || first === 'new' || first === 'import')) return { name: first };
  if (first === 'invite' && second && rest.length === 2) return { name: 'invite', token: second };
  if (first === 'c' && second && more.length === 0 && Object.hasOwn(TABS, third)) return { name: 'conversation', slug: second, tab: TABS[third]! };
  return { name: 'notFound' };
}
