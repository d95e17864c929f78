import { describe, expect, it } from 'vitest';
import { clamp } from '../../src/domain/numbers.js';

describe('clamp', () => {
  it('keeps a value inside the bounds and moves one outside to the nearest bound', () => {
    expect(clamp(0.5, 0, 1)).toBe(0.5);
    expect(clamp(-3, 0, 1)).toBe(0);
    expect(clamp(7, 1, 5)).toBe(5);
  });

  it('keeps the bounds themselves', () => {
    expect(clamp(1, 1, 5)).toBe(1);
    expect(clamp(5, 1, 5)).toBe(5);
  });

  it('handles infinities and leaves NaN as NaN for the caller to catch', () => {
    expect(clamp(Number.POSITIVE_INFINITY, 0.05, 1)).toBe(1);
    expect(clamp(Number.NEGATIVE_INFINITY, 0.05, 1)).toBe(0.05);
    expect(clamp(Number.NaN, 0, 1)).toBeNaN();
  });
});
