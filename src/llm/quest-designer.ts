import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { Character, QuestOffer } from '../domain/adventure-types.js';
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
import { DESIGN_QUESTS_TOOL_NAME, adventureBlock, describeCharacter } from './narrator-prompt.js';
import { offlineQuestOffers } from './offline-adventure.js';
import type { DesignQuestsInput, DesignQuestsOutcome, QuestDesigner } from './ports.js';

/**
 * The LangChain quest designer: after character creation, three quest offers written
 * for the character. Structured output, validated and normalised in code
 * (text trimmed and bounded, keywords lowercased and split into words,
 * unusable objectives dropped); when fewer than three usable offers remain,
 * or the call fails in any way, the offline designer's offers are used.
 */

export { DESIGN_QUESTS_TOOL_NAME } from './narrator-prompt.js';

export const OFFER_COUNT = 3;
export const OFFER_TITLE_MAX = 80;
export const OFFER_DESCRIPTION_MAX = 500;
export const OBJECTIVE_DESCRIPTION_MAX = 200;
export const OBJECTIVES_MIN = 2;
export const OBJECTIVES_MAX = 4;
export const KEYWORDS_MIN = 1;
export const KEYWORDS_MAX = 6;
const KEYWORD_MAX_CHARS = 30;
/** One lowercase word (letters, digits, inner hyphen or apostrophe). */
const KEYWORD_PATTERN = /^[a-z0-9]+(?:['-][a-z0-9]+)*$/;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'with', 'for', 'from', 'by']);

export const questOffersSchema = z
  .object({
    offers: z
      .array(
        z.object({
          title: z.string().min(1).max(OFFER_TITLE_MAX).describe('a short, evocative title'),
          description: z.string().min(1).max(OFFER_DESCRIPTION_MAX).describe('one or two sentences: the hook'),
          objectives: z
            .array(
              z.object({
                description: z
                  .string()
                  .min(1)
                  .max(OBJECTIVE_DESCRIPTION_MAX)
                  .describe('a concrete step the player can do in the story'),
                keywords: z
                  .array(z.string().max(KEYWORD_MAX_CHARS).regex(KEYWORD_PATTERN))
                  .min(KEYWORDS_MIN)
                  .max(KEYWORDS_MAX)
                  .describe('lowercase single words a player would plausibly type when doing it'),
              }),
            )
            .min(OBJECTIVES_MIN)
            .max(OBJECTIVES_MAX),
        }),
      )
      .length(OFFER_COUNT),
  })
  .describe('Offer three quests for the character');

const SYSTEM_PROMPT = [
  'You design quests for a text adventure. The player has just created their character; offer them a choice of quests.',
  `Answer only by calling the ${DESIGN_QUESTS_TOOL_NAME} tool.`,
  '',
  'Rules:',
  `- Exactly ${OFFER_COUNT} quests, clearly different from each other in place, tone and kind of challenge.`,
  "- Fit the character: their archetype's strengths and something from their backstory.",
  `- Each quest: a short evocative title (under ${OFFER_TITLE_MAX} characters), a one or two sentence hook, and ${OBJECTIVES_MIN} to ${OBJECTIVES_MAX} objectives in the order they are likely done.`,
  '- Each objective: one concrete step (find, reach, persuade, defeat, deliver…) that a single scene can complete,',
  `  and 2 to 4 keywords (at most ${KEYWORDS_MAX}): lowercase single words a player would plausibly type when doing it,`,
  "  such as the objective's key object, place or person (e.g. 'lantern', 'bridge', 'ferryman').",
  '- The story lasts a limited number of turns: keep each quest achievable within it.',
].join('\n');

export function buildQuestDesignerPrompt(character: Character, avoidTitles: readonly string[] = []): BaseMessage[] {
  // A re-roll: the player has seen these offers and asked for others.
  const avoid =
    avoidTitles.length > 0
      ? ['', 'The player asked for other quests than these; offer different ones:', ...avoidTitles.map((t) => `- ${t}`)]
      : [];
  const system = [
    SYSTEM_PROMPT,
    '',
    'The character:',
    ...describeCharacter(character),
    ...avoid,
    '',
    adventureBlock(avoidTitles.length > 0 ? { character, avoidTitles } : { character }),
  ];
  const name = character.name?.trim() || 'the player';
  return [new SystemMessage(system.join('\n')), new HumanMessage(`Offer ${OFFER_COUNT} quests for ${name}.`)];
}

function oneLineText(value: unknown, max: number): string {
  return typeof value === 'string' ? boundedText(value.replace(/\s+/g, ' '), max) : '';
}

function normalizeKeywords(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  const keywords: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    for (const word of item.toLowerCase().split(/[\s,;/]+/)) {
      const clean = word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
      if (!clean || clean.length > KEYWORD_MAX_CHARS || STOP_WORDS.has(clean) || !KEYWORD_PATTERN.test(clean)) continue;
      if (!keywords.includes(clean)) keywords.push(clean);
    }
  }
  return keywords.slice(0, KEYWORDS_MAX);
}

/** The usable offers of a designer answer (exactly three), or StructuredOutputError. */
export function normalizeOffers(raw: unknown): QuestOffer[] {
  const list = isRecord(raw) && Array.isArray(raw.offers) ? raw.offers : null;
  if (!list) throw new StructuredOutputError('model output failed the schema: offers: expected a list');
  const offers: QuestOffer[] = [];
  const titles = new Set<string>();
  for (const item of list) {
    if (!isRecord(item)) continue;
    const title = oneLineText(item.title, OFFER_TITLE_MAX);
    const description = oneLineText(item.description, OFFER_DESCRIPTION_MAX);
    const objectives = (Array.isArray(item.objectives) ? item.objectives : [])
      .filter(isRecord)
      .map((o) => ({
        description: oneLineText(o.description, OBJECTIVE_DESCRIPTION_MAX),
        keywords: normalizeKeywords(o.keywords),
      }))
      .filter((o) => o.description && o.keywords.length >= KEYWORDS_MIN)
      .slice(0, OBJECTIVES_MAX);
    const key = title.toLowerCase();
    if (!title || !description || objectives.length < OBJECTIVES_MIN || titles.has(key)) continue;
    titles.add(key);
    offers.push({ title, description, objectives });
    if (offers.length === OFFER_COUNT) break;
  }
  if (offers.length < OFFER_COUNT) {
    throw new StructuredOutputError(
      `model output failed the schema: offers: ${offers.length} usable of ${OFFER_COUNT} required`,
    );
  }
  const check = questOffersSchema.safeParse({ offers });
  if (!check.success) throw new StructuredOutputError(`model output failed the schema: ${firstIssue(check.error)}`);
  return offers;
}

/** The quest designer that asks `model`. */
export function langChainQuestDesigner(model: BaseChatModel): QuestDesigner {
  const tool = structuredTool(model, questOffersSchema, DESIGN_QUESTS_TOOL_NAME);
  return {
    async design(input, options = {}) {
      const { value, fellBack, error } = await callModel(
        'quest_designer',
        options,
        (config, noteUsage) =>
          invokeStructured(
            tool,
            buildQuestDesignerPrompt(input.character, input.avoidTitles),
            normalizeOffers,
            config,
            noteUsage,
          ),
        () => offlineQuestOffers(input.character, input.avoidTitles),
      );
      return { offers: value, fellBack, error };
    },
  };
}

/**
 * Three quest offers for the character. Never throws for model problems: the
 * offline designer's offers replace an unusable answer (`fellBack`, `error`).
 */
export function designQuests(
  model: BaseChatModel,
  input: DesignQuestsInput,
  options: ModelCallOptions = {},
): Promise<DesignQuestsOutcome> {
  return langChainQuestDesigner(model).design(input, options);
}
