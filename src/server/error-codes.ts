import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

/**
 * Every error a client can receive carries `extensions.code`, so clients can
 * branch on it. Errors raised on purpose already have one (UNAUTHENTICATED,
 * FORBIDDEN, BAD_USER_INPUT, NOT_FOUND), yoga codes its own (BAD_REQUEST,
 * GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, OPERATION_RESOLUTION_FAILURE),
 * and masked errors are INTERNAL_SERVER_ERROR. This fills the rest, in results:
 * - Pothos's input checks (a cursor this server never issued, a negative page size): BAD_USER_INPUT;
 * - errors before execution starts, i.e. a result without data (variables
 *   that cannot be coerced, a missing required variable): BAD_USER_INPUT;
 * - anything else a library raised as a GraphQLError without a code: INTERNAL_SERVER_ERROR.
 * Errors that will be masked (their cause is not a GraphQLError) are left to the masking.
 */
export function useErrorCodes(): Plugin {
  const codeResult: Parameters<typeof handleStreamOrSingleExecutionResult>[1] = ({ result, setResult }) => {
    if (!result.errors?.some(needsCode)) return;
    const beforeExecution = !('data' in result);
    setResult({ ...result, errors: result.errors.map((error) => withCode(error, codeFor(error, beforeExecution))) });
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
