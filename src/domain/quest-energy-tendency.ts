/**
 * The energy tendency of generation (DESIGN.md, "Quests"): across a user's runs
 * the energy mix tends to 30 % LOW, 50 % MEDIUM, 20 % HIGH. A single batch of
 * 3 to 5 cannot hold that mix (3 quests are at best 33/33/33 or 33/67/0), so
 * the mix is reached over runs: each batch is given the levels that bring the
 * user's recently generated missions, batch included, closest to the target
 * (a deficit: what the target wants of the total minus what the history has).
 *
 * The history is what generation created for the user in the last
 * GENERATED_HISTORY_DAYS, whatever became of it (pending, completed,
 * skipped): the rule is about what runs produce, not about what the user
 * leaves in the pool. Balancing the pool instead would chase the user's own
 * choices (someone who finishes the LOW quests first keeps a pool short of
 * LOW, and generation would then make LOW quests run after run).
 */
import { ENERGY_TARGET } from './quest-diversity.js';
import { QUESTS_PER_RUN_MIN } from './quest-types.js';
import { ENERGY_LEVELS, type EnergyLevel } from './vocabulary.js';

/** Ties go to the level with the larger target share: MEDIUM, then LOW, then HIGH. */
const BY_TARGET: readonly EnergyLevel[] = [...ENERGY_LEVELS].sort((a, b) => ENERGY_TARGET[b] - ENERGY_TARGET[a]);

/**
 * How many quests of each level a batch of `size` should hold so that the
 * history plus the batch is as close as it can be to the target: one place
 * at a time to the level furthest below its share of the new total. A batch
 * of 3 or more is never all one level (a rule of the batch, which wins over
 * the tendency): then the level with the next largest deficit gets one place.
 */
export function energyQuota(history: Readonly<Record<EnergyLevel, number>>, size: number): Record<EnergyLevel, number> {
  const quota: Record<EnergyLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  if (size <= 0) return quota;
  const have = (level: EnergyLevel) => Math.max(0, history[level]);
  const total = ENERGY_LEVELS.reduce((sum, level) => sum + have(level), 0) + size;
  const deficit = (level: EnergyLevel) => ENERGY_TARGET[level] * total - have(level) - quota[level];
  const neediest = (levels: readonly EnergyLevel[]) =>
    levels.reduce((best, level) => (deficit(level) > deficit(best) ? level : best));
  for (let place = 0; place < size; place += 1) quota[neediest(BY_TARGET)] += 1;
  const only = ENERGY_LEVELS.find((level) => quota[level] === size);
  if (only && size >= QUESTS_PER_RUN_MIN) {
    quota[only] -= 1;
    quota[neediest(BY_TARGET.filter((level) => level !== only))] += 1;
  }
  return quota;
}
