/**
 * Scratch memory a long-lived worker can hand to `computeMath` so that large typed arrays are reused
 * between updates instead of allocated (and page-faulted in) every time. Arrays taken from a workspace
 * are only valid until the next computation with it; results and state never refer to them.
 */
type TypedArrayOf<T> = T extends 'i32' ? Int32Array : T extends 'i8' ? Int8Array : Float64Array;
type Kind = 'i32' | 'i8' | 'f64';

export class MathWorkspace {
  private readonly buffers = new Map<string, Int32Array | Int8Array | Float64Array>();

  /** An array of at least `length` entries (contents unspecified), kept under `name` for reuse. */
  take<K extends Kind>(name: string, kind: K, length: number): TypedArrayOf<K> {
    let buffer = this.buffers.get(name);
    if (!buffer || buffer.length < length || kindOf(buffer) !== kind) {
      const capacity = Math.ceil(length * 1.25) + 16;
      buffer = kind === 'i32' ? new Int32Array(capacity) : kind === 'i8' ? new Int8Array(capacity) : new Float64Array(capacity);
      this.buffers.set(name, buffer);
    }
    return buffer as TypedArrayOf<K>;
  }
}

function kindOf(a: Int32Array | Int8Array | Float64Array): Kind {
  return a instanceof Int32Array ? 'i32' : a instanceof Int8Array ? 'i8' : 'f64';
}

/** Fresh arrays each time: what `computeMath` uses without a workspace. */
export const NO_WORKSPACE = {
  take<K extends Kind>(_name: string, kind: K, length: number): TypedArrayOf<K> {
    return (kind === 'i32' ? new Int32Array(length) : kind === 'i8' ? new Int8Array(length) : new Float64Array(length)) as TypedArrayOf<K>;
  },
};

export type Scratch = Pick<MathWorkspace, 'take'>;
