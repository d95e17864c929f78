import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

/**
 * Every error a client can receive carries `extensions.code`, so clients can
 * branch on it. Errors raised on purpose already have one (UNAUTHENTICATED,
 * FORBIDDEN, BAD_USER_INPUT, NOT_FOUND), yoga codes its own (BAD_REQUEST,
 * GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, OPERATION_RESOLUTION_FAILURE),
 * and masked errors are INTERNAL_SERVER_ERROR. Refusals before a document is parsed carry theirs too:
 * PAYLOAD_TOO_LARGE, QUERY_TOO_COMPLEX (src/server/limits), RATE_LIMITED (src/server/rate-limiter.ts),
 * PERSISTED_QUERY_NOT_FOUND and PERSISTED_QUERY_ONLY (src/server/persisted-documents.ts); docs/clients.md
 * lists them all for clients. This fills the rest, in results:
 * - Pothos's input checks (a cursor this server never issued, a negative page size): BAD_USER_INPUT;
 * - errors before execution starts, i.e. a result without data (variables
 *   that cannot be coerced, a missing required variable): BAD_USER_INPUT;
 * - anything else a library raised as a GraphQLError without a code: INTERNAL_SERVER_ERROR.
 * Errors that will be masked (their cause is not a GraphQLError) are left to the masking, but
 * one: PostgreSQL refusing a NUL character. Inputs are checked for NUL where they are read
 * (src/domain/text.ts), but a few strings reach the database unchecked (a connection cursor is
 * decoded inside Pothos), and a NUL there is the client's doing, not a fault: BAD_USER_INPUT,
 * not a masked error with an error log line per request.
 */
export function useErrorCodes(): Plugin {
  const codeResult: Parameters<typeof handleStreamOrSingleExecutionResult>[1] = ({ result, setResult }) => {
    if (!result.errors?.some((error) => needsCode(error) || isUnstorableText(error))) return;
    const beforeExecution = !('data' in result);
    setResult({ ...result, errors: result.errors.map((error) => coded(error, beforeExecution)) });
  };
  return {
    onExecute() {
      return { onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, codeResult) };
    },
    onSubscribe() {
      return {
        onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, codeResult),
        onSubscribeError({ error, setError }) {
          if (error instanceof GraphQLError && needsCode(error)) setError(withCode(error, codeFor(error, true)));
        },
      };
    },
  };
}

function coded(error: GraphQLError, beforeExecution: boolean): GraphQLError {
  if (!isUnstorableText(error)) return withCode(error, codeFor(error, beforeExecution));
  // No originalError: the masking passes it on as is.
  return new GraphQLError('an argument holds a NUL character, which cannot be stored', {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

// PostgreSQL's character_not_in_repertoire: a NUL in text, as the Prisma driver adapter reports it.
function isUnstorableText(error: GraphQLError): boolean {
  const cause = error.originalError;
  return (
    cause?.name === 'DriverAdapterError' &&
    (cause.cause as { originalCode?: unknown } | undefined)?.originalCode === '22021'
  );
}

/** A GraphQLError meant for the client (not one to be masked) that has no code yet. */
function needsCode(error: GraphQLError): boolean {
  if (error.extensions.code !== undefined) return false;
  return !error.originalError || error.originalError instanceof GraphQLError;
}

function codeFor(error: GraphQLError, beforeExecution: boolean): string {
  if (error.originalError instanceof PothosValidationError || beforeExecution) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (!needsCode(error)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}
