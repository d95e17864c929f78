import {
  Kind,
  OperationTypeNode,
  getOperationAST,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import type { Viewer } from '../context/context.js';

/**
 * What makes two subscriptions identical, so that they share one execution
 * per event (shared-subscriptions.ts): the same viewer, the same selection and
 * the same variables. The selection is the operation as the parser understood
 * it, printed: comments, whitespace, commas and the operation's own name change
 * nothing a subscriber receives, so documents that differ only in those share.
 * Anything that can change the answer (a field, an alias, an argument, a
 * directive, a fragment, a variable) keeps them apart.
 *
 * Null when the document has no operation by that name (executing it reports
 * the error to its own client), and for queries and mutations, which run once
 * and share nothing: graphql-ws hands them to the same preparation, and
 * printing their documents would be work for nothing.
 */
export function subscriptionShareKey(
  viewer: Viewer,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): string | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return null;
  const fragments = document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => print(fragment))
    .sort();
  // The whole viewer (id and role): what a subscription may see depends on both.
  return JSON.stringify([viewer, print({ ...operation, name: undefined }), fragments, variables ?? null]);
}
