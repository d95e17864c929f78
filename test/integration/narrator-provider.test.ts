import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChatOpenAI } from '@langchain/openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NarrationRequest, QuestView } from '../../src/domain/adventure-types.js';
import type { LlmConfig } from '../../src/llm/config.js';
import { writeEpilogue } from '../../src/llm/epilogue.js';
import { createChatModel } from '../../src/llm/model-factory.js';
import { narrateTurn, streamNarration } from '../../src/llm/narrator.js';
import { offlineNarration, offlineQuestOffers } from '../../src/llm/offline-adventure.js';
import { designQuests } from '../../src/llm/quest-designer.js';
import { providerModel } from '../support/provider-model.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';

/**
 * The adventure chains through the real ChatOpenAI client (LangChain → openai
 * SDK → HTTP) against local servers speaking the OpenAI wire format: the
 * shared mock for plain calls, and a small server of this file for the
 * streaming format (server-sent events), which the shared mock does not speak.
 */

const QUEST: QuestView = {
  id: 'quest-1',
  title: 'The Drowned Lantern',
  description: 'The lighthouse on the river has gone dark.',
  objectives: [
    { id: 'obj-lantern', description: 'Recover the lantern', keywords: ['lantern'], completedAt: null },
    {
      id: 'obj-ferry',
      description: 'Win passage from the ferryman',
      keywords: ['ferryman'],
      completedAt: new Date('2025-06-01T10:00:00Z'),
    },
  ],
};

const REQUEST: NarrationRequest = {
  character: { name: 'Marisol', archetype: 'smuggler', backstory: 'Raised on the river docks.' },
  quest: QUEST,
  pacing: {
    turn: 31,
    maxTurns: 50,
    turnsRemaining: 19,
    progress: 0.62,
    phase: 'CLIMAX',
    urgency: 'HIGH',
    directive: 'CONFRONT',
    guidance: 'Bring the rival face to face with the hero.',
    closing: false,
  },
  memory: { memoryNote: '', cards: [], moments: [] },
  history: [{ turn: 30, action: 'I climb onto the chapel roof', narration: 'Wet slate shifts under your boots.' }],
  action: 'I drop through the skylight and seize the lantern',
};

const ANSWER = {
  narration: 'You drop through the skylight into black water. Your hand closes on cold brass: the lantern is yours.',
  completedObjectiveIds: ['obj-lantern', 'obj-ferry', 'obj-made-up'],
  keyMoment: { kind: 'OBJECTIVE', summary: 'Marisol recovered the drowned lantern.', significance: 0.8 },
};

const EXPECTED = {
  narration: ANSWER.narration,
  completedObjectiveIds: ['obj-lantern'], // obj-ferry is done, obj-made-up is not in the quest
  keyMoment: ANSWER.keyMoment,
};

function config(baseUrl: string): LlmConfig {
  return { model: 'openai:gpt-4o-mini', baseUrl, apiKey: 'test', timeoutMs: 1500, maxRetries: 0 };
}

