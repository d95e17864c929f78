import { readFileSync } from 'node:fs';
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

/**
 * Schema elements that still lack a description. This list may only shrink: the test fails when
 * an element is missing a description and is not listed here, and when a listed element has one
 * (remove it from the list). New types, fields, arguments and enum values always need a description.
 */
const PENDING_FILE = new URL('./schema-descriptions.pending.json', import.meta.url);

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

function pendingPaths(): string[] {
  return JSON.parse(readFileSync(PENDING_FILE, 'utf8')) as string[];
}

describe('schema descriptions', () => {
  const undescribed = undescribedElements();

  it('describes every type, field, input field, argument and enum value (or lists it as pending)', () => {
    const counts = Object.fromEntries(
      (['type', 'field', 'input field', 'argument', 'enum value'] as const).map((kind) => [
        kind,
        undescribed.filter((element) => element.kind === kind).length,
      ]),
    );
    console.info('schema elements without a description:', JSON.stringify(counts));

    const pending = new Set(pendingPaths());
    const unexpected = undescribed.filter((element) => !pending.has(element.path));
    expect(unexpected.map((element) => `${element.kind} ${element.path}`)).toEqual([]);
  });

  it('lists as pending only elements that still lack a description (the list only shrinks)', () => {
    const stillMissing = new Set(undescribed.map((element) => element.path));
    expect(pendingPaths().filter((path) => !stillMissing.has(path))).toEqual([]);
  });
});
