import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { signToken } from '../src/auth/tokens.js';
import { tokenSigningSecret } from './signing-secret.js';

/**
 * npm run -s token -- --user alice [--admin] [--name "Alice"] [--expires 30d]
 *
 * Prints the token alone on stdout (messages go to stderr), so `TOKEN=$(npm run -s token -- --user alice)`
 * works; `-s` keeps npm's own banner off stdout.
 */
const { values } = parseArgs({
  options: {
    user: { type: 'string' },
    admin: { type: 'boolean', default: false },
    name: { type: 'string' },
    expires: { type: 'string', default: '30d' },
  },
});
if (!values.user) {
  console.error('usage: npm run -s token -- --user <id> [--admin] [--name <display name>] [--expires 30d]');
  process.exit(2);
}
const signing = tokenSigningSecret(loadConfig().auth);
if ('refusal' in signing) {
  console.error(signing.refusal);
  process.exit(2);
}
process.stdout.write(
  `${await signToken(signing.secret, {
    userId: values.user,
    admin: values.admin,
    name: values.name,
    expiresIn: values.expires,
  })}\n`,
);
