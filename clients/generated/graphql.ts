/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The adventure to act on. */
export type AdventureIdInput = {
  /** The adventure's ID. */
  adventureId: string | number;
};

/** Where the story is in its arc. Boundaries are fractions of maxTurns (see docs/adventure-pacing.md). */
export type AdventurePhase =
  /** After 60% of maxTurns: the confrontation. */
  | 'CLIMAX'
  /** After 84% of maxTurns, or once the quest is completed at or after halfway: the story resolves. */
  | 'DENOUEMENT'
  /** After 40% of maxTurns: the stakes escalate. */
  | 'MID_POINT'
  /** After 10% of maxTurns: the story develops. */
  | 'RISING_ACTION'
  /** The first 10% of maxTurns: the world and the character are established. */
  | 'SETUP';

/** An adventure's quest: offered after character creation, then chosen (active, later completed) or declined. */
export type AdventureQuestStatus =
  /** The chosen quest, being pursued. */
  | 'ACTIVE'
  /** Every objective is completed. */
  | 'COMPLETED'
  /** Offered, but another quest was chosen. */
  | 'DECLINED'
  /** One of the three quests to choose from. */
  | 'OFFERED';

/** Whether an adventure is still played. */
export type AdventureStatus =
  /** Given up by the player (abandonAdventure). */
  | 'ABANDONED'
  /** In character creation or being played. */
  | 'ACTIVE'
  /** Ended by the pacing rules (see completionReason); it accepts no more actions. */
  | 'COMPLETED';

/** The goal to archive. */
export type ArchiveGoalInput = {
  /** The goal's ID. */
  id: string | number;
};

/** The quest to pursue, among those offered. */
export type ChooseAdventureQuestInput = {
  /** An adventure whose character is created. */
  adventureId: string | number;
  /** One of its questOffers. */
  questId: string | number;
};

/** The mission to complete, and optionally the time it took. */
export type CompleteMissionInput = {
  /** Minutes actually spent (1–1440). Default: the open session's elapsed time, else the estimate. */
  actualMinutes?: number | null | undefined;
  /** A pending, running or deferred mission. */
  id: string | number;
};

/** Why an adventure ended. */
export type CompletionReason =
  /** The player gave up (abandonAdventure). */
  | 'ABANDONED'
  /** The quest was completed at or after halfway, and a denouement turn was played after it. */
  | 'QUEST_COMPLETE'
  /** The last of maxTurns was played. */
  | 'TURN_CAP';

/** Character creation: send all three fields at once, or one per call (at most 5 steps). When name, archetype and backstory are known, three quests are offered. */
export type CreateCharacterInput = {
  /** An adventure in character creation. */
  adventureId: string | number;
  /** Class or archetype, at most 60 characters. */
  archetype?: string | null | undefined;
  /** At most 1000 characters. */
  backstory?: string | null | undefined;
  /** At most 60 characters. */
  name?: string | null | undefined;
};

/** A new goal; it starts ACTIVE. */
export type CreateGoalInput = {
  /** Notes, at most 2000 characters. */
  description?: string | null | undefined;
  /** Abstract or concrete. */
  goalType: GoalType;
  /** 1–5, default 3. */
  importance?: number | null | undefined;
  /** When you want it reached (years 2000–2199). */
  targetDate?: unknown;
  /** At most 200 characters. */
  title: string;
  /** What the goal serves. */
  valueCategory: ValueCategory;
};

/** A new mission; it starts PENDING. */
export type CreateMissionInput = {
  /** What to do, at most 2000 characters. */
  description?: string | null | undefined;
  /** When it should be done (years 2000–2199). */
  dueDate?: unknown;
  /** How much energy it asks for. */
  energyLevel: EnergyLevel;
  /** 5–180. */
  estimatedMinutes: number;
  /** One of your active or paused goals. */
  goalId?: string | number | null | undefined;
  /** At most 200 characters. */
  title: string;
  /** Defaults to the goal's; required without a goal. */
  valueCategory?: ValueCategory | null | undefined;
};

/** The explicit confirmation deleteViewer requires, so that no client deletes an account by accident. */
export type DeleteViewerInput = {
  /** "DELETE MY ACCOUNT" or your own viewer ID; anything else deletes nothing (an INVALID_STATE error on `confirm`). */
  confirm: string;
};

/** How much energy a mission asks for, and how much the user has now. */
export type EnergyLevel =
  /** Demanding: best kept for peak hours. */
  | 'HIGH'
  /** Doable when tired. */
  | 'LOW'
  /** Ordinary effort. */
  | 'MEDIUM';

/** What the player can do now. */
export type GamePhase =
  /** Create the character (createCharacter), then choose a quest (chooseAdventureQuest). */
  | 'CHARACTER_CREATION'
  /** Reserved: the server does not set it today. */
  | 'COMBAT'
  /** Reserved: the server does not set it today. */
  | 'DIALOGUE'
  /** Playing: take actions (takeAdventureAction). */
  | 'EXPLORATION';

/** Whom to generate quests for. */
export type GenerateQuestsInput = {
  /** The user ID (the subject of their token). */
  userId: string | number;
};

/** Why quest generation raised an alert. */
export type GenerationAlertKind =
  /** More than 10% of the users of a nightly sweep failed; the next sweep with at most 10% failures resolves it. */
  | 'SWEEP_FAILURE_RATE'
  /** 3 failed attempts in a row for one user; the user's next successful run resolves it. */
  | 'USER_REPEATED_FAILURES';

/** Where a quest generation run is. */
export type GenerationStatus =
  /** The latest attempt failed; error says why. Job-driven runs are retried. */
  | 'FAILED'
  /** An attempt is in progress (or its process died before it finished). */
  | 'RUNNING'
  /** The batch is stored, possibly with fill-ins or empty (see fellBack, error, shortfall). */
  | 'SUCCEEDED';

/** What started a quest generation run. */
export type GenerationTrigger =
  /** The generateQuests mutation: ignores the pool size and the 6-hour limit. */
  | 'ADMIN'
  /** The nightly sweep, at 02:00 in the user's time zone, when fewer than 5 missions are pending. */
  | 'NIGHTLY'
  /** A completion that left fewer than 5 pending missions; at most once per user per 6 hours. */
  | 'ON_DEMAND';

