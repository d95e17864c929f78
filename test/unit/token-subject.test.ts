import { describe, expect, it } from 'vitest';
import { isUsableSubject, SUBJECT_MAX_LENGTH } from '../../src/domain/token-subject.js';

describe('isUsableSubject', () => {
  it.each([
    'auth0|abc123',
    'google-oauth2|108473268372018479234',
    '108473268372018479234',
    '5f0c8b1e-3a7d-4e2b-9c61-1f2d3e4a5b6c',
    'ada@example.com',
    'first.last+tag@example.co.uk',
    'samlp|Corp|ada@example.com',
    '000123.8f2e1b0c4d5a6b7c8d9e0f1a2b3c4d5e.1234',
    'https://idp.example.com/users/42',
    'dev',
    'x'.repeat(SUBJECT_MAX_LENGTH),
  ])('accepts a real identity provider subject: %s', (subject) => {
    expect(isUsableSubject(subject)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['overlong', 'x'.repeat(SUBJECT_MAX_LENGTH + 1)],
    ['NUL', 'ada\u0000'],
    ['a control character', 'ada\u001b[0m'],
    ['DEL', 'ada\u007f'],
    ['a lone surrogate', 'ada\ud800'],
    ['a space', 'ada lovelace'],
    ['a leading space', ' ada'],
    ['a newline', 'ada\n'],
    ['a tab', 'a\tda'],
    ['non-ASCII', 'adà'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
  ])('refuses %s', (_name, subject) => {
    expect(isUsableSubject(subject)).toBe(false);
  });
});
