import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import {
  NARRATOR_CARDS_MAX,
  NARRATOR_MOMENTS,
  narratorMoments,
  recentExchangeWindow,
  type NarratorMemory,
} from '../domain/adventure-memory.js';
import {
  type Character,
  type NarrationRequest,
  type ObjectiveView,
  type QuestView,
} from '../domain/adventure-types.js';
import { MOMENT_KINDS } from '../domain/vocabulary.js';

/**
 * The adventure prompts' shared pieces and the narrator's prompt.
 *
 * Every adventure prompt (narrator, quest designer, epilogue) ends its system
 * message with the machine-readable input as JSON between `<adventure>` and
 * `</adventure>`; a model may use it or the readable text. The block is
 * always the last thing in the system message and `<` is escaped inside it,
 * so text typed by the player (a name, a backstory, an action) can never
 * forge or close a block. Nothing reads the prompt back: the deterministic
 * adapters work on the domain objects themselves.
 */

/** Tool names of the adventure chains (one structured-output tool each). */
export const NARRATE_TOOL_NAME = 'narrate_turn';
export const DESIGN_QUESTS_TOOL_NAME = 'design_quests';
export const EPILOGUE_TOOL_NAME = 'write_epilogue';

const ADVENTURE_OPEN = '<adventure>';
const ADVENTURE_CLOSE = '</adventure>';

/** Bounds of the narrator's answer (the schema in narrator.ts uses the same numbers). */
export const NARRATION_MAX_CHARS = 2000;
export const MOMENT_SUMMARY_MAX_CHARS = 200;
export const MAX_COMPLETED_IDS = 10;