describe('adventure chains through ChatOpenAI (non-streaming)', () => {
  let mock: MockOpenAI;
  beforeEach(async () => {
    mock = await startMockOpenAI();
  });
  afterEach(async () => {
    await mock.close();
  });

  it('narrateTurn uses a tool-call answer (objective IDs filtered) and sends pacing, quest and the tool', async () => {
    const model = await createChatModel(config(mock.baseUrl));
    expect(await providerModel(model)).toBeInstanceOf(ChatOpenAI);
    mock.enqueue({ kind: 'tool', args: ANSWER });

    const outcome = await narrateTurn(model, REQUEST, { timeoutMs: 1500 });

    expect(outcome).toEqual({ result: EXPECTED, fellBack: false, error: null, call: expect.any(Object) });
    // What the turn records (the provider and model come from the configuration: the adventure API tests).
    expect(outcome.call).toMatchObject({
      fellBack: false,
      fallbackReason: null,
      inputTokens: 100,
      outputTokens: 50,
    });
    expect(mock.requests).toHaveLength(1);
    const body = mock.requests[0];
    expect(body.stream ?? false).toBe(false);
    expect(body.tools).toHaveLength(1);
    expect(body.tools[0].function.name).toBe('narrate_turn');
    const parameters = body.tools[0].function.parameters;
    expect(Object.keys(parameters.properties)).toEqual(['narration', 'completedObjectiveIds', 'keyMoment']);
    expect(JSON.stringify(parameters.properties.keyMoment)).toContain('"OBJECTIVE"');
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'narrate_turn' } });

    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const system: string = body.messages[0].content;
    for (const text of [
      'Pacing (turn 31 of 50, 19 turns remaining)',
      'Phase: CLIMAX',
      'Urgency: HIGH',
      'Directive: CONFRONT',
      'Guidance: Bring the rival face to face with the hero.',
      'Name: Marisol',
      '[obj-lantern] Recover the lantern (open)',
      '[obj-ferry] Win passage from the ferryman (done)',
      '<adventure>',
    ]) {
      expect(system).toContain(text);
    }
    expect(body.messages[1].content).toBe('I climb onto the chapel roof');
    expect(body.messages[2].content).toBe('Wet slate shifts under your boots.');
    expect(body.messages[3].content).toBe(REQUEST.action);
  });

  it('narrateTurn without pacing guidance sends no pacing block', async () => {
    mock.enqueue({ kind: 'tool', args: ANSWER });
    const request = { ...REQUEST, pacing: { ...REQUEST.pacing, guidance: '' } };
    await narrateTurn(await createChatModel(config(mock.baseUrl)), request, { timeoutMs: 1500 });
    const system: string = mock.requests[0].messages[0].content;
    const readable = system.slice(0, system.indexOf('<adventure>'));
    expect(readable).not.toContain('Pacing');
    expect(readable).not.toContain('Directive:');
  });

  it('narrateTurn falls back to the offline narrator on HTTP 500, on plain text, on invalid arguments', async () => {
    const model = await createChatModel(config(mock.baseUrl));
    mock.enqueue({ kind: 'status', status: 500, message: 'Internal Server Error' });
    const failed = await narrateTurn(model, REQUEST, { timeoutMs: 1500 });
    expect(failed).toEqual({
      result: offlineNarration(REQUEST),
      fellBack: true,
      error: 'model error: 500 Internal Server Error',
      call: expect.any(Object),
    });
    // The turn records the fallback and its reason; the provider reported no tokens.
    expect(failed.call).toMatchObject({
      fellBack: true,
      fallbackReason: 'model error: 500 Internal Server Error',
      inputTokens: null,
      outputTokens: null,
    });
    expect(mock.requests).toHaveLength(1); // maxRetries 0

    mock.enqueue({ kind: 'text', content: 'You drop through the skylight.' });
    expect(await narrateTurn(model, REQUEST, { timeoutMs: 1500 })).toMatchObject({
      fellBack: true,
      error: 'model returned no structured output',
    });

    mock.enqueue({ kind: 'tool', args: { narration: '', completedObjectiveIds: [], keyMoment: null } });
    const empty = await narrateTurn(model, REQUEST, { timeoutMs: 1500 });
    expect(empty).toMatchObject({ result: offlineNarration(REQUEST), fellBack: true });
    expect(empty.error).toMatch(/narration/);
  });

  it('narrateTurn falls back within the timeout when the server hangs', async () => {
    mock.enqueue({ kind: 'hang' });
    const started = Date.now();
    const outcome = await narrateTurn(await createChatModel(config(mock.baseUrl)), REQUEST, { timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(outcome).toMatchObject({ fellBack: true, error: 'model timed out' });
  });

  it('designQuests uses a valid answer and sends the character and the tool', async () => {
    const offers = [1, 2, 3].map((n) => ({
      title: `Quest ${n}`,
      description: `Hook number ${n}.`,
      objectives: [
        { description: `Find relic ${n}`, keywords: ['relic', 'find'] },
        { description: `Cross river ${n}`, keywords: ['river', 'cross', 'ford'] },
      ],
    }));
    mock.enqueue({ kind: 'tool', args: { offers } });
    const outcome = await designQuests(
      await createChatModel(config(mock.baseUrl)),
      { character: REQUEST.character },
      { timeoutMs: 1500 },
    );
    expect(outcome).toEqual({ offers, fellBack: false, error: null });
    const body = mock.requests[0];
    expect(body.tools[0].function.name).toBe('design_quests');
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'design_quests' } });
    expect(body.messages[0].content).toContain('Name: Marisol');
    expect(body.messages[0].content).toContain('Exactly 3 quests');

    mock.enqueue({ kind: 'status', status: 503 });
    const failed = await designQuests(
      await createChatModel(config(mock.baseUrl)),
      { character: REQUEST.character },
      { timeoutMs: 1500 },
    );
    expect(failed).toMatchObject({ offers: offlineQuestOffers(REQUEST.character), fellBack: true });
  });

  it('writeEpilogue uses a valid answer and sends the moments and the reason', async () => {
    const epilogue = 'The river remembers you, Marisol. '.repeat(10).trim();
    mock.enqueue({ kind: 'tool', args: { epilogue } });
    const moments = [
      { turn: 31, kind: 'OBJECTIVE' as const, summary: 'Marisol recovered the lantern.', significance: 0.8 },
    ];
    const outcome = await writeEpilogue(
      await createChatModel(config(mock.baseUrl)),
      { character: REQUEST.character, quest: QUEST, moments, reason: 'TURN_CAP', turns: 50 },
      { timeoutMs: 1500 },
    );
    expect(outcome).toEqual({ epilogue, fellBack: false, error: null, call: expect.any(Object) });
    expect(outcome.call).toMatchObject({
      fellBack: false,
      inputTokens: 100,
      outputTokens: 50,
    });
    const body = mock.requests[0];
    expect(body.tools[0].function.name).toBe('write_epilogue');
    expect(body.messages[0].content).toContain(
      'Turn 31 (OBJECTIVE, significance 0.80): Marisol recovered the lantern.',
    );
    expect(body.messages[0].content).toContain('turn limit after 50 turns');
  });
});

