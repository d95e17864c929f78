import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/domain/client-address.js';

describe('clientAddress', () => {
  it('uses the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
  });

  it('takes the entry the nearest trusted proxies appended, ignoring what the client wrote before it', () => {
    // The client forged "1.1.1.1"; the one proxy appended the address it saw.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', 1)).toBe('198.51.100.7');
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddress('10.0.0.3', '1.1.1.1, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
  });

  it('joins repeated headers and falls back sensibly on short or missing ones', () => {
    expect(clientAddress('10.0.0.2', ['1.1.1.1', '198.51.100.7'], 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '198.51.100.7', 3)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', ' , ', 1)).toBe('10.0.0.2');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });
});
