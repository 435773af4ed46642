/** The small statistics behind representativeness and consensus (math.md §8–9). */

/** Smoothed probability of success, (s + 1) / (n + 2). */
export function smoothedProbability(successes: number, trials: number): number {
  return (successes + 1) / (trials + 2);
}

/** One-proportion z against ½ with one pseudo-count: 2·sqrt(n + 1)·((s + 1)/(n + 1) − ½). */
export function proportionTest(successes: number, trials: number): number {
  return 2 * Math.sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5);
}

/**
 * Two-proportion z-test of s1/n1 against s2/n2 with a pooled variance. Callers add the pseudo-count
 * (+1 to successes and trials) themselves. 0 when the pooled proportion is 1 (no variance).
 */
export function twoProportionTest(s1: number, n1: number, s2: number, n2: number): number {
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled >= 1 || pooled <= 0) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/** Statistics of one statement for one group against everyone else in-conv. */
export interface RepStats {
  /** Group's agree / disagree / total votes. */
  na: number;
  nd: number;
  ns: number;
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  /** Ratios of the group's probability to everyone else's. */
  ra: number;
  rd: number;
  /** Two-proportion z of the group against everyone else. */
  rat: number;
  rdt: number;
}

/** `na`, `nd`, `ns` for the group; `oa`, `od`, `os` for everyone else in-conv. */
export function repStats(na: number, nd: number, ns: number, oa: number, od: number, os: number): RepStats {
  const pa = smoothedProbability(na, ns), pd = smoothedProbability(nd, ns);
  return {
    na, nd, ns, pa, pd,
    pat: proportionTest(na, ns),
    pdt: proportionTest(nd, ns),
    ra: pa / smoothedProbability(oa, os),
    rd: pd / smoothedProbability(od, os),
    rat: twoProportionTest(na + 1, ns + 1, oa + 1, os + 1),
    rdt: twoProportionTest(nd + 1, ns + 1, od + 1, os + 1),
  };
}
