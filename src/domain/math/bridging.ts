/**
 * A bridging score in the style of Community Notes (math.md, "Beyond Pol.is"): fit
 *   r̂_ut = μ + i_u + i_t + f_u·f_t
 * with one-dimensional factors to the agree (+1) / disagree (−1) votes, minimising squared error plus
 * λ_i·(Σi_u² + Σi_t²) + λ_f·(Σf_u² + Σf_t²). The factor term absorbs agreement explained by where people
 * sit on the opinion axis, so the statement intercept i_t measures agreement that holds across it.
 * Passes carry no direction and are left out.
 *
 * Fitted by alternating least squares: with the statements fixed, each participant's (i_u, f_u) solves
 * a 2×2 system, and the other way round; μ is the mean residual. Deterministic given its start (the
 * previous fit, or the first principal component), and the factor sign follows that component.
 * Convergence is judged on the statement intercepts, the score we report: when the opinion space has
 * two similar axes the one-dimensional factor keeps turning slowly between them while the intercepts
 * have long settled.
 */

export interface BridgingFit {
  mean: number;
  /** Per included statement. */
  intercepts: Float64Array;
  factors: Float64Array;
  iterations: number;
}

export interface BridgingParams {
  bridgingInterceptRegularization: number;
  bridgingFactorRegularization: number;
  bridgingMaxIterations: number;
  bridgingTolerance: number;
}

// Solution of the last `solve2`, kept in module scope so that the per-row solve allocates nothing.
let solvedX = 0, solvedY = 0;

/** Solves [[a, b], [b, d]]·[x, y] = [e, f] into (solvedX, solvedY); a singular system gives 0. */
function solve2(a: number, b: number, d: number, e: number, f: number): void {
  const det = a * d - b * b;
  if (det === 0) { solvedX = 0; solvedY = 0; return; }
  solvedX = (e * d - b * f) / det;
  solvedY = (a * f - b * e) / det;
}

/**
 * Moves the fit along directions that leave every prediction unchanged to where the penalty is
 * smallest. Alternating least squares crawls along these flat directions; these steps jump there:
 * - the mean participant and statement intercepts move into μ;
 * - a shift of the participant factors, f_u − m, is absorbed by the statement intercepts,
 *   i_t + m·f_t (and the same with the roles swapped);
 * - the factor scale is balanced between participants and statements.
 * `lambdaI` and `lambdaF` are the regularisation weights. Returns the change of μ.
 */
function rebalance(
  iu: Float64Array, fu: Float64Array, it: Float64Array, ft: Float64Array, rowVotes: Int32Array, colVotes: Float64Array,
  lambdaI: number, lambdaF: number,
): number {
  const shiftFactors = (f: Float64Array, fVotes: ArrayLike<number>, other: Float64Array, otherF: Float64Array, otherVotes: ArrayLike<number>) => {
    let sf = 0, n = 0, sfi = 0, sff = 0;
    for (let i = 0; i < f.length; i++) if (fVotes[i]! > 0) { sf += f[i]!; n++; }
    for (let c = 0; c < other.length; c++) if (otherVotes[c]! > 0) { sfi += otherF[c]! * other[c]!; sff += otherF[c]! * otherF[c]!; }
    const d = lambdaF * n + lambdaI * sff;
    const m = d > 0 ? (lambdaF * sf - lambdaI * sfi) / d : 0;
    if (m === 0) return;
    for (let i = 0; i < f.length; i++) if (fVotes[i]! > 0) f[i]! -= m;
    for (let c = 0; c < other.length; c++) if (otherVotes[c]! > 0) other[c]! += m * otherF[c]!;
  };
  shiftFactors(fu, rowVotes, it, ft, colVotes);
  shiftFactors(ft, colVotes, iu, fu, rowVotes);
  let su = 0, nu = 0, st = 0, nt = 0, fu2 = 0, ft2 = 0;
  for (let i = 0; i < iu.length; i++) if (rowVotes[i]! > 0) { su += iu[i]!; nu++; fu2 += fu[i]! * fu[i]!; }
  for (let c = 0; c < it.length; c++) if (colVotes[c]! > 0) { st += it[c]!; nt++; ft2 += ft[c]! * ft[c]!; }
  const a = nu ? su / nu : 0, b = nt ? st / nt : 0;
  const scale = fu2 > 0 && ft2 > 0 ? Math.sqrt(Math.sqrt(ft2 / fu2)) : 1;
  for (let i = 0; i < iu.length; i++) if (rowVotes[i]! > 0) { iu[i]! -= a; fu[i]! *= scale; }
  for (let c = 0; c < it.length; c++) if (colVotes[c]! > 0) { it[c]! -= b; ft[c]! /= scale; }
  return a + b;
}

