import type { PacingState } from '../src/domain/adventure-types.js';
import { halfway, pacingContext } from '../src/domain/pacing.js';
import { seededRandom } from './support/random.js';

/**
 * Micro-benchmark of pacingContext, the function called once per adventure
 * turn. Cycles through a fixed set of precomputed states (budgets 25..100,
 * every kind of turn, quests completed early, at half the budget or not at
 * all, pacing on and off) in a tight loop after a warm-up, timed with
 * process.hrtime.bigint(). Prints nothing; the caller reports. Goal: well under
 * 10 µs per call.
 */

const STATE_COUNT = 1024; // a power of two, so the loop picks a state with a mask
const WARMUP_CALLS = 200_000;

function benchStates(): PacingState[] {
  const random = seededRandom(20_250_601);
  const budgets = [25, 30, 50, 80, 100];
  return Array.from({ length: STATE_COUNT }, (_, i): PacingState => {
    const maxTurns = budgets[i % budgets.length] ?? 50;
    const turn = 1 + Math.floor(random() * maxTurns);
    const roll = random();
    // A third with no completion, a third completed before half the budget, a third at or after it.
    const questCompletedAtTurn =
      roll < 1 / 3 || turn === 1
        ? null
        : roll < 2 / 3
          ? 1 + Math.floor(random() * Math.min(turn - 1, halfway(maxTurns) - 1))
          : Math.max(halfway(maxTurns), turn - 1);
    const denouementStartedAtTurn =
      questCompletedAtTurn !== null && questCompletedAtTurn >= halfway(maxTurns) && turn > questCompletedAtTurn
        ? questCompletedAtTurn + 1
        : null;
    return { turn, maxTurns, questCompletedAtTurn, denouementStartedAtTurn, pacingEnabled: random() < 0.8 };
  });
}

function run(states: readonly PacingState[], calls: number): number {
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const context = pacingContext(states[i & (STATE_COUNT - 1)] as PacingState);
    sink += context.turnsRemaining + context.guidance.length;
  }
  return sink;
}

export function benchPacing(iterations = 1_000_000): { nsPerCall: number; calls: number } {
  const states = benchStates();
  let sink = run(states, WARMUP_CALLS);
  const start = process.hrtime.bigint();
  sink += run(states, iterations);
  const elapsed = Number(process.hrtime.bigint() - start);
  // Using the sink keeps the calls from being optimised away.
  if (sink < 0) throw new Error('unreachable');
  return { nsPerCall: iterations > 0 ? Math.round((elapsed / iterations) * 10) / 10 : 0, calls: iterations };
}
