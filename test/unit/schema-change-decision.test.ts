import { describe, expect, it } from 'vitest';
import {
  decideSchemaChanges,
  parseAcknowledgements,
  previousVersion,
  type SchemaChange,
} from '../../scripts/schema-changes/decision.js';

const removed: SchemaChange = {
  level: 'BREAKING',
  type: 'FIELD_REMOVED',
  message: "Field 'done' was removed from object type 'Mission'",
  path: 'Mission.done',
};
const retyped: SchemaChange = {
  level: 'BREAKING',
  type: 'FIELD_TYPE_CHANGED',
  message: "Field 'Mission.sessions' changed type from '[Session!]!' to 'MissionSessionsConnection!'",
  path: 'Mission.sessions',
};
const added: SchemaChange = {
  level: 'NON_BREAKING',
  type: 'FIELD_ADDED',
  message: "Field 'updatedAt' was added",
  path: 'Mission.updatedAt',
};
const enumAdded: SchemaChange = {
  level: 'DANGEROUS',
  type: 'ENUM_VALUE_ADDED',
  message: "Enum value 'X' was added",
  path: 'E.X',
};

describe('decideSchemaChanges', () => {
  it('passes additions and dangerous changes, showing the dangerous ones', () => {
    const decision = decideSchemaChanges([added, enumAdded], []);
    expect(decision).toMatchObject({ ok: true, unacknowledged: [], dangerous: [enumAdded], toAcknowledge: [] });
  });

  it('fails on a breaking change nobody acknowledged, with the entry to paste', () => {
    const decision = decideSchemaChanges([removed, added], []);
    expect(decision.ok).toBe(false);
    expect(decision.unacknowledged).toEqual([removed]);
    expect(decision.toAcknowledge).toEqual([{ message: removed.message, path: 'Mission.done', reason: '' }]);
  });

  it('passes a breaking change acknowledged by its message with a reason', () => {
    const decision = decideSchemaChanges(
      [removed, retyped],
      [
        { message: removed.message, path: 'Mission.done', reason: 'deprecated since 0.3; no client reads it' },
        { message: retyped.message, reason: 'sessions paginated; the mobile app moved to the connection' },
      ],
    );
    expect(decision.ok).toBe(true);
    expect(decision.acknowledged.map((entry) => entry.change)).toEqual([removed, retyped]);
  });

  it('matches the message, not the path: another break of an acknowledged field still fails', () => {
    const decision = decideSchemaChanges(
      [retyped],
      [{ message: removed.message, path: 'Mission.sessions', reason: 'r' }],
    );
    expect(decision.ok).toBe(false);
    expect(decision.unacknowledged).toEqual([retyped]);
  });

  it('refuses an acknowledgement without a reason (the pasted entry as printed)', () => {
    const decision = decideSchemaChanges([removed], [{ message: removed.message, reason: '  ' }]);
    expect(decision.ok).toBe(false);
    expect(decision.invalid).toEqual([`the acknowledgement of "${removed.message}" gives no reason`]);
    expect(decision.unacknowledged).toEqual([removed]);
  });

  it('lets acknowledgements of earlier changes stay in the file', () => {
    expect(decideSchemaChanges([added], [{ message: removed.message, reason: 'an earlier release' }]).ok).toBe(true);
  });
});

describe('parseAcknowledgements', () => {
  it('reads the entries', () => {
    expect(
      parseAcknowledgements({
        acknowledged: [
          { message: 'm', path: 'A.b', reason: 'r' },
          { message: 'n', reason: 's' },
        ],
      }),
    ).toEqual([
      { message: 'm', path: 'A.b', reason: 'r' },
      { message: 'n', reason: 's' },
    ]);
    expect(parseAcknowledgements({ acknowledged: [] })).toEqual([]);
  });

  it('says what is wrong with a malformed file', () => {
    expect(parseAcknowledgements([])).toEqual({ error: expect.stringContaining('"acknowledged"') });
    expect(parseAcknowledgements({ acknowledged: [{ message: 'm' }] })).toEqual({
      error: expect.stringContaining('acknowledged[0]'),
    });
  });
});

describe('previousVersion', () => {
  it('is the newest committed version whose content differs from the current schema', () => {
    const history = [
      { commit: 'c3', content: 'type Query { a: Int }' },
      { commit: 'c2', content: 'type Query { a: Int }' },
      { commit: 'c1', content: 'type Query { a: Int b: Int }' },
      { commit: 'c0', content: 'type Query { b: Int }' },
    ];
    expect(previousVersion('type Query { a: Int }', history)?.commit).toBe('c1');
    // An uncommitted edit is compared with the last commit.
    expect(previousVersion('type Query { c: Int }', history)?.commit).toBe('c3');
  });

  it('is null when no committed version differs', () => {
    expect(previousVersion('x', [{ content: 'x' }])).toBeNull();
    expect(previousVersion('x', [])).toBeNull();
  });
});
