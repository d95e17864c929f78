/**
 * LLM settings, parsed once at start-up from the environment (the main config
 * module calls `parseLlmConfig`). A bad setting stops the process with a
 * message that names the variable: a missing API key would otherwise fail
 * only on the first model call, hours later in a nightly job.
 *
 * - LLM_MODEL: `provider:model` (provider one of openai | anthropic | ollama;
 *   the model part may itself contain colons, e.g. `ollama:llama3.1:8b`).
 *   Unset or empty (or `offline`) → the deterministic models (no network).
 * - LLM_BASE_URL: optional http(s) URL of the provider's API. For openai it
 *   also serves any OpenAI-compatible server (vLLM, llama.cpp, Ollama's /v1),
 *   which needs no key.
 * - LLM_API_KEY: required for openai (unless LLM_BASE_URL is set) and anthropic.
 * - LLM_TIMEOUT_MS: per-call timeout, default 20000 (100..600000).
 * - LLM_MAX_RETRIES: default 1, allowed 0..2 (LangChain's default of 6 makes a
 *   failing provider take far too long).
 */

export const LLM_PROVIDERS = ['openai', 'anthropic', 'ollama'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];

export interface LlmConfig {
  /** `provider:model`, or null for the offline deterministic model. */
  model: string | null;
  baseUrl?: string;
  apiKey?: string;
  timeoutMs: number;
  maxRetries: number;
}

export const DEFAULT_LLM_TIMEOUT_MS = 20_000;
export const DEFAULT_LLM_MAX_RETRIES = 1;
/** Key sent to OpenAI-compatible local servers that need none (the SDK insists on one). */
export const PLACEHOLDER_API_KEY = 'not-needed';

export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigError';
  }
}

/** Splits `provider:model` at the first colon. Throws LlmConfigError naming LLM_MODEL. */
export function parseModelString(value: string): { provider: LlmProvider; model: string } {
  const colon = value.indexOf(':');
  const provider = colon > 0 ? value.slice(0, colon).trim().toLowerCase() : '';
  const model = colon > 0 ? value.slice(colon + 1).trim() : '';
  if (!provider || !model) {
    throw new LlmConfigError(`LLM_MODEL must look like provider:model (e.g. openai:gpt-4o-mini), got "${value}"`);
  }
  if (!(LLM_PROVIDERS as readonly string[]).includes(provider)) {
    throw new LlmConfigError(`LLM_MODEL provider must be one of ${LLM_PROVIDERS.join(', ')}, got "${provider}"`);
  }
  return { provider: provider as LlmProvider, model };
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new LlmConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new LlmConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function parseLlmConfig(env: NodeJS.ProcessEnv): LlmConfig {
  const timeoutMs = readInt(env, 'LLM_TIMEOUT_MS', DEFAULT_LLM_TIMEOUT_MS, 100, 600_000);
  const maxRetries = readInt(env, 'LLM_MAX_RETRIES', DEFAULT_LLM_MAX_RETRIES, 0, 2);

  const baseUrlRaw = env.LLM_BASE_URL?.trim() || undefined;
  if (baseUrlRaw !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrlRaw);
    } catch {
      throw new LlmConfigError(`LLM_BASE_URL must be an http(s) URL, got "${baseUrlRaw}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new LlmConfigError(`LLM_BASE_URL must be an http(s) URL, got "${baseUrlRaw}"`);
    }
  }
  const apiKeyRaw = env.LLM_API_KEY?.trim() || undefined;

  const modelRaw = env.LLM_MODEL?.trim() ?? '';
  if (modelRaw === '' || modelRaw.toLowerCase() === 'offline') {
    return { model: null, timeoutMs, maxRetries };
  }
  const { provider, model } = parseModelString(modelRaw);

  let apiKey = apiKeyRaw;
  if (provider === 'openai' && !apiKey) {
    if (!baseUrlRaw) {
      throw new LlmConfigError('LLM_API_KEY is required for openai models (or set LLM_BASE_URL for a local server)');
    }
    apiKey = PLACEHOLDER_API_KEY;
  }
  if (provider === 'anthropic' && !apiKey) {
    throw new LlmConfigError('LLM_API_KEY is required for anthropic models');
  }

  const config: LlmConfig = { model: `${provider}:${model}`, timeoutMs, maxRetries };
  if (baseUrlRaw !== undefined) config.baseUrl = baseUrlRaw;
  if (apiKey !== undefined) config.apiKey = apiKey;
  return config;
}
