/**
 * Cholesky factorization of a symmetric positive-definite row-major n x n matrix.
 * Returns the lower factor L (row-major, upper part zero), or null when a pivot is not positive.
 */
export function choleskyLower(m: Float64Array, n: number, minPivot = 1e-12): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > minPivot)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j]!;
      }
    }
  }
  return l;
}
