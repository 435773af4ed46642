/** What is limited: each counts separately, per participant (or account) and per client address. */
export const RATE_LIMIT_CATEGORIES = ['votes', 'statements', 'similar', 'logins', 'joins'] as const;
export type RateLimitCategory = (typeof RATE_LIMIT_CATEGORIES)[number];

/** Requests per minute; 0 turns that limit off. */
export interface CategoryLimits {
  /** Per browser (the participant cookie), or per account for logins. */
  perParticipant: number;
  /** Per client address. Many people may share one (a city office, a school, a mobile network). */
  perAddress: number;
}

export type RateLimits = Record<RateLimitCategory, CategoryLimits>;

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** The environment variables and their defaults; the README's configuration table lists the same. */
export const RATE_LIMIT_VARIABLES: { name: string; category: RateLimitCategory; per: keyof CategoryLimits; fallback: number }[] = [
  // A resident reads each card: about one vote a second at the very most.
  { name: 'RATE_LIMIT_VOTES_PER_PARTICIPANT', category: 'votes', per: 'perParticipant', fallback: 120 },
  { name: 'RATE_LIMIT_VOTES_PER_ADDRESS', category: 'votes', per: 'perAddress', fallback: 6_000 },
  { name: 'RATE_LIMIT_STATEMENTS_PER_PARTICIPANT', category: 'statements', per: 'perParticipant', fallback: 10 },
  { name: 'RATE_LIMIT_STATEMENTS_PER_ADDRESS', category: 'statements', per: 'perAddress', fallback: 300 },
  // The client looks for similar statements while a participant types.
  { name: 'RATE_LIMIT_SIMILAR_PER_PARTICIPANT', category: 'similar', per: 'perParticipant', fallback: 120 },
  { name: 'RATE_LIMIT_SIMILAR_PER_ADDRESS', category: 'similar', per: 'perAddress', fallback: 6_000 },
  { name: 'RATE_LIMIT_LOGINS_PER_ACCOUNT', category: 'logins', per: 'perParticipant', fallback: 10 },
  { name: 'RATE_LIMIT_LOGINS_PER_ADDRESS', category: 'logins', per: 'perAddress', fallback: 60 },
  { name: 'RATE_LIMIT_JOINS_PER_ADDRESS', category: 'joins', per: 'perAddress', fallback: 1_200 },
];

/** The limits, each read by `read(name, default)`. */
export function rateLimitsFrom(read: (name: string, fallback: number) => number): RateLimits {
  const limits = Object.fromEntries(RATE_LIMIT_CATEGORIES.map((c) => [c, { perParticipant: 0, perAddress: 0 }])) as RateLimits;
  for (const v of RATE_LIMIT_VARIABLES) limits[v.category][v.per] = read(v.name, v.fallback);
  return limits;
}

export const DEFAULT_RATE_LIMITS: RateLimits = rateLimitsFrom((_name, fallback) => fallback);
