import { narratorMemory, recentExchangeWindow, type StoryCard } from '../src/domain/adventure-memory.js';
import {
  NARRATOR_HISTORY,
  type ExchangeView,
  type MomentView,
  type NarrationRequest,
} from '../src/domain/adventure-types.js';
import { pacingContext } from '../src/domain/pacing.js';
import { buildNarratorPrompt } from '../src/llm/narrator-prompt.js';
import { offlineNarration, offlineQuestOffers } from '../src/llm/offline-adventure.js';
import { progress } from './support/settings.js';
import { table } from './support/stats.js';
import type { Benchmark, BenchmarkReport } from './support/types.js';

/**
 * Prompt size: how the narrator's prompt grows with the turn.
 *
 * A 100-turn adventure is played in memory with the offline narrator, each
 * turn's request built as the turn use case builds it (the latest
 * NARRATOR_HISTORY exchanges, the memory note, the cards, the most significant
 * moments, then the domain's bounds), and the prompt the provider would be
 * sent (every message, pacing block included) is measured at turns 10 and
 * 100, in characters and, when the js-tiktoken package is installed (it comes
 * with LangChain, encodings bundled: no download), in o200k_base tokens.
 * The same action is played at both turns, so only the story so far differs.
 * A second scenario puts maximal text in every field (limits of the domain).
 * Goal: the turn-100 prompt at most 1.2× the turn-10 prompt. No database.
 */

const GOAL_RATIO = 1.2;
const MAX_TURNS = 100;
const MEASURED_TURNS = [10, 100] as const;
const MEASURED_ACTION = 'I ask the innkeeper about the missing caravan and the strange lights on the hill.';
const ACTIONS = [
  'I pause and take in my surroundings.',
  'I follow the tracks into the forest, bow ready.',
  'I climb the old watchtower to look for smoke.',
  'I search the abandoned cart for anything useful.',
  'I talk to the blacksmith about the raiders.',
];

interface Scenario {
  name: string;
  memoryNote: string;
  cards: StoryCard[];
  action(turn: number): string;
  /** Replaces the offline narration and moment (the worst case uses maximal ones). */
  narrate?(request: NarrationRequest): { narration: string; moment: Omit<MomentView, 'turn'> | null };
}

const typical: Scenario = {
  name: 'typical',
  memoryNote: 'Mira never breaks a promise. She is looking for her brother Tomas, last seen at the inn.',
  cards: [
    { id: 'c1', text: 'The innkeeper, Berta, hides smugglers in her cellar.', triggers: ['innkeeper', 'Berta'] },
    { id: 'c2', text: 'The lights on the hill are lanterns of the old signal corps.', triggers: ['lights'] },
    { id: 'c3', text: 'Raiders from the fen wear grey cloaks.', triggers: ['raiders'] },
  ],
  action: (turn) => (MEASURED_TURNS.includes(turn as 10 | 100) ? MEASURED_ACTION : ACTIONS[turn % ACTIONS.length]!),
};

const longText = (seed: string, length: number) =>
  `${seed} `.repeat(Math.ceil(length / (seed.length + 1))).slice(0, length);

const worst: Scenario = {
  name: 'maximal text',
  memoryNote: longText('remember', 1000),
  cards: Array.from({ length: 20 }, (_, i) => ({ id: `w${i}`, text: longText(`fact${i}`, 300), triggers: ['all'] })),
  action: (turn) => longText(`all act${turn}`, 500),
  narrate: (request) => ({
    narration: longText(`scene${request.pacing.turn}`, 2000),
    moment: { kind: 'CHOICE', summary: longText(`moment${request.pacing.turn}`, 200), significance: 0.5 },
  }),
};

interface Size {
  chars: number;
  tokens: number | null;
}

type Encoder = (text: string) => number;

async function tokenizer(): Promise<Encoder | null> {
  try {
    const { getEncoding } = await import('js-tiktoken');
    const encoding = getEncoding('o200k_base');
    return (text) => encoding.encode(text).length;
  } catch {
    return null;
  }
}

