import type { GraphiQLOptions } from 'graphql-yoga';

type GraphiQLAssets = typeof import('@graphql-yoga/render-graphiql/graphiql');

/**
 * GraphiQL served from the installed packages: @graphql-yoga/render-graphiql
 * inlines GraphiQL's scripts, styles and editor workers (about 9 MB), so the
 * page needs no CDN and works on a machine without internet.
 */

/** The first query a newcomer sees: how to get a token, and a query worth running. */
export const GRAPHIQL_DEFAULT_QUERY = `# Questline API. Every operation needs a token. In development the server
# prints one at start-up; make others (and demo data) with
#   npm run -s token -- --user alice
#   npm run -s seed        # demo data for user "demo"; prints its token
# and put it under "Headers" below: {"Authorization": "Bearer <token>"}
# The schema (docs, completion) loads as soon as the token is there.
query WhatNext {
  viewer {
    displayName
    pendingMissionCount
    missionTriad { id title priorityScore valueCategory energyLevel estimatedMinutes }
  }
}
`;

export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'Questline',
    defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    // GraphiQL's WebSocket sends an empty connection_init, so the token in the Headers tab never
    // reaches graphql-ws (4403); over SSE every subscription is an HTTP request carrying those headers.
    subscriptionsProtocol: 'SSE',
  };
}

/**
 * Runs in the page before GraphiQL. GraphiQL fetches the schema once, with the headers it has at
 * load time, and keeps "Error fetching schema" after a token is pasted; this script
 * (1) asks it to fetch the schema again (its own Ctrl+Shift+R) whenever the headers change to
 * valid JSON, and (2) says above the editor why the schema could not be fetched (the server's
 * own message, such as a missing or expired token), until a fetch succeeds.
 */
const PAGE_SCRIPT = `
(function () {
  var status = document.createElement('div');
  status.id = 'questline-schema-status';
  status.setAttribute('role', 'status');
  status.style.cssText = 'display:none;padding:8px 16px;font:14px/1.4 system-ui,sans-serif;' +
    'background:#fff4e5;color:#5f3b00;border-bottom:1px solid #f0c36d;';
  document.addEventListener('DOMContentLoaded', function () { document.body.prepend(status); });

  function showSchemaStatus(message) {
    status.textContent = message || '';
    status.style.display = message ? 'block' : 'none';
  }
  function introspectionAnswer(result) {
    if (result && result.data && result.data.__schema) return showSchemaStatus('');
    var reason = result && result.errors && result.errors[0] && result.errors[0].message;
    showSchemaStatus('The schema could not be fetched: ' + (reason || 'no answer from the server') +
      '. Put a token under Headers as {"Authorization": "Bearer <token>"} (printed at start-up, or ' +
      'npm run -s token -- --user NAME); the schema is fetched again as soon as the headers change.');
  }
  function isIntrospection(input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    var body = init && typeof init.body === 'string' ? init.body : '';
    return /IntrospectionQuery/.test(body) || /IntrospectionQuery/.test(decodeURIComponent(url));
  }
  var realFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var answer = realFetch(input, init);
    if (isIntrospection(input, init)) {
      answer.then(function (response) {
        return response.clone().json().then(introspectionAnswer);
      }).catch(function (error) { introspectionAnswer({ errors: [{ message: String(error) }] }); });
    }
    return answer;
  };

  var lastHeaders = null;
  var timer = null;
  window.questlineOnEditHeaders = function (headers) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = (headers || '').trim() || '{}';
      try { JSON.parse(text); } catch (notYetJson) { return; }
      if (text === lastHeaders) return;
      lastHeaders = text;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', ctrlKey: true, shiftKey: true }));
    }, 400);
  };
})();
`;

function page(
  options: GraphiQLOptions,
  { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker }: GraphiQLAssets,
): string {
  const title = (options.title ?? 'GraphiQL').replace(/[<>&"]/g, '');
  // JSON inside a <script>: "</" must not end the element early.
  const json = (value: unknown) => JSON.stringify(value).replace(/<\//g, '<\\/');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${favicon}" />
    <style>${css}</style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>${PAGE_SCRIPT}</script>
    <script>
      function prepareBlob(workerContent) {
        return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
      }
      const workers = {
        editorWorkerService: prepareBlob(${json(editorWorkerService)}),
        json: prepareBlob(${json(jsonWorker)}),
        graphql: prepareBlob(${json(graphqlWorker)}),
      };
      self['MonacoEnvironment'] = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) { return workers[label]; },
      };
      ${js};
      YogaGraphiQL.renderYogaGraphiQL(
        window.document.querySelector('#root'),
        Object.assign(${json(options)}, { onEditHeaders: window.questlineOnEditHeaders }),
      );
    </script>
  </body>
</html>
`;
}

/**
 * yoga's `renderGraphiQL`. GraphiQL's assets (9 MB of JavaScript) are loaded on the first visit,
 * not at start-up, where loading them took seconds. The page's options never change (yoga hands
 * over a fresh copy of them per request), so the page is built once per distinct options.
 */
export function createGraphiQLRenderer(): (options: GraphiQLOptions) => Promise<string> {
  let assets: Promise<GraphiQLAssets> | undefined;
  let built: { key: string; html: string } | undefined;
  return async (options) => {
    assets ??= import('@graphql-yoga/render-graphiql/graphiql');
    const key = JSON.stringify(options);
    if (built?.key !== key) built = { key, html: page(options, await assets) };
    return built.html;
  };
}
