import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, resolveParams } from './params.js';

describe('params', () => {
  it('holds the numbers of math.md as defaults', () => {
    expect(DEFAULT_PARAMS).toMatchObject({
      inConvMinVotes: 7, inConvMinParticipants: 15, baseClusterCount: 100, groupKMin: 2, groupKMax: 5,
      kSmoothingUpdates: 4, significanceZ: 1.2816, repnessCount: 5, consensusCount: 5, pcaMaxIterations: 100,
      pcaTolerance: 1e-10, kmeansTolerance: 0.01, bridgingInterceptRegularization: 0.15, bridgingFactorRegularization: 0.03,
      polisParity: false,
    });
  });

  it('overrides defaults and rejects meaningless values', () => {
    expect(resolveParams({ groupKMax: 3 }).groupKMax).toBe(3);
    expect(() => resolveParams({ groupKMin: 1 })).toThrow(RangeError);
    expect(() => resolveParams({ groupKMax: 1 })).toThrow(RangeError);
    expect(() => resolveParams({ baseClusterCount: 0 })).toThrow(RangeError);
    expect(() => resolveParams({ inConvMinParticipants: -1 })).toThrow(RangeError);
  });
});
