/**
 * Per-document tables cut from buffers kept across documents: a typed array of its own costs an
 * allocation outside the heap and work for the collector, more than zeroing part of one that is
 * already there.
 */

/**
 * Zeroed typed arrays for one pass at a time, cut from one buffer. Safe because a pass runs to its
 * end before the next starts and keeps none of its tables past {@link reset}; each table is zeroed
 * when handed out, so no document sees another's marks. The buffer grows up to `max` entries; a
 * larger table gets an array of its own, so a huge document's tables are not kept after it.
 */
export class ScratchPool<A extends Uint8Array | Int8Array | Int32Array> {
  private buffer: A;
  private used = 0;

  constructor(private readonly make: (n: number) => A, private readonly max = 1 << 20) {
    this.buffer = make(1 << 12);
  }

  /** Hands the buffer out from its start again (the previous pass's tables are done with). */
  reset(): void {
    this.used = 0;
  }

  /** A zeroed table of `n` entries, valid until the next {@link reset}. */
  take(n: number): A {
    if (this.used + n > this.buffer.length) {
      // Tables handed out before keep the old buffer.
      if (n > this.max) return this.make(n);
      this.buffer = this.make(Math.min(this.max, Math.max(2 * this.buffer.length, 2 * n)));
      this.used = 0;
    }
    return this.buffer.subarray(this.used, (this.used += n)).fill(0) as A;
  }
}
