/**
 * What a developer copies at start-up, in plain text: the GraphiQL address and the header that
 * authenticates. The same facts are in a JSON log line for machines, where the header's quotes
 * come out escaped (`{\"Authorization\": …}`) and cannot be pasted as they are.
 */
export function developmentWelcome({
  graphiqlUrl,
  userId,
  token,
}: {
  /** null when GraphiQL is not served (GRAPHQL_INTROSPECTION=off). */
  graphiqlUrl: string | null;
  userId: string;
  token: string;
}): string {
  return [
    '',
    graphiqlUrl ? `  GraphiQL:  ${graphiqlUrl}` : '  GraphiQL is off (GRAPHQL_INTROSPECTION=off)',
    `  Token for user "${userId}": paste this under "Headers" in GraphiQL`,
    `    {"Authorization": "Bearer ${token}"}`,
    '  or send it as an HTTP header:',
    `    Authorization: Bearer ${token}`,
    '  Demo data and its token: npm run -s seed. Other users: npm run -s token -- --user NAME',
    '',
  ].join('\n');
}
