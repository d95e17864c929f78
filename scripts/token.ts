import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { readOrCreateDevSecret, signToken } from '../src/auth/tokens.js';

/** npm run token -- --user alice [--admin] [--name "Alice"] [--expires 30d] */
const { values } = parseArgs({
  options: {
    user: { type: 'string' },
    admin: { type: 'boolean', default: false },
    name: { type: 'string' },
    expires: { type: 'string', default: '30d' },
  },
});
if (!values.user) {
  console.error('usage: npm run token -- --user <id> [--admin] [--name <display name>] [--expires 30d]');
  process.exit(2);
}
const config = loadConfig();
if (config.auth.kind === 'jwks') {
  console.error('JWT_JWKS_URL is set: tokens come from your identity provider, not from here');
  process.exit(2);
}
if (config.auth.kind === 'none') {
  console.error('no JWT_SECRET is set (a production worker needs none): set the one the API uses');
  process.exit(2);
}
const secret = config.auth.kind === 'secret' ? config.auth.secret : readOrCreateDevSecret(config.auth.dataDir);
console.log(
  await signToken(secret, { userId: values.user, admin: values.admin, name: values.name, expiresIn: values.expires }),
);
