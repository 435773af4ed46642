/**
 * The kernel of the PCA: Z = XᵀX V for a small block of vectors, in one pass over the rows of the
 * sparse centred matrix X (each row is read twice, the second time from cache). Unrolled, interleaved
 * versions for the block sizes the PCA uses.
 */

/** Z = XᵀX V for a block of vectors, in one pass over the rows. */
export function multiplyGram(rowPtr: Int32Array, col: Int32Array, x: Float64Array, vs: Float64Array[], zs: Float64Array[]): void {
  if (vs.length === 4) return multiplyGram4(rowPtr, col, x, vs, zs);
  if (vs.length === 2) return multiplyGram2(rowPtr, col, x, vs, zs);
  const b = vs.length;
  for (const z of zs) z.fill(0);
  const rows = rowPtr.length - 1;
  const s = new Float64Array(b);
  for (let i = 0; i < rows; i++) {
    const a = rowPtr[i]!, e = rowPtr[i + 1]!;
    s.fill(0);
    for (let k = a; k < e; k++) {
      const c = col[k]!, xv = x[k]!;
      for (let q = 0; q < b; q++) s[q]! += xv * vs[q]![c]!;
    }
    for (let k = a; k < e; k++) {
      const c = col[k]!, xv = x[k]!;
      for (let q = 0; q < b; q++) zs[q]![c]! += xv * s[q]!;
    }
  }
}

/**
 * The block of four, unrolled, with the vectors interleaved (v[4c + q]) so that one statement's
 * four entries share a cache line: this loop is most of the PCA time on large conversations.
 */
function multiplyGram4(rowPtr: Int32Array, col: Int32Array, x: Float64Array, vs: Float64Array[], zs: Float64Array[]): void {
  const n = vs[0]!.length;
  const v = new Float64Array(4 * n), z = new Float64Array(4 * n);
  for (let q = 0; q < 4; q++) {
    const src = vs[q]!;
    for (let c = 0; c < n; c++) v[4 * c + q] = src[c]!;
  }
  const rows = rowPtr.length - 1;
  for (let i = 0; i < rows; i++) {
    const a = rowPtr[i]!, e = rowPtr[i + 1]!;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let k = a; k < e; k++) {
      const c = 4 * col[k]!, xv = x[k]!;
      s0 += xv * v[c]!; s1 += xv * v[c + 1]!; s2 += xv * v[c + 2]!; s3 += xv * v[c + 3]!;
    }
    for (let k = a; k < e; k++) {
      const c = 4 * col[k]!, xv = x[k]!;
      z[c]! += xv * s0; z[c + 1]! += xv * s1; z[c + 2]! += xv * s2; z[c + 3]! += xv * s3;
    }
  }
  for (let q = 0; q < 4; q++) {
    const dst = zs[q]!;
    for (let c = 0; c < n; c++) dst[c] = z[4 * c + q]!;
  }
}

/** The block of two (warm starts), unrolled and interleaved like `multiplyGram4`. */
function multiplyGram2(rowPtr: Int32Array, col: Int32Array, x: Float64Array, vs: Float64Array[], zs: Float64Array[]): void {
  const n = vs[0]!.length;
  const v = new Float64Array(2 * n), z = new Float64Array(2 * n);
  for (let c = 0; c < n; c++) { v[2 * c] = vs[0]![c]!; v[2 * c + 1] = vs[1]![c]!; }
  const rows = rowPtr.length - 1;
  for (let i = 0; i < rows; i++) {
    const a = rowPtr[i]!, e = rowPtr[i + 1]!;
    let s0 = 0, s1 = 0;
    for (let k = a; k < e; k++) {
      const c = 2 * col[k]!, xv = x[k]!;
      s0 += xv * v[c]!; s1 += xv * v[c + 1]!;
    }
    for (let k = a; k < e; k++) {
      const c = 2 * col[k]!, xv = x[k]!;
      z[c]! += xv * s0; z[c + 1]! += xv * s1;
    }
  }
  for (let c = 0; c < n; c++) { zs[0]![c] = z[2 * c]!; zs[1]![c] = z[2 * c + 1]!; }
}
