import { describe, expect, it, vi } from 'vitest';
import { cachedViewerResolver } from '../../src/auth/known-users.js';

const identity = (userId: string, isAdmin = false) => ({ userId, isAdmin, expiresAt: Date.now() / 1000 + 60 });

describe('cachedViewerResolver', () => {
  it('makes a user exist once, then answers from memory', async () => {
    const ensureUser = vi.fn(async () => undefined);
    const resolve = cachedViewerResolver(ensureUser);
    expect(await resolve(identity('ada'))).toEqual({ id: 'ada', isAdmin: false });
    expect(await resolve(identity('ada'))).toEqual({ id: 'ada', isAdmin: false });
    expect(ensureUser).toHaveBeenCalledTimes(1);
  });

  it('updates the row again when the token carries another role', async () => {
    const ensureUser = vi.fn(async () => undefined);
    const resolve = cachedViewerResolver(ensureUser);
    await resolve(identity('ada'));
    expect(await resolve(identity('ada', true))).toEqual({ id: 'ada', isAdmin: true });
    expect(ensureUser).toHaveBeenCalledTimes(2);
  });

  it('forgets a user on request (a deleted account), so their next token goes to the database again', async () => {
    const deleted = new Set<string>();
    const ensureUser = vi.fn(async ({ userId }: { userId: string }) => {
      if (deleted.has(userId)) throw new Error(`${userId} was deleted`);
    });
    const resolve = cachedViewerResolver(ensureUser);
    await resolve(identity('ada'));
    await resolve(identity('bob'));
    deleted.add('ada');
    deleted.add('bob');
    resolve.forget('ada');
    await resolve(identity('bob'));
    await expect(resolve(identity('ada'))).rejects.toThrow('ada was deleted');
    // Only the forgotten user is asked about again.
    expect(ensureUser).toHaveBeenCalledTimes(3);
  });

  it('forgets the least recently seen user past maxEntries, and any user after ttlMs', async () => {
    const ensureUser = vi.fn(async () => undefined);
    const resolve = cachedViewerResolver(ensureUser, { maxEntries: 2, ttlMs: 50 });
    await resolve(identity('a'));
    await resolve(identity('b'));
    await resolve(identity('a'));
    await resolve(identity('c'));
    expect(ensureUser).toHaveBeenCalledTimes(3);
    await resolve(identity('b'));
    expect(ensureUser).toHaveBeenCalledTimes(4);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await resolve(identity('b'));
    expect(ensureUser).toHaveBeenCalledTimes(5);
  });

  it('remembers nothing when making the user exist fails', async () => {
    const ensureUser = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined);
    const resolve = cachedViewerResolver(ensureUser);
    await expect(resolve(identity('ada'))).rejects.toThrow('database down');
    await resolve(identity('ada'));
    expect(ensureUser).toHaveBeenCalledTimes(2);
  });
});
