import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the OpenAI API: `POST /v1/chat/completions`, non-streaming,
 * answering from a queue of programmed behaviours (one per request, in order).
 * Every request body is recorded, so tests can assert the prompt and the tool
 * schema that LangChain really sent. An empty queue answers 500 "mock queue empty".
 */
export type MockBehaviour =
  /**
   * A tool call with these arguments (tool name taken from the request's tool_choice or first tool),
   * sent after `delayMs` (default 0: at once) so tests can act while a call is in flight.
   */
  | { kind: 'tool'; args: object; name?: string; delayMs?: number }
  /** A plain text answer (no tool call). */
  | { kind: 'text'; content: string }
  /** A tool call whose arguments are not valid JSON. */
  | { kind: 'invalid-json-args' }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: 'status'; status: number; message?: string }
  /** Never answers (until the server is closed). */
  | { kind: 'hang' };

export interface MockOpenAI {
  /** Base URL for the OpenAI client, ending with /v1. */
  baseUrl: string;
  enqueue(...behaviours: MockBehaviour[]): void;
  /** Parsed JSON bodies of every chat-completions request, in order. */
  requests: any[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function toolName(body: any): string {
  return body?.tool_choice?.function?.name ?? body?.tools?.[0]?.function?.name ?? 'extract';
}

export async function startMockOpenAI(): Promise<MockOpenAI> {
  const queue: MockBehaviour[] = [];
  const requests: any[] = [];
  let counter = 0;

  const completion = (body: any, message: Record<string, unknown>, finishReason: string) => ({
    id: `chatcmpl-mock-${++counter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body?.model ?? 'mock',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', refusal: null, ...message },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  });

  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      if (req.method !== 'POST' || !req.url?.endsWith('/v1/chat/completions')) {
        sendJson(res, 404, {
          error: { message: `mock: no route ${req.method} ${req.url}`, type: 'invalid_request_error' },
        });
        return;
      }
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        sendJson(res, 400, { error: { message: 'mock: body is not JSON', type: 'invalid_request_error' } });
        return;
      }
      requests.push(body);
      const behaviour = queue.shift() ?? { kind: 'status', status: 500, message: 'mock queue empty' };
      if (behaviour.kind === 'tool' && behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs));
      switch (behaviour.kind) {
        case 'tool':
        case 'invalid-json-args': {
          const args = behaviour.kind === 'tool' ? JSON.stringify(behaviour.args) : '{"quests": [{"title": ';
          const name = behaviour.kind === 'tool' && behaviour.name ? behaviour.name : toolName(body);
          sendJson(
            res,
            200,
            completion(
              body,
              {
                content: null,
                tool_calls: [{ id: `call_mock_${counter + 1}`, type: 'function', function: { name, arguments: args } }],
              },
              'tool_calls',
            ),
          );
          return;
        }
        case 'text':
          sendJson(res, 200, completion(body, { content: behaviour.content }, 'stop'));
          return;
        case 'status':
          sendJson(res, behaviour.status, {
            error: { message: behaviour.message ?? 'mock failure', type: 'server_error', param: null, code: null },
          });
          return;
        case 'hang':
          return; // the socket stays open until close() destroys it
      }
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    enqueue: (...behaviours) => queue.push(...behaviours),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // ends hung requests and idle keep-alive sockets
      }),
  };
}
