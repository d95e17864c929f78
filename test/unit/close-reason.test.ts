import { describe, expect, it } from 'vitest';
import { CLOSE_REASON_MAX_BYTES, closeReason } from '../../src/domain/close-reason.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('closeReason', () => {
  it('keeps a reason that fits', () => {
    expect(closeReason('token has expired')).toBe('token has expired');
    const exact = 'x'.repeat(CLOSE_REASON_MAX_BYTES);
    expect(closeReason(exact)).toBe(exact);
  });

  it('cuts a longer ASCII reason to 123 bytes', () => {
    expect(closeReason('y'.repeat(200))).toBe('y'.repeat(123));
  });

  it('never cuts a multi-byte character in two', () => {
    // "é" is 2 bytes: 61 of them are 122 bytes, and the 62nd would make 124.
    const reason = closeReason('é'.repeat(100));
    expect(reason).toBe('é'.repeat(61));
    expect(bytes(reason)).toBe(122);
    // A 4-byte emoji after 120 bytes of ASCII does not fit into the 3 bytes left.
    expect(closeReason(`${'a'.repeat(120)}🗝️`)).toBe('a'.repeat(120));
  });

  it('honours a smaller limit', () => {
    expect(closeReason('token is malformed', 5)).toBe('token');
  });
});
