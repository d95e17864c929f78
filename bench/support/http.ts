import { request, type Agent } from 'node:http';

/** One HTTP request to send, repeatedly: parsed once, sent many times. */
export interface RequestSpec {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  body: string;
}

export interface PreparedRequest {
  send(agent?: Agent): Promise<HttpResponse>;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Plain node:http (no fetch/undici layer): the least client overhead per request. */
export function prepareRequest(spec: RequestSpec): PreparedRequest {
  const url = new URL(spec.url);
  if (url.protocol !== 'http:') throw new Error(`only http:// targets are supported, got ${spec.url}`);
  const body = spec.body === undefined ? undefined : Buffer.from(spec.body, 'utf8');
  const headers: Record<string, string | number> = { ...spec.headers };
  if (body) headers['content-length'] = body.length;
  const options = {
    hostname: url.hostname,
    port: url.port === '' ? 80 : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: spec.method,
    headers,
  };
  return {
    send(agent) {
      return new Promise<HttpResponse>((resolve, reject) => {
        const req = request({ ...options, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no response within ${REQUEST_TIMEOUT_MS} ms`)));
        req.end(body);
      });
    },
  };
}

/** What a good response looks like. Declarative, so it can cross into the load worker. */
export interface ResponseExpectation {
  /** The expected status, or any of several (a refusal may come from more than one limit). */
  status: number | number[];
  /** Path to an array in the JSON body ([] = the body itself is the array); absent: any JSON body. */
  arrayAt?: string[];
  /** The array must have exactly this many elements (absent: any length). */
  length?: number;
  /** GraphQL: a response with a top-level "errors" member is a failure even with status 200. */
  rejectGraphQLErrors?: boolean;
}

/** null when the response is as expected, else why not. */
export function checkResponse(response: HttpResponse, expected: ResponseExpectation): string | null {
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  if (!statuses.includes(response.status)) {
    return `HTTP ${response.status} (expected ${statuses.join(' or ')}): ${snippet(response.body)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return `body is not JSON: ${snippet(response.body)}`;
  }
  if (expected.rejectGraphQLErrors && isRecord(json) && json.errors !== undefined) {
    return `GraphQL errors: ${snippet(JSON.stringify(json.errors))}`;
  }
  if (!expected.arrayAt) return null;
  let node: unknown = json;
  for (const key of expected.arrayAt) node = isRecord(node) ? node[key] : undefined;
  if (!Array.isArray(node)) return `no array at ${expected.arrayAt.join('.') || '(body)'}: ${snippet(response.body)}`;
  if (expected.length !== undefined && node.length !== expected.length) {
    return `${node.length} items at ${expected.arrayAt.join('.') || '(body)'} (expected ${expected.length})`;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function snippet(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
