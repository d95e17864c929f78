import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

/** Which provider and model answer: recorded on every generation run. */
export interface ModelIdentity {
  provider: string;
  model: string | null;
}

/** The deterministic adapters: what the offline default has always been recorded as. */
export const OFFLINE_IDENTITY: ModelIdentity = { provider: 'offline', model: null };

/**
 * Read from the chat model itself, so the record names what actually ran:
 * `_llmType()` is LangChain's provider name ('openai', 'anthropic', 'ollama')
 * and the provider classes keep the model name in `model`.
 */
export function describeChatModel(chatModel: BaseChatModel): ModelIdentity {
  const name = (chatModel as unknown as { model?: unknown }).model;
  return { provider: chatModel._llmType(), model: typeof name === 'string' && name !== '' ? name : null };
}
