/**
 * Remembers what `compute` gave for each key, up to `limit` keys; past that it starts afresh. For
 * hashes asked for on every request (a browser's key, a rate-limit row), where recomputing costs
 * more than a look-up and memory must stay bounded.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
