import { describe, expect, it } from 'vitest';
import { fitBridging } from './bridging.js';

const params = { bridgingInterceptRegularization: 0.15, bridgingFactorRegularization: 0.03, bridgingMaxIterations: 200, bridgingTolerance: 1e-9 };

/** Two camps of 20; statements 0–1 split them, statement 2 both agree with, statement 3 only one camp agrees with and the other passes. */
function camps() {
  const rowPtr = [0], col: number[] = [], val: number[] = [];
  for (let i = 0; i < 40; i++) {
    const side = i < 20 ? 1 : -1;
    col.push(0, 1, 2, 3);
    val.push(side, -side, 1, side > 0 ? 1 : 0);
    rowPtr.push(col.length);
  }
  return { rowPtr: Int32Array.from(rowPtr), col: Int32Array.from(col), val: Int8Array.from(val) };
}

describe('bridging', () => {
  const m = camps();
  const start = Float64Array.from([1, -1, 0, 0.5]);

  it('gives the statement both camps agree with the highest intercept', () => {
    const fit = fitBridging(m.rowPtr, m.col, m.val, 4, params, start);
    const best = [...fit.intercepts.keys()].sort((a, b) => fit.intercepts[b]! - fit.intercepts[a]!)[0];
    expect(best).toBe(2);
    expect(fit.intercepts[2]! + fit.mean).toBeGreaterThan(0.8);
    // The dividing statements are explained by the factor, not the intercept.
    expect(Math.abs(fit.factors[0]!)).toBeGreaterThan(0.5);
    expect(fit.factors[0]! * fit.factors[1]!).toBeLessThan(0);
  });

  it('orients the factors like the reference axis and is deterministic', () => {
    const a = fitBridging(m.rowPtr, m.col, m.val, 4, params, start, undefined, Float64Array.from([-1, 1, 0, 0]));
    const b = fitBridging(m.rowPtr, m.col, m.val, 4, params, start, undefined, Float64Array.from([-1, 1, 0, 0]));
    expect(a.factors[0]).toBeLessThan(0);
    expect(Array.from(a.intercepts)).toEqual(Array.from(b.intercepts));
  });

  it('shrinks intercepts of sparsely voted statements towards zero', () => {
    const rowPtr = Int32Array.from([0, 1, 2]), col = Int32Array.from([0, 1]), val = Int8Array.from([1, -1]);
    const fit = fitBridging(rowPtr, col, val, 2, { ...params, bridgingInterceptRegularization: 10 }, Float64Array.from([0, 0]));
    expect(Math.abs(fit.intercepts[0]!)).toBeLessThan(0.2);
    expect(Math.abs(fit.intercepts[1]!)).toBeLessThan(0.2);
  });

  it('converges quickly from its own previous fit (warm start)', () => {
    const cold = fitBridging(m.rowPtr, m.col, m.val, 4, { ...params, bridgingTolerance: 1e-6 }, start);
    const warm = fitBridging(m.rowPtr, m.col, m.val, 4, { ...params, bridgingTolerance: 1e-6 }, cold.factors, cold.intercepts);
    expect(warm.iterations).toBeLessThan(cold.iterations);
  });
});
