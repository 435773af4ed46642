// The organizer's accent colour, applied as CSS custom properties so that no inline style is needed.

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** `--accent` and the text colour that reads best on it; null for anything but a hex colour. */
export function accentProperties(color: string | null): { '--accent': string; '--accent-ink': string } | null {
  if (!color || !HEX.test(color)) return null;
  const l = luminance(color);
  return { '--accent': color, '--accent-ink': contrast(l, 1) >= contrast(l, 0) ? '#ffffff' : '#111111' };
}

/** Sets the accent on the page; returns what undoes it. */
export function applyAccentColor(color: string | null): () => void {
  const properties = accentProperties(color);
  if (!properties) return () => {};
  const style = document.documentElement.style;
  for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
  return () => {
    for (const name of Object.keys(properties)) style.removeProperty(name);
  };
}
