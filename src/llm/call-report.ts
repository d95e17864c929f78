import type { ModelAnswer } from './model-call.js';
import type { ModelIdentity } from './model-identity.js';

/**
 * What one model call of a feature was, as the feature records it (an
 * adventure turn's narration or epilogue): who answered, whether the
 * fallback did and why, how long it took and the tokens the provider
 * reported (null when it reported none, as the offline adapters never do).
 */
export interface ModelCallReport {
  provider: string;
  model: string | null;
  fellBack: boolean;
  fallbackReason: string | null;
  latencyMs: number;
  inputTokens: number | null;
  outputTokens: number | null;
}

export function callReport(identity: ModelIdentity, answer: Omit<ModelAnswer<unknown>, 'value'>): ModelCallReport {
  return {
    provider: identity.provider,
    model: identity.model,
    fellBack: answer.fellBack,
    fallbackReason: answer.error,
    latencyMs: answer.latencyMs,
    inputTokens: answer.usage?.inputTokens ?? null,
    outputTokens: answer.usage?.outputTokens ?? null,
  };
}
