import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Whether a global ID's type is one `node`/`nodes` can load: an object type
 * implementing Node. IDs of other types (a payload, the viewer, a type that
 * does not exist) name nothing loadable, so they are answered like a missing
 * object: null.
 */
export function isNodeTypename(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === 'Node');
}
