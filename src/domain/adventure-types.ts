/**
 * The shapes and limits shared by the adventure rules (src/domain), the
 * narrator (src/llm) and the use cases; the enumerations are in
 * vocabulary.ts. Plain data: no Prisma types, no I/O.
 */
import type { NarratorMemory } from './adventure-memory.js';
import type { AdventurePhase, MomentKind, PacingDirective, Urgency } from './vocabulary.js';

export const DEFAULT_MAX_TURNS = 50;
export const MIN_MAX_TURNS = 25;
export const MAX_MAX_TURNS = 100;
/** Character creation takes up to this many steps before the adventure proper. */
export const CREATION_STEPS = 5;
/** The narrator sees this many recent exchanges. */
export const NARRATOR_HISTORY = 20;
/** The epilogue is drawn from this many most significant moments. */
export const EPILOGUE_MOMENTS = 15;

/** Most characters the player may type for each part of the character, and for one action (after trimming). */
export const CHARACTER_NAME_MAX = 60;
export const CHARACTER_ARCHETYPE_MAX = 60;
export const CHARACTER_BACKSTORY_MAX = 1000;
export const ACTION_MAX = 500;
/** Longest client key an action may carry to make its retries safe. */
export const CLIENT_KEY_MAX = 100;

/** Everything the pacing rules need about a session, as of the turn about to be played. */
export interface PacingState {
  /** The turn being played, 1-based (turn 1 is the first action after creation). */
  turn: number;
  maxTurns: number;
  /** The turn at which the active quest was completed, if it was. */
  questCompletedAtTurn: number | null;
  /** The turn at which the story entered DENOUEMENT, if it did. */
  denouementStartedAtTurn: number | null;
  pacingEnabled: boolean;
}

export interface PacingContext {
  turn: number;
  maxTurns: number;
  turnsRemaining: number;
  /** 0..1: turns played / max turns. */
  progress: number;
  phase: AdventurePhase;
  urgency: Urgency;
  directive: PacingDirective;
  /** One or two sentences for the narrator's prompt; empty when pacing is disabled. */
  guidance: string;
  /** The adventure ends after this turn (turn cap, or the denouement of a completed quest). */
  closing: boolean;
}

export interface Character {
  name: string | null;
  archetype: string | null;
  backstory: string | null;
}

export interface ObjectiveView {
  id: string;
  description: string;
  /** Words that, found in the player's action, complete the objective when the narrator did not mark it. */
  keywords: string[];
  completedAt: Date | null;
}

export interface QuestView {
  id: string;
  title: string;
  description: string;
  objectives: ObjectiveView[];
}

export interface ExchangeView {
  turn: number;
  action: string;
  narration: string;
}

export interface MomentView {
  turn: number;
  kind: MomentKind;
  summary: string;
  significance: number; // 0..1
}

/** What the narrator gets for one turn. */
export interface NarrationRequest {
  character: Character;
  quest: QuestView | null;
  pacing: PacingContext;
  /** The player's memory note, the triggered story cards and the key moments (adventure-memory.ts). */
  memory: NarratorMemory;
  history: ExchangeView[]; // the recent exchanges (recentExchangeWindow), oldest first
  action: string;
}

/** What the narrator answers (validated). */
export interface NarrationResult {
  narration: string;
  completedObjectiveIds: string[];
  keyMoment: { kind: MomentKind; summary: string; significance: number } | null;
}

/** A quest offered after character creation. */
export interface QuestOffer {
  title: string;
  description: string;
  objectives: { description: string; keywords: string[] }[]; // 2..4
}
