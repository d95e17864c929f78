import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthConfig } from '../config.js';
import { isUsableSubject } from '../domain/token-subject.js';

/** Who the bearer of a valid token is. */
export interface TokenIdentity {
  userId: string;
  isAdmin: boolean;
  name?: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export type TokenVerifier = (token: string) => Promise<TokenIdentity>;

const SYMMETRIC_ALGORITHMS = ['HS256'];
// Identity providers sign with asymmetric keys; HS* and "none" are never accepted from a JWKS.
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  if (auth.kind === 'none') {
    return async () => {
      throw new AuthenticationError('this process accepts no tokens (a worker without JWT settings)');
    };
  }
  if (auth.kind === 'jwks') {
    const keySet = createRemoteJWKSet(new URL(auth.jwksUrl));
    return (token) =>
      verifyWith(token, (t) =>
        jwtVerify(t, keySet, { algorithms: ASYMMETRIC_ALGORITHMS, issuer: auth.issuer, audience: auth.audience }),
      );
  }
  const secret = new TextEncoder().encode(auth.kind === 'secret' ? auth.secret : readOrCreateDevSecret(auth.dataDir));
  const claims = auth.kind === 'secret' ? { issuer: auth.issuer, audience: auth.audience } : {};
  return (token) => verifyWith(token, (t) => jwtVerify(t, secret, { algorithms: SYMMETRIC_ALGORITHMS, ...claims }));
}

async function verifyWith(
  token: string,
  verify: (token: string) => Promise<{ payload: JWTPayload }>,
): Promise<TokenIdentity> {
  let payload: JWTPayload;
  try {
    ({ payload } = await verify(token));
  } catch (error) {
    throw new AuthenticationError(describeJoseError(error));
  }
  if (!isUsableSubject(payload.sub)) throw new AuthenticationError('token has no usable subject (sub)');
  if (typeof payload.exp !== 'number') throw new AuthenticationError('token has no expiry (exp)');
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  return {
    userId: payload.sub,
    isAdmin: roles.includes('admin'),
    name: typeof payload.name === 'string' ? payload.name : undefined,
    expiresAt: payload.exp,
  };
}

/**
 * Remembers tokens already verified, until they expire: a client sends the
 * same token on every request, and checking its signature each time is pure
 * CPU spent on the hot path. Keyed by the whole token, signature included, so
 * a hit is exactly a token that verified before. Bounded: past `maxEntries`
 * the least recently used token is forgotten (and verified again if it returns).
 */
export function cachedTokenVerifier(verify: TokenVerifier, { maxEntries = 10_000 } = {}): TokenVerifier {
  const verified = new LRUCache<string, TokenIdentity>({ max: maxEntries });
  return async (token) => {
    const hit = verified.get(token);
    // The token's own expiry decides, not a cache TTL: a hit is never a token that has expired.
    if (hit && hit.expiresAt * 1000 > Date.now()) return hit;
    verified.delete(token);
    const identity = await verify(token);
    verified.set(token, identity);
    return identity;
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token has expired';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'token signing algorithm is not allowed';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `token claim "${error.claim}" is invalid`;
  return 'token is malformed';
}

const DEV_SECRET_FILE = 'dev-jwt-secret';

/** The embedded default's signing secret: generated once, kept beside the embedded database. */
export function readOrCreateDevSecret(dataDir: string): string {
  const file = join(dataDir, DEV_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

export interface SignOptions {
  userId: string;
  admin?: boolean;
  name?: string;
  expiresIn?: string;
}

export async function signToken(secret: string, options: SignOptions): Promise<string> {
  return new SignJWT({
    roles: options.admin ? ['user', 'admin'] : ['user'],
    ...(options.name ? { name: options.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '30d')
    .sign(new TextEncoder().encode(secret));
}
