import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import { AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';

/**
 * A chat model for the LangChain adapters' tests: it answers a tool call with
 * the arguments its responder for that tool returns (the forced tool, else
 * the first bound one), or plain text when the responder returns null or
 * there is none. `.stream()` delivers the same answer as tool-call chunks of
 * 40 characters, as a provider would. Subclasses make it fail in their own way.
 */
export type Responder = (messages: readonly BaseMessage[]) => Record<string, unknown> | null;

interface ScriptedCallOptions extends BaseChatModelCallOptions {
  tools?: BindToolsInput[];
}

const PIECE_CHARS = 40;

function toolName(tool: BindToolsInput): string | null {
  const t = tool as { name?: unknown; function?: { name?: unknown } };
  if (typeof t.function?.name === 'string') return t.function.name;
  return typeof t.name === 'string' ? t.name : null;
}

function forcedToolName(choice: unknown): string | null {
  if (typeof choice === 'string') return ['auto', 'any', 'none', 'required'].includes(choice) ? null : choice;
  const c = (choice ?? {}) as { name?: unknown; function?: { name?: unknown } };
  if (typeof c.function?.name === 'string') return c.function.name;
  return typeof c.name === 'string' ? c.name : null;
}

export class ScriptedChatModel extends BaseChatModel<ScriptedCallOptions> {
  constructor(private readonly responders: Record<string, Responder> = {}) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<ScriptedCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, ScriptedCallOptions> {
    return this.withConfig({ ...kwargs, tools: [...tools] } as Partial<ScriptedCallOptions>);
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    const bound = (options.tools ?? []).map(toolName).filter((name): name is string => name !== null);
    const name = forcedToolName(options.tool_choice) ?? bound[0];
    const args = name ? (this.responders[name]?.(messages) ?? null) : null;
    if (name && args) {
      const call = { id: `call_${name}`, name, args, type: 'tool_call' as const };
      return { generations: [{ text: '', message: new AIMessageChunk({ content: '', tool_calls: [call] }) }] };
    }
    const text = 'No tool call here.';
    return { generations: [{ text, message: new AIMessageChunk({ content: text }) }] };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { generations } = await this._generate(messages, options);
    const call = (generations[0]!.message as AIMessageChunk).tool_calls?.[0];
    if (!call) {
      const text = generations[0]!.text;
      yield new ChatGenerationChunk({ text, message: new AIMessageChunk({ content: text }) });
      return;
    }
    const json = JSON.stringify(call.args);
    for (let i = 0; i < json.length; i += PIECE_CHARS) {
      const args = json.slice(i, i + PIECE_CHARS);
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
  }
}
