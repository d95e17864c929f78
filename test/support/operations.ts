import { graphql } from '../generated/index.js';

/**
 * The operations the integration tests send, in one place. `npm run codegen`
 * checks each against the schema and generates its typed document.
 */
graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);

graphql(`
  fragment MissionFields on Mission {
    id
    title
    description
    estimatedMinutes
    energyLevel
    valueCategory
    priorityScore
    status
    source
    dueDate
    completedAt
    goal {
      id
      title
    }
  }
`);

graphql(`
  fragment MissionWithSessions on Mission {
    ...MissionFields
    sessions(first: 100) {
      totalCount
      edges {
        node {
          id
          status
          actualMinutes
          startedAt
          completedAt
        }
      }
    }
  }
`);

export const CREATE_GOAL = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      goal {
        id
        title
        description
        goalType
        valueCategory
        importance
        targetDate
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UPDATE_GOAL = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        id
        title
        importance
        status
        targetDate
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ARCHIVE_GOAL = graphql(`
  mutation ArchiveGoal($input: ArchiveGoalInput!) {
    archiveGoal(input: $input) {
      goal {
        id
        status
        missions {
          edges {
            node {
              id
              status
            }
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CREATE_MISSION = graphql(`
  mutation CreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      mission {
        ...MissionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UPDATE_MISSION = graphql(`
  mutation UpdateMission($input: UpdateMissionInput!) {
    updateMission(input: $input) {
      mission {
        ...MissionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const START_MISSION = graphql(`
  mutation StartMission($input: MissionIdInput!) {
    startMission(input: $input) {
      mission {
        ...MissionWithSessions
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DEFER_MISSION = graphql(`
  mutation DeferMission($input: MissionIdInput!) {
    deferMission(input: $input) {
      mission {
        ...MissionWithSessions
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ABANDON_MISSION = graphql(`
  mutation AbandonMission($input: MissionIdInput!) {
    abandonMission(input: $input) {
      mission {
        ...MissionWithSessions
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const COMPLETE_MISSION = graphql(`
  mutation CompleteMission($input: CompleteMissionInput!) {
    completeMission(input: $input) {
      mission {
        ...MissionWithSessions
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UPDATE_VIEWER = graphql(`
  mutation UpdateViewer($input: UpdateViewerInput!) {
    updateViewer(input: $input) {
      viewer {
        id
        displayName
        timeZone
        currentEnergy
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      timeZone
      role
      pendingMissionCount
    }
  }
`);

export const VIEWER_MISSIONS = graphql(`
  query ViewerMissions($first: Int, $after: String, $status: MissionStatus) {
    viewer {
      missions(first: $first, after: $after, status: $status) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            title
            priorityScore
            status
          }
        }
      }
    }
  }
`);

export const VIEWER_GOALS = graphql(`
  query ViewerGoals($first: Int) {
    viewer {
      goals(first: $first) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            title
            status
          }
        }
      }
    }
  }
`);

export const TRIAD = graphql(`
  query Triad {
    viewer {
      missionTriad {
        id
        title
        priorityScore
        valueCategory
        energyLevel
      }
    }
  }
`);

export const NODE = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Goal {
        title
      }
      ... on Mission {
        title
      }
    }
  }
`);

export const MISSION_CHANGED = graphql(`
  subscription MissionChanged {
    missionChanged {
      kind
      mission {
        id
        title
        status
      }
    }
  }
`);

export const MISSION_CHANGED_WITH_GOAL = graphql(`
  subscription MissionChangedWithGoal {
    missionChanged {
      kind
      mission {
        id
        estimatedMinutes
        goal {
          title
        }
      }
    }
  }
`);

export const QUESTS_GENERATED = graphql(`
  subscription QuestsGenerated {
    questsGenerated {
      run {
        id
        trigger
        status
        missionsCreated
        fellBack
      }
      missions {
        id
        title
        source
        status
        estimatedMinutes
        energyLevel
        valueCategory
        priorityScore
        goal {
          id
        }
      }
    }
  }
`);

export const GENERATE_QUESTS = graphql(`
  mutation GenerateQuests($input: GenerateQuestsInput!) {
    generateQuests(input: $input) {
      run {
        id
        userId
        trigger
        status
        windowKey
        attempts
        missionsCreated
        fellBack
        error
        durationMs
        missions(first: 100) {
          totalCount
          edges {
            node {
              id
              title
              source
              estimatedMinutes
              goal {
                id
              }
            }
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const GENERATION_RUNS = graphql(`
  query GenerationRuns($userId: ID, $status: GenerationStatus, $first: Int) {
    questGenerationRuns(userId: $userId, status: $status, first: $first) {
      edges {
        node {
          id
          userId
          trigger
          status
          missionsCreated
          fellBack
          error
        }
      }
    }
  }
`);

export const GENERATION_RUN_AUDIT = graphql(`
  query GenerationRunAudit($userId: ID) {
    questGenerationRuns(userId: $userId, first: 1) {
      edges {
        node {
          id
          status
          windowKey
          missionsCreated
          fellBack
          error
          provider
          model
          promptVersion
          modelLatencyMs
          inputTokens
          outputTokens
          shortfall
          rejections {
            index
            title
            goalId
            reason
            detail
          }
          missions(first: 100) {
            edges {
              node {
                id
                title
                estimatedMinutes
                energyLevel
                valueCategory
                source
                generatedBy
                goal {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const GENERATION_HEALTH = graphql(`
  query GenerationHealth {
    questGenerationHealth {
      lastSweep {
        slot
        usersProcessed
        missionsGenerated
        failures
        finishedAt
      }
      runsLast24h
      failedLast24h
      failureRate
      activeAlerts {
        kind
        userId
        message
      }
    }
  }
`);

export const QUEST_PATTERNS = graphql(`
  query QuestPatterns {
    viewer {
      questPatterns {
        windowDays
        completedCount
        completionsByHour
        peakHours
        meanActualMinutes
        energy {
          energyLevel
          share
          completionRate
        }
        categories {
          valueCategory
          share
        }
        goalActivity {
          goal {
            id
            title
          }
          completions
          daysSinceLastWorked
        }
      }
    }
  }
`);

graphql(`
  fragment AdventureFields on AdventureSession {
    id
    status
    gamePhase
    turn
    maxTurns
    turnsRemaining
    progress
    phase
    climaxReached
    pacingEnabled
    pacing {
      urgency
      directive
      guidance
    }
    character {
      name
      archetype
      backstory
    }
    questOffers {
      id
      title
      objectives {
        id
        description
      }
    }
    activeQuest {
      id
      title
      status
      progress
      objectives {
        id
        description
        completed
        completedAtTurn
      }
    }
    epilogue
    completionReason
  }
`);

export const START_ADVENTURE = graphql(`
  mutation StartAdventure($input: StartAdventureInput!) {
    startAdventure(input: $input) {
      adventure {
        ...AdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CREATE_CHARACTER = graphql(`
  mutation CreateCharacter($input: CreateCharacterInput!) {
    createCharacter(input: $input) {
      adventure {
        ...AdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CHOOSE_QUEST = graphql(`
  mutation ChooseAdventureQuest($input: ChooseAdventureQuestInput!) {
    chooseAdventureQuest(input: $input) {
      adventure {
        ...AdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TAKE_ACTION = graphql(`
  mutation TakeAdventureAction($input: TakeAdventureActionInput!) {
    takeAdventureAction(input: $input) {
      narration
      adventure {
        ...AdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ABANDON_ADVENTURE = graphql(`
  mutation AbandonAdventure($input: AdventureIdInput!) {
    abandonAdventure(input: $input) {
      adventure {
        id
        status
        completionReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ADVENTURE = graphql(`
  query Adventure($id: ID!) {
    node(id: $id) {
      ... on AdventureSession {
        ...AdventureFields
        moments(first: 100) {
          totalCount
          edges {
            node {
              turn
              kind
              summary
              significance
            }
          }
        }
        exchanges(last: 3) {
          turn
          action
          narration
        }
      }
    }
  }
`);

export const VIEWER_ADVENTURES = graphql(`
  query ViewerAdventures {
    viewer {
      adventures(first: 10) {
        edges {
          node {
            id
            status
            turn
          }
        }
      }
    }
  }
`);

export const ADVENTURE_PHASE_CHANGED = graphql(`
  subscription AdventurePhaseChanged($adventureId: ID!) {
    adventurePhaseChanged(adventureId: $adventureId) {
      from
      to
      turn
      status
      adventure {
        id
        phase
        turn
      }
    }
  }
`);

export const ADVENTURE_NARRATION = graphql(`
  subscription AdventureNarration($adventureId: ID!) {
    adventureNarration(adventureId: $adventureId) {
      turn
      text
      done
    }
  }
`);
