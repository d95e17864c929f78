import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BaseLanguageModelInput, StructuredOutputMethodOptions } from '@langchain/core/language_models/base';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import {
  assembleStructuredOutputPipeline,
  createFunctionCallingParser,
} from '@langchain/core/language_models/structured_output';
import { AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import type { SerializableSchema } from '@langchain/core/utils/standard_schema';
import { isInteropZodSchema, type InteropZodType } from '@langchain/core/utils/types';
import { generateDeterministicQuests } from '../domain/quest-templates.js';
import { QUESTS_PER_RUN_MAX } from '../domain/quest-types.js';
import { QUEST_TOOL_NAME, messageText, readQuestContext } from './quest-prompt.js';

/**
 * The offline model: a real LangChain chat model, used when no provider is
 * configured (LLM_MODEL unset) and in tests. It is deterministic: the same
 * messages and tools always give the same answer.
 *
 * How it answers:
 * - Tools bound (`bindTools`, or `withStructuredOutput`, which binds one tool
 *   named after the schema and forces it): it picks the forced tool
 *   (`tool_choice`), else the first bound tool that has a responder, and
 *   answers with an AIMessage carrying ONE tool call whose args come from the
 *   responder for that tool name. A forced tool without a responder is an
 *   error (as a real provider would reject an unknown tool).
 * - No tools, or the responder returns null (e.g. its prompt lacks the data it
 *   needs): a short deterministic text.
 *
 * Responders: a map from tool name to `(messages, tool) => args | null`.
 * The quest responder (tool `propose_quests`) is registered here: it reads the
 * GenerationContext from the prompt's `<context>` JSON block and answers
 * `{ quests: generateDeterministicQuests(context, context.targetCount) }`.
 * Another feature adds its offline behaviour by registering its own tool name,
 * next to its prompt:
 *
 *   registerOfflineResponder('narrate_turn', (messages) => ({ narration: '…' }));
 *
 * or per instance (tests): `new OfflineQuestModel({ responders: { narrate_turn: … } })`.
 * Responders must be pure functions of their input to keep the model deterministic.
 */

/** LangChain's own structured-output signature uses `any` records. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRecord = Record<string, any>;

export interface OfflineToolRequest {
  name: string;
  description?: string;
  /** JSON schema of the arguments, when the tool carried one. */
  parameters?: unknown;
}

export type OfflineResponder = (
  messages: readonly BaseMessage[],
  tool: OfflineToolRequest,
) => Record<string, unknown> | null;

const registry = new Map<string, OfflineResponder>();

/** Registers (or replaces) the offline answer for a tool name, for every OfflineQuestModel. */
export function registerOfflineResponder(toolName: string, responder: OfflineResponder): void {
  registry.set(toolName, responder);
}

export function hasOfflineResponder(toolName: string): boolean {
  return registry.has(toolName);
}

/** Quest generation: the deterministic generator applied to the context embedded in the prompt. */
export const questResponder: OfflineResponder = (messages) => {
  const context = readQuestContext(messages);
  if (!context) return null;
  const count = Math.min(Math.max(context.targetCount, 1), QUESTS_PER_RUN_MAX * 2);
  return { quests: generateDeterministicQuests(context, count) };
};

registerOfflineResponder(QUEST_TOOL_NAME, questResponder);

export interface OfflineCallOptions extends BaseChatModelCallOptions {
  tools?: BindToolsInput[];
}

export interface OfflineQuestModelParams extends BaseChatModelParams {
  /** Responders for this instance only; they take precedence over registered ones. */
  responders?: Record<string, OfflineResponder>;
}

/** FNV-1a, for stable tool-call ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function describeTool(tool: BindToolsInput): OfflineToolRequest | null {
  if (!tool || typeof tool !== 'object') return null;
  const t = tool as Record<string, unknown>;
  const fn = t.function as Record<string, unknown> | undefined;
  if (t.type === 'function' && fn && typeof fn.name === 'string') {
    return { name: fn.name, description: fn.description as string | undefined, parameters: fn.parameters };
  }
  if (typeof t.name === 'string') {
    let parameters: unknown = t.parameters ?? t.input_schema;
    if (parameters === undefined && t.schema !== undefined) {
      try {
        parameters = isInteropZodSchema(t.schema) ? toJsonSchema(t.schema) : t.schema;
      } catch {
        parameters = undefined;
      }
    }
    return { name: t.name, description: t.description as string | undefined, parameters };
  }
  return null;
}

function forcedToolName(choice: unknown): string | null {
  if (typeof choice === 'string') return ['auto', 'any', 'none', 'required'].includes(choice) ? null : choice;
  if (choice && typeof choice === 'object') {
    const c = choice as { name?: unknown; function?: { name?: unknown } };
    if (typeof c.function?.name === 'string') return c.function.name;
    if (typeof c.name === 'string') return c.name;
  }
  return null;
}

/** Size of the pieces the offline model streams. */
const STREAM_PIECE_CHARS = 40;

