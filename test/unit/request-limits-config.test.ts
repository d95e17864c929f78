import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('request limit settings', () => {
  it('default to 100 KB bodies, 64 KB WebSocket messages and the documented query limits', () => {
    expect(loadConfig({}).requestLimits).toEqual({
      maxBodyBytes: 102_400,
      maxWebSocketMessageBytes: 65_536,
      query: { depth: 10, aliases: 15, rootFields: 10, directives: 20, tokens: 2000, cost: 10_000 },
    });
  });

  it('reads each from its variable, 0 switching it off', () => {
    const config = loadConfig({
      MAX_BODY_BYTES: '0',
      MAX_WEBSOCKET_MESSAGE_BYTES: '1024',
      MAX_QUERY_DEPTH: '0',
      MAX_QUERY_ALIASES: '3',
      MAX_QUERY_ROOT_FIELDS: '0',
      MAX_QUERY_DIRECTIVES: '4',
      MAX_QUERY_TOKENS: '0',
      MAX_QUERY_COST: '500',
    });
    expect(config.requestLimits).toEqual({
      maxBodyBytes: null,
      maxWebSocketMessageBytes: 1024,
      query: { depth: null, aliases: 3, rootFields: null, directives: 4, tokens: null, cost: 500 },
    });
  });

  it.each([
    [{ MAX_BODY_BYTES: '100kb' }, 'MAX_BODY_BYTES'],
    [{ MAX_WEBSOCKET_MESSAGE_BYTES: '-1' }, 'MAX_WEBSOCKET_MESSAGE_BYTES'],
    [{ MAX_QUERY_DEPTH: '2.5' }, 'MAX_QUERY_DEPTH'],
    [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
