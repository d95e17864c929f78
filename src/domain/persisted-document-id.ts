/**
 * Which persisted document a request names, in either of the two formats clients send:
 * - `documentId: "sha256:<hex>"` (the GraphQL-over-HTTP persisted documents format, the ids
 *   codegen's client preset writes to clients/generated/persisted-documents.json);
 * - `extensions.persistedQuery: { version: 1, sha256Hash: "<hex>" }` (Apollo's format).
 * Both name the same document: the result is always the `sha256:<hex>` id (lower case).
 * Null when the request names none.
 */
export function persistedDocumentId(params: { documentId?: unknown; extensions?: unknown }): string | null {
  if (typeof params.documentId === 'string' && params.documentId !== '') return normalized(params.documentId);
  const persistedQuery = recordOf(recordOf(params.extensions)?.persistedQuery);
  if (persistedQuery?.version === 1 && typeof persistedQuery.sha256Hash === 'string') {
    return normalized(persistedQuery.sha256Hash);
  }
  return null;
}

const SHA256_PREFIX = 'sha256:';

function normalized(id: string): string {
  const trimmed = id.trim().toLowerCase();
  return trimmed.startsWith(SHA256_PREFIX) ? trimmed : `${SHA256_PREFIX}${trimmed}`;
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
