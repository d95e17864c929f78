/** The nodes of a connection page, in order: what a test means by "the list". */
export function nodesOf<Node>(connection: { edges: readonly { node: Node }[] }): Node[];
// Untyped results (`any`) stay untyped, as the tests that read them expect.
export function nodesOf(connection: any): any[];
export function nodesOf(connection: { edges: readonly { node: unknown }[] }): unknown[] {
  return connection.edges.map((edge) => edge.node);
}
