import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { queryTooComplex } from './refusal.js';

/**
 * Refuses an operation that selects more than `max` fields at its root. Each
 * root field starts its own resolver tree, and aliases let a document repeat
 * one (`a1: viewer {…} a2: viewer {…} …`). Fragments spread at the root count
 * their fields. Hand-written because no library bounds this: graphql-armor
 * counts aliases at any depth, Pothos' breadth counts every field.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countFields(context, operation.selectionSet, new Set());
      if (count > max) context.reportError(queryTooComplex('rootFields', max, count));
    },
  });
}

function countFields(context: ValidationContext, selectionSet: SelectionSetNode, spread: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countFields(context, selection.selectionSet, spread);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment spread twice at the root selects the same fields (GraphQL merges them); cycles are
      // another rule's error.
      if (!fragment || spread.has(name)) continue;
      spread.add(name);
      count += countFields(context, fragment.selectionSet, spread);
    }
  }
  return count;
}
