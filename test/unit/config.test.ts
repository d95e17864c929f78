import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database and a development secret in .data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      database: { kind: 'embedded', dataDir: '.data' },
      auth: { kind: 'dev-secret', dataDir: '.data' },
    });
  });

  it('selects PostgreSQL and HS256 from the environment', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/q', JWT_SECRET: 's'.repeat(32), PORT: '8080' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgresql://u@db:5432/q' });
    expect(config.auth).toEqual({ kind: 'secret', secret: 's'.repeat(32), issuer: undefined, audience: undefined });
    expect(config.port).toBe(8080);
  });

  it('reads an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', SHUTDOWN_TIMEOUT_MS: ' ', DATABASE_URL: '' })).toMatchObject({
      port: 4000,
      shutdownTimeoutMs: 30_000,
      database: { kind: 'embedded' },
    });
  });

  it('lets a production worker run without JWT settings, accepting no token, but not an API', () => {
    const server = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/questline' };
    expect(loadConfig({ ...server, QUESTLINE_ROLE: 'worker' }).auth).toEqual({ kind: 'none' });
    expect(() => loadConfig({ ...server, QUESTLINE_ROLE: 'api' })).toThrow('JWT_SECRET or JWT_JWKS_URL');
  });

  it('exposes nothing cross-origin and no introspection by default in production; loopback and introspection in development', () => {
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) });
    expect(production.exposure).toEqual({
      cors: { origins: [], localhost: false },
      introspection: 'off',
      documents: 'persisted',
      maxOperationNames: 100,
    });
    expect(loadConfig({}).exposure).toEqual({
      cors: { origins: [], localhost: true },
      introspection: 'on',
      documents: 'any',
      maxOperationNames: 100,
    });
    const configured = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 's'.repeat(32),
      CORS_ORIGINS: 'https://app.example.com, https://admin.example.com:8443',
      GRAPHQL_INTROSPECTION: 'admin',
      METRICS_MAX_OPERATION_NAMES: '20',
      GRAPHQL_DOCUMENTS: 'any',
    });
    expect(configured.exposure).toEqual({
      cors: { origins: ['https://app.example.com', 'https://admin.example.com:8443'], localhost: false },
      introspection: 'admin',
      documents: 'any',
      maxOperationNames: 20,
    });
  });

  it.each([
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://app.example.com/' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://app.example.com,app.example.com' }, 'CORS_ORIGINS'],
    [{ GRAPHQL_INTROSPECTION: 'yes' }, 'GRAPHQL_INTROSPECTION'],
    [{ GRAPHQL_DOCUMENTS: 'all' }, 'GRAPHQL_DOCUMENTS'],
    [{ METRICS_MAX_OPERATION_NAMES: '-1' }, 'METRICS_MAX_OPERATION_NAMES'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_JWKS_URL: 'ftp://idp' }, 'JWT_JWKS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ METRICS_TOKEN: 'too-short' }, 'METRICS_TOKEN'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET or JWT_JWKS_URL'],
    [{ JWT_SECRET: 's'.repeat(32), JWT_JWKS_URL: 'https://idp/jwks' }, 'JWT_SECRET and JWT_JWKS_URL'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
