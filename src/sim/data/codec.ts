/** Float32Array ↔ bytes (little-endian, the layout every platform we run on uses natively). */
export function float32ToBytes(values: Float32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** Copies the bytes out (Prisma's buffers may be unaligned slices) and views them as float32. */
export function bytesToFloat32(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`draw bytes length ${bytes.byteLength} is not a multiple of 4`);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/**
 * Stored draws (row-major: one series of `drawCount` sims per slate row) as draw-major series of the chosen rows,
 * for readers that score lineups per draw (the optimizer). Null when the bytes are not `drawCount x rowCount`
 * float32 values (a set stored for another row count).
 */
export function drawMajorRows(bytes: Uint8Array, drawCount: number, rowCount: number, rows: readonly number[]): Float64Array[] | null {
  if (bytes.byteLength !== drawCount * rowCount * 4) return null;
  const values = bytesToFloat32(bytes);
  return Array.from({ length: drawCount }, (_, d) => Float64Array.from(rows, (row) => values[row * drawCount + d] ?? 0));
}

/** JSON with typed arrays tagged, for chunk payloads that mix numbers and arrays (exact for float64). */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify(value, (_k, v: unknown) => {
      if (v instanceof Float64Array) return { $f64: Array.from(v) };
      if (v instanceof Float32Array) return { $f32: Array.from(v) };
      if (v instanceof Int32Array) return { $i32: Array.from(v) };
      return v;
    }),
  );
}

/** Inverse of encodeJson. */
export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(bytes), (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.$f64)) return Float64Array.from(o.$f64 as number[]);
      if (Array.isArray(o.$f32)) return Float32Array.from(o.$f32 as number[]);
      if (Array.isArray(o.$i32)) return Int32Array.from(o.$i32 as number[]);
    }
    return v;
  }) as T;
}