/** Splits text into pieces of about `size` characters (at spaces when `atSpaces`); never returns an empty list. */
function splitPieces(text: string, size: number, atSpaces = false): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let cut = size;
    if (atSpaces) {
      const space = rest.indexOf(' ', size);
      cut = space < 0 ? rest.length : space + 1;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

export class OfflineQuestModel extends BaseChatModel<OfflineCallOptions> {
  private readonly responders: Record<string, OfflineResponder>;

  static override lc_name(): string {
    return 'OfflineQuestModel';
  }

  constructor(fields: OfflineQuestModelParams = {}) {
    const { responders, ...rest } = fields;
    super(rest);
    this.responders = responders ?? {};
  }

  _llmType(): string {
    return 'offline';
  }

  private responderFor(name: string): OfflineResponder | undefined {
    return this.responders[name] ?? registry.get(name);
  }

  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<OfflineCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, OfflineCallOptions> {
    return this.withConfig({ ...kwargs, tools: [...tools] } as Partial<OfflineCallOptions>);
  }

  async _generate(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    _runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const tools = (options.tools ?? []).map(describeTool).filter((t): t is OfflineToolRequest => t !== null);
    const forced = forcedToolName(options.tool_choice);
    let tool: OfflineToolRequest | undefined;
    if (forced) {
      tool = tools.find((t) => t.name === forced) ?? { name: forced };
      if (!this.responderFor(forced)) throw new Error(`offline model has no responder for tool "${forced}"`);
    } else if (options.tool_choice !== 'none') {
      tool = tools.find((t) => this.responderFor(t.name));
    }

    const fingerprint = hash(messages.map((m) => `${m.getType()}:${messageText(m)}`).join('\n'));
    if (tool) {
      const args = this.responderFor(tool.name)!(messages, tool);
      if (args) {
        const message = new AIMessageChunk({
          content: '',
          tool_calls: [{ id: `call_offline_${fingerprint}`, name: tool.name, args, type: 'tool_call' }],
        });
        return { generations: [{ text: '', message }] };
      }
    }
    const text = this.textAnswer(messages);
    return { generations: [{ text, message: new AIMessageChunk({ content: text }) }] };
  }

  /**
   * Streaming (`.stream()`): the same answer as `_generate`, delivered in
   * several deterministic pieces, as a provider would: a tool call's JSON
   * arguments as `tool_call_chunks` of about 40 characters (id and name on
   * the first), plain text in pieces of a few words. Concatenated, the chunks
   * give the message `_generate` returns.
   */
  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { generations } = await this._generate(messages, options, runManager);
    const message = generations[0]?.message;
    const call = message && 'tool_calls' in message ? (message as AIMessageChunk).tool_calls?.[0] : undefined;
    if (call) {
      const pieces = splitPieces(JSON.stringify(call.args), STREAM_PIECE_CHARS);
      for (const [i, args] of pieces.entries()) {
        const chunk = new AIMessageChunk({
          content: '',
          tool_call_chunks: [
            i === 0
              ? { id: call.id, name: call.name, args, index: 0, type: 'tool_call_chunk' }
              : { args, index: 0, type: 'tool_call_chunk' },
          ],
        });
        const generation = new ChatGenerationChunk({ text: '', message: chunk });
        yield generation;
        await runManager?.handleLLMNewToken('', undefined, undefined, undefined, undefined, { chunk: generation });
      }
      return;
    }
    const text = generations[0]?.text ?? '';
    for (const piece of splitPieces(text, STREAM_PIECE_CHARS, true)) {
      const generation = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield generation;
      await runManager?.handleLLMNewToken(piece, undefined, undefined, undefined, undefined, { chunk: generation });
    }
  }

  private textAnswer(messages: readonly BaseMessage[]): string {
    const context = readQuestContext(messages);
    if (context) {
      const quests = generateDeterministicQuests(context, Math.max(context.targetCount, 1));
      return `Offline quest ideas: ${quests.map((q) => q.title).join('; ')}.`;
    }
    const last = [...messages].reverse().find((m) => m.getType() === 'human');
    const said = last ? messageText(last).replace(/\s+/g, ' ').trim().slice(0, 80) : '';
    return said
      ? `(offline model) No language model is configured; I noted: "${said}".`
      : '(offline model) No language model is configured.';
  }

  override withStructuredOutput<RunOutput extends AnyRecord = AnyRecord>(
    outputSchema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | AnyRecord,
    config?: StructuredOutputMethodOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;
  override withStructuredOutput<RunOutput extends AnyRecord = AnyRecord>(
    outputSchema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | AnyRecord,
    config?: StructuredOutputMethodOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;
  /**
   * Function calling whatever `method` is asked for: one tool named
   * `config.name` (default `extract`), forced via tool_choice; the answer's
   * tool call is parsed and validated against the schema by core's
   * function-calling parser (a schema failure throws OutputParserException).
   */
  override withStructuredOutput<RunOutput extends AnyRecord = AnyRecord>(
    outputSchema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | AnyRecord,
    config?: StructuredOutputMethodOptions<boolean>,
  ):
    | Runnable<BaseLanguageModelInput, RunOutput>
    | Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }> {
    const schema = outputSchema as Record<string, unknown>;
    let name = config?.name ?? 'extract';
    let parameters: unknown;
    let description: string | undefined;
    if (isInteropZodSchema(outputSchema)) {
      parameters = toJsonSchema(outputSchema);
      description = (parameters as { description?: string }).description;
    } else if (typeof schema.name === 'string' && schema.parameters && typeof schema.parameters === 'object') {
      name = schema.name;
      parameters = schema.parameters;
      description = schema.description as string | undefined;
    } else {
      parameters = schema;
      if (!config?.name && typeof schema.title === 'string') name = schema.title;
      description = schema.description as string | undefined;
    }
    const llm = this.bindTools(
      [
        {
          type: 'function',
          function: { name, description: description ?? 'A function available to call.', parameters },
        },
      ],
      { tool_choice: name },
    );
    const parser = createFunctionCallingParser<RunOutput>(outputSchema, name);
    return assembleStructuredOutputPipeline<RunOutput>(llm, parser, config?.includeRaw, 'StructuredOutput');
  }
}
