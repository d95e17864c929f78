import { describe, expect, it } from 'vitest';
import { QUEST_DESCRIPTION_MAX, QUEST_TITLE_MAX, type GoalContext } from '../../src/domain/quest-types.js';
import { truncateAtWord, validateProposals, type RawProposal } from '../../src/domain/quest-validation.js';

const GOALS: GoalContext[] = [
  {
    id: 'g-run',
    title: 'Run a 10k',
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 4,
    targetDate: null,
    lastWorkedAt: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
  },
];

function raw(overrides: RawProposal = {}): RawProposal {
  return {
    goalId: 'g-run',
    title: 'Jog around the park',
    description: 'Easy pace.',
    estimatedMinutes: 20,
    energyLevel: 'MEDIUM',
    valueCategory: 'HEALTH',
    ...overrides,
  };
}

const one = (item: unknown) => validateProposals([item], GOALS);

describe('validateProposals: accepted items', () => {
  it('accepts a well-formed proposal unchanged', () => {
    expect(one(raw())).toEqual({
      valid: [
        {
          goalId: 'g-run',
          title: 'Jog around the park',
          description: 'Easy pace.',
          estimatedMinutes: 20,
          energyLevel: 'MEDIUM',
          valueCategory: 'HEALTH',
        },
      ],
      rejected: [],
    });
  });

  it('takes a missing category from the goal', () => {
    expect(one(raw({ valueCategory: undefined })).valid[0]!.valueCategory).toBe('HEALTH');
  });

  it('rounds then clamps minutes to 10..30', () => {
    const minutes = (m: number) => one(raw({ estimatedMinutes: m })).valid[0]!.estimatedMinutes;
    expect(minutes(5)).toBe(10);
    expect(minutes(45)).toBe(30);
    expect(minutes(17.6)).toBe(18);
    expect(minutes(9.6)).toBe(10);
    expect(minutes(-3)).toBe(10);
  });

  it('normalises lowercase and padded enums to upper case', () => {
    const { valid } = one(raw({ energyLevel: 'low', valueCategory: ' Craft ' }));
    expect(valid[0]!.energyLevel).toBe('LOW');
    expect(valid[0]!.valueCategory).toBe('CRAFT');
  });

  it('takes a missing category from the goal', () => {
    const { valueCategory: _omitted, ...withoutCategory } = raw();
    expect(one(withoutCategory).valid[0]!.valueCategory).toBe('HEALTH');
    expect(one(raw({ valueCategory: null })).valid[0]!.valueCategory).toBe('HEALTH');
  });

  it('trims titles, collapses whitespace and strips control characters', () => {
    const { valid } = one(
      raw({ title: '  Jog\n\taround\u0007 the   park ', description: ' Easy\u0000 pace.\nThen stretch. ' }),
    );
    expect(valid[0]!.title).toBe('Jog around the park');
    expect(valid[0]!.description).toBe('Easy pace.\nThen stretch.');
    expect(one(raw({ title: 'Jog \u0007 around\u001b the park' })).valid[0]!.title).toBe('Jog around the park');
    expect(one(raw({ description: 'Line one\r\nLine\u0085 two' })).valid[0]!.description).toBe('Line one\nLine two');
  });

  it('uses an empty description when it is missing', () => {
    const { description: _omitted, ...withoutDescription } = raw();
    expect(one(withoutDescription).valid[0]!.description).toBe('');
  });

  it('truncates a long description at a word boundary with an ellipsis', () => {
    const description = 'word '.repeat(200).trim(); // 999 characters
    const result = one(raw({ description })).valid[0]!.description;
    expect(result.length).toBeLessThanOrEqual(QUEST_DESCRIPTION_MAX);
    expect(result.length).toBeGreaterThan(QUEST_DESCRIPTION_MAX - 10);
    expect(result.endsWith('word…')).toBe(true);
    expect(result).not.toMatch(/\s…$/);
  });

  it('accepts a title of exactly the maximum length', () => {
    const title = 'x'.repeat(QUEST_TITLE_MAX);
    expect(one(raw({ title })).valid[0]!.title).toBe(title);
  });
});

