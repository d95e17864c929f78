import { GraphQLError } from 'graphql';

export type QueryLimitName = 'depth' | 'aliases' | 'rootFields' | 'directives' | 'tokens' | 'cost';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const MEASURES: Record<QueryLimitName, string> = {
  depth: 'query depth',
  aliases: 'number of aliases',
  rootFields: 'number of root fields',
  directives: 'number of directives',
  tokens: 'number of tokens',
  cost: 'query cost',
};

/**
 * The one refusal every query limit gives, over every transport: it names the
 * limit and the measured value so a client can fix its operation.
 */
export function queryTooComplex(limit: QueryLimitName, max: number, actual: number): GraphQLError {
  return new GraphQLError(`Query refused: its ${MEASURES[limit]} is ${actual}, above the limit of ${max} (${limit}).`, {
    // Marked as yoga marks its own validation errors: 400 for application/graphql-response+json, 200 for
    // application/json (GraphQL over HTTP), whichever phase refuses.
    extensions: { code: QUERY_TOO_COMPLEX, limit, max, actual, http: { status: 400, spec: true } },
  });
}
