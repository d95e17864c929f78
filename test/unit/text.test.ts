import { describe, expect, it } from 'vitest';
import { textProblem } from '../../src/domain/text.js';

describe('textProblem', () => {
  it.each([
    'Run a 10k',
    'Ünïcödé — “quotes”, emoji 🏃‍♀️ and CJK 走る',
    '\u00a0non-breaking space and zero-width\u200bspace',
    '',
  ])('accepts ordinary text %j on one line and on several', (value) => {
    expect(textProblem(value, 'single')).toBeNull();
    expect(textProblem(value, 'multi')).toBeNull();
  });

  it.each([
    ['NUL', 'a\u0000b', /NUL.*U\+0000 at character 2/],
    ['a lone high surrogate', 'a\ud800b', /lone surrogate U\+D800 at character 2/],
    ['a lone high surrogate at the end', 'ab\ud83c', /lone surrogate U\+D83C at character 3/],
    ['a lone low surrogate', '\udc00ab', /lone surrogate U\+DC00 at character 1/],
    ['surrogates in the wrong order', '\udfc3\ud83c', /lone surrogate U\+DFC3/],
    ['an ANSI escape sequence', 'Run \u001b[31mnow\u001b[0m', /control characters .*U\+001B at character 5/],
    ['a bell', 'ding\u0007', /U\+0007/],
    ['a backspace', 'abc\u0008\u0008', /U\+0008/],
    ['a vertical tab', 'a\u000bb', /U\+000B/],
    ['DEL', 'a\u007f', /U\+007F/],
    ['a C1 control (CSI)', 'a\u009b31m', /U\+009B/],
    ['a C1 control (NEL)', 'a\u0085b', /U\+0085/],
    ['a lone carriage return', 'line\rover', /U\+000D/],
  ])('refuses %s on one line and on several', (_name, value, message) => {
    expect(textProblem(value, 'single')).toMatch(message);
    expect(textProblem(value, 'multi')).toMatch(message);
  });

  it('keeps line breaks and tabs in long texts only', () => {
    for (const value of ['first line\nsecond', 'windows\r\nline', 'a\ttab']) {
      expect(textProblem(value, 'multi')).toBeNull();
      expect(textProblem(value, 'single')).toMatch(/control characters or line breaks/);
    }
    expect(textProblem('a\n\u001b', 'multi')).toMatch(/other than line breaks and tabs \(U\+001B at character 3\)/);
  });

  it('accepts a surrogate pair (one character outside the BMP)', () => {
    expect(textProblem('\ud83d\ude00', 'single')).toBeNull();
  });
});
