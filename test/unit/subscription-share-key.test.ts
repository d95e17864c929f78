import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subscriptionShareKey } from '../../src/server/subscription-share-key.js';

const viewer = { id: 'user-1', isAdmin: false };
const key = (
  text: string,
  options: { operationName?: string; variables?: Record<string, unknown>; as?: typeof viewer } = {},
) => subscriptionShareKey(options.as ?? viewer, parse(text), options.operationName, options.variables);

const BASE = 'subscription Watch { missionChanged { kind mission { id title } } }';

describe('subscriptionShareKey', () => {
  it('is the same for documents that differ only in comments, whitespace, commas and the operation name', () => {
    const variants = [
      'subscription Watch { missionChanged { kind mission { id title } } } # subscriber 1',
      `# the web client
       subscription   OtherName {
         missionChanged { kind, mission { id, title } }
       }`,
      '{ missionChanged { kind mission { id title } } }'.replace('{', 'subscription {'),
    ];
    for (const variant of variants) expect(key(variant)).toBe(key(BASE));
  });

  it('tells apart anything that changes the answer: fields, aliases, arguments, directives and variables', () => {
    const different = [
      'subscription Watch { missionChanged { kind mission { id } } }',
      'subscription Watch { missionChanged { kind mission { id name: title } } }',
      'subscription Watch { missionChanged { kind mission { title id } } }',
      'subscription Watch($skip: Boolean!) { missionChanged { kind mission { id title @skip(if: $skip) } } }',
    ];
    const keys = new Set([key(BASE), ...different.map((text) => key(text))]);
    expect(keys.size).toBe(different.length + 1);
    const withSkip = different[3]!;
    expect(key(withSkip, { variables: { skip: true } })).not.toBe(key(withSkip, { variables: { skip: false } }));
  });

  it('never shares between viewers, nor between a user and an admin of the same id', () => {
    expect(key(BASE, { as: { id: 'user-2', isAdmin: false } })).not.toBe(key(BASE));
    expect(key(BASE, { as: { id: 'user-1', isAdmin: true } })).not.toBe(key(BASE));
  });

  it('keys on the operation that runs, and on the fragments it may spread', () => {
    const twoOperations = `subscription A { missionChanged { kind } } subscription B { missionChanged { kind mission { id title } } }`;
    expect(key(twoOperations, { operationName: 'B' })).not.toBe(key(twoOperations, { operationName: 'A' }));
    const withFragment = (fields: string) =>
      `subscription Watch { missionChanged { kind mission { ...Fields } } } fragment Fields on Mission { ${fields} }`;
    expect(key(withFragment('id title'))).toBe(key(`# same\n${withFragment('id, title')}`));
    expect(key(withFragment('id title'))).not.toBe(key(withFragment('id')));
  });

  it('is null for queries and mutations, which share nothing', () => {
    expect(key('query Me { viewer { id } }')).toBeNull();
    expect(key('mutation M { deleteViewer { deleted } }')).toBeNull();
  });

  it('is null when no operation of that name is in the document (such a subscription is never shared)', () => {
    expect(key(BASE, { operationName: 'Missing' })).toBeNull();
    expect(key('subscription A { missionChanged { kind } } subscription B { missionChanged { kind } }')).toBeNull();
  });
});
