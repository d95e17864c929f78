import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { GraphQLContext } from '../context/context.js';
import { UserErrorsFailure, type UserError } from '../resolvers/user-errors.js';
import type { UseCaseContext } from '../resolvers/use-case.js';
import { builder, type Types } from './builder.js';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'What kind of expected failure a user error is.',
  values: {
    VALIDATION: { description: 'The input is malformed or out of range; `field` names it.' },
    NOT_FOUND: { description: 'The object does not exist or belongs to someone else.' },
    INVALID_STATE: { description: 'The object is in a state that does not allow this change.' },
    RATE_LIMITED: {
      description: "The user's budget of model-backed work is spent; `resetsAt` says when it allows this again.",
    },
    LIMIT_REACHED: {
      description: 'A per-user cap is reached (e.g. open adventures); the message says how to free a place.',
    },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'An expected failure, returned as data. Nothing was changed when a payload carries any.',
  fields: (t) => ({
    code: t.field({
      type: UserErrorCodeEnum,
      description: 'What kind of failure; branch on this.',
      resolve: (error) => error.code,
    }),
    field: t.string({
      nullable: true,
      description: 'The input field at fault, e.g. "title".',
      resolve: (error) => error.field,
    }),
    message: t.exposeString('message', { description: 'A human-readable explanation, fit to show the user.' }),
    resetsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'RATE_LIMITED: the instant the budget allows the request again.',
      resolve: (error) => error.resetsAt ?? null,
    }),
  }),
});

export interface Payload<T> {
  result: T | null;
  userErrors: UserError[];
}

/** A mutation payload: the changed object (null on failure) and the user errors. */
export function payloadType<T extends object>(name: string, resultField: string, resultType: ObjectRef<Types, T>) {
  return builder.objectRef<Payload<T>>(name).implement({
    description: `What a mutation returns: the ${resultField} it created or changed, or the user errors that stopped it.`,
    fields: (t) => ({
      [resultField]: t.field({
        type: resultType as ObjectRef<Types, object>,
        nullable: true,
        description: `The ${resultField} after the change; null when there are user errors.`,
        resolve: (payload) => payload.result,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why nothing was changed; empty on success.',
        resolve: (payload) => payload.userErrors,
      }),
    }),
  });
}

/** Runs a use case, turning its expected failures into data; anything else propagates (and is masked). */
export async function asPayload<T>(work: () => Promise<T>): Promise<Payload<T>> {
  try {
    return { result: await work(), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsFailure) return { result: null, userErrors: error.errors };
    throw error;
  }
}

export function useCaseContext(context: GraphQLContext): UseCaseContext {
  return context;
}

export interface PayloadMutation<Input, Result> {
  description?: string;
  /** Beyond a signed-in viewer, which every mutation needs. */
  authScopes?: { admin: boolean };
  input: InputObjectRef<Types, Input>;
  payload: ObjectRef<Types, Payload<Result>>;
  /**
   * Maps the GraphQL input to the use case and calls it: global IDs are
   * decoded here (idOf), so a bad one is a user error like any other.
   */
  run: (context: UseCaseContext, input: Input) => Promise<Result>;
}

/**
 * Every mutation has one shape: a required `input`, a payload of the changed
 * object and `userErrors`, and a use case whose expected failures become
 * those errors.
 */
export function payloadMutation<Input, Result>(
  name: string,
  { input, payload, run, ...options }: PayloadMutation<Input, Result>,
): void {
  builder.mutationField(name, (t) =>
    t.field({
      ...options,
      // A mutation with its own scope (admin only) is refused to others with FORBIDDEN and null; the rest
      // always answer with a payload.
      nullable: options.authScopes !== undefined,
      type: payload,
      args: { input: t.arg({ type: input, required: true, description: 'What to change.' }) },
      // Pothos cannot resolve the argument's shape for a generic input type; `input` is required, so it is there.
      resolve: (_root, args, context) =>
        asPayload(() => run(useCaseContext(context), (args as { input: Input }).input)),
    }),
  );
}
