/**
 * FNV-1a, 32 bits: tiny, stable across platforms and runs (unlike a seeded
 * Math.random), so "deterministic" choices such as the order of quest
 * templates come out the same for the same input. Not for security.
 * Hashes UTF-16 code units, as `charCodeAt` gives them.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