/** JSON safe to embed between markers: `<` is escaped, so no text inside can close or open a block. */
function serializeAdventureData(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The block to append (last) to a system message. */
export function adventureBlock(data: unknown): string {
  return `Machine-readable input:\n${ADVENTURE_OPEN}${serializeAdventureData(data)}${ADVENTURE_CLOSE}`;
}

// ---------------------------------------------------------------------------
// Readable pieces shared by the adventure prompts

export function describeCharacter(character: Character): string[] {
  return [
    `- Name: ${character.name?.trim() || '(not chosen yet)'}`,
    `- Archetype: ${character.archetype?.trim() || '(not chosen yet)'}`,
    `- Backstory: ${character.backstory?.trim() || '(none given)'}`,
  ];
}

export function describeObjective(objective: ObjectiveView): string {
  return `- [${objective.id}] ${objective.description} (${objective.completedAt ? 'done' : 'open'})`;
}

export function describeQuest(quest: QuestView): string[] {
  return [
    `"${quest.title}": ${quest.description}`,
    'Objectives (ID, description, state):',
    ...quest.objectives.map(describeObjective),
  ];
}

// ---------------------------------------------------------------------------
// The narrator

// The closure rule lives in code (domain/pacing); the prompt only follows it.
function isFinalTurn(request: NarrationRequest): boolean {
  return request.pacing.closing;
}

function narratorRole(request: NarrationRequest): string[] {
  return [
    'You are the narrator of a text adventure. The player tells you what their character does; you tell what happens.',
    `Answer only by calling the ${NARRATE_TOOL_NAME} tool.`,
    '',
    'How to narrate:',
    '- Second person, present tense ("you"), vivid and concrete: the senses, the place, the people and what they do.',
    '- 80 to 180 words of narration.',
    "- Narrate the outcome of the player's action and how the world answers it; leave the next move open.",
    '- Never decide for the player: do not choose their words, thoughts, feelings or next actions, and do not play several turns at once.',
    isFinalTurn(request)
      ? '- This is the final turn: bring the story to its close in this narration.'
      : '- Never end the story: there are turns still to play.',
  ];
}

function pacingBlock(request: NarrationRequest): string[] {
  const p = request.pacing;
  if (p.guidance.trim() === '') return []; // pacing disabled: no block at all
  return [
    '',
    `Pacing (turn ${p.turn} of ${p.maxTurns}, ${p.turnsRemaining} turn${p.turnsRemaining === 1 ? '' : 's'} remaining):`,
    `- Phase: ${p.phase}`,
    `- Urgency: ${p.urgency}`,
    `- Directive: ${p.directive}`,
    `- Guidance: ${p.guidance.trim()}`,
  ];
}

function questBlock(request: NarrationRequest): string[] {
  if (!request.quest) {
    return ['', 'Active quest: none yet. Leave completedObjectiveIds empty.'];
  }
  return [
    '',
    `Active quest: ${describeQuest(request.quest).join('\n')}`,
    '',
    'Objectives: put an objective ID in completedObjectiveIds only when the events of THIS turn clearly complete it',
    '(not when it is merely approached, attempted or talked about). Use the IDs exactly as listed; never report an',
    'objective that is already done. When nothing is completed, leave the list empty.',
  ];
}

function momentBlock(): string[] {
  return [
    '',
    'Key moment: when this turn holds a moment worth remembering in the epilogue, set keyMoment to',
    `{ kind: one of ${MOMENT_KINDS.join(', ')}; summary: one sentence in the third person, at most ${MOMENT_SUMMARY_MAX_CHARS} characters;`,
    'significance: 0 to 1 (0.3 minor, 0.6 notable, 0.9 a turning point) }. Completing an objective is an OBJECTIVE moment.',
    'Otherwise set keyMoment to null: most turns have none.',
  ];
}

/**
 * The memory note and the triggered cards, first of the story context. Empty
 * parts are left out. The note and the cards are the player's text: like the
 * character, they are described, never obeyed as instructions about the format.
 */
function memoryBlock(memory: NarratorMemory): string[] {
  const lines: string[] = [];
  const note = memory.memoryNote.trim();
  if (note) lines.push('', "The player's memory note (facts to keep true in the story):", note);
  const cards = memory.cards.slice(0, NARRATOR_CARDS_MAX);
  if (cards.length > 0) {
    lines.push('', 'Story cards that apply to this turn (world facts written by the player):');
    for (const card of cards) lines.push(`- ${card.text.trim()}`);
  }
  return lines;
}

/** The key moments so far, after the quest: the most significant ones, in turn order. */
function keyMomentsBlock(memory: NarratorMemory): string[] {
  const moments = narratorMoments(memory.moments, NARRATOR_MOMENTS);
  if (moments.length === 0) return [];
  return ['', 'Key moments so far:', ...moments.map((m) => `- Turn ${m.turn} (${m.kind}): ${m.summary}`)];
}

/** What the `<adventure>` block carries: the request, with the exchanges reduced to their turns and actions. */
export interface NarrationBlock extends Omit<NarrationRequest, 'history' | 'memory'> {
  history: { turn: number; action: string }[];
}

/**
 * The narrator's prompt. The story context comes in this order: the memory
 * note, the triggered cards, the quest state, the key moments so far, and the
 * recent exchanges (as messages). Every part is bounded (adventure-memory.ts),
 * and the bounds are applied here again, so the prompt cannot grow with the
 * turn whatever the caller passes.
 */
export function buildNarratorPrompt(request: NarrationRequest): BaseMessage[] {
  const history = recentExchangeWindow(request.history);
  const block: NarrationBlock = {
    character: request.character,
    quest: request.quest,
    pacing: request.pacing,
    // The exchanges follow as messages, the memory is written out above: repeating them here would double the prompt.
    history: history.map(({ turn, action }) => ({ turn, action })),
    action: request.action,
  };
  const system = [
    ...narratorRole(request),
    ...pacingBlock(request),
    '',
    'The player character:',
    ...describeCharacter(request.character),
    ...memoryBlock(request.memory),
    ...questBlock(request),
    ...keyMomentsBlock(request.memory),
    ...momentBlock(),
    '',
    adventureBlock(block),
  ].join('\n');

  const messages: BaseMessage[] = [new SystemMessage(system)];
  for (const exchange of history) {
    messages.push(new HumanMessage(exchange.action), new AIMessage(exchange.narration));
  }
  messages.push(new HumanMessage(request.action));
  return messages;
}
