import { describe, expect, it } from 'vitest';
import { developmentWelcome } from '../../src/server/dev-welcome.js';

describe('the development welcome printed at start-up', () => {
  it('gives the GraphiQL address and the header in plain, pasteable text', () => {
    const text = developmentWelcome({ graphiqlUrl: 'http://localhost:4000/graphql', userId: 'dev', token: 'a.b.c' });
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines).toContain('GraphiQL:  http://localhost:4000/graphql');
    // The JSON for GraphiQL's Headers tab parses as it is printed (no escaped quotes).
    const json = lines.find((line) => line.startsWith('{'));
    expect(JSON.parse(json!)).toEqual({ Authorization: 'Bearer a.b.c' });
    expect(lines).toContain('Authorization: Bearer a.b.c');
  });

  it('says GraphiQL is off rather than giving an address that serves nothing', () => {
    const text = developmentWelcome({ graphiqlUrl: null, userId: 'dev', token: 'a.b.c' });
    expect(text).toContain('GraphiQL is off (GRAPHQL_INTROSPECTION=off)');
    expect(text).not.toContain('http://');
  });
});
