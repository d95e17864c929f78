import { textProblem } from '../domain/text.js';

/**
 * Relay global IDs: base64url of "Typename:id". Decoding is total: anything
 * malformed yields null so callers can answer "not found"/"invalid" as data.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  const typename = decoded.slice(0, separator);
  if (!/^[A-Za-z]+$/.test(typename)) return null;
  const id = decoded.slice(separator + 1);
  // An ID this server issued never holds NUL or control characters (nor could the database look one up).
  if (textProblem(id, 'single') !== null) return null;
  return { typename, id };
}
