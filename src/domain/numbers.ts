/** Small numeric helpers the rules share. */

/** `x` forced into [min, max], for min <= max (NaN stays NaN). */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
