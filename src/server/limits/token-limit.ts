import { Lexer, parse, Source, TokenKind, type DocumentNode, type ParseOptions } from 'graphql';
import { queryTooComplex } from './refusal.js';

/**
 * A parse function that stops after `max` tokens, before building the rest of
 * the document: graphql-js' own `maxTokens` option (what graphql-armor's
 * max-tokens plugin re-implements for older graphql versions). Only once the
 * parser gave up are the tokens counted to the end, to tell the client how
 * many there were; the body limit bounds that count's work.
 */
export function parseWithTokenLimit(max: number) {
  return (source: string | Source, options?: ParseOptions): DocumentNode => {
    try {
      return parse(source, { ...options, maxTokens: max });
    } catch (error) {
      const tokens = countTokens(source);
      if (tokens > max) throw queryTooComplex('tokens', max, tokens);
      throw error;
    }
  };
}

/** The document's tokens, as the parser counts them (comments excluded); up to the first lexical error. */
export function countTokens(source: string | Source): number {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexical error ends the count: the tokens before it are what the parser saw.
  }
  return count;
}
