import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../context/context.js';
import type { ExposureConfig } from '../config.js';

/**
 * GRAPHQL_INTROSPECTION: `on` answers `__schema`/`__type` for every token
 * holder, `off` for nobody, `admin` for admins only. Checked when the
 * operation is about to run, because only then is the viewer known (the
 * schema's own validation runs before authentication), with graphql's own
 * NoSchemaIntrospectionCustomRule; the verdict is remembered per parsed
 * document (yoga reuses the parsed document of a repeated query), so a
 * steady client pays one lookup. `__typename` stays allowed.
 */
export function useIntrospectionPolicy(mode: ExposureConfig['introspection']): Plugin {
  const verdicts = new WeakMap<DocumentNode, boolean>();
  const introspects = (schema: GraphQLSchema, document: DocumentNode): boolean => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) {
      verdict = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      verdicts.set(document, verdict);
    }
    return verdict;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (mode === 'on') return;
      const viewer = (args.contextValue as { viewer?: Viewer }).viewer;
      if (mode === 'admin' && viewer?.isAdmin) return;
      if (!introspects(args.schema, args.document)) return;
      const message =
        mode === 'admin'
          ? 'schema introspection is for admins only'
          : 'schema introspection is disabled on this server';
      setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })] });
    },
  };
}
