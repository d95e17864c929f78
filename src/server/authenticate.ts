import { GraphQLError } from 'graphql';
import { AuthenticationError, type TokenIdentity, type TokenVerifier } from '../auth/tokens.js';
import type { Viewer } from '../context/context.js';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** True for the error `unauthenticated` makes: the request's credentials, not the server, are at fault. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
}

/** "Bearer <token>" (a header or a connection_init param) → the viewer, or a 401 that says what is wrong. */
export type Authenticator = (authorization: unknown) => Promise<Viewer>;

export function createAuthenticator(
  verifyToken: TokenVerifier,
  resolveViewer: (identity: TokenIdentity) => Promise<Viewer>,
): Authenticator {
  return async (authorization) => {
    if (typeof authorization !== 'string' || authorization.trim() === '') {
      throw unauthenticated('authentication required: send "Authorization: Bearer <token>"');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    try {
      return await resolveViewer(await verifyToken(match[1]));
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
  };
}
