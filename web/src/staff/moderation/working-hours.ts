/** The service-level target: a statement is decided within this many working hours. */
export const TARGET_WORKING_HOURS = 24;

/** Age in working hours, as the queue shows it: under an hour, or whole hours (rounded down). */
export type WorkingAge = { kind: 'underHour' } | { kind: 'hours'; hours: number };

export function workingAge(hours: number | null | undefined): WorkingAge {
  const h = Number.isFinite(hours) ? Math.max(0, hours as number) : 0;
  return h < 1 ? { kind: 'underHour' } : { kind: 'hours', hours: Math.floor(h) };
}

/** Whole working hours past the target (at least 1 once past it), or 0 when within it. */
export function hoursOverdue(hours: number | null | undefined, target = TARGET_WORKING_HOURS): number {
  const h = Number.isFinite(hours) ? (hours as number) : 0;
  return h > target ? Math.max(1, Math.floor(h - target)) : 0;
}

/** A number of hours with at most one decimal, in the interface's locale ("3,5" in Finnish). */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: hours < 10 ? 1 : 0 }).format(hours);
}

/** A share 0…1 as a whole percentage ("87 %" in Finnish, "87%" in English). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
