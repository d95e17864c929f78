import type { AuthConfig } from '../src/config.js';
import { readOrCreateDevSecret } from '../src/auth/tokens.js';

/** The secret that signs tokens this API accepts, or why none can be made here (npm run token, npm run seed). */
export function tokenSigningSecret(auth: AuthConfig): { secret: string } | { refusal: string } {
  switch (auth.kind) {
    case 'jwks':
      return { refusal: 'JWT_JWKS_URL is set: tokens come from your identity provider, not from here' };
    case 'none':
      return { refusal: 'no JWT_SECRET is set (a production worker needs none): set the one the API uses' };
    case 'secret':
      return { secret: auth.secret };
    case 'dev-secret':
      return { secret: readOrCreateDevSecret(auth.dataDir) };
  }
}