/** Where a goal is; only ACTIVE goals get generated quests. */
export type GoalStatus =
  /** Being worked on. */
  | 'ACTIVE'
  /** Put away with archiveGoal; its open missions were archived with it. */
  | 'ARCHIVED'
  /** Reached. */
  | 'COMPLETED'
  /** Set aside for now; can take new missions, gets no generated quests. */
  | 'PAUSED';

/** What kind of steps a goal calls for; generated quests follow it. */
export type GoalType =
  /** Its generated quests are planning and reflection. */
  | 'ABSTRACT'
  /** Its generated quests are doing steps. */
  | 'CONCRETE';

/** What happened to a mission, as missionChanged reports it. */
export type MissionChangeKind =
  /** Its running session was given up (abandonMission); the mission is PENDING again. */
  | 'ABANDONED'
  /** Retired because its goal was archived (archiveGoal). */
  | 'ARCHIVED'
  /** Completed (completeMission). */
  | 'COMPLETED'
  /** Created by the user (createMission). */
  | 'CREATED'
  /** Set aside (deferMission). */
  | 'DEFERRED'
  /** Added to the pool by quest generation. */
  | 'GENERATED'
  /** A session started (startMission); the mission is IN_PROGRESS. */
  | 'STARTED'
  /** Edited (updateMission). */
  | 'UPDATED';

/** The mission to act on. */
export type MissionIdInput = {
  /** The mission's ID. */
  id: string | number;
};

/** How a mission came to be. */
export type MissionSource =
  /** Added by quest generation; generatedBy says who wrote it. */
  | 'GENERATED'
  /** Created by the user (createMission). */
  | 'MANUAL';

/** Where a mission is in its life cycle. COMPLETED and ARCHIVED are final. */
export type MissionStatus =
  /** Retired with its archived goal. Final. */
  | 'ARCHIVED'
  /** Done (completeMission). Final. */
  | 'COMPLETED'
  /** Set aside (deferMission); can be started or completed later. */
  | 'DEFERRED'
  /** A session is running (startMission). */
  | 'IN_PROGRESS'
  /** In the pool, waiting to be started. */
  | 'PENDING';

/** The kinds of key moment a turn may record for the epilogue. */
export type MomentKind =
  /** A choice was made. */
  | 'CHOICE'
  /** A fight. */
  | 'COMBAT'
  /** Words that mattered. */
  | 'DIALOGUE'
  /** Something was found or learned. */
  | 'DISCOVERY'
  /** Something was lost. */
  | 'LOSS'
  /** An objective was completed. */
  | 'OBJECTIVE'
  /** A victory; completing the quest records one. */
  | 'TRIUMPH';

/** What the narrator is told to do, one per phase. */
export type PacingDirective =
  /** CLIMAX: bring the central conflict to a head. */
  | 'CONFRONT'
  /** RISING_ACTION: complications, allies and clues toward the objectives. */
  | 'DEVELOP'
  /** MID_POINT: a reversal or revelation raises the stakes. */
  | 'ESCALATE'
  /** SETUP: establish the world, the character and the stakes. */
  | 'ESTABLISH'
  /** DENOUEMENT: settle the consequences; nothing new. */
  | 'RESOLVE';

/** How pressing the story is on a turn. */
export type PacingUrgency =
  /** The closing turn, or at most 2 turns remain, in any phase. */
  | 'CRITICAL'
  /** CLIMAX. */
  | 'HIGH'
  /** SETUP, and RISING_ACTION before 25% of the turns. */
  | 'LOW'
  /** The rest of RISING_ACTION, MID_POINT and DENOUEMENT. */
  | 'MEDIUM';

/** The rule a model proposal broke (docs/quest-generation.md lists them). */
export type ProposalRejectionReason =
  /** Repeats the title of a pending mission. */
  | 'ALREADY_PENDING'
  /** Valid, but replaced by a fill-in so the batch covers its goals, categories, energy levels and durations. */
  | 'BATCH_MIX'
  /** Repeats another item of the same answer. */
  | 'DUPLICATE_TITLE'
  /** Its goal is not among those served this run; goals served less recently come first. */
  | 'GOAL_NOT_DUE'
  /** Not an object, or a bad title, duration or enum value; detail says which. */
  | 'INVALID'
  /** The user has no active goal. */
  | 'NO_ACTIVE_GOAL'
  /** No goal ID: every generated quest serves a goal. */
  | 'NO_GOAL'
  /** Its goal already has its 2 quests in the batch (3 when there is a single goal). */
  | 'PER_GOAL_CAP'
  /** Valid, but the batch was full. */
  | 'SURPLUS'
  /** Not one of the user's active goals (another user's, archived or invented). */
  | 'UNKNOWN_GOAL';

/** Who wrote a generated mission: the model, or a deterministic fill-in for a proposal the rules dropped. */
export type QuestOrigin =
  /** Written by the deterministic generator in place of a model proposal the batch rules dropped. */
  | 'FILL_IN'
  /** Proposed by the model (the offline model too, when no provider is configured). */
  | 'MODEL';

/** What a user may do; taken from the token's roles claim. */
export type Role =
  /** Also the admin-only fields: questGenerationRuns, questGenerationHealth, generateQuests. */
  | 'ADMIN'
  /** Their own goals, missions and adventures. */
  | 'USER';

/** A session of work on a mission: running, or ended one way or the other. */
export type SessionStatus =
  /** Given up (abandonMission, deferMission, or its goal archived). */
  | 'ABANDONED'
  /** Ended with the mission completed. */
  | 'COMPLETED'
  /** Running: started, not yet ended. */
  | 'IN_PROGRESS';

/** The settings of a new adventure. */
export type StartAdventureInput = {
  /** The turn budget, 25–100 (default 50). */
  maxTurns?: number | null | undefined;
  /** Phase guidance for this adventure's narrator (default true). */
  pacingEnabled?: boolean | null | undefined;
};

