import { describe, expect, it } from 'vitest';
import { persistedDocumentId } from '../../src/domain/persisted-document-id.js';

const HEX = 'ab'.repeat(32);

describe('persistedDocumentId', () => {
  it('reads a documentId as the client preset writes it', () => {
    expect(persistedDocumentId({ documentId: `sha256:${HEX}` })).toBe(`sha256:${HEX}`);
  });

  it("reads Apollo's extensions.persistedQuery.sha256Hash as the same id", () => {
    expect(persistedDocumentId({ extensions: { persistedQuery: { version: 1, sha256Hash: HEX } } })).toBe(
      `sha256:${HEX}`,
    );
    expect(
      persistedDocumentId({
        extensions: { persistedQuery: { version: 1, sha256Hash: `SHA256:${HEX.toUpperCase()}` } },
      }),
    ).toBe(`sha256:${HEX}`);
  });

  it('prefers documentId when both are sent', () => {
    const other = 'cd'.repeat(32);
    expect(
      persistedDocumentId({
        documentId: `sha256:${HEX}`,
        extensions: { persistedQuery: { version: 1, sha256Hash: other } },
      }),
    ).toBe(`sha256:${HEX}`);
  });

  it('is null when the request names no document', () => {
    expect(persistedDocumentId({})).toBeNull();
    expect(persistedDocumentId({ documentId: '' })).toBeNull();
    expect(persistedDocumentId({ extensions: { persistedQuery: { version: 2, sha256Hash: HEX } } })).toBeNull();
    expect(persistedDocumentId({ extensions: { persistedQuery: { version: 1 } } })).toBeNull();
    expect(persistedDocumentId({ extensions: 'persistedQuery' })).toBeNull();
  });
});