// ---------------------------------------------------------------------------
// Streaming: a minimal OpenAI-compatible server answering `stream: true` with SSE

type StreamBehaviour = { kind: 'tool'; args: object; pieceChars: number } | { kind: 'break'; args: object };

interface SseServer {
  baseUrl: string;
  requests: any[];
  enqueue(behaviour: StreamBehaviour): void;
  close(): Promise<void>;
}

async function startSseServer(): Promise<SseServer> {
  const requests: any[] = [];
  const queue: StreamBehaviour[] = [];
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      requests.push(body);
      const behaviour = queue.shift();
      if (!behaviour || !body.stream) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'sse mock: nothing queued', type: 'server_error' } }));
        return;
      }
      const name = body.tool_choice?.function?.name ?? 'extract';
      const frame = (delta: object, finish: string | null = null) =>
        `data: ${JSON.stringify({
          id: 'chatcmpl-sse',
          object: 'chat.completion.chunk',
          created: 1,
          model: body.model,
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        })}\n\n`;
      const args = JSON.stringify(behaviour.args);
      const size = behaviour.kind === 'tool' ? behaviour.pieceChars : 25;
      const pieces: string[] = [];
      for (let i = 0; i < args.length; i += size) pieces.push(args.slice(i, i + size));

      void (async () => {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(
          frame({
            role: 'assistant',
            content: null,
            tool_calls: [{ index: 0, id: 'call_sse_1', type: 'function', function: { name, arguments: '' } }],
          }),
        );
        const sent = behaviour.kind === 'break' ? pieces.slice(0, 3) : pieces;
        for (const piece of sent) {
          res.write(frame({ tool_calls: [{ index: 0, function: { arguments: piece } }] }));
          await new Promise((resolve) => setTimeout(resolve, 5)); // arrive as separate network reads
        }
        if (behaviour.kind === 'break') {
          res.destroy(); // the connection drops mid-answer
          return;
        }
        res.write(frame({}, 'tool_calls'));
        res.end('data: [DONE]\n\n');
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (b) => queue.push(b),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

describe('streamNarration through ChatOpenAI (server-sent events)', () => {
  let sse: SseServer;
  beforeEach(async () => {
    sse = await startSseServer();
  });
  afterEach(async () => {
    await sse.close();
  });

  it('emits the narration in several chunks as the arguments arrive, then the validated result', async () => {
    sse.enqueue({ kind: 'tool', args: ANSWER, pieceChars: 17 });
    const chunks: string[] = [];
    const outcome = await streamNarration(await createChatModel(config(sse.baseUrl)), REQUEST, {
      timeoutMs: 1500,
      onChunk: (text) => chunks.push(text),
    });

    expect(outcome).toEqual({ result: EXPECTED, fellBack: false, error: null, call: expect.any(Object) });
    expect(outcome.call).toMatchObject({ fellBack: false, fallbackReason: null });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(ANSWER.narration);
    const body = sse.requests[0];
    expect(body.stream).toBe(true);
    expect(body.tools[0].function.name).toBe('narrate_turn');
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'narrate_turn' } });
    expect(body.messages[0].content).toContain('Directive: CONFRONT');
  });

  it('falls back to the offline narration when the connection drops mid-stream', async () => {
    sse.enqueue({ kind: 'break', args: ANSWER });
    const chunks: string[] = [];
    const outcome = await streamNarration(await createChatModel(config(sse.baseUrl)), REQUEST, {
      timeoutMs: 1500,
      onChunk: (text) => chunks.push(text),
    });
    expect(outcome.fellBack).toBe(true);
    expect(outcome.error).toMatch(/^model error/);
    expect(outcome.result).toEqual(offlineNarration(REQUEST));
    expect(chunks.length).toBeGreaterThan(0); // part of the real narration was shown before the drop
    expect(chunks.join('')).toBe(ANSWER.narration.slice(0, chunks.join('').length)); // what was shown was real
  });

  it('falls back (streaming the offline narration) when the provider answers an error', async () => {
    const chunks: string[] = [];
    const outcome = await streamNarration(await createChatModel(config(sse.baseUrl)), REQUEST, {
      timeoutMs: 1500,
      onChunk: (text) => chunks.push(text),
    });
    expect(outcome).toMatchObject({ fellBack: true, error: 'model error: 500 sse mock: nothing queued' });
    expect(outcome.call).toMatchObject({ fellBack: true, fallbackReason: 'model error: 500 sse mock: nothing queued' });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(offlineNarration(REQUEST).narration);
  });
});
