import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { PLACEHOLDER_API_KEY, parseModelString, type LlmConfig } from './config.js';
import { deterministicModels } from './deterministic-models.js';
import { langChainEpilogueWriter } from './epilogue.js';
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
  const chatModel = createChatModel(config);
  return {
    questProposer: langChainQuestProposer(chatModel),
    narrator: langChainNarrator(chatModel),
    questDesigner: langChainQuestDesigner(chatModel),
    epilogueWriter: langChainEpilogueWriter(chatModel),
  };
}

/**
 * Builds the chat model named by the config. Every provider gets an explicit
 * timeout and retry budget: LangChain's default of 6 retries with backoff
 * makes a failing provider take well over 10 s per call. (Each call also
 * carries its own overall deadline: model-call.ts.)
 */
export function createChatModel(config: LlmConfig): BaseChatModel {
  if (config.model === null)
    throw new Error('no provider is configured (LLM_MODEL is unset): use the deterministic models');
  const { provider, model } = parseModelString(config.model);
  const { timeoutMs, maxRetries } = config;

  switch (provider) {
    case 'openai':
      return new ChatOpenAI({
        model,
        apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
        configuration: config.baseUrl ? { baseURL: config.baseUrl } : {},
        timeout: timeoutMs,
        maxRetries,
        temperature: 0.7,
      });
    case 'anthropic':
      return new ChatAnthropic({
        model,
        apiKey: config.apiKey,
        ...(config.baseUrl ? { anthropicApiUrl: config.baseUrl } : {}),
        clientOptions: { timeout: timeoutMs },
        maxRetries,
        temperature: 0.7,
      });
    case 'ollama':
      return new ChatOllama({
        model,
        ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
        maxRetries,
        temperature: 0.7,
        // ChatOllama has no timeout option: bound each HTTP request here.
        fetch: (input, init) => {
          const timeout = AbortSignal.timeout(timeoutMs);
          const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
          return fetch(input, { ...init, signal });
        },
      });
  }
}
