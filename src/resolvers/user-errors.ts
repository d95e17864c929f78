import type { z } from 'zod';

/**
 * Expected failures travel as data: a use case throws UserErrorsFailure (so
 * any open transaction rolls back), and the schema layer turns it into the
 * payload's `userErrors`. Anything else is unexpected and gets masked.
 */
export type UserErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'INVALID_STATE' | 'RATE_LIMITED' | 'LIMIT_REACHED';

export interface UserError {
  code: UserErrorCode;
  /** The input field at fault, e.g. "title" or "goalId"; null when no single field is. */
  field: string | null;
  message: string;
  /** RATE_LIMITED: when the spent budget allows the request again. */
  resetsAt?: Date;
}

export class UserErrorsFailure extends Error {
  override name = 'UserErrorsFailure';
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

export function notFound(field: string, what: string): UserErrorsFailure {
  return new UserErrorsFailure([{ code: 'NOT_FOUND', field, message: `${what} not found` }]);
}

export function invalidState(field: string | null, message: string): UserErrorsFailure {
  return new UserErrorsFailure([{ code: 'INVALID_STATE', field, message }]);
}

export function rateLimited(field: string | null, message: string, resetsAt: Date): UserErrorsFailure {
  return new UserErrorsFailure([{ code: 'RATE_LIMITED', field, message, resetsAt }]);
}

export function limitReached(field: string | null, message: string): UserErrorsFailure {
  return new UserErrorsFailure([{ code: 'LIMIT_REACHED', field, message }]);
}

/** Validates input against a zod schema, reporting every problem with its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UserErrorsFailure(
    result.error.issues.map((issue) => ({
      code: 'VALIDATION' as const,
      field: issue.path.length > 0 ? issue.path.join('.') : null,
      message: issue.message,
    })),
  );
}
