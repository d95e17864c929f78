import { describe, expect, it } from 'vitest';
import { encodeGlobalId, idOf, optionalIdOf } from '../../src/schema/global-id.js';
import { UserErrorsFailure } from '../../src/resolvers/user-errors.js';

function userErrorsOf(decode: () => unknown) {
  try {
    decode();
  } catch (error) {
    if (error instanceof UserErrorsFailure) return error.errors;
    throw error;
  }
  throw new Error('expected user errors');
}

describe('idOf: global IDs decoded at the edge', () => {
  it('gives the plain ID of an ID of the expected type', () => {
    expect(idOf('Goal', encodeGlobalId('Goal', 'g-1'), 'id')).toBe('g-1');
  });

  it('reports a malformed ID as invalid input on its field', () => {
    for (const bad of ['%%%not-an-id', '', encodeGlobalId('Goal', '\u0000')]) {
      expect(userErrorsOf(() => idOf('Goal', bad, 'goalId'))).toEqual([
        { code: 'VALIDATION', field: 'goalId', message: 'is not a valid ID' },
      ]);
    }
  });

  it('reports an ID of another type as a missing object of the expected type', () => {
    expect(userErrorsOf(() => idOf('Mission', encodeGlobalId('Goal', 'g-1'), 'id'))).toEqual([
      { code: 'NOT_FOUND', field: 'id', message: 'Mission not found' },
    ]);
  });

  it('passes an absent or null optional ID through', () => {
    expect(optionalIdOf('Goal', undefined, 'goalId')).toBeUndefined();
    expect(optionalIdOf('Goal', null, 'goalId')).toBeNull();
    expect(optionalIdOf('Goal', encodeGlobalId('Goal', 'g-2'), 'goalId')).toBe('g-2');
  });
});
