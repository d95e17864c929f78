import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * Driver adapters for Prisma's WebAssembly schema engine (the CLI's
 * `migrate dev`/`migrate diff`), which needs no downloaded binary.
 *
 * Works around prisma/orm#27403: the schema engine introspects catalog columns
 * of type `name` (OID 19) and `"char"` (OID 18), which adapter-pg cannot map to
 * a column type, so every migrate command fails with "Column type 'name' could
 * not be deserialized". We report `name` as text and `"char"` as a character
 * column (reporting it as text crashes the engine on CHECK constraints).
 */
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_COLUMNS = Symbol('char columns');

type Field = { name: string; dataTypeID: number };
type IOResult = { fields: Field[]; rows: unknown[][] & { [CHAR_COLUMNS]?: number[] } };
type ResultSet = { columnTypes: number[]; rows: IOResult['rows'] };

let patched = false;

function patchQueryablePrototype(adapter: object): void {
  if (patched) return;
  // PgQueryable, the base of both the adapter and its transactions, owns performIO.
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error('adapter-pg changed: performIO not found; revisit the prisma/orm#27403 workaround');
  const performIO = proto.performIO as (this: unknown, q: unknown) => Promise<IOResult>;
  const queryRaw = proto.queryRaw as (this: unknown, q: unknown) => Promise<ResultSet>;

  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    // A multi-statement script yields one result per statement: nothing to map there.
    if (!Array.isArray(result.fields)) return result;
    const charColumns: number[] = [];
    result.fields = result.fields.map((field, index) => {
      if (field.dataTypeID === NAME_OID) return { ...field, dataTypeID: TEXT_OID };
      if (field.dataTypeID !== CHAR_OID) return field;
      charColumns.push(index);
      return { ...field, dataTypeID: TEXT_OID };
    });
    // queryRaw passes the rows array through untouched, so it carries the marks.
    if (charColumns.length > 0) result.rows[CHAR_COLUMNS] = charColumns;
    return result;
  };
  proto.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const index of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  patched = true;
}

/** An adapter on `connectionString` (patched as above) that runs `onDispose` when Prisma lets go of it. */
async function connectPatched(connectionString: string, onDispose?: () => Promise<void>) {
  const adapter = await new PrismaPg({ connectionString }).connect();
  patchQueryablePrototype(adapter);
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

/** An adapter on a throw-away in-memory PGlite, closed with the adapter (an open PGlite keeps the CLI alive). */
async function connectThrowAway() {
  const embedded = await startEmbeddedPostgres(undefined, { unref: true });
  return connectPatched(embedded.connectionString, () => embedded.close());
}

/**
 * The adapter factory for the CLI: the given database as the main one (a
 * throw-away in-memory PGlite when there is none) and a throw-away PGlite as
 * the shadow (adapter-pg's own shadow handling drops the shadow database
 * while its pool is still open). Databases are only started when Prisma
 * connects: `migrate diff` never touches the main one.
 */
export function migrationAdapterFactory(connectionString: string | undefined) {
  const factory = new PrismaPg({ connectionString: connectionString ?? 'postgresql://unused@127.0.0.1/unused' });
  return Object.assign(factory, {
    connect: () => (connectionString ? connectPatched(connectionString) : connectThrowAway()),
    connectToShadowDb: connectThrowAway,
  });
}
