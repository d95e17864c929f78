import { describe, expect, it } from 'vitest';
import {
  categoryBoost,
  describeDiversity,
  durationBucket,
  energyMixDistance,
} from '../../src/domain/quest-diversity.js';
import type { EnergyLevel, QuestProposal } from '../../src/domain/quest-types.js';

// The choice of a batch is tested in quest-batch-rules.test.ts; these are the scores it uses.

let serial = 0;
function quest(overrides: Partial<QuestProposal> = {}): QuestProposal {
  serial += 1;
  return {
    goalId: null,
    title: `Quest ${serial}`,
    description: '',
    estimatedMinutes: 20,
    energyLevel: 'MEDIUM',
    valueCategory: 'HEALTH',
    ...overrides,
  };
}

describe('diversity scores', () => {
  it('category boost: 1 at the minimum (zero included, missing counts as zero), less above it', () => {
    expect(categoryBoost('CONNECTION', { HEALTH: 8 })).toBe(1);
    expect(categoryBoost('HEALTH', { HEALTH: 8 })).toBeCloseTo(1 / 9);
    expect(categoryBoost('CRAFT', { HEALTH: 2, CRAFT: 3, GROWTH: 2, CONNECTION: 2 })).toBe(0.5);
  });

  it('groups durations into the nearest bucket', () => {
    expect([10, 14, 15, 16, 24, 26, 30].map(durationBucket)).toEqual([10, 10, 10, 20, 20, 30, 30]);
  });

  it('measures the energy mix distance against 30/50/20', () => {
    expect(energyMixDistance([])).toBe(0);
    expect(energyMixDistance(['MEDIUM'])).toBeCloseTo(1);
    expect(energyMixDistance(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'LOW'] as EnergyLevel[])).toBeCloseTo(0.2);
    expect(energyMixDistance(['HIGH', 'HIGH'])).toBeCloseTo(1.6);
  });
});

describe('describeDiversity', () => {
  it('counts goals, energies, categories and lists durations', () => {
    const batch = [
      quest({ goalId: 'g1', energyLevel: 'LOW', valueCategory: 'CRAFT', estimatedMinutes: 10 }),
      quest({ goalId: 'g1', energyLevel: 'HIGH', valueCategory: 'CRAFT', estimatedMinutes: 30 }),
      quest({ goalId: null, energyLevel: 'LOW', valueCategory: 'GROWTH', estimatedMinutes: 20 }),
    ];
    expect(describeDiversity(batch)).toEqual({
      perGoal: { g1: 2, '(none)': 1 },
      energy: { LOW: 2, MEDIUM: 0, HIGH: 1 },
      categories: { HEALTH: 0, CRAFT: 2, GROWTH: 1, CONNECTION: 0 },
      durations: [10, 30, 20],
    });
  });
});