export function fitBridging(
  rowPtr: Int32Array, col: Int32Array, val: Int8Array, cols: number, params: BridgingParams,
  startFactors: Float64Array, startIntercepts?: Float64Array, orientation?: Float64Array,
): BridgingFit {
  const rows = rowPtr.length - 1;
  const li = params.bridgingInterceptRegularization, lf = params.bridgingFactorRegularization;
  const it = startIntercepts ? Float64Array.from(startIntercepts) : new Float64Array(cols);
  const ft = Float64Array.from(startFactors);
  const iu = new Float64Array(rows), fu = new Float64Array(rows);
  let sum = 0, count = 0;
  const rowVotes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let k = rowPtr[i]!; k < rowPtr[i + 1]!; k++) {
      if (val[k] === 0) continue;
      sum += val[k]!; count++; rowVotes[i]!++;
    }
  }
  let mean = count === 0 ? 0 : sum / count;
  const n = new Float64Array(cols), sf = new Float64Array(cols), sff = new Float64Array(cols), sy = new Float64Array(cols), syf = new Float64Array(cols);
  let iterations = 0;
  while (iterations < params.bridgingMaxIterations && count > 0) {
    iterations++;
    // One pass: each participant's (i_u, f_u) given the statements, then, while the row is in cache,
    // that participant's share of every statement's normal equations.
    n.fill(0); sf.fill(0); sff.fill(0); sy.fill(0); syf.fill(0);
    for (let i = 0; i < rows; i++) {
      const from = rowPtr[i]!, to = rowPtr[i + 1]!;
      let m = 0, a = 0, b = 0, e = 0, f = 0;
      for (let k = from; k < to; k++) {
        const v = val[k]!;
        if (v === 0) continue;
        const c = col[k]!, y = v - mean - it[c]!, x = ft[c]!;
        m++; a += x; b += x * x; e += y; f += y * x;
      }
      if (m === 0) { iu[i] = 0; fu[i] = 0; continue; }
      solve2(m + li, a, b + lf, e, f);
      const u = solvedX, w = solvedY;
      iu[i] = u; fu[i] = w;
      for (let k = from; k < to; k++) {
        const v = val[k]!;
        if (v === 0) continue;
        const c = col[k]!, y = v - mean - u;
        n[c]!++; sf[c]! += w; sff[c]! += w * w; sy[c]! += y; syf[c]! += y * w;
      }
    }
    // Statements given the participants, then μ given both: the mean of v − i_u − i_t − f_u·f_t,
    // which the accumulated sums give without another pass.
    let change = 0, residual = 0;
    for (let c = 0; c < cols; c++) {
      if (n[c]! === 0) { solvedX = 0; solvedY = 0; } else solve2(n[c]! + li, sf[c]!, sff[c]! + lf, sy[c]!, syf[c]!);
      change = Math.max(change, Math.abs(solvedX - it[c]!));
      it[c] = solvedX; ft[c] = solvedY;
      residual += sy[c]! + n[c]! * mean - n[c]! * solvedX - solvedY * sf[c]!;
    }
    mean = residual / count;
    mean += rebalance(iu, fu, it, ft, rowVotes, n, li, lf);
    if (change < params.bridgingTolerance) break;
  }
  if (orientation) {
    let d = 0;
    for (let c = 0; c < cols; c++) d += ft[c]! * orientation[c]!;
    if (d < 0) for (let c = 0; c < cols; c++) ft[c] = -ft[c]! + 0;
  }
  return { mean, intercepts: it, factors: ft, iterations };
}
