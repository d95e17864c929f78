import { describe, expect, it } from 'vitest';
import { ENERGY_TARGET } from '../../src/domain/quest-diversity.js';
import { energyQuota } from '../../src/domain/quest-energy-tendency.js';
import { ENERGY_LEVELS, type EnergyLevel } from '../../src/domain/vocabulary.js';

const counts = (low: number, medium: number, high: number): Record<EnergyLevel, number> => ({
  LOW: low,
  MEDIUM: medium,
  HIGH: high,
});
const sum = (c: Record<EnergyLevel, number>) => c.LOW + c.MEDIUM + c.HIGH;
const shares = (c: Record<EnergyLevel, number>) =>
  Object.fromEntries(ENERGY_LEVELS.map((l) => [l, (c[l] / sum(c)) * 100])) as Record<EnergyLevel, number>;

describe('energyQuota: the levels of the next batch, from what generation made recently', () => {
  it('fills every place, and a batch of 3 or more is never all one level', () => {
    const histories = [counts(0, 0, 0), counts(0, 40, 0), counts(30, 0, 0), counts(0, 0, 25), counts(7, 1, 3)];
    for (const history of histories) {
      for (let size = 1; size <= 5; size += 1) {
        const quota = energyQuota(history, size);
        expect(sum(quota), `${JSON.stringify(history)} size ${size}`).toBe(size);
        if (size >= 3) expect(ENERGY_LEVELS.filter((l) => quota[l] > 0).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('without a history, the batch is as near 30/50/20 as its size allows', () => {
    expect(energyQuota(counts(0, 0, 0), 3)).toEqual(counts(1, 1, 1));
    expect(energyQuota(counts(0, 0, 0), 4)).toEqual(counts(1, 2, 1));
    expect(energyQuota(counts(0, 0, 0), 1)).toEqual(counts(0, 1, 0));
  });

  it('a history skewed to HIGH gets LOW and MEDIUM next, no HIGH', () => {
    expect(energyQuota(counts(2, 3, 10), 3)).toEqual(counts(1, 2, 0));
    const five = energyQuota(counts(2, 3, 10), 5);
    // Both LOW and MEDIUM are short; MEDIUM, with the larger share, is the furthest below it.
    expect(five).toEqual(counts(1, 4, 0));
  });

  it('a history all MEDIUM gets LOW and HIGH, LOW first (the larger share)', () => {
    expect(energyQuota(counts(0, 20, 0), 3)).toEqual(counts(2, 0, 1));
  });

  it('a balanced history keeps the target: 30/50/20 over 30 missions gives 1/2/1 for 4', () => {
    expect(energyQuota(counts(9, 15, 6), 4)).toEqual(counts(1, 2, 1));
  });

  it('from an empty history, 20 runs of 3 to 5 converge to within 2 points of every target', () => {
    const history = counts(0, 0, 0);
    for (let run = 0; run < 20; run += 1) {
      const quota = energyQuota(history, 3 + (run % 3));
      for (const level of ENERGY_LEVELS) history[level] += quota[level];
    }
    const mix = shares(history);
    for (const level of ENERGY_LEVELS) expect(Math.abs(mix[level] - ENERGY_TARGET[level] * 100)).toBeLessThanOrEqual(2);
  });

  it('runs of 3 only (the most common size) still converge: each batch corrects the last', () => {
    const history = counts(0, 0, 0);
    for (let run = 0; run < 20; run += 1) {
      const quota = energyQuota(history, 3);
      for (const level of ENERGY_LEVELS) history[level] += quota[level];
    }
    const mix = shares(history);
    for (const level of ENERGY_LEVELS) expect(Math.abs(mix[level] - ENERGY_TARGET[level] * 100)).toBeLessThanOrEqual(5);
  });
});
