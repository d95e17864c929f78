import { describe, expect, it } from 'vitest';
import { selectTriad, type TriadCandidate } from '../../src/domain/triad.js';
import type { EnergyLevel, ValueCategory } from '../../src/domain/vocabulary.js';

function c(
  id: string,
  priorityScore: number,
  valueCategory: ValueCategory = 'HEALTH',
  energyLevel: EnergyLevel = 'LOW',
): TriadCandidate {
  return { id, priorityScore, valueCategory, energyLevel };
}

const ids = (items: readonly TriadCandidate[]): string[] => items.map((i) => i.id);

describe('selectTriad with few candidates', () => {
  it('returns nothing for no candidates', () => {
    expect(selectTriad([])).toEqual([]);
  });

  it('returns the single candidate', () => {
    const only = c('a', 0.4);
    expect(selectTriad([only])).toEqual([only]);
  });

  it('returns two candidates by priority', () => {
    expect(ids(selectTriad([c('low', 0.2), c('high', 0.8)]))).toEqual(['high', 'low']);
  });

  it('returns three candidates by priority, ties by id', () => {
    expect(ids(selectTriad([c('b', 0.5), c('c', 0.9), c('a', 0.5)]))).toEqual(['c', 'a', 'b']);
  });
});

describe('selectTriad tiers', () => {
  it('picks one from each tier of 9 candidates', () => {
    const pool = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1].map((s, i) => c(`m${i}`, s));
    // Identical categories/energies: diversity cannot help, so each tier's first item wins.
    expect(ids(selectTriad(pool))).toEqual(['m0', 'm3', 'm6']);
  });

  it('keeps each pick inside its tier even when other tiers are more diverse', () => {
    const pool = [
      c('t1', 0.9, 'HEALTH', 'LOW'),
      c('t2', 0.85, 'CRAFT', 'HIGH'), // most diverse, but in the top tier
      c('t3', 0.8, 'GROWTH', 'MEDIUM'),
      c('m1', 0.6, 'HEALTH', 'LOW'),
      c('m2', 0.55, 'HEALTH', 'LOW'),
      c('m3', 0.5, 'HEALTH', 'LOW'),
      c('b1', 0.3, 'HEALTH', 'LOW'),
      c('b2', 0.2, 'HEALTH', 'LOW'),
      c('b3', 0.1, 'HEALTH', 'LOW'),
    ];
    expect(ids(selectTriad(pool))).toEqual(['t1', 'm1', 'b1']);
  });

  it('gives the extra items to the upper tiers (5 → 2/2/1)', () => {
    // Tiers: [a,b] [c,d] [e]. d differs from a, so it beats c within the middle tier.
    const pool = [
      c('a', 0.9, 'HEALTH', 'LOW'),
      c('b', 0.8, 'CRAFT', 'HIGH'),
      c('c', 0.7, 'HEALTH', 'LOW'),
      c('d', 0.6, 'CRAFT', 'HIGH'),
      c('e', 0.5, 'HEALTH', 'LOW'),
    ];
    expect(ids(selectTriad(pool))).toEqual(['a', 'd', 'e']);
  });

  it('returns three distinct items from 4 candidates (2/1/1)', () => {
    const pool = [c('a', 0.9), c('b', 0.8, 'CRAFT', 'HIGH'), c('c', 0.7), c('d', 0.6)];
    const result = selectTriad(pool);
    expect(ids(result)).toEqual(['a', 'c', 'd']);
    expect(new Set(result).size).toBe(3);
  });

  it('never returns the same id twice, even if the input repeats one', () => {
    const pool = [c('a', 0.9), c('a', 0.9), c('a', 0.9), c('b', 0.5), c('c', 0.1)];
    expect(ids(selectTriad(pool))).toEqual(['a', 'b', 'c']);
  });
});

