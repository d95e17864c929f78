import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema/index.js';

type Kind = 'type' | 'field' | 'input field' | 'argument' | 'enum value';

interface Undescribed {
  kind: Kind;
  /** `Type`, `Type.field`, `Type.field(argument)` or `Enum.VALUE`. */
  path: string;
}

function isDescribed(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

function undescribedArguments(owner: string, args: readonly GraphQLArgument[]): Undescribed[] {
  return args
    .filter((arg) => !isDescribed(arg.description))
    .map((arg) => ({ kind: 'argument' as const, path: `${owner}(${arg.name})` }));
}

function undescribedIn(type: GraphQLNamedType): Undescribed[] {
  const found: Undescribed[] = [];
  if (!isDescribed(type.description)) found.push({ kind: 'type', path: type.name });
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      const path = `${type.name}.${field.name}`;
      if (!isDescribed(field.description)) found.push({ kind: 'field', path });
      found.push(...undescribedArguments(path, field.args));
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!isDescribed(field.description)) found.push({ kind: 'input field', path: `${type.name}.${field.name}` });
    }
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!isDescribed(value.description)) found.push({ kind: 'enum value', path: `${type.name}.${value.name}` });
    }
  }
  return found;
}

function undescribedElements(): Undescribed[] {
  return Object.values(getSchema().getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .flatMap(undescribedIn);
}

// Clients read the schema through introspection (GraphiQL, codegen): every element says what it is.
describe('schema descriptions', () => {
  it('describes every type, field, input field, argument and enum value', () => {
    const undescribed = undescribedElements();
    const counts = Object.fromEntries(
      (['type', 'field', 'input field', 'argument', 'enum value'] as const).map((kind) => [
        kind,
        undescribed.filter((element) => element.kind === kind).length,
      ]),
    );
    console.info('schema elements without a description:', JSON.stringify(counts));

    expect(undescribed.map((element) => `${element.kind} ${element.path}`)).toEqual([]);
  });
});
