import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { MomentView } from '../domain/adventure-types.js';
import {
  StructuredOutputError,
  boundedText,
  callModel,
  firstIssue,
  invokeStructured,
  isRecord,
  structuredTool,
  type ModelCallOptions,
} from './model-call.js';
import { callReport } from './call-report.js';
import { describeChatModel, type ModelIdentity } from './model-identity.js';
import { EPILOGUE_TOOL_NAME, adventureBlock, describeCharacter, describeQuest } from './narrator-prompt.js';
import { offlineEpilogue } from './offline-adventure.js';
import type { EpilogueInput, EpilogueOutcome, EpilogueWriter } from './ports.js';

/**
 * The LangChain epilogue writer: the epilogue, written once when an adventure closes: structured output
 * ({ epilogue }), trimmed and bounded in code; any failure (error, timeout,
 * no tool call, a text too short) falls back to the offline epilogue.
 */

export { EPILOGUE_TOOL_NAME } from './narrator-prompt.js';
export type { EpilogueInput } from './ports.js';

export const EPILOGUE_MIN_CHARS = 50;
export const EPILOGUE_MAX_CHARS = 4000;

export const epilogueSchema = z
  .object({
    epilogue: z
      .string()
      .min(EPILOGUE_MIN_CHARS)
      .max(EPILOGUE_MAX_CHARS)
      .describe('the epilogue, 150 to 300 words, in the second person'),
  })
  .describe('Write the epilogue of the adventure');

const SYSTEM_PROMPT = [
  'You write the epilogue of a text adventure that has just ended.',
  `Answer only by calling the ${EPILOGUE_TOOL_NAME} tool.`,
  '',
  'Rules:',
  '- 150 to 300 words, addressed to the player in the second person, warm and personal.',
  "- Use the character's name, archetype and backstory.",
  '- Recall the key moments below in the order they happened; do not invent major events that are not listed.',
  '- Reflect how the story ended: a completed quest deserves a sense of fulfilment; a story that ran out of turns',
  '  deserves an honest, hopeful closing that honours what was achieved and what was left undone.',
  '- End the story: no questions to the player, no invitation to continue.',
].join('\n');

function describeMoment(moment: MomentView): string {
  return `- Turn ${moment.turn} (${moment.kind}, significance ${moment.significance.toFixed(2)}): ${moment.summary}`;
}

export function buildEpiloguePrompt(input: EpilogueInput): BaseMessage[] {
  const ending =
    input.reason === 'QUEST_COMPLETE'
      ? `The quest was completed; the story ended after ${input.turns} turns.`
      : `The story reached its turn limit after ${input.turns} turns${input.quest ? ', before the quest was completed' : ''}.`;
  const system = [
    SYSTEM_PROMPT,
    '',
    'The character:',
    ...describeCharacter(input.character),
    '',
    input.quest ? `The quest: ${describeQuest(input.quest).join('\n')}` : 'The quest: none was chosen.',
    '',
    'Key moments, in order:',
    ...(input.moments.length ? input.moments.map(describeMoment) : ['- (none recorded)']),
    '',
    `How it ended: ${ending}`,
    '',
    adventureBlock(input),
  ];
  return [new SystemMessage(system.join('\n')), new HumanMessage('Write the epilogue.')];
}

export function normalizeEpilogue(raw: unknown): string {
  if (!isRecord(raw) || typeof raw.epilogue !== 'string') {
    throw new StructuredOutputError('model output failed the schema: epilogue: expected a string');
  }
  const epilogue = boundedText(raw.epilogue, EPILOGUE_MAX_CHARS);
  const check = epilogueSchema.safeParse({ epilogue });
  if (!check.success) throw new StructuredOutputError(`model output failed the schema: ${firstIssue(check.error)}`);
  return epilogue;
}

/** The epilogue writer that asks `model`; `identity` is what closing turns record. */
export function langChainEpilogueWriter(
  model: BaseChatModel,
  identity: ModelIdentity = describeChatModel(model),
): EpilogueWriter {
  const tool = structuredTool(model, epilogueSchema, EPILOGUE_TOOL_NAME);
  return {
    async write(input, options = {}) {
      const { value, ...answer } = await callModel(
        'epilogue',
        options,
        (config, noteUsage) => invokeStructured(tool, buildEpiloguePrompt(input), normalizeEpilogue, config, noteUsage),
        () => offlineEpilogue(input),
      );
      return { epilogue: value, fellBack: answer.fellBack, error: answer.error, call: callReport(identity, answer) };
    },
  };
}

/**
 * The epilogue of a closed adventure. `moments` are already the most
 * significant ones in turn order. Never throws for model problems: the
 * offline epilogue replaces an unusable answer (`fellBack`, `error`).
 */
export function writeEpilogue(
  model: BaseChatModel,
  input: EpilogueInput,
  options: ModelCallOptions = {},
): Promise<EpilogueOutcome> {
  return langChainEpilogueWriter(model).write(input, options);
}
