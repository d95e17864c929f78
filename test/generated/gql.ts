/* eslint-disable */
import * as types from './graphql.js';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BudgetStartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": typeof types.BudgetStartAdventureDocument,
    "\n  mutation BudgetCreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        id\n        creationStep\n        questOffers {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": typeof types.BudgetCreateCharacterDocument,
    "\n  mutation BudgetChooseQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BudgetChooseQuestDocument,
    "\n  mutation BudgetAbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BudgetAbandonAdventureDocument,
    "\n  mutation BudgetTakeAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      turn\n      adventure {\n        id\n        turn\n        status\n        completionReason\n        epilogue\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": typeof types.BudgetTakeActionDocument,
    "\n  mutation BudgetGenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": typeof types.BudgetGenerateQuestsDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment MissionFields on Mission {\n    id\n    title\n    description\n    estimatedMinutes\n    energyLevel\n    valueCategory\n    priorityScore\n    status\n    source\n    dueDate\n    completedAt\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.MissionFieldsFragmentDoc,
    "\n  fragment MissionWithSessions on Mission {\n    ...MissionFields\n    sessions {\n      id\n      status\n      actualMinutes\n      startedAt\n      completedAt\n    }\n  }\n": typeof types.MissionWithSessionsFragmentDoc,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        id\n        title\n        description\n        goalType\n        valueCategory\n        importance\n        targetDate\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        id\n        title\n        importance\n        status\n        targetDate\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation ArchiveGoal($input: ArchiveGoalInput!) {\n    archiveGoal(input: $input) {\n      goal {\n        id\n        status\n        missions {\n          edges {\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveGoalDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateMissionDocument,
    "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateMissionDocument,
    "\n  mutation StartMission($input: MissionIdInput!) {\n    startMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartMissionDocument,
    "\n  mutation DeferMission($input: MissionIdInput!) {\n    deferMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeferMissionDocument,
    "\n  mutation AbandonMission($input: MissionIdInput!) {\n    abandonMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AbandonMissionDocument,
    "\n  mutation CompleteMission($input: CompleteMissionInput!) {\n    completeMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteMissionDocument,
    "\n  mutation UpdateViewer($input: UpdateViewerInput!) {\n    updateViewer(input: $input) {\n      viewer {\n        id\n        displayName\n        timeZone\n        currentEnergy\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateViewerDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      timeZone\n      role\n      pendingMissionCount\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ViewerMissions($first: Int, $after: String, $status: MissionStatus) {\n    viewer {\n      missions(first: $first, after: $after, status: $status) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            priorityScore\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerMissionsDocument,
    "\n  query ViewerGoals($first: Int) {\n    viewer {\n      goals(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerGoalsDocument,
    "\n  query Triad {\n    viewer {\n      missionTriad {\n        id\n        title\n        priorityScore\n        valueCategory\n        energyLevel\n      }\n    }\n  }\n": typeof types.TriadDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Goal {\n        title\n      }\n      ... on Mission {\n        title\n      }\n    }\n  }\n": typeof types.NodeDocument,
    "\n  subscription MissionChanged {\n    missionChanged {\n      id\n      title\n      status\n    }\n  }\n": typeof types.MissionChangedDocument,
    "\n  subscription MissionChangedWithGoal {\n    missionChanged {\n      id\n      estimatedMinutes\n      goal {\n        title\n      }\n    }\n  }\n": typeof types.MissionChangedWithGoalDocument,
    "\n  subscription QuestsGenerated {\n    questsGenerated {\n      run {\n        id\n        trigger\n        status\n        missionsCreated\n        fellBack\n      }\n      missions {\n        id\n        title\n        source\n        status\n        estimatedMinutes\n        energyLevel\n        valueCategory\n        priorityScore\n        goal {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QuestsGeneratedDocument,
    "\n  mutation GenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        userId\n        trigger\n        status\n        windowKey\n        attempts\n        missionsCreated\n        fellBack\n        error\n        durationMs\n        missions {\n          id\n          title\n          source\n          estimatedMinutes\n          goal {\n            id\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.GenerateQuestsDocument,
    "\n  query GenerationRuns($userId: ID, $status: GenerationStatus, $first: Int) {\n    questGenerationRuns(userId: $userId, status: $status, first: $first) {\n      edges {\n        node {\n          id\n          userId\n          trigger\n          status\n          missionsCreated\n          fellBack\n          error\n        }\n      }\n    }\n  }\n": typeof types.GenerationRunsDocument,
    "\n  query GenerationHealth {\n    questGenerationHealth {\n      lastSweep {\n        slot\n        usersProcessed\n        missionsGenerated\n        failures\n        finishedAt\n      }\n      runsLast24h\n      failedLast24h\n      failureRate\n      activeAlerts {\n        kind\n        userId\n        message\n      }\n    }\n  }\n": typeof types.GenerationHealthDocument,
    "\n  query QuestPatterns {\n    viewer {\n      questPatterns {\n        windowDays\n        completedCount\n        completionsByHour\n        peakHours\n        meanActualMinutes\n        energy {\n          energyLevel\n          share\n          completionRate\n        }\n        categories {\n          valueCategory\n          share\n        }\n        goalActivity {\n          goal {\n            id\n            title\n          }\n          completions\n          daysSinceLastWorked\n        }\n      }\n    }\n  }\n": typeof types.QuestPatternsDocument,
    "\n  fragment AdventureFields on AdventureSession {\n    id\n    status\n    gamePhase\n    turn\n    maxTurns\n    turnsRemaining\n    progress\n    phase\n    climaxReached\n    pacingEnabled\n    pacing {\n      urgency\n      directive\n      guidance\n    }\n    character {\n      name\n      archetype\n      backstory\n    }\n    questOffers {\n      id\n      title\n      objectives {\n        id\n        description\n      }\n    }\n    activeQuest {\n      id\n      title\n      status\n      progress\n      objectives {\n        id\n        description\n        completed\n        completedAtTurn\n      }\n    }\n    epilogue\n    completionReason\n  }\n": typeof types.AdventureFieldsFragmentDoc,
    "\n  mutation StartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartAdventureDocument,
    "\n  mutation CreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCharacterDocument,
    "\n  mutation ChooseAdventureQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChooseAdventureQuestDocument,
    "\n  mutation TakeAdventureAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TakeAdventureActionDocument,
    "\n  mutation AbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n        completionReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AbandonAdventureDocument,
    "\n  query Adventure($id: ID!) {\n    node(id: $id) {\n      ... on AdventureSession {\n        ...AdventureFields\n        moments {\n          turn\n          kind\n          summary\n          significance\n        }\n        exchanges(last: 3) {\n          turn\n          action\n          narration\n        }\n      }\n    }\n  }\n": typeof types.AdventureDocument,
    "\n  query ViewerAdventures {\n    viewer {\n      adventures(first: 10) {\n        edges {\n          node {\n            id\n            status\n            turn\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerAdventuresDocument,
    "\n  subscription AdventurePhaseChanged($adventureId: ID!) {\n    adventurePhaseChanged(adventureId: $adventureId) {\n      from\n      to\n      turn\n      status\n      adventure {\n        id\n        phase\n        turn\n      }\n    }\n  }\n": typeof types.AdventurePhaseChangedDocument,
    "\n  subscription AdventureNarration($adventureId: ID!) {\n    adventureNarration(adventureId: $adventureId) {\n      turn\n      text\n      done\n    }\n  }\n": typeof types.AdventureNarrationDocument,
};
const documents: Documents = {
    "\n  mutation BudgetStartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": types.BudgetStartAdventureDocument,
    "\n  mutation BudgetCreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        id\n        creationStep\n        questOffers {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": types.BudgetCreateCharacterDocument,
    "\n  mutation BudgetChooseQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BudgetChooseQuestDocument,
    "\n  mutation BudgetAbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BudgetAbandonAdventureDocument,
    "\n  mutation BudgetTakeAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      turn\n      adventure {\n        id\n        turn\n        status\n        completionReason\n        epilogue\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": types.BudgetTakeActionDocument,
    "\n  mutation BudgetGenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n": types.BudgetGenerateQuestsDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment MissionFields on Mission {\n    id\n    title\n    description\n    estimatedMinutes\n    energyLevel\n    valueCategory\n    priorityScore\n    status\n    source\n    dueDate\n    completedAt\n    goal {\n      id\n      title\n    }\n  }\n": types.MissionFieldsFragmentDoc,
    "\n  fragment MissionWithSessions on Mission {\n    ...MissionFields\n    sessions {\n      id\n      status\n      actualMinutes\n      startedAt\n      completedAt\n    }\n  }\n": types.MissionWithSessionsFragmentDoc,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        id\n        title\n        description\n        goalType\n        valueCategory\n        importance\n        targetDate\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        id\n        title\n        importance\n        status\n        targetDate\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation ArchiveGoal($input: ArchiveGoalInput!) {\n    archiveGoal(input: $input) {\n      goal {\n        id\n        status\n        missions {\n          edges {\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveGoalDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateMissionDocument,
    "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateMissionDocument,
    "\n  mutation StartMission($input: MissionIdInput!) {\n    startMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartMissionDocument,
    "\n  mutation DeferMission($input: MissionIdInput!) {\n    deferMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeferMissionDocument,
    "\n  mutation AbandonMission($input: MissionIdInput!) {\n    abandonMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AbandonMissionDocument,
    "\n  mutation CompleteMission($input: CompleteMissionInput!) {\n    completeMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteMissionDocument,
    "\n  mutation UpdateViewer($input: UpdateViewerInput!) {\n    updateViewer(input: $input) {\n      viewer {\n        id\n        displayName\n        timeZone\n        currentEnergy\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateViewerDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      timeZone\n      role\n      pendingMissionCount\n    }\n  }\n": types.ViewerDocument,
    "\n  query ViewerMissions($first: Int, $after: String, $status: MissionStatus) {\n    viewer {\n      missions(first: $first, after: $after, status: $status) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            priorityScore\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ViewerMissionsDocument,
    "\n  query ViewerGoals($first: Int) {\n    viewer {\n      goals(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ViewerGoalsDocument,
    "\n  query Triad {\n    viewer {\n      missionTriad {\n        id\n        title\n        priorityScore\n        valueCategory\n        energyLevel\n      }\n    }\n  }\n": types.TriadDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Goal {\n        title\n      }\n      ... on Mission {\n        title\n      }\n    }\n  }\n": types.NodeDocument,
    "\n  subscription MissionChanged {\n    missionChanged {\n      id\n      title\n      status\n    }\n  }\n": types.MissionChangedDocument,
    "\n  subscription MissionChangedWithGoal {\n    missionChanged {\n      id\n      estimatedMinutes\n      goal {\n        title\n      }\n    }\n  }\n": types.MissionChangedWithGoalDocument,
    "\n  subscription QuestsGenerated {\n    questsGenerated {\n      run {\n        id\n        trigger\n        status\n        missionsCreated\n        fellBack\n      }\n      missions {\n        id\n        title\n        source\n        status\n        estimatedMinutes\n        energyLevel\n        valueCategory\n        priorityScore\n        goal {\n          id\n        }\n      }\n    }\n  }\n": types.QuestsGeneratedDocument,
    "\n  mutation GenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        userId\n        trigger\n        status\n        windowKey\n        attempts\n        missionsCreated\n        fellBack\n        error\n        durationMs\n        missions {\n          id\n          title\n          source\n          estimatedMinutes\n          goal {\n            id\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.GenerateQuestsDocument,
    "\n  query GenerationRuns($userId: ID, $status: GenerationStatus, $first: Int) {\n    questGenerationRuns(userId: $userId, status: $status, first: $first) {\n      edges {\n        node {\n          id\n          userId\n          trigger\n          status\n          missionsCreated\n          fellBack\n          error\n        }\n      }\n    }\n  }\n": types.GenerationRunsDocument,
    "\n  query GenerationHealth {\n    questGenerationHealth {\n      lastSweep {\n        slot\n        usersProcessed\n        missionsGenerated\n        failures\n        finishedAt\n      }\n      runsLast24h\n      failedLast24h\n      failureRate\n      activeAlerts {\n        kind\n        userId\n        message\n      }\n    }\n  }\n": types.GenerationHealthDocument,
    "\n  query QuestPatterns {\n    viewer {\n      questPatterns {\n        windowDays\n        completedCount\n        completionsByHour\n        peakHours\n        meanActualMinutes\n        energy {\n          energyLevel\n          share\n          completionRate\n        }\n        categories {\n          valueCategory\n          share\n        }\n        goalActivity {\n          goal {\n            id\n            title\n          }\n          completions\n          daysSinceLastWorked\n        }\n      }\n    }\n  }\n": types.QuestPatternsDocument,
    "\n  fragment AdventureFields on AdventureSession {\n    id\n    status\n    gamePhase\n    turn\n    maxTurns\n    turnsRemaining\n    progress\n    phase\n    climaxReached\n    pacingEnabled\n    pacing {\n      urgency\n      directive\n      guidance\n    }\n    character {\n      name\n      archetype\n      backstory\n    }\n    questOffers {\n      id\n      title\n      objectives {\n        id\n        description\n      }\n    }\n    activeQuest {\n      id\n      title\n      status\n      progress\n      objectives {\n        id\n        description\n        completed\n        completedAtTurn\n      }\n    }\n    epilogue\n    completionReason\n  }\n": types.AdventureFieldsFragmentDoc,
    "\n  mutation StartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartAdventureDocument,
    "\n  mutation CreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCharacterDocument,
    "\n  mutation ChooseAdventureQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChooseAdventureQuestDocument,
    "\n  mutation TakeAdventureAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TakeAdventureActionDocument,
    "\n  mutation AbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n        completionReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AbandonAdventureDocument,
    "\n  query Adventure($id: ID!) {\n    node(id: $id) {\n      ... on AdventureSession {\n        ...AdventureFields\n        moments {\n          turn\n          kind\n          summary\n          significance\n        }\n        exchanges(last: 3) {\n          turn\n          action\n          narration\n        }\n      }\n    }\n  }\n": types.AdventureDocument,
    "\n  query ViewerAdventures {\n    viewer {\n      adventures(first: 10) {\n        edges {\n          node {\n            id\n            status\n            turn\n          }\n        }\n      }\n    }\n  }\n": types.ViewerAdventuresDocument,
    "\n  subscription AdventurePhaseChanged($adventureId: ID!) {\n    adventurePhaseChanged(adventureId: $adventureId) {\n      from\n      to\n      turn\n      status\n      adventure {\n        id\n        phase\n        turn\n      }\n    }\n  }\n": types.AdventurePhaseChangedDocument,
    "\n  subscription AdventureNarration($adventureId: ID!) {\n    adventureNarration(adventureId: $adventureId) {\n      turn\n      text\n      done\n    }\n  }\n": types.AdventureNarrationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetStartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetStartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetCreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        id\n        creationStep\n        questOffers {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetCreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        id\n        creationStep\n        questOffers {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetChooseQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetChooseQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetAbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetAbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetTakeAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      turn\n      adventure {\n        id\n        turn\n        status\n        completionReason\n        epilogue\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetTakeAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      turn\n      adventure {\n        id\n        turn\n        status\n        completionReason\n        epilogue\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetGenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetGenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionFields on Mission {\n    id\n    title\n    description\n    estimatedMinutes\n    energyLevel\n    valueCategory\n    priorityScore\n    status\n    source\n    dueDate\n    completedAt\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment MissionFields on Mission {\n    id\n    title\n    description\n    estimatedMinutes\n    energyLevel\n    valueCategory\n    priorityScore\n    status\n    source\n    dueDate\n    completedAt\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionWithSessions on Mission {\n    ...MissionFields\n    sessions {\n      id\n      status\n      actualMinutes\n      startedAt\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MissionWithSessions on Mission {\n    ...MissionFields\n    sessions {\n      id\n      status\n      actualMinutes\n      startedAt\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        id\n        title\n        description\n        goalType\n        valueCategory\n        importance\n        targetDate\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      goal {\n        id\n        title\n        description\n        goalType\n        valueCategory\n        importance\n        targetDate\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        id\n        title\n        importance\n        status\n        targetDate\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      goal {\n        id\n        title\n        importance\n        status\n        targetDate\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGoal($input: ArchiveGoalInput!) {\n    archiveGoal(input: $input) {\n      goal {\n        id\n        status\n        missions {\n          edges {\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGoal($input: ArchiveGoalInput!) {\n    archiveGoal(input: $input) {\n      goal {\n        id\n        status\n        missions {\n          edges {\n            node {\n              id\n              status\n            }\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMission($input: UpdateMissionInput!) {\n    updateMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMission($input: MissionIdInput!) {\n    startMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMission($input: MissionIdInput!) {\n    startMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeferMission($input: MissionIdInput!) {\n    deferMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeferMission($input: MissionIdInput!) {\n    deferMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonMission($input: MissionIdInput!) {\n    abandonMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AbandonMission($input: MissionIdInput!) {\n    abandonMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMission($input: CompleteMissionInput!) {\n    completeMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMission($input: CompleteMissionInput!) {\n    completeMission(input: $input) {\n      mission {\n        ...MissionWithSessions\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateViewer($input: UpdateViewerInput!) {\n    updateViewer(input: $input) {\n      viewer {\n        id\n        displayName\n        timeZone\n        currentEnergy\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateViewer($input: UpdateViewerInput!) {\n    updateViewer(input: $input) {\n      viewer {\n        id\n        displayName\n        timeZone\n        currentEnergy\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      timeZone\n      role\n      pendingMissionCount\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      timeZone\n      role\n      pendingMissionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerMissions($first: Int, $after: String, $status: MissionStatus) {\n    viewer {\n      missions(first: $first, after: $after, status: $status) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            priorityScore\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerMissions($first: Int, $after: String, $status: MissionStatus) {\n    viewer {\n      missions(first: $first, after: $after, status: $status) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            priorityScore\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerGoals($first: Int) {\n    viewer {\n      goals(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerGoals($first: Int) {\n    viewer {\n      goals(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Triad {\n    viewer {\n      missionTriad {\n        id\n        title\n        priorityScore\n        valueCategory\n        energyLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  query Triad {\n    viewer {\n      missionTriad {\n        id\n        title\n        priorityScore\n        valueCategory\n        energyLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Goal {\n        title\n      }\n      ... on Mission {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Goal {\n        title\n      }\n      ... on Mission {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MissionChanged {\n    missionChanged {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription MissionChanged {\n    missionChanged {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MissionChangedWithGoal {\n    missionChanged {\n      id\n      estimatedMinutes\n      goal {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MissionChangedWithGoal {\n    missionChanged {\n      id\n      estimatedMinutes\n      goal {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestsGenerated {\n    questsGenerated {\n      run {\n        id\n        trigger\n        status\n        missionsCreated\n        fellBack\n      }\n      missions {\n        id\n        title\n        source\n        status\n        estimatedMinutes\n        energyLevel\n        valueCategory\n        priorityScore\n        goal {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuestsGenerated {\n    questsGenerated {\n      run {\n        id\n        trigger\n        status\n        missionsCreated\n        fellBack\n      }\n      missions {\n        id\n        title\n        source\n        status\n        estimatedMinutes\n        energyLevel\n        valueCategory\n        priorityScore\n        goal {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        userId\n        trigger\n        status\n        windowKey\n        attempts\n        missionsCreated\n        fellBack\n        error\n        durationMs\n        missions {\n          id\n          title\n          source\n          estimatedMinutes\n          goal {\n            id\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateQuests($input: GenerateQuestsInput!) {\n    generateQuests(input: $input) {\n      run {\n        id\n        userId\n        trigger\n        status\n        windowKey\n        attempts\n        missionsCreated\n        fellBack\n        error\n        durationMs\n        missions {\n          id\n          title\n          source\n          estimatedMinutes\n          goal {\n            id\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GenerationRuns($userId: ID, $status: GenerationStatus, $first: Int) {\n    questGenerationRuns(userId: $userId, status: $status, first: $first) {\n      edges {\n        node {\n          id\n          userId\n          trigger\n          status\n          missionsCreated\n          fellBack\n          error\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GenerationRuns($userId: ID, $status: GenerationStatus, $first: Int) {\n    questGenerationRuns(userId: $userId, status: $status, first: $first) {\n      edges {\n        node {\n          id\n          userId\n          trigger\n          status\n          missionsCreated\n          fellBack\n          error\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GenerationHealth {\n    questGenerationHealth {\n      lastSweep {\n        slot\n        usersProcessed\n        missionsGenerated\n        failures\n        finishedAt\n      }\n      runsLast24h\n      failedLast24h\n      failureRate\n      activeAlerts {\n        kind\n        userId\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query GenerationHealth {\n    questGenerationHealth {\n      lastSweep {\n        slot\n        usersProcessed\n        missionsGenerated\n        failures\n        finishedAt\n      }\n      runsLast24h\n      failedLast24h\n      failureRate\n      activeAlerts {\n        kind\n        userId\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestPatterns {\n    viewer {\n      questPatterns {\n        windowDays\n        completedCount\n        completionsByHour\n        peakHours\n        meanActualMinutes\n        energy {\n          energyLevel\n          share\n          completionRate\n        }\n        categories {\n          valueCategory\n          share\n        }\n        goalActivity {\n          goal {\n            id\n            title\n          }\n          completions\n          daysSinceLastWorked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestPatterns {\n    viewer {\n      questPatterns {\n        windowDays\n        completedCount\n        completionsByHour\n        peakHours\n        meanActualMinutes\n        energy {\n          energyLevel\n          share\n          completionRate\n        }\n        categories {\n          valueCategory\n          share\n        }\n        goalActivity {\n          goal {\n            id\n            title\n          }\n          completions\n          daysSinceLastWorked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdventureFields on AdventureSession {\n    id\n    status\n    gamePhase\n    turn\n    maxTurns\n    turnsRemaining\n    progress\n    phase\n    climaxReached\n    pacingEnabled\n    pacing {\n      urgency\n      directive\n      guidance\n    }\n    character {\n      name\n      archetype\n      backstory\n    }\n    questOffers {\n      id\n      title\n      objectives {\n        id\n        description\n      }\n    }\n    activeQuest {\n      id\n      title\n      status\n      progress\n      objectives {\n        id\n        description\n        completed\n        completedAtTurn\n      }\n    }\n    epilogue\n    completionReason\n  }\n"): (typeof documents)["\n  fragment AdventureFields on AdventureSession {\n    id\n    status\n    gamePhase\n    turn\n    maxTurns\n    turnsRemaining\n    progress\n    phase\n    climaxReached\n    pacingEnabled\n    pacing {\n      urgency\n      directive\n      guidance\n    }\n    character {\n      name\n      archetype\n      backstory\n    }\n    questOffers {\n      id\n      title\n      objectives {\n        id\n        description\n      }\n    }\n    activeQuest {\n      id\n      title\n      status\n      progress\n      objectives {\n        id\n        description\n        completed\n        completedAtTurn\n      }\n    }\n    epilogue\n    completionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartAdventure($input: StartAdventureInput!) {\n    startAdventure(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCharacter($input: CreateCharacterInput!) {\n    createCharacter(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseAdventureQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseAdventureQuest($input: ChooseAdventureQuestInput!) {\n    chooseAdventureQuest(input: $input) {\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeAdventureAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TakeAdventureAction($input: TakeAdventureActionInput!) {\n    takeAdventureAction(input: $input) {\n      narration\n      adventure {\n        ...AdventureFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n        completionReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AbandonAdventure($input: AdventureIdInput!) {\n    abandonAdventure(input: $input) {\n      adventure {\n        id\n        status\n        completionReason\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Adventure($id: ID!) {\n    node(id: $id) {\n      ... on AdventureSession {\n        ...AdventureFields\n        moments {\n          turn\n          kind\n          summary\n          significance\n        }\n        exchanges(last: 3) {\n          turn\n          action\n          narration\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Adventure($id: ID!) {\n    node(id: $id) {\n      ... on AdventureSession {\n        ...AdventureFields\n        moments {\n          turn\n          kind\n          summary\n          significance\n        }\n        exchanges(last: 3) {\n          turn\n          action\n          narration\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerAdventures {\n    viewer {\n      adventures(first: 10) {\n        edges {\n          node {\n            id\n            status\n            turn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerAdventures {\n    viewer {\n      adventures(first: 10) {\n        edges {\n          node {\n            id\n            status\n            turn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdventurePhaseChanged($adventureId: ID!) {\n    adventurePhaseChanged(adventureId: $adventureId) {\n      from\n      to\n      turn\n      status\n      adventure {\n        id\n        phase\n        turn\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AdventurePhaseChanged($adventureId: ID!) {\n    adventurePhaseChanged(adventureId: $adventureId) {\n      from\n      to\n      turn\n      status\n      adventure {\n        id\n        phase\n        turn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdventureNarration($adventureId: ID!) {\n    adventureNarration(adventureId: $adventureId) {\n      turn\n      text\n      done\n    }\n  }\n"): (typeof documents)["\n  subscription AdventureNarration($adventureId: ID!) {\n    adventureNarration(adventureId: $adventureId) {\n      turn\n      text\n      done\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;