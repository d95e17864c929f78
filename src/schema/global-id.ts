import { textProblem } from '../domain/text.js';
import { UserErrorsFailure } from '../resolvers/user-errors.js';

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

/**
 * The plain ID inside a global ID that an input field must hold of type
 * `typename`: decoded here, at the edge, so use cases see plain IDs only.
 * A bad ID is bad input, reported as data like any other: malformed →
 * VALIDATION; an ID of another type names no such object → NOT_FOUND.
 */
export function idOf(typename: string, globalId: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) {
    throw new UserErrorsFailure([{ code: 'VALIDATION', field, message: 'is not a valid ID' }]);
  }
  if (decoded.typename !== typename) {
    throw new UserErrorsFailure([{ code: 'NOT_FOUND', field, message: `${typename} not found` }]);
  }
  return decoded.id;
}

/** idOf for an optional field: absent and null pass through (null often means "clear it"). */
export function optionalIdOf<Absent extends null | undefined>(
  typename: string,
  globalId: string | Absent,
  field: string,
): string | Absent {
  return globalId === null || globalId === undefined ? globalId : idOf(typename, globalId, field);
}
