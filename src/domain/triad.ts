/**
 * "What next": pick three pending missions — one high, one medium, one lower
 * priority — so the user gets a real choice rather than the top three of the
 * same kind. Within the medium and low tiers we prefer missions whose value
 * category and energy level differ from what was already picked.
 */
import type { EnergyLevel, ValueCategory } from './vocabulary.js';

export interface TriadCandidate {
  id: string;
  priorityScore: number;
  valueCategory: ValueCategory;
  energyLevel: EnergyLevel;
}

/** Priority desc, then id asc, so equal scores always resolve the same way. */
function byPriority(a: TriadCandidate, b: TriadCandidate): number {
  if (b.priorityScore !== a.priorityScore) return b.priorityScore - a.priorityScore;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Split into three contiguous tiers; remainders go to the upper tiers
 * (e.g. 4 → 2/1/1, 5 → 2/2/1). Requires length ≥ 3 so every tier is non-empty.
 */
function splitTiers<T>(sorted: readonly T[]): [T[], T[], T[]] {
  const topSize = Math.ceil(sorted.length / 3);
  const middleSize = Math.ceil((sorted.length - topSize) / 2);
  return [sorted.slice(0, topSize), sorted.slice(topSize, topSize + middleSize), sorted.slice(topSize + middleSize)];
}

/** Category differences weigh double: variety of values matters more than of effort. */
function diversityGain(candidate: TriadCandidate, picked: readonly TriadCandidate[]): number {
  return picked.reduce(
    (gain, p) =>
      gain + (p.valueCategory !== candidate.valueCategory ? 2 : 0) + (p.energyLevel !== candidate.energyLevel ? 1 : 0),
    0,
  );
}

/** The tier is already priority-sorted, so the first best-gain item wins ties. */
function pickMostDiverse<T extends TriadCandidate>(tier: readonly T[], picked: readonly T[]): T {
  let best = tier[0]!;
  let bestGain = diversityGain(best, picked);
  for (const candidate of tier.slice(1)) {
    const gain = diversityGain(candidate, picked);
    if (gain > bestGain) {
      best = candidate;
      bestGain = gain;
    }
  }
  return best;
}

/** Keeps the first (highest-priority) occurrence of each id, so a repeated row cannot fill two slots. */
function uniqueById<T extends TriadCandidate>(sorted: readonly T[]): T[] {
  const seen = new Set<string>();
  return sorted.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export function selectTriad<T extends TriadCandidate>(pending: readonly T[]): T[] {
  // Copy before sorting: never mutate the caller's array.
  const sorted = uniqueById([...pending].sort(byPriority));
  if (sorted.length <= 3) return sorted;

  const [top, middle, bottom] = splitTiers(sorted);
  const high = top[0]!;
  const medium = pickMostDiverse(middle, [high]);
  const low = pickMostDiverse(bottom, [high, medium]);
  // Tiers are disjoint slices, so the three picks are distinct.
  return [high, medium, low];
}
