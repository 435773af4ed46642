/** A logo is small: it shows at the top of every page, on phones too. */
export const MAX_LOGO_BYTES = 256 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';
export const LOGO_TYPES: readonly LogoType[] = ['image/png', 'image/jpeg', 'image/webp'];

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

/**
 * The image type the bytes really are, by their signature, or null. SVG is never accepted: it can
 * carry scripts. The declared type must match, so that a browser never sniffs something else.
 */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}
