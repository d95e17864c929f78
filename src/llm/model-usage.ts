import type { BaseMessage } from '@langchain/core/messages';

/** Tokens a model call cost, as the provider reported them. */
export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;

/**
 * The token usage LangChain attaches to a provider's answer (`usage_metadata`,
 * filled from OpenAI's `usage`, Anthropic's and Ollama's counts); null when the
 * provider reported none (some local servers).
 */
export function usageOf(message: BaseMessage | undefined): ModelUsage | null {
  const usage = (message as { usage_metadata?: { input_tokens?: unknown; output_tokens?: unknown } } | undefined)
    ?.usage_metadata;
  const inputTokens = count(usage?.input_tokens);
  const outputTokens = count(usage?.output_tokens);
  if (inputTokens === null || outputTokens === null) return null;
  return { inputTokens, outputTokens };
}
