import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import type { GenerationContext } from '../domain/quest-types.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES } from '../domain/vocabulary.js';
import { callModel, invokeStructured, structuredTool, type StructuredTool } from './model-call.js';
import { describeChatModel, type ModelIdentity } from './model-identity.js';
import type { ProposeQuestsOptions, QuestProposalOutcome, QuestProposer } from './ports.js';
import { QUEST_PROMPT_VERSION, QUEST_TOOL_NAME, buildQuestPrompt } from './quest-prompt.js';
import { decideProposals, questItems } from './quest-proposals.js';

/**
 * Quest proposals from a chat model (the LangChain quest proposer). The
 * schema tells the model what we want (enums, 1–10 items) but is not what
 * parses its answer (`questItems`): the batch rules judge each item on its own, so one item
 * with an unknown category, a foreign goal id or 45 minutes is dropped or
 * repaired alone instead of failing the whole batch, and items past the
 * tenth are ignored. Any failure of the call leaves the batch to the
 * deterministic fill-ins.
 */
export const questBatchSchema = z
  .object({
    quests: z
      .array(
        z.object({
          goalId: z.string().nullable().describe('id of the goal this quest serves, exactly as listed, or null'),
          title: z.string().describe('short, concrete title starting with a verb'),
          description: z.string().describe('one or two sentences: what to do'),
          estimatedMinutes: z.number().describe('10 to 30'),
          energyLevel: z.enum(ENERGY_LEVELS),
          valueCategory: z.enum(VALUE_CATEGORIES),
        }),
      )
      .min(1)
      .max(10),
  })
  .describe('Propose new quests for the user');

export type QuestBatch = z.infer<typeof questBatchSchema>;

async function proposeWith(
  tool: StructuredTool,
  context: GenerationContext,
  options: ProposeQuestsOptions,
): Promise<QuestProposalOutcome> {
  return decideProposals(context, options, async () => {
    const { value, ...answer } = await callModel(
      'quest_generation',
      options,
      (config, noteUsage) => invokeStructured(tool, buildQuestPrompt(context), questItems, config, noteUsage),
      () => null,
    );
    return { items: value, ...answer };
  });
}

/** The quest proposer that asks `model`; `identity` is what runs record (read from the model by default). */
export function langChainQuestProposer(
  model: BaseChatModel,
  identity: ModelIdentity = describeChatModel(model),
): QuestProposer {
  const tool = structuredTool(model, questBatchSchema, QUEST_TOOL_NAME);
  return {
    identity,
    promptVersion: QUEST_PROMPT_VERSION,
    propose: (context, options = {}) => proposeWith(tool, context, options),
  };
}

/**
 * Asks the model for `context.targetCount` quests and decides the batch.
 * Never throws for model problems (errors, timeouts, garbage, schema
 * failures): they are recorded in `error` and deterministic fill-ins take the
 * places. A user without an active goal gets no model call and no quest.
 */
export function proposeQuests(
  model: BaseChatModel,
  context: GenerationContext,
  options: ProposeQuestsOptions = {},
): Promise<QuestProposalOutcome> {
  return langChainQuestProposer(model).propose(context, options);
}