/** The player's next action. */
export type TakeAdventureActionInput = {
  /** What the player does, at most 500 characters. */
  action: string;
  /** An active adventure whose quest is chosen. */
  adventureId: string | number;
  /** Optional retry key, unique per adventure (1–100 characters): a retry with the same key returns the turn already played for it instead of playing another. */
  clientKey?: string | null | undefined;
  /** Stream the narration to adventureNarration subscribers as the model writes it (default false). */
  stream?: boolean | null | undefined;
};

/** Omitted fields stay as they are; description and targetDate can be cleared with null. */
export type UpdateGoalInput = {
  /** At most 2000 characters; null clears it. */
  description?: string | null | undefined;
  /** Abstract or concrete. */
  goalType?: GoalType | null | undefined;
  /** The goal to change. */
  id: string | number;
  /** 1 (nice to have) to 5 (essential). */
  importance?: number | null | undefined;
  /** ACTIVE, PAUSED or COMPLETED; use archiveGoal to archive. */
  status?: GoalStatus | null | undefined;
  /** Years 2000–2199; null clears it. */
  targetDate?: unknown;
  /** At most 200 characters. */
  title?: string | null | undefined;
  /** What the goal serves. */
  valueCategory?: ValueCategory | null | undefined;
};

/** Omitted fields stay as they are; goalId, description and dueDate can be cleared with null. */
export type UpdateMissionInput = {
  /** At most 2000 characters; null clears it. */
  description?: string | null | undefined;
  /** Years 2000–2199; null clears it. */
  dueDate?: unknown;
  /** How much energy it asks for. */
  energyLevel?: EnergyLevel | null | undefined;
  /** 5–180. */
  estimatedMinutes?: number | null | undefined;
  /** One of your active or paused goals; null detaches the mission. */
  goalId?: string | number | null | undefined;
  /** The mission to change: pending, running or deferred. */
  id: string | number;
  /** At most 200 characters. */
  title?: string | null | undefined;
  /** What it serves. */
  valueCategory?: ValueCategory | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateViewerInput = {
  /** How much energy you have now; null clears it. */
  currentEnergy?: EnergyLevel | null | undefined;
  /** At most 100 characters. */
  displayName?: string | null | undefined;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone?: string | null | undefined;
};

/** What kind of expected failure a user error is. */
export type UserErrorCode =
  /** The object is in a state that does not allow this change. */
  | 'INVALID_STATE'
  /** A per-user cap is reached (e.g. open adventures); the message says how to free a place. */
  | 'LIMIT_REACHED'
  /** The object does not exist or belongs to someone else. */
  | 'NOT_FOUND'
  /** The user's budget of model-backed work is spent; `resetsAt` says when it allows this again. */
  | 'RATE_LIMITED'
  /** The input is malformed or out of range; `field` names it. */
  | 'VALIDATION';

/** What a goal or mission serves in the player's life. */
export type ValueCategory =
  /** Relationships with other people. */
  | 'CONNECTION'
  /** Making things, and the skills for it. */
  | 'CRAFT'
  /** Learning. */
  | 'GROWTH'
  /** Body and well-being. */
  | 'HEALTH';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { id: string, displayName: string | null, pendingMissionCount: number } };

export type WatchMissionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchMissionsSubscription = { missionChanged: { kind: MissionChangeKind, mission: { id: string, title: string, status: MissionStatus } } };

export type BeginMissionMutationVariables = Exact<{
  id: string | number;
}>;


export type BeginMissionMutation = { startMission: { mission: { id: string, status: MissionStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type MissionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MissionsQuery = { viewer: { missions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: MissionStatus, updatedAt: unknown, goal: { title: string } | null } }> } } };

export type CatchUpSinceQueryVariables = Exact<{
  since: unknown;
}>;


export type CatchUpSinceQuery = { viewer: { goals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: GoalStatus, updatedAt: unknown } }> }, missions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: MissionStatus, priorityScore: number, updatedAt: unknown } }> }, adventures: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AdventureStatus, turn: number, updatedAt: unknown } }> } } };

export type MissionChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MissionChangesSubscription = { missionChanged: { kind: MissionChangeKind, mission: { id: string, title: string, status: MissionStatus, updatedAt: unknown } } };

export type MyQuestPatternsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQuestPatternsQuery = { viewer: { questPatterns: { completedCount: number, peakHours: Array<number>, meanActualMinutes: number | null, energy: Array<{ energyLevel: EnergyLevel, share: number, completionRate: number | null }>, categories: Array<{ valueCategory: ValueCategory, share: number }>, goalActivity: Array<{ completions: number, daysSinceLastWorked: number | null, goal: { title: string } | null }> } } };

export type WatchGeneratedQuestsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchGeneratedQuestsSubscription = { questsGenerated: { run: { id: string, trigger: GenerationTrigger, windowKey: string, missionsCreated: number, fellBack: boolean }, missions: Array<{ id: string, title: string, energyLevel: EnergyLevel, estimatedMinutes: number, valueCategory: ValueCategory, priorityScore: number, goal: { title: string } | null }> } };

export type GenerationOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type GenerationOverviewQuery = { questGenerationRuns: { edges: Array<{ node: { id: string, trigger: GenerationTrigger, windowKey: string, status: GenerationStatus, attempts: number, missionsCreated: number, fellBack: boolean, error: string | null, startedAt: unknown, durationMs: number | null, provider: string | null, model: string | null, promptVersion: string | null, modelLatencyMs: number | null, inputTokens: number | null, outputTokens: number | null, shortfall: string | null, rejections: Array<{ index: number, title: string | null, goalId: string | null, reason: ProposalRejectionReason, detail: string }>, missions: { totalCount: number, edges: Array<{ node: { title: string, generatedBy: QuestOrigin | null } }> } } }> } | null, questGenerationHealth: { runsLast24h: number, failedLast24h: number, failureRate: number, lastSweep: { slot: unknown, finishedAt: unknown, usersProcessed: number, missionsGenerated: number, failures: number } | null, activeAlerts: Array<{ kind: GenerationAlertKind, userId: string | null, message: string, createdAt: unknown }> } | null };

