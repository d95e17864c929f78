import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { PLACEHOLDER_API_KEY, parseModelString, type LlmConfig } from './config.js';
import { OfflineQuestModel } from './offline-model.js';

/**
 * Builds the chat model named by the config. Every provider gets an explicit
 * timeout and retry budget: LangChain's default of 6 retries with backoff
 * makes a failing provider take well over 10 s per call.
 * (Structured output must be asked for with `method: 'functionCalling'`:
 * ChatOpenAI defaults to `jsonSchema` for gpt-4o-class models and Ollama to
 * its `format` option; the quest chain does this.)
 */
export function createChatModel(config: LlmConfig): BaseChatModel {
  if (config.model === null) return new OfflineQuestModel();
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
