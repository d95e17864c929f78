/**
 * Whether a schema change may land: the pure part of `npm run schema:breaking`
 * (docs/schema-changes.md). Breaking changes fail the check unless each is listed, with a
 * reason, in schema-changes.acknowledged.json; everything else passes (dangerous changes are
 * shown, not refused).
 */

/** One difference between two schemas, as @graphql-inspector/core reports it. */
export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** e.g. FIELD_REMOVED */
  type: string;
  /** e.g. "Field 'done' was removed from object type 'Mission'": what an acknowledgement names. */
  message: string;
  /** e.g. Mission.done */
  path?: string;
}

/** An entry of schema-changes.acknowledged.json. */
export interface Acknowledgement {
  /** The inspector's message, word for word. */
  message: string;
  /** The schema coordinate, for the reader (matching is by message). */
  path?: string;
  /** Why clients can live with it: who was told, which clients are already updated, what replaces it. */
  reason: string;
}

export interface SchemaChangeDecision {
  ok: boolean;
  /** Breaking changes no acknowledgement covers: each fails the check. */
  unacknowledged: SchemaChange[];
  /** Breaking changes that are acknowledged, with the reason given. */
  acknowledged: { change: SchemaChange; reason: string }[];
  dangerous: SchemaChange[];
  /** Problems in the acknowledgements themselves: each fails the check. */
  invalid: string[];
  /** Entries to paste into schema-changes.acknowledged.json (a reason still to be written). */
  toAcknowledge: Acknowledgement[];
}

export function decideSchemaChanges(
  changes: readonly SchemaChange[],
  acknowledgements: readonly Acknowledgement[],
): SchemaChangeDecision {
  const invalid = acknowledgements
    .filter((entry) => entry.reason.trim() === '')
    .map((entry) => `the acknowledgement of "${entry.message}" gives no reason`);
  const reasons = new Map(
    acknowledgements.filter((entry) => entry.reason.trim() !== '').map((entry) => [entry.message, entry.reason]),
  );
  const breaking = changes.filter((change) => change.level === 'BREAKING');
  const unacknowledged = breaking.filter((change) => !reasons.has(change.message));
  return {
    ok: unacknowledged.length === 0 && invalid.length === 0,
    unacknowledged,
    acknowledged: breaking.flatMap((change) => {
      const reason = reasons.get(change.message);
      return reason === undefined ? [] : [{ change, reason }];
    }),
    dangerous: changes.filter((change) => change.level === 'DANGEROUS'),
    invalid,
    toAcknowledge: unacknowledged.map((change) => ({
      message: change.message,
      ...(change.path !== undefined && { path: change.path }),
      reason: '',
    })),
  };
}

/** schema-changes.acknowledged.json → its entries, or the reason it cannot be read. */
export function parseAcknowledgements(json: unknown): Acknowledgement[] | { error: string } {
  const list = (json as { acknowledged?: unknown } | null)?.acknowledged;
  if (typeof json !== 'object' || json === null || !Array.isArray(list)) {
    return { error: 'expected an object { "acknowledged": [ { "message", "path", "reason" }, … ] }' };
  }
  const entries: Acknowledgement[] = [];
  for (const [index, entry] of list.entries()) {
    const { message, path, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof message !== 'string' || typeof reason !== 'string' || (path !== undefined && typeof path !== 'string')) {
      return { error: `acknowledged[${index}]: expected { "message": string, "path"?: string, "reason": string }` };
    }
    entries.push({ message, reason, ...(path !== undefined && { path }) });
  }
  return entries;
}

/** Which committed version of the schema a change is compared with (see previousSchemaVersion's caller). */
export function previousVersion<T extends { content: string }>(current: string, history: Iterable<T>): T | null {
  for (const version of history) if (version.content !== current) return version;
  return null;
}
