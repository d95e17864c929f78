/**
 * `npm run -s schema:breaking [-- --base <git ref>]`: compares schema.graphql with its previous committed
 * version and fails on a breaking change that schema-changes.acknowledged.json does not acknowledge
 * (docs/schema-changes.md). The previous version is, by default, the newest version on the first-parent
 * history of HEAD (`git log --first-parent -- schema.graphql`) whose content differs from the current
 * file: on a clean clone of main that is the schema before the last change (a merge counts as one
 * change), and with an uncommitted edit it is HEAD's. `--base origin/main` compares with that ref's
 * file instead (a pull request against its target). Exit codes: 0 pass, 1 unacknowledged breaking
 * change or bad acknowledgement file, 2 cannot tell (no git history: a shallow clone, say).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff } from '@graphql-inspector/core';
import {
  decideSchemaChanges,
  parseAcknowledgements,
  previousVersion,
  type Acknowledgement,
  type SchemaChange,
} from './schema-changes/decision.js';

const SCHEMA_FILE = 'schema.graphql';
const ACKNOWLEDGEMENTS_FILE = 'schema-changes.acknowledged.json';

class CannotTell extends Error {}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function* committedVersions(): Generator<{ label: string; content: string }> {
  const commits = git('log', '--first-parent', '--format=%H', '--', SCHEMA_FILE).split('\n').filter(Boolean);
  for (const commit of commits) {
    yield {
      label: `${commit.slice(0, 12)} (${git('log', '-1', '--format=%s', commit).trim()})`,
      content: git('show', `${commit}:${SCHEMA_FILE}`),
    };
  }
}

function previousSchema(current: string, base: string | undefined): { label: string; content: string } | null {
  if (base !== undefined) {
    try {
      return { label: base, content: git('show', `${base}:${SCHEMA_FILE}`) };
    } catch {
      throw new CannotTell(`${base} has no ${SCHEMA_FILE} (or is not a ref here: fetch it first)`);
    }
  }
  const found = previousVersion(current, committedVersions());
  if (found) return found;
  if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
    throw new CannotTell(
      `this clone is shallow and its history holds no earlier ${SCHEMA_FILE}: fetch the history (git fetch --unshallow) or pass --base <ref>`,
    );
  }
  return null;
}

function readAcknowledgements(): Acknowledgement[] {
  if (!existsSync(ACKNOWLEDGEMENTS_FILE)) return [];
  const parsed = parseAcknowledgements(JSON.parse(readFileSync(ACKNOWLEDGEMENTS_FILE, 'utf8')));
  if ('error' in parsed) throw new Error(`${ACKNOWLEDGEMENTS_FILE}: ${parsed.error}`);
  return parsed;
}

async function main(): Promise<number> {
  const baseIndex = process.argv.indexOf('--base');
  const base = baseIndex >= 0 ? process.argv[baseIndex + 1] : undefined;
  const current = readFileSync(SCHEMA_FILE, 'utf8');
  const previous = previousSchema(current, base);
  if (!previous) {
    console.log(`schema:breaking: no earlier committed ${SCHEMA_FILE} differs from this one: nothing to compare`);
    return 0;
  }
  const changes: SchemaChange[] = (await diff(buildSchema(previous.content), buildSchema(current))).map((change) => ({
    level: change.criticality.level,
    type: String(change.type),
    message: change.message,
    ...(change.path !== undefined && { path: change.path }),
  }));
  const decision = decideSchemaChanges(changes, readAcknowledgements());
  const count = (level: SchemaChange['level']) => changes.filter((change) => change.level === level).length;
  console.log(
    `schema:breaking: ${SCHEMA_FILE} against ${previous.label}: ${count('BREAKING')} breaking, ${count('DANGEROUS')} dangerous, ${count('NON_BREAKING')} safe change(s)`,
  );
  for (const { change, reason } of decision.acknowledged) console.log(`  acknowledged: ${change.message} (${reason})`);
  for (const change of decision.dangerous) console.log(`  dangerous: ${change.message}`);
  for (const problem of decision.invalid) console.error(`  ${ACKNOWLEDGEMENTS_FILE}: ${problem}`);
  for (const change of decision.unacknowledged) console.error(`  BREAKING: ${change.message}`);
  if (decision.toAcknowledge.length > 0) {
    console.error(
      `\nPrefer a deprecation (@deprecated, then remove it in a later release). To let these breaking changes land,` +
        ` add these entries to "acknowledged" in ${ACKNOWLEDGEMENTS_FILE}, each with its reason:\n`,
    );
    console.error(JSON.stringify(decision.toAcknowledge, null, 2));
  }
  return decision.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`schema:breaking: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof CannotTell ? 2 : 1);
  },
);
