import { describe, expect, it } from 'vitest';
import { accentProperties } from './accent-color';

describe('accent colour', () => {
  it('takes hex colours only, so nothing else reaches the style sheet', () => {
    expect(accentProperties(null)).toBeNull();
    expect(accentProperties('red')).toBeNull();
    expect(accentProperties('#12345')).toBeNull();
    expect(accentProperties('#000; background: url(x)')).toBeNull();
    expect(accentProperties('#0000bf')?.['--accent']).toBe('#0000bf');
    expect(accentProperties('#fc0')?.['--accent']).toBe('#fc0');
  });

  it('writes white on dark accents and near-black on light ones', () => {
    expect(accentProperties('#0000bf')?.['--accent-ink']).toBe('#ffffff');
    expect(accentProperties('#ffc61e')?.['--accent-ink']).toBe('#111111');
    expect(accentProperties('#fc0')?.['--accent-ink']).toBe('#111111');
  });
});