describe('selectTriad diversity preference', () => {
  const high = c('high', 0.9, 'HEALTH', 'LOW');
  const top = [high, c('top2', 0.88, 'HEALTH', 'LOW'), c('top3', 0.86, 'HEALTH', 'LOW')];

  it('prefers a differing category and energy over a slightly higher-priority look-alike', () => {
    const pool = [
      ...top,
      c('midSame', 0.6, 'HEALTH', 'LOW'),
      c('midDiff', 0.58, 'CRAFT', 'HIGH'),
      c('midSame2', 0.56, 'HEALTH', 'LOW'),
      c('lowSame', 0.3, 'HEALTH', 'LOW'),
      c('lowLikeMid', 0.29, 'CRAFT', 'HIGH'),
      c('lowDiff', 0.28, 'GROWTH', 'MEDIUM'),
    ];
    // lowDiff differs from both picks (gain 6); the others differ from only one (gain 3).
    expect(ids(selectTriad(pool))).toEqual(['high', 'midDiff', 'lowDiff']);
  });

  it('weighs a category difference above an energy difference', () => {
    const pool = [
      ...top,
      c('energyOnly', 0.6, 'HEALTH', 'HIGH'),
      c('categoryOnly', 0.55, 'CRAFT', 'LOW'),
      c('mid3', 0.5, 'HEALTH', 'LOW'),
      c('b1', 0.3, 'HEALTH', 'LOW'),
      c('b2', 0.2, 'HEALTH', 'LOW'),
      c('b3', 0.1, 'HEALTH', 'LOW'),
    ];
    expect(selectTriad(pool)[1]?.id).toBe('categoryOnly');
  });

  it('breaks equal diversity by higher priority, then by id', () => {
    const byScore = [
      ...top,
      c('m1', 0.5, 'CRAFT', 'LOW'),
      c('m2', 0.6, 'GROWTH', 'LOW'),
      c('m3', 0.4, 'HEALTH', 'LOW'),
      c('b1', 0.3, 'HEALTH', 'LOW'),
      c('b2', 0.2, 'HEALTH', 'LOW'),
      c('b3', 0.1, 'HEALTH', 'LOW'),
    ];
    expect(selectTriad(byScore)[1]?.id).toBe('m2');

    const byId = [
      ...top,
      c('mz', 0.5, 'CRAFT', 'LOW'),
      c('my', 0.5, 'GROWTH', 'LOW'),
      c('mx', 0.4, 'HEALTH', 'LOW'),
      c('b1', 0.3, 'HEALTH', 'LOW'),
      c('b2', 0.2, 'HEALTH', 'LOW'),
      c('b3', 0.1, 'HEALTH', 'LOW'),
    ];
    expect(selectTriad(byId)[1]?.id).toBe('my');
  });
});

describe('selectTriad determinism and purity', () => {
  it('resolves ties the same way whatever the input order', () => {
    const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => c(id, 0.5));
    const orders = [
      pool,
      [...pool].reverse(),
      [pool[4]!, pool[8]!, pool[0]!, pool[6]!, pool[2]!, pool[7]!, pool[1]!, pool[5]!, pool[3]!],
    ];
    for (const order of orders) {
      expect(ids(selectTriad(order))).toEqual(['a', 'd', 'g']);
    }
  });

  it('does not mutate the input array or its items', () => {
    const pool = [c('z', 0.1), c('y', 0.9, 'CRAFT'), c('x', 0.5), c('w', 0.7, 'GROWTH', 'HIGH'), c('v', 0.3)];
    const snapshot = structuredClone(pool);
    const frozen = Object.freeze(pool.map((item) => Object.freeze(item)));
    selectTriad(frozen);
    expect(frozen).toEqual(snapshot);
    expect(ids(frozen)).toEqual(['z', 'y', 'x', 'w', 'v']);
  });

  it('returns the original objects with their extra fields', () => {
    const pool = [0.9, 0.7, 0.5, 0.3].map((s, i) => ({ ...c(`m${i}`, s), title: `Mission ${i}` }));
    const result = selectTriad(pool);
    expect(result[0]).toBe(pool[0]);
    expect(result.map((r) => r.title)).toEqual(['Mission 0', 'Mission 2', 'Mission 3']);
  });
});