describe('validateProposals: rejected items', () => {
  const reason = (item: unknown): string | undefined => one(item).rejected[0]?.reason;

  it("rejects a goal id that is not one of the user's active goals", () => {
    expect(one(raw({ goalId: 'someone-elses-goal' }))).toEqual({
      valid: [],
      rejected: [{ index: 0, code: 'UNKNOWN_GOAL', reason: 'unknown goal' }],
    });
    expect(reason(raw({ goalId: 42 }))).toBe('unknown goal');
  });

  it('rejects a quest without a goal: generated quests always serve one of the active goals', () => {
    expect(one(raw({ goalId: null })).rejected).toEqual([{ index: 0, code: 'NO_GOAL', reason: 'no goal' }]);
    const { goalId: _omitted, ...withoutGoal } = raw();
    expect(one(withoutGoal).rejected).toEqual([{ index: 0, code: 'NO_GOAL', reason: 'no goal' }]);
  });

  it('rejects non-object items', () => {
    const result = validateProposals(['a quest', null, 7, [raw()], raw()], GOALS);
    expect(result.rejected).toEqual([
      { index: 0, code: 'INVALID', reason: 'not an object' },
      { index: 1, code: 'INVALID', reason: 'not an object' },
      { index: 2, code: 'INVALID', reason: 'not an object' },
      { index: 3, code: 'INVALID', reason: 'not an object' },
    ]);
    expect(result.valid).toHaveLength(1);
  });

  it('rejects an overlong title instead of truncating it, and a too-short one', () => {
    expect(reason(raw({ title: 'x'.repeat(QUEST_TITLE_MAX + 1) }))).toBe('title too long');
    expect(reason(raw({ title: '  a \n ' }))).toBe('title too short');
    expect(reason(raw({ title: 12 }))).toBe('invalid title');
  });

  it('rejects a title already pending, ignoring case, spacing and punctuation', () => {
    const result = validateProposals(
      [raw({ title: '  jog AROUND   the park! ' }), raw({ title: 'Swim two lengths' })],
      GOALS,
      { pendingTitles: ['Jog around the park.'] },
    );
    expect(result.rejected).toEqual([{ index: 0, code: 'ALREADY_PENDING', reason: 'already pending' }]);
    expect(result.valid.map((quest) => quest.title)).toEqual(['Swim two lengths']);
  });

  it('rejects unknown enum values', () => {
    expect(reason(raw({ energyLevel: 'EXTREME' }))).toBe('invalid energyLevel');
    expect(reason(raw({ energyLevel: undefined }))).toBe('invalid energyLevel');
    expect(reason(raw({ valueCategory: 'WEALTH' }))).toBe('invalid valueCategory');
  });

  it('rejects non-numeric minutes', () => {
    expect(reason(raw({ estimatedMinutes: '20' }))).toBe('invalid estimatedMinutes');
    expect(reason(raw({ estimatedMinutes: Number.NaN }))).toBe('invalid estimatedMinutes');
    expect(reason(raw({ estimatedMinutes: Infinity }))).toBe('invalid estimatedMinutes');
  });

  it('keeps the first of duplicate titles (case-insensitive) and rejects the rest', () => {
    const result = validateProposals(
      [
        raw({ title: 'Jog around the park', estimatedMinutes: 10 }),
        raw({ title: 'JOG AROUND  the park', estimatedMinutes: 30 }),
        raw({ title: 'Stretch' }),
      ],
      GOALS,
    );
    expect(result.valid.map((q) => [q.title, q.estimatedMinutes])).toEqual([
      ['Jog around the park', 10],
      ['Stretch', 20],
    ]);
    expect(result.rejected).toEqual([{ index: 1, code: 'DUPLICATE_TITLE', reason: 'duplicate title' }]);
  });

  it('does not let an invalid first copy shadow a valid duplicate', () => {
    const result = validateProposals([raw({ energyLevel: 'nope' }), raw()], GOALS);
    expect(result.valid).toHaveLength(1);
    expect(result.rejected).toEqual([{ index: 0, code: 'INVALID', reason: 'invalid energyLevel' }]);
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone and cuts long text to the limit', () => {
    expect(truncateAtWord('short text', 20)).toBe('short text');
    expect(truncateAtWord('alpha beta gamma delta', 15)).toBe('alpha beta…');
    // No space in the second half: a hard cut beats losing most of the text.
    expect(truncateAtWord('a bcdefghijklmnop', 10)).toBe('a bcdefgh…');
  });
});
