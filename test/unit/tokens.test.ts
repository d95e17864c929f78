import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError, cachedTokenVerifier, createTokenVerifier, signToken } from '../../src/auth/tokens.js';

const secret = 'unit-test-secret-of-at-least-32-chars!!';

describe('token verification', () => {
  it('reads the subject, admin role and expiry', async () => {
    const verify = createTokenVerifier({ kind: 'secret', secret });
    const identity = await verify(await signToken(secret, { userId: 'ada', admin: true, expiresIn: '1h' }));
    expect(identity).toMatchObject({ userId: 'ada', isAdmin: true });
    expect(identity.expiresAt).toBeGreaterThan(Date.now() / 1000);
  });

  it('checks issuer and audience when configured', async () => {
    const verify = createTokenVerifier({ kind: 'secret', secret, issuer: 'https://idp', audience: 'questline' });
    await expect(verify(await signToken(secret, { userId: 'ada' }))).rejects.toThrow(AuthenticationError);
  });

  it('refuses a validly signed token whose subject is not a usable user ID', async () => {
    const verify = createTokenVerifier({ kind: 'secret', secret });
    for (const userId of ['ada\u0000', 'ada\ud800', 'ada\u001b[0m', 'ada lovelace', 'x'.repeat(256)]) {
      await expect(verify(await signToken(secret, { userId }))).rejects.toThrow('token has no usable subject (sub)');
    }
    await expect(verify(await signToken(secret, { userId: 'auth0|abc123' }))).resolves.toMatchObject({
      userId: 'auth0|abc123',
    });
  });

  it('accepts no token at all without settings (a production worker)', async () => {
    const verify = createTokenVerifier({ kind: 'none' });
    await expect(verify(await signToken(secret, { userId: 'ada' }))).rejects.toThrow(AuthenticationError);
  });
});

describe('cachedTokenVerifier', () => {
  it('verifies a token once and answers repeats from memory', async () => {
    const inner = vi.fn(async () => ({ userId: 'ada', isAdmin: false, expiresAt: Date.now() / 1000 + 60 }));
    const verify = cachedTokenVerifier(inner);
    await verify('t1');
    await verify('t1');
    await verify('t2');
    expect(inner).toHaveBeenCalledTimes(2);
  });

  it('verifies again once the remembered token has expired, and never caches a rejection', async () => {
    let expiresAt = Date.now() / 1000 - 1;
    const inner = vi.fn(async (token: string) => {
      if (token === 'bad') throw new AuthenticationError('token signature is invalid');
      return { userId: 'ada', isAdmin: false, expiresAt };
    });
    const verify = cachedTokenVerifier(inner);
    await verify('t1');
    expiresAt = Date.now() / 1000 + 60;
    await verify('t1');
    expect(inner).toHaveBeenCalledTimes(2);
    await expect(verify('bad')).rejects.toThrow('signature');
    await expect(verify('bad')).rejects.toThrow('signature');
    expect(inner).toHaveBeenCalledTimes(4);
  });

  it('stays within its size bound, forgetting the oldest token first', async () => {
    const inner = vi.fn(async () => ({ userId: 'ada', isAdmin: false, expiresAt: Date.now() / 1000 + 60 }));
    const verify = cachedTokenVerifier(inner, { maxEntries: 2 });
    await verify('a');
    await verify('b');
    await verify('c');
    await verify('b');
    expect(inner).toHaveBeenCalledTimes(3);
    await verify('a');
    expect(inner).toHaveBeenCalledTimes(4);
  });
});
