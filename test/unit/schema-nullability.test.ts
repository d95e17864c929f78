import { isInterfaceType, isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema/index.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Every output field outside the root types, as `Type.field: printed type`. */
function outputFields(schema: GraphQLSchema): Map<string, string> {
  const fields = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || ROOT_TYPES.has(type.name)) continue;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) fields.set(`${type.name}.${field.name}`, String(field.type));
  }
  return fields;
}

/**
 * The fields whose data can be absent, each for a reason its description gives. Anything else is
 * non-null: a new nullable field must be added here on purpose, so generated client types are
 * optional only where a client must handle null.
 */
const NULLABLE = new Set([
  'AdventureCharacter.archetype',
  'AdventureCharacter.backstory',
  'AdventureCharacter.name',
  'AdventureExchange.epilogueCall',
  'AdventureExchange.narratorCall',
  'AdventureModelCall.fallbackReason',
  'AdventureModelCall.inputTokens',
  'AdventureModelCall.model',
  'AdventureModelCall.outputTokens',
  'AdventureObjective.completedAt',
  'AdventureObjective.completedAtTurn',
  'AdventurePayload.adventure',
  'AdventureQuest.completedAt',
  'AdventureSession.activeQuest',
  'AdventureSession.completedAt',
  'AdventureSession.completionReason',
  'AdventureSession.epilogue',
  'AdventureSession.pacing',
  'AdventureTurnVersion.epilogue',
  'AdventureTurnVersion.narratorCall',
  'DeleteViewerPayload.deletedViewer',
  'EnergyPattern.completionRate',
  'GenerateQuestsPayload.run',
  'GenerationAlert.userId',
  'GenerationSweep.finishedAt',
  'Goal.description',
  'Goal.lastWorkedAt',
  'Goal.targetDate',
  'GoalActivity.daysSinceLastWorked',
  'GoalActivity.goal',
  'GoalActivity.lastWorkedAt',
  'GoalPayload.goal',
  'Mission.completedAt',
  'Mission.description',
  'Mission.dueDate',
  'Mission.generatedBy',
  'Mission.goal',
  'MissionPayload.mission',
  'MissionSession.actualMinutes',
  'MissionSession.completedAt',
  'PageInfo.endCursor',
  'PageInfo.startCursor',
  'QuestGenerationHealth.lastSweep',
  'QuestGenerationRun.durationMs',
  'QuestGenerationRun.error',
  'QuestGenerationRun.finishedAt',
  'QuestGenerationRun.inputTokens',
  'QuestGenerationRun.model',
  'QuestGenerationRun.modelLatencyMs',
  'QuestGenerationRun.outputTokens',
  'QuestGenerationRun.promptVersion',
  'QuestGenerationRun.provider',
  'QuestGenerationRun.shortfall',
  'QuestPatterns.meanActualMinutes',
  'QuestProposalRejection.goalId',
  'QuestProposalRejection.title',
  'RetryAdventureTurnPayload.adventure',
  'RetryAdventureTurnPayload.narration',
  'RetryAdventureTurnPayload.turn',
  'RetryAdventureTurnPayload.version',
  'TakeAdventureActionPayload.adventure',
  'TakeAdventureActionPayload.narration',
  'TakeAdventureActionPayload.turn',
  'UserError.field',
  'UserError.resetsAt',
  'Viewer.currentEnergy',
  'Viewer.displayName',
  'Viewer.timeZone',
  'ViewerPayload.viewer',
]);

describe('schema nullability', () => {
  const schema = getSchema();
  const fields = outputFields(schema);

  it('makes non-null every output field not listed as nullable, list items included', () => {
    const nullable = [...fields].filter(([, type]) => !type.endsWith('!')).map(([path]) => path);
    expect(nullable.sort()).toEqual([...NULLABLE].sort());
    const nullableItems = [...fields].filter(([, type]) => /^\[[^\]]*[^!]\]/.test(type)).map(([path]) => path);
    expect(nullableItems).toEqual([]);
  });

  it('types the fields every client reads as non-null', () => {
    expect(String(schema.getQueryType()!.getFields().viewer!.type)).toBe('Viewer!');
    expect(fields.get('Viewer.id')).toBe('ID!');
    expect(fields.get('Mission.title')).toBe('String!');
    expect(fields.get('Mission.status')).toBe('MissionStatus!');
    expect(fields.get('Mission.updatedAt')).toBe('DateTime!');
    expect(fields.get('UserError.code')).toBe('UserErrorCode!');
    expect(fields.get('MissionPayload.userErrors')).toBe('[UserError!]!');
    expect(fields.get('MissionConnection.totalCount')).toBe('Int!');
    expect(fields.get('MissionConnection.edges')).toBe('[MissionEdge!]!');
  });

  it('has one connection type per node type', () => {
    const connections = Object.keys(schema.getTypeMap()).filter((name) => name.endsWith('Connection'));
    expect(connections.sort()).toEqual([
      'AdventureMomentConnection',
      'AdventureSessionConnection',
      'GoalConnection',
      'MissionConnection',
      'MissionSessionConnection',
      'QuestGenerationRunConnection',
    ]);
  });
});
