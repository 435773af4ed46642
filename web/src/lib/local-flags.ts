// Small facts this browser remembers (never sent anywhere); storage may be off, which is fine.

const key = (slug: string) => `sopu:segment-asked:${slug}`;

export function segmentAsked(slug: string): boolean {
  try {
    return window.localStorage.getItem(key(slug)) === '1';
  } catch {
    return false;
  }
}

export function markSegmentAsked(slug: string) {
  try {
    window.localStorage.setItem(key(slug), '1');
  } catch {
    // Without storage the question may be asked again on a later visit.
  }
}

export function forgetConversation(slug: string) {
  try {
    window.localStorage.removeItem(key(slug));
  } catch {
    // Nothing stored.
  }
}
