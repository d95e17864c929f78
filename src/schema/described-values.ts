/**
 * Pothos enum values with a description each, built from a list kept elsewhere (the domain
 * vocabulary or a Prisma enum): the values are never copied here, and the map must describe every
 * value, so a value added to the list fails the typecheck until it is described.
 */
export function describedValues<const Value extends string>(
  values: readonly Value[],
  descriptions: Record<Value, string>,
): Record<Value, { description: string }> {
  return Object.fromEntries(values.map((value) => [value, { description: descriptions[value] }])) as Record<
    Value,
    { description: string }
  >;
}