export type GenerateQuestsForUserMutationVariables = Exact<{ [key: string]: never; }>;


export type GenerateQuestsForUserMutation = { generateQuests: { run: { id: string, status: GenerationStatus, windowKey: string, missionsCreated: number, fellBack: boolean, error: string | null, durationMs: number | null, missions: { edges: Array<{ node: { title: string, energyLevel: EnergyLevel, estimatedMinutes: number, valueCategory: ValueCategory } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } | null };

export type CreateFirstGoalMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateFirstGoalMutation = { createGoal: { goal: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PendingMissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingMissionsQuery = { viewer: { pendingMissionCount: number, missionTriad: Array<{ id: string, title: string, priorityScore: number, valueCategory: ValueCategory, energyLevel: EnergyLevel }>, missions: { edges: Array<{ node: { title: string, priorityScore: number, goal: { title: string } | null } }> } } };

export type WhatNextQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatNextQuery = { viewer: { displayName: string | null, pendingMissionCount: number, missionTriad: Array<{ id: string, title: string, priorityScore: number, valueCategory: ValueCategory, energyLevel: EnergyLevel, estimatedMinutes: number }> } };

export type ViewerDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerDataExportQuery = { viewer: { id: string, dataExport: string } };

export type DeleteViewerMutationVariables = Exact<{
  input: DeleteViewerInput;
}>;


export type DeleteViewerMutation = { deleteViewer: { deletedViewer: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type BudgetStartAdventureMutationVariables = Exact<{
  input: StartAdventureInput;
}>;


export type BudgetStartAdventureMutation = { startAdventure: { adventure: { id: string, status: AdventureStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string, resetsAt: unknown }> } };

export type BudgetCreateCharacterMutationVariables = Exact<{
  input: CreateCharacterInput;
}>;


export type BudgetCreateCharacterMutation = { createCharacter: { adventure: { id: string, creationStep: number, questOffers: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string, resetsAt: unknown }> } };

export type BudgetChooseQuestMutationVariables = Exact<{
  input: ChooseAdventureQuestInput;
}>;


export type BudgetChooseQuestMutation = { chooseAdventureQuest: { adventure: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type BudgetAbandonAdventureMutationVariables = Exact<{
  input: AdventureIdInput;
}>;


export type BudgetAbandonAdventureMutation = { abandonAdventure: { adventure: { id: string, status: AdventureStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type BudgetTakeActionMutationVariables = Exact<{
  input: TakeAdventureActionInput;
}>;


export type BudgetTakeActionMutation = { takeAdventureAction: { narration: string | null, turn: number | null, adventure: { id: string, turn: number, status: AdventureStatus, completionReason: CompletionReason | null, epilogue: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string, resetsAt: unknown }> } };

export type BudgetGenerateQuestsMutationVariables = Exact<{
  input: GenerateQuestsInput;
}>;


export type BudgetGenerateQuestsMutation = { generateQuests: { run: { id: string, status: GenerationStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string, resetsAt: unknown }> } | null };

export type CatchUpQueryVariables = Exact<{
  since?: unknown;
}>;


export type CatchUpQuery = { viewer: { missions: { totalCount: number, edges: Array<{ node: { id: string, status: MissionStatus, updatedAt: unknown } }> }, goals: { totalCount: number, edges: Array<{ node: { id: string, status: GoalStatus, updatedAt: unknown } }> }, adventures: { totalCount: number } } };

export type MissionCountsQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: MissionStatus | null | undefined;
}>;


export type MissionCountsQuery = { viewer: { missions: { totalCount: number, edges: Array<{ node: { id: string } }> }, goals: { totalCount: number, edges: Array<{ node: { missions: { totalCount: number } } }> } } };

export type MissionSessionsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type MissionSessionsQuery = { node:
    | { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: SessionStatus, updatedAt: unknown } }> } }
    | Record<PropertyKey, never>
   | null };

export type MissionChangeKindsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MissionChangeKindsSubscription = { missionChanged: { kind: MissionChangeKind, mission: { id: string, status: MissionStatus } } };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: string | null, message: string };

export type MissionFieldsFragment = { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, goal: { id: string, title: string } | null };

export type MissionWithSessionsFragment = { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, actualMinutes: number | null, startedAt: unknown, completedAt: unknown } }> }, goal: { id: string, title: string } | null };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { goal: { id: string, title: string, description: string | null, goalType: GoalType, valueCategory: ValueCategory, importance: number, targetDate: unknown, status: GoalStatus } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { goal: { id: string, title: string, importance: number, status: GoalStatus, targetDate: unknown } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ArchiveGoalMutationVariables = Exact<{
  input: ArchiveGoalInput;
}>;


export type ArchiveGoalMutation = { archiveGoal: { goal: { id: string, status: GoalStatus, missions: { edges: Array<{ node: { id: string, status: MissionStatus } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type CreateMissionMutation = { createMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateMissionMutationVariables = Exact<{
  input: UpdateMissionInput;
}>;


export type UpdateMissionMutation = { updateMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type StartMissionMutationVariables = Exact<{
  input: MissionIdInput;
}>;


export type StartMissionMutation = { startMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, actualMinutes: number | null, startedAt: unknown, completedAt: unknown } }> }, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type DeferMissionMutationVariables = Exact<{
  input: MissionIdInput;
}>;


export type DeferMissionMutation = { deferMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, actualMinutes: number | null, startedAt: unknown, completedAt: unknown } }> }, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AbandonMissionMutationVariables = Exact<{
  input: MissionIdInput;
}>;


export type AbandonMissionMutation = { abandonMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, actualMinutes: number | null, startedAt: unknown, completedAt: unknown } }> }, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CompleteMissionMutationVariables = Exact<{
  input: CompleteMissionInput;
}>;


export type CompleteMissionMutation = { completeMission: { mission: { id: string, title: string, description: string | null, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, status: MissionStatus, source: MissionSource, dueDate: unknown, completedAt: unknown, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, actualMinutes: number | null, startedAt: unknown, completedAt: unknown } }> }, goal: { id: string, title: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpdateViewerMutationVariables = Exact<{
  input: UpdateViewerInput;
}>;


export type UpdateViewerMutation = { updateViewer: { viewer: { id: string, displayName: string | null, timeZone: string | null, currentEnergy: EnergyLevel | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string | null, timeZone: string | null, role: Role, pendingMissionCount: number } };

export type ViewerMissionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: MissionStatus | null | undefined;
}>;


export type ViewerMissionsQuery = { viewer: { missions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, priorityScore: number, status: MissionStatus } }> } } };

export type ViewerGoalsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ViewerGoalsQuery = { viewer: { goals: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: GoalStatus } }> } } };

export type TriadQueryVariables = Exact<{ [key: string]: never; }>;


export type TriadQuery = { viewer: { missionTriad: Array<{ id: string, title: string, priorityScore: number, valueCategory: ValueCategory, energyLevel: EnergyLevel }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AdventureQuest', id: string }
    | { __typename: 'AdventureSession', id: string }
    | { __typename: 'Goal', title: string, id: string }
    | { __typename: 'Mission', title: string, id: string }
    | { __typename: 'MissionSession', id: string }
    | { __typename: 'QuestGenerationRun', id: string }
   | null };

export type MissionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MissionChangedSubscription = { missionChanged: { kind: MissionChangeKind, mission: { id: string, title: string, status: MissionStatus } } };

export type MissionChangedWithGoalSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MissionChangedWithGoalSubscription = { missionChanged: { kind: MissionChangeKind, mission: { id: string, estimatedMinutes: number, goal: { title: string } | null } } };

export type QuestsGeneratedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QuestsGeneratedSubscription = { questsGenerated: { run: { id: string, trigger: GenerationTrigger, status: GenerationStatus, missionsCreated: number, fellBack: boolean }, missions: Array<{ id: string, title: string, source: MissionSource, status: MissionStatus, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, priorityScore: number, goal: { id: string } | null }> } };

export type GenerateQuestsMutationVariables = Exact<{
  input: GenerateQuestsInput;
}>;


export type GenerateQuestsMutation = { generateQuests: { run: { id: string, userId: string, trigger: GenerationTrigger, status: GenerationStatus, windowKey: string, attempts: number, missionsCreated: number, fellBack: boolean, error: string | null, durationMs: number | null, missions: { totalCount: number, edges: Array<{ node: { id: string, title: string, source: MissionSource, estimatedMinutes: number, goal: { id: string } | null } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } | null };

export type GenerationRunsQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  status?: GenerationStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type GenerationRunsQuery = { questGenerationRuns: { edges: Array<{ node: { id: string, userId: string, trigger: GenerationTrigger, status: GenerationStatus, missionsCreated: number, fellBack: boolean, error: string | null } }> } | null };

export type GenerationRunAuditQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type GenerationRunAuditQuery = { questGenerationRuns: { edges: Array<{ node: { id: string, status: GenerationStatus, windowKey: string, missionsCreated: number, fellBack: boolean, error: string | null, provider: string | null, model: string | null, promptVersion: string | null, modelLatencyMs: number | null, inputTokens: number | null, outputTokens: number | null, shortfall: string | null, rejections: Array<{ index: number, title: string | null, goalId: string | null, reason: ProposalRejectionReason, detail: string }>, missions: { edges: Array<{ node: { id: string, title: string, estimatedMinutes: number, energyLevel: EnergyLevel, valueCategory: ValueCategory, source: MissionSource, generatedBy: QuestOrigin | null, goal: { id: string } | null } }> } } }> } | null };

export type GenerationHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type GenerationHealthQuery = { questGenerationHealth: { runsLast24h: number, failedLast24h: number, failureRate: number, lastSweep: { slot: unknown, usersProcessed: number, missionsGenerated: number, failures: number, finishedAt: unknown } | null, activeAlerts: Array<{ kind: GenerationAlertKind, userId: string | null, message: string }> } | null };

export type QuestPatternsQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestPatternsQuery = { viewer: { questPatterns: { windowDays: number, completedCount: number, completionsByHour: Array<number>, peakHours: Array<number>, meanActualMinutes: number | null, energy: Array<{ energyLevel: EnergyLevel, share: number, completionRate: number | null }>, categories: Array<{ valueCategory: ValueCategory, share: number }>, goalActivity: Array<{ completions: number, daysSinceLastWorked: number | null, goal: { id: string, title: string } | null }> } } };

export type AdventureFieldsFragment = { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null };

export type StartAdventureMutationVariables = Exact<{
  input: StartAdventureInput;
}>;


export type StartAdventureMutation = { startAdventure: { adventure: { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CreateCharacterMutationVariables = Exact<{
  input: CreateCharacterInput;
}>;


export type CreateCharacterMutation = { createCharacter: { adventure: { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ChooseAdventureQuestMutationVariables = Exact<{
  input: ChooseAdventureQuestInput;
}>;


export type ChooseAdventureQuestMutation = { chooseAdventureQuest: { adventure: { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TakeAdventureActionMutationVariables = Exact<{
  input: TakeAdventureActionInput;
}>;


export type TakeAdventureActionMutation = { takeAdventureAction: { narration: string | null, adventure: { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AbandonAdventureMutationVariables = Exact<{
  input: AdventureIdInput;
}>;


export type AbandonAdventureMutation = { abandonAdventure: { adventure: { id: string, status: AdventureStatus, completionReason: CompletionReason | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AdventureQueryVariables = Exact<{
  id: string | number;
}>;


export type AdventureQuery = { node:
    | { id: string, status: AdventureStatus, gamePhase: GamePhase, turn: number, maxTurns: number, turnsRemaining: number, progress: number, phase: AdventurePhase, climaxReached: boolean, pacingEnabled: boolean, epilogue: string | null, completionReason: CompletionReason | null, moments: { totalCount: number, edges: Array<{ node: { turn: number, kind: MomentKind, summary: string, significance: number } }> }, exchanges: Array<{ turn: number, action: string, narration: string }>, pacing: { urgency: PacingUrgency, directive: PacingDirective, guidance: string } | null, character: { name: string | null, archetype: string | null, backstory: string | null }, questOffers: Array<{ id: string, title: string, objectives: Array<{ id: string, description: string }> }>, activeQuest: { id: string, title: string, status: AdventureQuestStatus, progress: number, objectives: Array<{ id: string, description: string, completed: boolean, completedAtTurn: number | null }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ViewerAdventuresQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerAdventuresQuery = { viewer: { adventures: { edges: Array<{ node: { id: string, status: AdventureStatus, turn: number } }> } } };

export type AdventurePhaseChangedSubscriptionVariables = Exact<{
  adventureId: string | number;
}>;


export type AdventurePhaseChangedSubscription = { adventurePhaseChanged: { from: AdventurePhase, to: AdventurePhase, turn: number, status: AdventureStatus, adventure: { id: string, phase: AdventurePhase, turn: number } } };

export type AdventureNarrationSubscriptionVariables = Exact<{
  adventureId: string | number;
}>;


export type AdventureNarrationSubscription = { adventureNarration: { turn: number, text: string, done: boolean } };

export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const MissionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MissionFieldsFragment, unknown>;
export const MissionWithSessionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionWithSessions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MissionWithSessionsFragment, unknown>;
export const AdventureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}}]} as unknown as DocumentNode<AdventureFieldsFragment, unknown>;
export const MeDocument = {"__meta__":{"hash":"sha256:1bf4828690321eb5d4c83731b4b04697a56eda276b048a1d0b915dcacbe6cf49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMissionCount"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const WatchMissionsDocument = {"__meta__":{"hash":"sha256:283936e4a7b911dc30e3747ebddfa03175ba29fab014034cfc127ca3bc8c290f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchMissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WatchMissionsSubscription, WatchMissionsSubscriptionVariables>;
export const BeginMissionDocument = {"__meta__":{"hash":"sha256:01a78209b3efa25acdc08770e0c854feffc643d0ead6ce5da282fcf95d73e38e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BeginMissionMutation, BeginMissionMutationVariables>;
export const MissionsDocument = {"__meta__":{"hash":"sha256:f6628b6e3b6624b507540b0656ec93a9e4a2465ea3e21c652cbfc1772df2a27f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Missions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionsQuery, MissionsQueryVariables>;
export const CatchUpSinceDocument = {"__meta__":{"hash":"sha256:f65af7adf5702063f1580541fa10ddf9e0297f7ecac22db86d8d163bea946080"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatchUpSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatchUpSinceQuery, CatchUpSinceQueryVariables>;
export const MissionChangesDocument = {"__meta__":{"hash":"sha256:3705e50052f0a113695ee370c7c3061f0fc42f9f02a1428ad14060dbc7223bc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MissionChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MissionChangesSubscription, MissionChangesSubscriptionVariables>;
export const MyQuestPatternsDocument = {"__meta__":{"hash":"sha256:dd6f099ba330996cc895bd30f2e22b9591836118a1ddb9376cb882a1fa92fd96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQuestPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peakHours"}},{"kind":"Field","name":{"kind":"Name","value":"meanActualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastWorked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyQuestPatternsQuery, MyQuestPatternsQueryVariables>;
export const WatchGeneratedQuestsDocument = {"__meta__":{"hash":"sha256:9e51968689c95034f0b5cedcf132ace0b8dc7c3d29d04913e73bfba150b98aff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchGeneratedQuests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questsGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"windowKey"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchGeneratedQuestsSubscription, WatchGeneratedQuestsSubscriptionVariables>;
export const GenerationOverviewDocument = {"__meta__":{"hash":"sha256:81fce54e8393d5f3f24064d601bd0bf234f079d6c067349d55bc2c7945120062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenerationOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questGenerationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"StringValue","value":"alice","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FAILED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"windowKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"modelLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questGenerationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usersProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"missionsGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"failureRate"}},{"kind":"Field","name":{"kind":"Name","value":"activeAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<GenerationOverviewQuery, GenerationOverviewQueryVariables>;
export const GenerateQuestsForUserDocument = {"__meta__":{"hash":"sha256:5d2d44db77295a3074a09c2ce10a23801fb30c824d29e0641cd176a957236872"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateQuestsForUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateQuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"StringValue","value":"alice","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowKey"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateQuestsForUserMutation, GenerateQuestsForUserMutationVariables>;
export const CreateFirstGoalDocument = {"__meta__":{"hash":"sha256:43b95c47f098bd7844870dd409e50952b428ff4dbb639d3e4b8198507c856d01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFirstGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Run a 10k","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"goalType"},"value":{"kind":"EnumValue","value":"CONCRETE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"valueCategory"},"value":{"kind":"EnumValue","value":"HEALTH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"importance"},"value":{"kind":"IntValue","value":"4"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFirstGoalMutation, CreateFirstGoalMutationVariables>;
export const PendingMissionsDocument = {"__meta__":{"hash":"sha256:c3453549e1bfec43082f7fd6b398e377ac47334b5f445b89808680475b9b2650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingMissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingMissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"missionTriad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingMissionsQuery, PendingMissionsQueryVariables>;
export const WhatNextDocument = {"__meta__":{"hash":"sha256:746e758745dc6b9bb5cd95f0ccf6f48fcf54e64853cad614fe6dceda645c0c87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"missionTriad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<WhatNextQuery, WhatNextQueryVariables>;
export const ViewerDataExportDocument = {"__meta__":{"hash":"sha256:fd96824ab6cf3de38098f72de169409b36fed8aa8ee85eac99da0b4d22d7b857"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataExport"}}]}}]}}]} as unknown as DocumentNode<ViewerDataExportQuery, ViewerDataExportQueryVariables>;
export const DeleteViewerDocument = {"__meta__":{"hash":"sha256:b3357121e999707681814d5c3a475a4734e8a847ed483402764d742e847eeb13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteViewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteViewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteViewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteViewerMutation, DeleteViewerMutationVariables>;
export const BudgetStartAdventureDocument = {"__meta__":{"hash":"sha256:931e1f334e6d92df24cf3ae6cd1d7fe124caeeb9354f46048f27aac623b15133"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetStartAdventure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAdventureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAdventure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetStartAdventureMutation, BudgetStartAdventureMutationVariables>;
export const BudgetCreateCharacterDocument = {"__meta__":{"hash":"sha256:24d40458b4f8bbc76accd8f8aa566b29a1a625f87b8931743908b1c2ef5cbfbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetCreateCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCharacterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creationStep"}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetCreateCharacterMutation, BudgetCreateCharacterMutationVariables>;
export const BudgetChooseQuestDocument = {"__meta__":{"hash":"sha256:e36cc9d3b5ec13459511478b543c9280d4d072800bc4ee70af1f4d48d64cbb76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetChooseQuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseAdventureQuestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseAdventureQuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetChooseQuestMutation, BudgetChooseQuestMutationVariables>;
export const BudgetAbandonAdventureDocument = {"__meta__":{"hash":"sha256:5cfd7ba4e76763d4c0eb5d99dcdd52fd7560a42e5433e54c07c1f0c88abb3933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetAbandonAdventure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonAdventure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetAbandonAdventureMutation, BudgetAbandonAdventureMutationVariables>;
export const BudgetTakeActionDocument = {"__meta__":{"hash":"sha256:fbf5e65425d793b36d0cb75bf351dbeae90f05939ac138a8c48adbcbf96f243d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetTakeAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeAdventureActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeAdventureAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narration"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetTakeActionMutation, BudgetTakeActionMutationVariables>;
export const BudgetGenerateQuestsDocument = {"__meta__":{"hash":"sha256:187394036c15ce0ddcd17747ab9caecaadd5880c3199636590844bec378d25ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetGenerateQuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateQuestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateQuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetGenerateQuestsMutation, BudgetGenerateQuestsMutationVariables>;
export const CatchUpDocument = {"__meta__":{"hash":"sha256:e0ec38139cdbef46e649ea244c14facc523ee2bdff3b9ecd5d848b2b81c81e45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatchUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CatchUpQuery, CatchUpQueryVariables>;
export const MissionCountsDocument = {"__meta__":{"hash":"sha256:973089eea34fad26d6d86bdc43eb997f64b60ba42c59e066413f34bccc45688d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionCountsQuery, MissionCountsQueryVariables>;
export const MissionSessionsDocument = {"__meta__":{"hash":"sha256:1519692e1eb8c5bf7d1b52e225e26a54b78528328f09567f87f986b3f3b7450f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionSessionsQuery, MissionSessionsQueryVariables>;
export const MissionChangeKindsDocument = {"__meta__":{"hash":"sha256:64c6625bd2a1a9bff917c4cac840be199155dfb7c2b891624ae18ca8347610fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MissionChangeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MissionChangeKindsSubscription, MissionChangeKindsSubscriptionVariables>;
export const CreateGoalDocument = {"__meta__":{"hash":"sha256:054ef13f0204ae8484a8ac14f327648fc780b6befa7d704a9b1f48c49c56df3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"__meta__":{"hash":"sha256:669df7e3b7da88a2f8944a2846489a0445da74fea9d08504bda340ccb32c3b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const ArchiveGoalDocument = {"__meta__":{"hash":"sha256:f57dea9664484f209c30c05213d71a66e10044b85fcb6e7d0faae0d94e6ed598"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ArchiveGoalMutation, ArchiveGoalMutationVariables>;
export const CreateMissionDocument = {"__meta__":{"hash":"sha256:1e41e3a83201795f8ea442153ec44228dae4d5440705371e889aec45f0a1a3ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateMissionMutation, CreateMissionMutationVariables>;
export const UpdateMissionDocument = {"__meta__":{"hash":"sha256:30e37f7ef092f3d5a64a8bb361cbd163685c25b5e4f3afeae80b0e1e6efd2e93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateMissionMutation, UpdateMissionMutationVariables>;
export const StartMissionDocument = {"__meta__":{"hash":"sha256:54dca2483732a83538144a4c65f7935c7798b9d31cff3b04ffeb4c9210c80694"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionWithSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionWithSessions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StartMissionMutation, StartMissionMutationVariables>;
export const DeferMissionDocument = {"__meta__":{"hash":"sha256:8f176e9e4870d593aa46908504ad30e3b25f32efc00b5b634d1c027e97667cd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionWithSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionWithSessions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeferMissionMutation, DeferMissionMutationVariables>;
export const AbandonMissionDocument = {"__meta__":{"hash":"sha256:ac2cab47fcb9def45eaed1c458b02f9b94b347600604e4c773ba4fade3ca0496"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbandonMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionWithSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionWithSessions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AbandonMissionMutation, AbandonMissionMutationVariables>;
export const CompleteMissionDocument = {"__meta__":{"hash":"sha256:93164185ef66f82dbde5b5bc86999a34462e83ff4376f00fdae8ad221b58ff8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionWithSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionWithSessions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CompleteMissionMutation, CompleteMissionMutationVariables>;
export const UpdateViewerDocument = {"__meta__":{"hash":"sha256:5f2a2c59044a33d52c2ce8200be1022847354eca1de03004413592a54ea16d90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateViewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateViewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateViewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnergy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateViewerMutation, UpdateViewerMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:61bf90bd109968a5f35c14909f178077acbdd88038c25360ecb9a09ecadbbfb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMissionCount"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ViewerMissionsDocument = {"__meta__":{"hash":"sha256:81dcea9241fca39f6178320927ca2c53eb88d44ade423627e5f46ec3002a0a2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerMissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerMissionsQuery, ViewerMissionsQueryVariables>;
export const ViewerGoalsDocument = {"__meta__":{"hash":"sha256:00bd12a875f7b2ba9e77329f5a24d4a17446e78f5cf0c7c24df245686c107def"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerGoalsQuery, ViewerGoalsQueryVariables>;
export const TriadDocument = {"__meta__":{"hash":"sha256:2cf4c2adcfbe9c565a16776aee68e5175c0c659c76f0e0545231bc71f111a5c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Triad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionTriad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}}]}}]}}]}}]} as unknown as DocumentNode<TriadQuery, TriadQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:f0ecacccbed1adb267c846e7b98a45ade9d53fbe8c2db7debc5bbf8b77cf5283"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const MissionChangedDocument = {"__meta__":{"hash":"sha256:08e79bcf6a1c8de34515b8911d6dd37fabbf74aeac723181bf05ca46e746ec4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MissionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MissionChangedSubscription, MissionChangedSubscriptionVariables>;
export const MissionChangedWithGoalDocument = {"__meta__":{"hash":"sha256:62a7919264f3be7d3807784e25e1566c9f01f7ef9a3b053df4985535def5b58b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MissionChangedWithGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionChangedWithGoalSubscription, MissionChangedWithGoalSubscriptionVariables>;
export const QuestsGeneratedDocument = {"__meta__":{"hash":"sha256:392ce7c4eb3ecbd191d1c4d9d46123f549c74cbddb279a0892fdc3cd0f1ce395"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuestsGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questsGenerated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityScore"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestsGeneratedSubscription, QuestsGeneratedSubscriptionVariables>;
export const GenerateQuestsDocument = {"__meta__":{"hash":"sha256:895beefa1087b90ab8db8645b71c8b96f3b442399cf7274c3210f59bae106e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateQuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateQuestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateQuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<GenerateQuestsMutation, GenerateQuestsMutationVariables>;
export const GenerationRunsDocument = {"__meta__":{"hash":"sha256:2759e09a6a975f58775949b68b4ee49036f3ea73eb9d2314d9703ff9b07db7dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenerationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questGenerationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerationRunsQuery, GenerationRunsQueryVariables>;
export const GenerationRunAuditDocument = {"__meta__":{"hash":"sha256:65ee46574c53ce02bf0454e55e834a1476587cb60048a57e27c77a7879723d04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenerationRunAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questGenerationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowKey"}},{"kind":"Field","name":{"kind":"Name","value":"missionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"fellBack"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"modelLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerationRunAuditQuery, GenerationRunAuditQueryVariables>;
export const GenerationHealthDocument = {"__meta__":{"hash":"sha256:ed48ff857570f4cb99d06dcce0f5abfdb26cb015551bdd7dfb71748d1778f11c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenerationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questGenerationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"usersProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"missionsGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"failedLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"failureRate"}},{"kind":"Field","name":{"kind":"Name","value":"activeAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GenerationHealthQuery, GenerationHealthQueryVariables>;
export const QuestPatternsDocument = {"__meta__":{"hash":"sha256:672ece2b0cb3ac179686fd7e8e436d45288faf76251ba5f5f282240cb381a463"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"completionsByHour"}},{"kind":"Field","name":{"kind":"Name","value":"peakHours"}},{"kind":"Field","name":{"kind":"Name","value":"meanActualMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"energy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastWorked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestPatternsQuery, QuestPatternsQueryVariables>;
export const StartAdventureDocument = {"__meta__":{"hash":"sha256:fc6ed0184d9cb3aafa174c482795e5f686e25ae52ab09ad7d7f547c37d6338ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAdventure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAdventureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAdventure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdventureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StartAdventureMutation, StartAdventureMutationVariables>;
export const CreateCharacterDocument = {"__meta__":{"hash":"sha256:7cb2e53cfdc3eacca1273754e1c650f83caec111433673889ccfd442b19aae25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCharacterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdventureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateCharacterMutation, CreateCharacterMutationVariables>;
export const ChooseAdventureQuestDocument = {"__meta__":{"hash":"sha256:8f0dae3916b0413c8fb56de008f2bcf323038cdcdbfd6d0f4b1232735ecac602"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseAdventureQuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseAdventureQuestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseAdventureQuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdventureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ChooseAdventureQuestMutation, ChooseAdventureQuestMutationVariables>;
export const TakeAdventureActionDocument = {"__meta__":{"hash":"sha256:de0da95dc6d194ad1aca7cebb923816ebdb83fc411a23c8afc60ef7d78354c45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeAdventureAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeAdventureActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeAdventureAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narration"}},{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdventureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TakeAdventureActionMutation, TakeAdventureActionMutationVariables>;
export const AbandonAdventureDocument = {"__meta__":{"hash":"sha256:e714284247a55c96eb02143de7057aaef7d6687e0415f6ba495b423bf6c77d51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbandonAdventure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonAdventure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AbandonAdventureMutation, AbandonAdventureMutationVariables>;
export const AdventureDocument = {"__meta__":{"hash":"sha256:2af37bd37418e64b9283a4a3baf61f8d50053cfe3fd0b586878dff05d3023a4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Adventure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdventureFields"}},{"kind":"Field","name":{"kind":"Name","value":"moments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"narration"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdventureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdventureSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gamePhase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"maxTurns"}},{"kind":"Field","name":{"kind":"Name","value":"turnsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"climaxReached"}},{"kind":"Field","name":{"kind":"Name","value":"pacingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"directive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"backstory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeQuest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAtTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epilogue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReason"}}]}}]} as unknown as DocumentNode<AdventureQuery, AdventureQueryVariables>;
export const ViewerAdventuresDocument = {"__meta__":{"hash":"sha256:18839686a58deede462b1f031923e16bf8b75cdc850eaada1b53d70896b9572d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerAdventures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerAdventuresQuery, ViewerAdventuresQueryVariables>;
export const AdventurePhaseChangedDocument = {"__meta__":{"hash":"sha256:b72f2401c7e341086d8008a9b4ea31b3ce59b94e40db9cc8bc2519483c70f8f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdventurePhaseChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adventureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventurePhaseChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adventureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adventureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adventure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"turn"}}]}}]}}]}}]} as unknown as DocumentNode<AdventurePhaseChangedSubscription, AdventurePhaseChangedSubscriptionVariables>;
export const AdventureNarrationDocument = {"__meta__":{"hash":"sha256:163a055510a1f7bce067a184e3c1096dad88fef8842230a41519d225a9764796"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdventureNarration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adventureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adventureNarration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adventureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adventureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<AdventureNarrationSubscription, AdventureNarrationSubscriptionVariables>;