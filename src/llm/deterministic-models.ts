import type { NarrationRequest } from '../domain/adventure-types.js';
import { generateDeterministicQuests } from '../domain/quest-templates.js';
import { QUESTS_PER_RUN_MAX, type GenerationContext } from '../domain/quest-types.js';
import { normalizeEpilogue } from './epilogue.js';
import { callReport } from './call-report.js';
import { callModel, type ModelCallOptions } from './model-call.js';
import { OFFLINE_IDENTITY } from './model-identity.js';
import { normalizeNarration } from './narrator.js';
import { narrationPieces, offlineEpilogue, offlineNarration, offlineQuestOffers } from './offline-adventure.js';
import type {
  DesignQuestsInput,
  EpilogueInput,
  ModelPorts,
  NarrationOutcome,
  ProposeQuestsOptions,
  StreamNarrationOptions,
} from './ports.js';
import { normalizeOffers } from './quest-designer.js';
import { QUEST_PROMPT_VERSION } from './quest-prompt.js';
import { decideProposals, questItems } from './quest-proposals.js';

/**
 * The deterministic adapters: the offline default when no provider is
 * configured (LLM_MODEL unset), and what the tests run on. They take the
 * domain objects themselves — no prompt is written or read — and answer
 * through the same path as a model (`callModel`: the same normalisation of
 * the answer, the same metrics, with provider 'offline'), so the batch rules
 * and the turn logic cannot tell them apart from a model that always
 * answers well. The same input always gives the same answer.
 */

function proposeOffline(context: GenerationContext, options: ProposeQuestsOptions) {
  return decideProposals(context, options, async () => {
    const count = Math.min(Math.max(context.targetCount, 1), QUESTS_PER_RUN_MAX * 2);
    const { value, ...answer } = await callModel(
      'quest_generation',
      options,
      async () => questItems({ quests: generateDeterministicQuests(context, count) }),
      () => null,
    );
    return { items: value, ...answer };
  });
}

async function narrateOffline(request: NarrationRequest, options: ModelCallOptions): Promise<NarrationOutcome> {
  const { value, ...answer } = await callModel(
    'narrator',
    options,
    async () => normalizeNarration(offlineNarration(request), request),
    () => offlineNarration(request),
  );
  return {
    result: value,
    fellBack: answer.fellBack,
    error: answer.error,
    call: callReport(OFFLINE_IDENTITY, answer),
  };
}

/** The offline narration, shown in pieces as if it were being written. */
async function streamOffline(request: NarrationRequest, options: StreamNarrationOptions): Promise<NarrationOutcome> {
  const outcome = await narrateOffline(request, options);
  for (const piece of narrationPieces(outcome.result.narration)) options.onChunk(piece);
  return outcome;
}

async function designOffline(input: DesignQuestsInput, options: ModelCallOptions) {
  const { value, fellBack, error } = await callModel(
    'quest_designer',
    options,
    async () => normalizeOffers({ offers: offlineQuestOffers(input.character, input.avoidTitles) }),
    () => offlineQuestOffers(input.character, input.avoidTitles),
  );
  return { offers: value, fellBack, error };
}

async function writeOffline(input: EpilogueInput, options: ModelCallOptions) {
  const { value, ...answer } = await callModel(
    'epilogue',
    options,
    async () => normalizeEpilogue({ epilogue: offlineEpilogue(input) }),
    () => offlineEpilogue(input),
  );
  return {
    epilogue: value,
    fellBack: answer.fellBack,
    error: answer.error,
    call: callReport(OFFLINE_IDENTITY, answer),
  };
}

/** Every port, answered deterministically (provider 'offline'). */
export function deterministicModels(): ModelPorts {
  return {
    questProposer: {
      identity: OFFLINE_IDENTITY,
      // Runs record it as before: the offline batch is what this version of the proposer makes.
      promptVersion: QUEST_PROMPT_VERSION,
      propose: (context, options = {}) => proposeOffline(context, options),
    },
    narrator: {
      narrate: (request, options = {}) => narrateOffline(request, options),
      stream: streamOffline,
    },
    questDesigner: { design: (input, options = {}) => designOffline(input, options) },
    epilogueWriter: { write: (input, options = {}) => writeOffline(input, options) },
  };
}
