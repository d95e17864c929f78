import {
  EnergyLevel,
  GoalStatus,
  GoalType,
  MissionSource,
  QuestOrigin,
  MissionStatus,
  Role,
  SessionStatus,
  ValueCategory,
} from '@prisma/client';
import { builder } from './builder.js';

// The GraphQL enums are the database enums: one list of values, no mapping layer.
export const RoleEnum = builder.enumType(Role, { name: 'Role' });
export const GoalTypeEnum = builder.enumType(GoalType, { name: 'GoalType' });
export const ValueCategoryEnum = builder.enumType(ValueCategory, {
  name: 'ValueCategory',
  description: "What a goal or mission serves in the player's life.",
});
export const GoalStatusEnum = builder.enumType(GoalStatus, { name: 'GoalStatus' });
export const EnergyLevelEnum = builder.enumType(EnergyLevel, { name: 'EnergyLevel' });
export const MissionStatusEnum = builder.enumType(MissionStatus, { name: 'MissionStatus' });
export const MissionSourceEnum = builder.enumType(MissionSource, { name: 'MissionSource' });
export const QuestOriginEnum = builder.enumType(QuestOrigin, {
  name: 'QuestOrigin',
  description: 'Who wrote a generated mission: the model, or a deterministic fill-in for a proposal the rules dropped.',
});
export const SessionStatusEnum = builder.enumType(SessionStatus, { name: 'SessionStatus' });
