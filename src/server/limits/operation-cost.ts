import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describeField, itemsUnder, type FieldShape, type PageSizes } from './field-cost.js';

// A schema's fields do not change: their shapes are read once.
const shapes = new WeakMap<object, FieldShape>();

/**
 * The cost of the operation a request selects (field-cost.ts has the model),
 * with its variables coerced as execution will coerce them. Null when the
 * operation cannot run at all (unknown operation, invalid variables):
 * execution then refuses it before any resolver runs.
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) cost 1 and are not
 * walked: GraphQL's own MaxIntrospectionDepthRule bounds their nesting, and
 * GraphiQL's schema query must pass.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  pages: PageSizes,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  return costWithVariables(schema, document, operation, coerced.coerced, pages);
}

/** The cost of one operation of the document, given its coerced variable values. */
export function costWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
  pages: PageSizes,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment spread in many places is costed once per parent type: without this, fragments that
  // spread each other twice over would make the walk itself exponential.
  const known = new Map<SelectionSetNode, Map<GraphQLNamedType, number>>();
  const walking = new Set<SelectionSetNode>();

  const costOf = (selectionSet: SelectionSetNode, type: GraphQLNamedType): number => {
    const cached = known.get(selectionSet)?.get(type);
    if (cached !== undefined) return cached;
    // Fragment cycles are a validation error; validation has run before this.
    if (walking.has(selectionSet)) return 0;
    walking.add(selectionSet);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += 1;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
        const field = fields?.[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const args = () => getArgumentValues(field, selection, variableValues);
        let shape = shapes.get(field);
        if (!shape) shapes.set(field, (shape = describeField(field)));
        cost += itemsUnder(shape, args, pages) * costOf(selection.selectionSet, getNamedType(field.type));
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition && schema.getType(fragment.typeCondition.name.value);
        cost += costOf(fragment.selectionSet, condition ?? type);
      }
    }
    walking.delete(selectionSet);
    if (!known.has(selectionSet)) known.set(selectionSet, new Map());
    known.get(selectionSet)!.set(type, cost);
    return cost;
  };

  return costOf(operation.selectionSet, root);
}
