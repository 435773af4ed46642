/**
 * A random id for one vote, so that a retry after a lost answer is not counted twice.
 * getRandomValues works on plain-http hosts too, where randomUUID does not.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
