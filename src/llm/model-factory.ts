import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { initChatModel } from 'langchain/chat_models/universal';
import { PLACEHOLDER_API_KEY, parseModelString, type LlmConfig, type LlmProvider } from './config.js';
import { deterministicModels } from './deterministic-models.js';
import { langChainEpilogueWriter } from './epilogue.js';
import type { ModelIdentity } from './model-identity.js';
import { langChainNarrator } from './narrator.js';
import type { ModelPorts } from './ports.js';
import { langChainQuestProposer } from './quest-chain.js';
import { langChainQuestDesigner } from './quest-designer.js';

/**
 * The ports the use cases call: the deterministic adapters when no provider
 * is configured (LLM_MODEL unset or `offline`), else the LangChain adapters
 * on the configured chat model.
 */
export async function createModelPorts(config: LlmConfig): Promise<ModelPorts> {
  if (config.model === null) return deterministicModels();
  const chatModel = await createChatModel(config);
  const { provider, model } = parseModelString(config.model);
  const identity: ModelIdentity = { provider, model };
  return {
    questProposer: langChainQuestProposer(chatModel, identity),
    narrator: langChainNarrator(chatModel, identity),
    questDesigner: langChainQuestDesigner(chatModel),
    epilogueWriter: langChainEpilogueWriter(chatModel, identity),
  };
}

/**
 * The chat model named by LLM_MODEL (`provider:model`), made by LangChain's
 * `initChatModel`, which maps the provider to its integration package and
 * loads only that one (the offline default loads none). What differs per
 * provider is how its options are spelled, below. Every provider gets an
 * explicit timeout and retry budget: LangChain's default of 6 retries with
 * backoff makes a failing provider take well over 10 s per call. (Each call
 * also carries its own overall deadline: model-call.ts.)
 */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel> {
  if (config.model === null)
    throw new Error('no provider is configured (LLM_MODEL is unset): use the deterministic models');
  const { provider } = parseModelString(config.model);
  return initChatModel(config.model, {
    ...providerOptions(provider, config),
    maxRetries: config.maxRetries,
    temperature: 0.7,
  });
}

/** The provider's own spelling of the API key, base URL and request timeout. */
function providerOptions(provider: LlmProvider, config: LlmConfig): Record<string, unknown> {
  const { timeoutMs } = config;
  switch (provider) {
    case 'openai':
      return {
        apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
        configuration: config.baseUrl ? { baseURL: config.baseUrl } : {},
        timeout: timeoutMs,
      };
    case 'anthropic':
      return {
        apiKey: config.apiKey,
        ...(config.baseUrl ? { anthropicApiUrl: config.baseUrl } : {}),
        clientOptions: { timeout: timeoutMs },
      };
    case 'ollama':
      return {
        ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
        // ChatOllama has no timeout option: bound each HTTP request here.
        fetch: (input: RequestInfo | URL, init?: RequestInit) => {
          const timeout = AbortSignal.timeout(timeoutMs);
          const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
          return fetch(input, { ...init, signal });
        },
      };
  }
}
