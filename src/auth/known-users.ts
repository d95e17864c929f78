import { LRUCache } from 'lru-cache';
import type { Viewer } from '../context/context.js';
import type { TokenIdentity } from './tokens.js';

/** Makes the user of a verified token exist, with the token's role (src/resolvers/viewer.ts). */
export type EnsureUser = (identity: TokenIdentity) => Promise<void>;

/**
 * The viewer of a verified token, with a memory of users already known to
 * exist with the right role, so a steady client costs no database round trip.
 * Bounded (the least recently seen user is forgotten first) and short-lived:
 * a user deleted elsewhere (another process, by hand) is noticed at most
 * `ttlMs` late; deleteViewer in this process calls `forget` at once.
 */
export type CachedViewerResolver = ((identity: TokenIdentity) => Promise<Viewer>) & {
  /** Forgets a user (their account was deleted): their next request checks the database again. */
  forget(userId: string): void;
};

export function cachedViewerResolver(
  ensureUser: EnsureUser,
  { maxEntries = 10_000, ttlMs = 5 * 60_000 } = {},
): CachedViewerResolver {
  // userId → the admin flag the row was last made to match.
  const known = new LRUCache<string, boolean>({ max: maxEntries, ttl: ttlMs });
  const resolve = async (identity: TokenIdentity): Promise<Viewer> => {
    if (known.get(identity.userId) !== identity.isAdmin) {
      await ensureUser(identity);
      known.set(identity.userId, identity.isAdmin);
    }
    return { id: identity.userId, isAdmin: identity.isAdmin };
  };
  return Object.assign(resolve, { forget: (userId: string) => void known.delete(userId) });
}
