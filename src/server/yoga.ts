import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { GraphQLContext, Services, Viewer } from '../context/context.js';
import { getSchema, type SchemaOptions } from '../schema/index.js';
import type { Authenticator } from './authenticate.js';
import { useOperationMetrics } from '../observability/graphql-metrics.js';
import type { ExposureConfig } from '../config.js';
import { corsOptions, useVaryOnOrigin } from './cors.js';
import { useEndSubscriptionsOnAccountDeletion } from './account-deletion.js';
import { useErrorCodes } from './error-codes.js';
import { createGraphiQLRenderer, graphiqlOptions } from './graphiql.js';
import { useIntrospectionPolicy } from './introspection.js';
import type { QueryLimits } from './limits/config.js';
import { useQueryLimits } from './limits/query-limits.js';
import type { PersistedDocumentsGate } from './persisted-documents.js';

export const GRAPHQL_PATH = '/graphql';

interface ServerContext {
  /** Set by the WebSocket layer, which authenticates once per connection. */
  viewer?: Viewer;
}

export type QuestlineYoga = YogaServerInstance<ServerContext, GraphQLContext>;

export function createQuestlineYoga(
  services: Services,
  authenticate: Authenticator,
  logger: Logger,
  exposure: ExposureConfig,
  limits: { query: QueryLimits; maxBodyBytes: number | null },
  schemaOptions: SchemaOptions,
  persistedDocuments: PersistedDocumentsGate,
): QuestlineYoga {
  return createYoga<ServerContext, GraphQLContext>({
    schema: getSchema(schemaOptions),
    graphqlEndpoint: GRAPHQL_PATH,
    // GraphiQL is no use without introspection, and shows the API to anyone who finds it.
    graphiql: exposure.introspection !== 'off' && graphiqlOptions(),
    // From the installed packages, not a CDN (src/server/graphiql.ts).
    renderGraphiQL: createGraphiQLRenderer(),
    cors: corsOptions(exposure.cors),
    landingPage: false,
    // The body was read and limited before yoga (limits/body-limit.ts). Yoga's own limit would pipe
    // it through a byte-counting stream a second time: a stream pipeline, a transform stream and an
    // aborted AbortController per request, about 5% of a read-path request's CPU in the profile.
    // With our limit switched off (MAX_BODY_BYTES=0), yoga's default stays as the backstop.
    ...(limits.maxBodyBytes !== null && { maxRequestBodySize: false as const }),
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // GraphQLErrors raised on purpose (auth, bad IDs, bad scalars, variable
        // coercion) are meant for the client; anything else is a bug to hide.
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
        logger.error({ err: original ?? error }, 'unexpected error in a GraphQL operation');
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    // Metrics first: an operation refused for its cost is still counted.
    plugins: [
      useOperationMetrics(services.metrics),
      // Turns a document id into its text before anything parses it (GRAPHQL_DOCUMENTS).
      persistedDocuments.plugin,
      ...useQueryLimits(limits.query),
      useErrorCodes(),
      useIntrospectionPolicy(exposure.introspection),
      useVaryOnOrigin(),
      useEndSubscriptionsOnAccountDeletion(services.pubsub),
    ],
    context: async ({ request, viewer }) => ({
      ...services,
      viewer: viewer ?? (await authenticate(request.headers.get('authorization'))),
    }),
  });
}