function promptText(request: NarrationRequest): string {
  return buildNarratorPrompt(request)
    .map((message) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content)))
    .join('\n');
}

/** Plays the scenario and measures the prompts of MEASURED_TURNS. */
export function promptSizes(scenario: Scenario, count: Encoder | null): Map<number, Size> {
  const character = { name: 'Mira', archetype: 'ranger', backstory: longText('wolves', 300) };
  const offer = offlineQuestOffers(character)[0]!;
  const quest = {
    id: 'quest',
    title: offer.title,
    description: offer.description,
    objectives: offer.objectives.map((o, i) => ({ id: `o${i}`, ...o, completedAt: null })),
  };
  const exchanges: ExchangeView[] = [];
  const moments: MomentView[] = [];
  const sizes = new Map<number, Size>();
  for (let turn = 1; turn <= MAX_TURNS; turn++) {
    const action = scenario.action(turn);
    const history = recentExchangeWindow(exchanges.slice(-NARRATOR_HISTORY));
    const request: NarrationRequest = {
      character,
      quest,
      pacing: pacingContext({
        turn,
        maxTurns: MAX_TURNS,
        questCompletedAtTurn: null,
        denouementStartedAtTurn: null,
        pacingEnabled: true,
      }),
      memory: narratorMemory({ memoryNote: scenario.memoryNote, cards: scenario.cards, moments, history, action }),
      history,
      action,
    };
    if ((MEASURED_TURNS as readonly number[]).includes(turn)) {
      const text = promptText(request);
      sizes.set(turn, { chars: text.length, tokens: count ? count(text) : null });
    }
    const answer =
      scenario.narrate?.(request) ??
      (() => {
        const result = offlineNarration(request);
        return { narration: result.narration, moment: result.keyMoment };
      })();
    exchanges.push({ turn, action, narration: answer.narration });
    if (answer.moment) moments.push({ ...answer.moment, turn });
  }
  return sizes;
}

export const promptSizeBenchmark: Benchmark = {
  id: 'prompt-size',
  title: 'Narrator prompt size: turn 100 against turn 10 of a 100-turn adventure',
  async run(): Promise<BenchmarkReport> {
    const count = await tokenizer();
    progress(
      count
        ? 'Tokens: js-tiktoken o200k_base (bundled encoding).'
        : 'Tokens: js-tiktoken not installed; characters only.',
    );
    const rows: string[][] = [];
    const goals = [];
    for (const scenario of [typical, worst]) {
      const sizes = promptSizes(scenario, count);
      const at10 = sizes.get(10)!;
      const at100 = sizes.get(100)!;
      const charRatio = at100.chars / at10.chars;
      const tokenRatio = at10.tokens && at100.tokens ? at100.tokens / at10.tokens : null;
      rows.push([
        scenario.name,
        `${at10.chars}`,
        `${at100.chars}`,
        charRatio.toFixed(2),
        at10.tokens === null ? 'n/a' : `${at10.tokens}`,
        at100.tokens === null ? 'n/a' : `${at100.tokens}`,
        tokenRatio === null ? 'n/a' : tokenRatio.toFixed(2),
      ]);
      goals.push({
        name: `${scenario.name}: turn-100 prompt ≤ ${GOAL_RATIO}× turn 10`,
        pass: charRatio <= GOAL_RATIO && (tokenRatio === null || tokenRatio <= GOAL_RATIO),
        detail: `${charRatio.toFixed(2)}× characters${tokenRatio === null ? '' : `, ${tokenRatio.toFixed(2)}× tokens`}`,
      });
    }
    const summary = table(['scenario', 'chars t10', 'chars t100', 'ratio', 'tokens t10', 'tokens t100', 'ratio'], rows);
    return { id: 'prompt-size', title: this.title, errors: [], goals, summary };
  },
};
