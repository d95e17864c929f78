import { describe, expect, it } from 'vitest';
import { stableHash } from '../../src/domain/stable-hash.js';

describe('stableHash', () => {
  it('hashes stably', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c); // FNV-1a reference value
    expect(stableHash('g1|2025-06-01|0')).toBe(stableHash('g1|2025-06-01|0'));
  });

  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(stableHash('foobar')).toBe(0xbf9cf968);
    expect(stableHash('chongo was here!\n')).toBe(0xd49930d5);
  });

  it('is an unsigned 32-bit integer, also for long and non-ASCII text', () => {
    for (const text of ['x'.repeat(10_000), 'Épée', '🗡️ quest']) {
      const hash = stableHash(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });

  it('tells apart inputs that differ in one character or in order', () => {
    expect(stableHash('g1|2025-06-01|0')).not.toBe(stableHash('g1|2025-06-01|1'));
    expect(stableHash('ab')).not.toBe(stableHash('ba'));
  });
});
