import { graphql } from '../generated/index.js';

/** The operations of the narrator's memory, character edits and quest re-rolls (issue 12, items 3–5). */

export const MEMORY_ADVENTURE_FIELDS = graphql(`
  fragment MemoryAdventureFields on AdventureSession {
    id
    gamePhase
    turn
    memoryNote
    storyCards {
      id
      text
      triggers
    }
    questRerollsLeft
    character {
      name
      archetype
      backstory
    }
    questOffers {
      id
      title
    }
  }
`);

export const SET_MEMORY = graphql(`
  mutation SetAdventureMemory($input: SetAdventureMemoryInput!) {
    setAdventureMemory(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ADD_CARD = graphql(`
  mutation AddAdventureStoryCard($input: AddAdventureStoryCardInput!) {
    addAdventureStoryCard(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UPDATE_CARD = graphql(`
  mutation UpdateAdventureStoryCard($input: UpdateAdventureStoryCardInput!) {
    updateAdventureStoryCard(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const REMOVE_CARD = graphql(`
  mutation RemoveAdventureStoryCard($input: RemoveAdventureStoryCardInput!) {
    removeAdventureStoryCard(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EDIT_CHARACTER = graphql(`
  mutation EditAdventureCharacter($input: EditAdventureCharacterInput!) {
    editAdventureCharacter(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const REROLL_QUESTS = graphql(`
  mutation RerollAdventureQuests($input: RerollAdventureQuestsInput!) {
    rerollAdventureQuests(input: $input) {
      adventure {
        ...MemoryAdventureFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
