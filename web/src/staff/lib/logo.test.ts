import { describe, expect, it } from 'vitest';
import { logoProblem } from './logo';

describe('a logo file', () => {
  it('is a PNG, JPEG or WebP image of at most 256 kB', () => {
    expect(logoProblem({ type: 'image/png', size: 256 * 1024 })).toBeNull();
    expect(logoProblem({ type: 'image/webp', size: 10 })).toBeNull();
    expect(logoProblem({ type: 'image/jpeg', size: 256 * 1024 + 1 })).toBe('logoTooBig');
    expect(logoProblem({ type: 'image/svg+xml', size: 10 })).toBe('logoType');
    expect(logoProblem({ type: '', size: 10 })).toBe('logoType');
  });
});
