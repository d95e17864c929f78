import { readFileSync } from 'node:fs';
import type { GraphQLError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { OnParamsEventPayload, Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Viewer } from '../context/context.js';
import { persistedDocumentId } from '../domain/persisted-document-id.js';
import type { Authenticator } from './authenticate.js';

/** Written by `npm run codegen` (codegen.ts): the docs' operations (clients/operations) and the test documents. */
export const PERSISTED_DOCUMENTS_FILE = new URL('../../clients/generated/persisted-documents.json', import.meta.url);

/** GRAPHQL_DOCUMENTS: `any` runs any document; `persisted` only the persisted ones, except for admins. */
export type DocumentPolicy = 'any' | 'persisted';

/** id ("sha256:<hex>") → document text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export function loadPersistedDocuments(file: URL | string = PERSISTED_DOCUMENTS_FILE): PersistedDocuments {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

export interface PersistedDocumentsGate {
  /** For yoga (HTTP POST and GET, SSE). */
  plugin: Plugin;
  /**
   * The same plugin's decision for a graphql-ws `subscribe` message, whose params never pass yoga's
   * request pipeline (src/server/websocket-operations.ts): the payload to run, or this operation's errors.
   */
  forWebSocket(payload: SubscribePayload, viewer: Viewer | undefined): Promise<SubscribePayload | GraphQLError[]>;
}

/**
 * Documents sent by hash are looked up in the persisted set, whatever the policy. Under `persisted`,
 * a document sent as text runs only for an admin (a token whose roles contain "admin"); anyone else
 * gets PERSISTED_QUERY_ONLY. An unknown hash is PERSISTED_QUERY_NOT_FOUND (Apollo clients read it
 * as "send the text", which then runs where text is allowed).
 */
export function persistedDocumentsGate(
  documents: PersistedDocuments,
  policy: DocumentPolicy,
  authenticate: Authenticator,
): PersistedDocumentsGate {
  // graphql-ws operations carry their connection's viewer instead of an Authorization header.
  const webSocketViewers = new WeakMap<Request, Viewer | undefined>();
  const isAdmin = async (request: Request) => {
    const viewer = webSocketViewers.has(request)
      ? webSocketViewers.get(request)
      : // A bad token is a 401 here already, as it would be a moment later.
        await authenticate(request.headers.get('authorization'));
    return viewer?.isAdmin === true;
  };
  const plugin = usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    // GET requests keep only query, operationName, variables and extensions in yoga's params.
    extractPersistedOperationId: (params, request) =>
      persistedDocumentId({
        documentId: (params as { documentId?: unknown }).documentId ?? documentIdInUrl(request),
        extensions: params.extensions,
      }),
    allowArbitraryOperations: policy === 'any' ? true : isAdmin,
    customErrors: {
      notFound: {
        message:
          'PersistedQueryNotFound: no persisted document has this id (clients/generated/persisted-documents.json)',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message:
          'this server runs only persisted documents: send the document\'s id as "documentId" or extensions.persistedQuery.sha256Hash, not its text',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      keyNotFound: {
        message:
          'send a query, or the id of a persisted document ("documentId" or extensions.persistedQuery.sha256Hash)',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  });
  const onParams = plugin.onParams as NonNullable<Plugin['onParams']>;
  return {
    plugin,
    async forWebSocket(payload, viewer) {
      // graphql-ws requires `query` to be a string: a client sending an id sends "" with it.
      let params: SubscribePayload = payload;
      const request = new Request('http://graphql-ws.invalid/graphql');
      webSocketViewers.set(request, viewer);
      try {
        await onParams({
          params: { ...payload, query: payload.query === '' ? undefined : payload.query },
          request,
          context: {},
          setParams: (next: OnParamsEventPayload['params']) => {
            params = { ...payload, ...next, query: next.query ?? '' };
          },
        } as unknown as OnParamsEventPayload);
      } catch (error) {
        return [error as GraphQLError];
      }
      return params;
    },
  };
}

function documentIdInUrl(request: Request): string | null {
  return request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
}
