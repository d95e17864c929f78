import type { GraphQLContext } from '../context/context.js';
import { DELETE_CONFIRMATION, deleteViewer, exportViewerData } from '../resolvers/viewer-data.js';
import { builder } from './builder.js';
import { payloadMutation, payloadType } from './payload.js';
import { ViewerRef } from './viewer.js';

// One export per operation: aliases of the field (`a: dataExport b: dataExport …`) share it
// rather than each reading all of the user's data again.
const exports = new WeakMap<object, Promise<string>>();

builder.objectField(ViewerRef, 'dataExport', (t) =>
  t.string({
    description:
      'Everything you own (profile, goals, missions, sessions, patterns, adventures with their quests, ' +
      'exchanges and moments, quest generation runs, model budget) as one JSON document in a string, ' +
      'dates in ISO 8601. Read as one consistent snapshot; computed at most once per operation.',
    resolve: (_viewer, _args, context: GraphQLContext) => {
      let document = exports.get(context);
      if (!document) {
        document = exportViewerData(context).then((data) => JSON.stringify(data));
        exports.set(context, document);
      }
      return document;
    },
  }),
);

interface DeletedViewer {
  id: string;
}

const DeletedViewerRef = builder.objectRef<DeletedViewer>('DeletedViewer').implement({
  description: 'The account that was deleted: nothing of it remains but this answer.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The subject of the token, now refused (401 "this account was deleted").' }),
  }),
});

const DeleteViewerInput = builder.inputType('DeleteViewerInput', {
  description: 'The explicit confirmation deleteViewer requires, so that no client deletes an account by accident.',
  fields: (t) => ({
    confirm: t.string({
      required: true,
      description: `"${DELETE_CONFIRMATION}" or your own viewer ID; anything else deletes nothing (an INVALID_STATE error on \`confirm\`).`,
    }),
  }),
});

payloadMutation('deleteViewer', {
  description:
    'Deletes your account and all of its data for good, cancels its queued jobs, and refuses your token from ' +
    'then on (401 "this account was deleted"). Export your data first if you want to keep it.',
  input: DeleteViewerInput,
  payload: payloadType('DeleteViewerPayload', 'deletedViewer', DeletedViewerRef),
  run: async (context, input) => ({ id: await deleteViewer(context, input) }),
});
