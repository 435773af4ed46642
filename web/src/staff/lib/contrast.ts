// WCAG 2.1 contrast of an accent colour against white: buttons and the header stripe wear it.

const HEX6 = /^#[0-9a-f]{6}$/i;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of a #rrggbb colour with white (1 to 21), or null for anything else. */
export function contrastWithWhite(hex: string): number | null {
  if (!HEX6.test(hex)) return null;
  return 1.05 / (luminance(hex) + 0.05);
}

/** Text and controls need 4.5:1 (WCAG 2.1 AA, 1.4.3). */
export const MIN_CONTRAST = 4.5;
