import { describe, expect, it } from 'vitest';
import { boundedOperationLabels } from '../../src/observability/operation-labels.js';

describe('boundedOperationLabels', () => {
  it('keeps the first distinct names, then labels every new one "other"', () => {
    const label = boundedOperationLabels(2);
    expect(label('ViewerHome')).toBe('ViewerHome');
    expect(label('CreateGoal')).toBe('CreateGoal');
    expect(label('Invented1')).toBe('other');
    expect(label('Invented2')).toBe('other');
    // Names already known keep their label.
    expect(label('ViewerHome')).toBe('ViewerHome');
    expect(label('CreateGoal')).toBe('CreateGoal');
  });

  it('labels unnamed and malformed names "anonymous" without using a place', () => {
    const label = boundedOperationLabels(1);
    expect(label(undefined)).toBe('anonymous');
    expect(label('x'.repeat(65))).toBe('anonymous');
    expect(label('bad-name')).toBe('anonymous');
    expect(label('Kept')).toBe('Kept');
  });

  it('keeps nothing with a bound of 0', () => {
    expect(boundedOperationLabels(0)('ViewerHome')).toBe('other');
  });
});
