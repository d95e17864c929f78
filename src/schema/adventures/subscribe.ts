import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../context/context.js';
import { ownAdventure } from '../../resolvers/adventures/load.js';
import { UserErrorsFailure } from '../../resolvers/user-errors.js';
import { idOf } from '../global-id.js';
import { useCaseContext } from '../payload.js';

/**
 * Subscribing to an adventure is allowed to its owner only; anyone else is
 * told it does not exist. Subscriptions have no payload to carry user errors,
 * so a bad ID or a missing adventure is an error with code NOT_FOUND.
 */
export async function ownAdventureId(context: GraphQLContext, globalId: string): Promise<string> {
  try {
    const id = idOf('AdventureSession', globalId, 'adventureId');
    return (await ownAdventure(context.prisma, useCaseContext(context), id)).id;
  } catch (error) {
    if (error instanceof UserErrorsFailure) {
      throw new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND', field: 'adventureId' } });
    }
    throw error;
  }
}

export async function* subscribeTo<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
  yield* iterable;
}
