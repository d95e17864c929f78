import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isOrigin } from '../../src/domain/cors-origins.js';

describe('isAllowedOrigin', () => {
  const production = { origins: ['https://app.example.com', 'https://admin.example.com:8443'], localhost: false };
  const development = { origins: [], localhost: true };

  it('allows exactly the listed origins', () => {
    expect(isAllowedOrigin('https://app.example.com', production)).toBe(true);
    expect(isAllowedOrigin('https://admin.example.com:8443', production)).toBe(true);
    for (const origin of [
      'https://evil.example',
      'http://app.example.com',
      'https://app.example.com:444',
      'https://app.example.com.evil.example',
      'https://sub.app.example.com',
      'null',
      'http://localhost:3000',
    ]) {
      expect(isAllowedOrigin(origin, production)).toBe(false);
    }
  });

  it('allows any loopback origin over http in development, and nothing else', () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost']) {
      expect(isAllowedOrigin(origin, development)).toBe(true);
    }
    for (const origin of [
      'https://evil.example',
      'http://localhost.evil.example',
      'http://localhost:3000.evil.example',
      'http://127.0.0.2:3000',
      'null',
    ]) {
      expect(isAllowedOrigin(origin, development)).toBe(false);
    }
  });
});

describe('isOrigin', () => {
  it('accepts scheme, host and port, and nothing after', () => {
    expect(isOrigin('https://app.example.com')).toBe(true);
    expect(isOrigin('http://localhost:3000')).toBe(true);
    for (const text of [
      'https://app.example.com/',
      'https://app.example.com/path',
      '*',
      'app.example.com',
      'ftp://x',
    ]) {
      expect(isOrigin(text)).toBe(false);
    }
  });
});
