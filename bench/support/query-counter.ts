import pg from 'pg';

/**
 * Counts the SQL statements that reach PostgreSQL, by wrapping
 * pg.Client.prototype.query: every statement of @prisma/adapter-pg (pool
 * queries and transactions alike) ends up there, on PGlite and PostgreSQL.
 *
 * Prisma's own query event is no use here: the app's PrismaClient is built
 * without `log: [{ emit: 'event', level: 'query' }]`, so $on('query') never
 * fires for it, and a second client would not be the one the server uses.
 */
export interface QueryCounter {
  reset(): void;
  /** Statements since the last reset. */
  snapshot(): QueryCount;
  /** Puts the original pg.Client.prototype.query back. */
  stop(): void;
}

export interface QueryCount {
  /** SELECT / INSERT / UPDATE / DELETE / WITH: the statements that read or write data. */
  data: number;
  /** Everything else (BEGIN, COMMIT, SET, …). */
  other: number;
  statements: string[];
}

const DATA_STATEMENT = /^(select|insert|update|delete|with|merge)\b/i;

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

let active = false;

export function startQueryCounter(): QueryCounter {
  if (active) throw new Error('a query counter is already installed');
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  let statements: string[] = [];
  proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
    const text = statementText(args[0]);
    if (text !== null) statements.push(text);
    return original.apply(this, args);
  };
  active = true;

  return {
    reset() {
      statements = [];
    },
    snapshot() {
      const data = statements.filter((text) => DATA_STATEMENT.test(text)).length;
      return { data, other: statements.length - data, statements: [...statements] };
    },
    stop() {
      if (proto.query !== original) proto.query = original;
      active = false;
    },
  };
}

/**
 * A lighter counter for long runs (thousands of statements): a tally per
 * statement text, no list kept and no text normalised while counting.
 */
export interface QueryTally {
  reset(): void;
  /** Statements since the last reset, by normalised text, most frequent first. */
  snapshot(): { statement: string; count: number; data: boolean }[];
  stop(): void;
}

export function startQueryTally(): QueryTally {
  if (active) throw new Error('a query counter is already installed');
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  let counts = new Map<string, number>();
  proto.query = function talliedQuery(this: unknown, ...args: unknown[]) {
    const arg = args[0];
    const text =
      typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? (arg as { text?: unknown }).text : null;
    if (typeof text === 'string') counts.set(text, (counts.get(text) ?? 0) + 1);
    return original.apply(this, args);
  };
  active = true;

  return {
    reset() {
      counts = new Map();
    },
    snapshot() {
      const merged = new Map<string, number>();
      for (const [text, count] of counts) {
        const statement = statementText(text) ?? text;
        merged.set(statement, (merged.get(statement) ?? 0) + count);
      }
      return [...merged]
        .map(([statement, count]) => ({ statement, count, data: DATA_STATEMENT.test(statement) }))
        .sort((a, b) => b.count - a.count);
    },
    stop() {
      if (proto.query !== original) proto.query = original;
      active = false;
    },
  };
}

/** client.query(text, …) or client.query({ text, … }); null for anything else (e.g. a Submittable). */
function statementText(arg: unknown): string | null {
  const text =
    typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? (arg as { text?: unknown }).text : null;
  if (typeof text !== 'string') return null;
  // Comments and parentheses do not change what kind of statement it is.
  return text
    .replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
