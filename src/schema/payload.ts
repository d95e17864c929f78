import type { ObjectRef } from '@pothos/core';
import type { GraphQLContext } from '../context/context.js';
import { UserErrorsFailure, type UserError } from '../resolvers/user-errors.js';
import type { UseCaseContext } from '../resolvers/use-case.js';
import { builder } from './builder.js';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
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
    code: t.field({ type: UserErrorCodeEnum, resolve: (error) => error.code }),
    field: t.string({
      nullable: true,
      description: 'The input field at fault, e.g. "title".',
      resolve: (error) => error.field,
    }),
    message: t.exposeString('message'),
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
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export function payloadType<T extends object>(name: string, resultField: string, resultType: ObjectRef<Types, T>) {
  return builder.objectRef<Payload<T>>(name).implement({
    fields: (t) => ({
      [resultField]: t.field({
        type: resultType as ObjectRef<Types, object>,
        nullable: true,
        resolve: (payload) => payload.result,
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
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
