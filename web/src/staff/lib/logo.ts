/** What the server takes as a logo (PUT /conversations/{id}/logo). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const MAX_LOGO_BYTES = 256 * 1024;

/** Why a file cannot be a logo, or null when it can. */
export function logoProblem(file: { type: string; size: number }): 'logoType' | 'logoTooBig' | null {
  if (!LOGO_TYPES.includes(file.type)) return 'logoType';
  if (file.size > MAX_LOGO_BYTES) return 'logoTooBig';
  return null;
}
