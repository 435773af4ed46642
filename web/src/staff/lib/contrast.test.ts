import { describe, expect, it } from 'vitest';
import { contrastWithWhite } from './contrast';

describe('contrast with white', () => {
  it('gives WCAG ratios', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#1b4f9c')!).toBeGreaterThan(4.5);
    expect(contrastWithWhite('#ffc61e')!).toBeLessThan(4.5);
    expect(contrastWithWhite('#767676')!).toBeCloseTo(4.54, 2);
  });

  it('takes #rrggbb only', () => {
    expect(contrastWithWhite('red')).toBeNull();
    expect(contrastWithWhite('#fff')).toBeNull();
  });
});
