import type {
  Character,
  MomentView,
  NarrationRequest,
  NarrationResult,
  QuestOffer,
  QuestView,
} from '../domain/adventure-types.js';
import type { ClosureReason } from '../domain/vocabulary.js';
import type { DecidedQuest, QuestRejection } from '../domain/quest-batch-rules.js';
import type { GenerationContext } from '../domain/quest-types.js';
import type { ModelCallReport } from './call-report.js';
import type { ModelCallOptions } from './model-call.js';
import type { ModelIdentity } from './model-identity.js';
import type { ModelUsage } from './model-usage.js';

/**
 * What the use cases ask of a model, one port per feature. Each has two
 * adapters: a LangChain one that asks the configured chat model (with the
 * deterministic answer as its fallback), and a deterministic one, the
 * offline default, that computes the answer from the same domain objects
 * without any prompt. None of them throws for model problems.
 */
export interface ModelPorts {
  questProposer: QuestProposer;
  narrator: Narrator;
  questDesigner: QuestDesigner;
  epilogueWriter: EpilogueWriter;
}

// ---------------------------------------------------------------------------
// Quest proposals

export interface QuestProposer {
  /** Which provider and model answer: recorded on every generation run. */
  readonly identity: ModelIdentity;
  /** Recorded on every run that asked the proposer: which prompt (and offline behaviour) made the batch. */
  readonly promptVersion: string;
  /** Proposals for `context.targetCount` quests, decided into a batch by the domain's batch rules. */
  propose(context: GenerationContext, options?: ProposeQuestsOptions): Promise<QuestProposalOutcome>;
}

export interface ProposeQuestsOptions extends ModelCallOptions {
  /** Called at each step (before the model call, after it, when done): lets a job renew its lock. */
  onProgress?: () => void;
}

export interface QuestProposalOutcome {
  /** The final batch, decided by the batch rules (src/domain/quest-batch-rules.ts). */
  batch: DecidedQuest[];
  /** Model items not stored, with their reasons. */
  rejections: QuestRejection[];
  /** Why the batch is smaller than the target (e.g. no active goal), or null. */
  shortfall: string | null;
  /** 'model': all from the model; 'fallback': none from the model; 'mixed': both; 'none': no model call. */
  source: 'model' | 'fallback' | 'mixed' | 'none';
  /** True when a fill-in had to contribute, or the model call failed. */
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null when at least one of its items was. */
  error: string | null;
  /** The model call, when one was made: its duration and the provider's token counts (null when not reported). */
  modelCall: { latencyMs: number; usage: ModelUsage | null } | null;
}

// ---------------------------------------------------------------------------
// The narrator

export interface Narrator {
  /** Narrates one turn. */
  narrate(request: NarrationRequest, options?: ModelCallOptions): Promise<NarrationOutcome>;
  /** Narrates one turn, delivering the narration in pieces as it is written; the same result as `narrate`. */
  stream(request: NarrationRequest, options: StreamNarrationOptions): Promise<NarrationOutcome>;
}

export interface NarrationOutcome {
  result: NarrationResult;
  /** True when the offline narrator's answer replaced the model's. */
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null. */
  error: string | null;
  /** The call as the turn records it: provider and model, fallback, latency, tokens. */
  call: ModelCallReport;
}

export interface StreamNarrationOptions extends ModelCallOptions {
  /**
   * Receives the narration piece by piece as the model writes it. The pieces
   * concatenate to `result.narration`, except when the model failed after
   * some pieces were sent: then the outcome has `fellBack: true` and the
   * returned narration (the offline one) replaces what was shown.
   */
  onChunk: (text: string) => void;
}

// ---------------------------------------------------------------------------
// The quest designer

export interface QuestDesigner {
  /** Three quest offers written for the character. */
  design(input: DesignQuestsInput, options?: ModelCallOptions): Promise<DesignQuestsOutcome>;
}

export interface DesignQuestsInput {
  character: Character;
  /** A re-roll: the titles of the offers being replaced, for the designer to offer others. */
  avoidTitles?: string[];
}

export interface DesignQuestsOutcome {
  offers: QuestOffer[];
  fellBack: boolean;
  error: string | null;
}

// ---------------------------------------------------------------------------
// The epilogue writer

export interface EpilogueWriter {
  /** The epilogue of a closed adventure. */
  write(input: EpilogueInput, options?: ModelCallOptions): Promise<EpilogueOutcome>;
}

export interface EpilogueInput {
  character: Character;
  quest: QuestView | null;
  /** Already the most significant moments, in turn order. */
  moments: MomentView[];
  reason: ClosureReason;
  /** Turns played. */
  turns: number;
}

export interface EpilogueOutcome {
  epilogue: string;
  fellBack: boolean;
  error: string | null;
  /** The call as the closing turn records it. */
  call: ModelCallReport;
}
