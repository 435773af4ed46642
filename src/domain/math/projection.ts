/**
 * Participants and statements in the plane of the first two components.
 *
 * A participant's position sums their centred votes times the loadings, then is scaled by
 * sqrt(n_included / max(|J_i|, 1)) so that people with few votes are not all piled in the centre.
 * With `polisParity`, moderated-out columns count as columns everyone voted on, as in Pol.is:
 * sqrt((n_included + n_out) / (|J_i| + n_out)).
 */

export interface ScaleColumns {
  /** Included statements with votes. */
  included: number;
  /** Excluded statements with votes (used only with Pol.is parity). */
  excludedWithVotes: number;
  polisParity: boolean;
}

export function projectionScale(votes: number, cols: ScaleColumns): number {
  if (cols.polisParity) {
    const n = cols.included + cols.excludedWithVotes;
    const d = votes + cols.excludedWithVotes;
    return d === 0 ? 0 : Math.sqrt(n / d);
  }
  return Math.sqrt(cols.included / Math.max(votes, 1));
}

/** Interleaved (x, y) per row of the CSR. */
export function projectParticipants(
  rowPtr: Int32Array, col: Int32Array, x: Float64Array, comps: [Float64Array, Float64Array], cols: ScaleColumns,
): Float64Array {
  const rows = rowPtr.length - 1;
  const out = new Float64Array(rows * 2);
  const [pc1, pc2] = comps;
  for (let i = 0; i < rows; i++) {
    const a = rowPtr[i]!, b = rowPtr[i + 1]!;
    let s1 = 0, s2 = 0;
    for (let k = a; k < b; k++) {
      const c = col[k]!, xv = x[k]!;
      s1 += xv * pc1[c]!;
      s2 += xv * pc2[c]!;
    }
    const scale = projectionScale(b - a, cols);
    out[2 * i] = s1 * scale + 0;
    out[2 * i + 1] = s2 * scale + 0;
  }
  return out;
}

/**
 * A statement's position, sqrt(n)·(1 − c_t)·(pc1_t, pc2_t), and its length, the "extremity" used
 * by routing (n counts the moderated-out columns too under Pol.is parity).
 */
export function statementExtremity(center: Float64Array, comps: [Float64Array, Float64Array], cols: ScaleColumns): Float64Array {
  const n = cols.included + (cols.polisParity ? cols.excludedWithVotes : 0);
  const root = Math.sqrt(n);
  const out = new Float64Array(center.length);
  for (let j = 0; j < center.length; j++) {
    const f = root * (1 - center[j]!);
    out[j] = Math.hypot(f * comps[0][j]!, f * comps[1][j]!);
  }
  return out;
}
