/**
 * Operation names come from clients, and each distinct name becomes a set of
 * Prometheus series that lives as long as the process. The first `max`
 * distinct well-formed names seen keep their own label (a deployed client's
 * operations are among the first a process sees, and the set is stable);
 * later ones share OTHER_OPERATIONS, so the series stay bounded whatever
 * names clients invent. Unnamed or malformed names are "anonymous".
 */
export const OTHER_OPERATIONS = 'other';
export const ANONYMOUS_OPERATION = 'anonymous';

// A label value stays short and plain; GraphQL names allow exactly this alphabet.
const LABEL_SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export type OperationLabeler = (name: string | undefined) => string;

export function boundedOperationLabels(max: number): OperationLabeler {
  const known = new Set<string>();
  return (name) => {
    if (name === undefined || !LABEL_SAFE_NAME.test(name)) return ANONYMOUS_OPERATION;
    if (known.has(name) || name === OTHER_OPERATIONS || name === ANONYMOUS_OPERATION) return name;
    if (known.size >= max) return OTHER_OPERATIONS;
    known.add(name);
    return name;
  };
}
