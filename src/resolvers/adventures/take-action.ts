import { randomUUID } from 'node:crypto';
import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import { ACTION_MAX, CLIENT_KEY_MAX } from '../../domain/adventure-types.js';
import { adventureTurnCost } from '../../domain/model-budget.js';
import { pacingStateAt } from '../../domain/pacing.js';
import { freeText } from '../inputs.js';
import { spendModelBudget } from '../model-budget.js';
import { invalidState, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import {
  CLAIM_CLEARED,
  claimCurrentTurn,
  claimNextStep,
  claimRefusalError,
  refusalOf,
  underClaim,
  type StepClaim,
} from './claim.js';
import { ownAdventure, requireActive } from './load.js';
import { withKnownQuest } from './view.js';
import {
  beforeOf,
  narrate,
  narrationRequest,
  publishChunk,
  publishPhaseChange,
  sessionColumnsAfter,
  settleTurn,
  type SettledTurn,
  questRowsAfter,
  turnReads,
  type TurnSetting,
} from './turn-play.js';

const actionInput = z.object({
  adventureId: z.string(),
  action: freeText({ max: ACTION_MAX, lines: 'multi' }),
  stream: z.boolean().nullish(),
  clientKey: z
    .string()
    .min(1, 'must not be empty')
    .max(CLIENT_KEY_MAX, `must be at most ${CLIENT_KEY_MAX} characters`)
    .nullish(),
});

export interface ActionOutcome {
  narration: string;
  /** The turn the narration belongs to. */
  turn: number;
  session: AdventureSession;
}

/**
 * One turn. First the claim on the adventure's next turn (one conditional
 * update; without a client key it also reads the adventure): of concurrent
 * actions only one gets it, the others are refused before any model call.
 * Then the user's model budget for the turn (its narration, and the epilogue
 * when the turn closes the adventure), then the narration, then one SQL
 * statement commits everything the turn changes — turn + 1 (conditional on
 * the turn claimed and the claim held, so no turn is lost or counted twice),
 * the exchange with its client key, what undo needs and the record of its
 * model calls, completed objectives, the moments, the phase, closure with its
 * epilogue — and clears the claim. A failure releases the claim. The
 * streaming path differs only in how the narration is produced.
 *
 * A client key makes the action safe to retry: a retry of a committed action
 * returns that turn (no model call, nothing played); a retry while the first
 * request is still being played is refused with INVALID_STATE on `clientKey`.
 */
export async function takeAdventureAction(
  ctx: UseCaseContext,
  raw: z.input<typeof actionInput>,
): Promise<ActionOutcome> {
  const input = parseInput(actionInput, raw);
  const clientKey = input.clientKey ?? null;
  const claimed = clientKey === null ? await claimCurrentTurn(ctx, input.adventureId) : null;
  if (claimed) return playClaimed(ctx, input, claimed.session, claimed.claim, null);

  const session = await ownAdventure(ctx.prisma, ctx, input.adventureId);
  const replay = await committedExchange(ctx, session, clientKey, input.action);
  if (replay) return { narration: replay.narration, turn: replay.turn, session };
  requireActive(session);
  if (session.gamePhase === 'CHARACTER_CREATION') {
    throw invalidState('adventureId', 'create the character and choose a quest before taking actions');
  }
  if (clientKey === null) {
    // The claim above was refused and the adventure is playable: another request holds it.
    throw claimRefusalError(refusalOf(session, true, null, ctx.now()), session, MOVED_ON);
  }
  const cost = adventureTurnCost(pacingStateAt(session, session.turn + 1, ctx.pacingEnabled));
  // The turn and the row's last write: a story taken back and replayed to the same turn meanwhile is not this one.
  const step = { turn: session.turn, updatedAt: session.updatedAt };
  const claim = await claimNextStep(ctx, session, step, { clientKey, modelCalls: cost });
  if (!claim) return refusedAction(ctx, session, clientKey, input.action);
  return playClaimed(ctx, input, session, claim, clientKey);
}

const MOVED_ON = 'another action on this adventure was taken at the same time; try again';

/** Plays the turn after `session`'s under `claim`: budget, narration, epilogue if it closes, one-statement commit. */
function playClaimed(
  ctx: UseCaseContext,
  input: { action: string; stream?: boolean | null | undefined },
  session: AdventureSession,
  claim: StepClaim,
  clientKey: string | null,
): Promise<ActionOutcome> {
  return underClaim(ctx, claim, async () => {
    const cost = adventureTurnCost(pacingStateAt(session, session.turn + 1, ctx.pacingEnabled));
    await spendModelBudget(ctx, { userId: ctx.viewer.id, units: cost, operation: 'narrator', field: 'adventureId' });
    const turn = session.turn + 1;
    const { state, story } = await turnReads(ctx.prisma, session.id, turn);
    const setting: TurnSetting = { session, turn, action: input.action, before: beforeOf(session), quest: state.quest };
    const request = await narrationRequest(ctx, setting, story);
    const narrated = await narrate(ctx, session.id, request, input.stream === true);
    const settled = await settleTurn(ctx, setting, request, narrated);
    const committed = await commitTurn(ctx, setting, claim, settled, clientKey);
    // The payload shows the quest as the commit left it, from what was read and written (no read again).
    const rows = state.rows ? questRowsAfter(state.rows, settled.outcome, turn, committed.updatedAt) : null;
    const updated = withKnownQuest(committed, rows);
    if (input.stream) publishChunk(ctx, session.id, setting.turn, '', true);
    ctx.metrics.adventureTurns.inc({ operation: 'play', outcome: narrated.fellBack ? 'fallback' : 'model' });
    return { narration: settled.narration, turn: setting.turn, session: updated };
  });
}

/** The exchange already committed for this client key; null when there is none (or no key). */
async function committedExchange(
  ctx: UseCaseContext,
  session: AdventureSession,
  clientKey: string | null,
  action: string,
): Promise<{ narration: string; turn: number } | null> {
  if (clientKey === null) return null;
  const exchange = await ctx.prisma.adventureExchange.findUnique({
    where: { sessionId_clientKey: { sessionId: session.id, clientKey } },
  });
  if (!exchange) return null;
  if (exchange.action !== action) {
    throw invalidState(
      'clientKey',
      `this clientKey was used for another action (turn ${exchange.turn}); use a new key`,
    );
  }
  return exchange;
}

/** The claim was refused: say why, unless the first request with this client key has committed meanwhile. */
async function refusedAction(
  ctx: UseCaseContext,
  session: AdventureSession,
  clientKey: string | null,
  action: string,
): Promise<ActionOutcome> {
  // The exchange first: once it is seen, the session read after it includes its turn.
  const replay = await committedExchange(ctx, session, clientKey, action);
  const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  if (replay) return { narration: replay.narration, turn: replay.turn, session: current };
  const refusal = refusalOf(current, current.turn === session.turn, clientKey, ctx.now());
  throw claimRefusalError(refusal, current, MOVED_ON);
}

/**
 * One statement commits the whole turn (the hot path: no BEGIN/COMMIT round trips): the adventure row,
 * conditional on the turn read and the claim held, and — only when that row was updated — the exchange with
 * what undo needs, the objectives, the quest and the moments. A statement is atomic: all of it or nothing.
 */
async function commitTurn(
  ctx: UseCaseContext,
  setting: TurnSetting,
  claim: StepClaim,
  settled: SettledTurn,
  clientKey: string | null,
): Promise<AdventureSession> {
  const { session, turn, quest } = setting;
  const now = ctx.now();
  const columns = { ...sessionColumnsAfter(settled.outcome, settled.epilogue?.epilogue ?? null, now), turn };
  const at = now.toISOString();
  const moments = JSON.stringify(settled.outcome.moments.map((moment) => ({ ...moment, id: randomUUID() })));
  const [row] = await ctx.prisma.$queryRaw<{ updated: number }[]>`
    WITH s AS (
      UPDATE "AdventureSession" SET
        "claimToken" = NULL, "claimedUntil" = NULL, "claimClientKey" = NULL,
        "turn" = ${turn}::int, "phase" = ${columns.phase}::"AdventurePhase", "climaxReached" = ${columns.climaxReached}::boolean,
        "questCompletedAtTurn" = ${columns.questCompletedAtTurn}::int,
        "denouementStartedAtTurn" = ${columns.denouementStartedAtTurn}::int,
        "status" = ${columns.status}::"AdventureStatus",
        "completionReason" = ${columns.completionReason}::"CompletionReason",
        "completedAt" = ${columns.completedAt ? at : null}::timestamptz AT TIME ZONE 'UTC',
        "epilogue" = ${columns.epilogue}::text,
        "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      WHERE "id" = ${session.id}::text AND "turn" = ${session.turn}::int AND "status" = 'ACTIVE' AND "claimToken" = ${claim.token}::text
      RETURNING "id"
    ), e AS (
      INSERT INTO "AdventureExchange"
        ("id", "sessionId", "turn", "action", "narration", "clientKey", "createdAt",
         "before", "answer", "narratorCall", "epilogueCall")
      SELECT ${randomUUID()}::text, s."id", ${turn}::int, ${setting.action}::text, ${settled.narration}::text,
        ${clientKey}::text,
        ${at}::timestamptz AT TIME ZONE 'UTC', ${JSON.stringify(setting.before)}::jsonb,
        ${JSON.stringify(settled.answer)}::jsonb, ${JSON.stringify(settled.narratorCall)}::jsonb,
        ${JSON.stringify(settled.epilogue?.call ?? null)}::jsonb
      FROM s
    ), o AS (
      UPDATE "AdventureObjective" SET "completedAt" = ${at}::timestamptz AT TIME ZONE 'UTC', "completedAtTurn" = ${turn}::int
      WHERE "id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(settled.outcome.completedObjectiveIds)}::jsonb))
        AND "completedAt" IS NULL AND EXISTS (SELECT 1 FROM s)
    ), q AS (
      UPDATE "AdventureQuest" SET "status" = 'COMPLETED', "completedAt" = ${at}::timestamptz AT TIME ZONE 'UTC',
        "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      WHERE "id" = ${settled.outcome.questCompleted && quest ? quest.id : null}::text AND EXISTS (SELECT 1 FROM s)
    ), m AS (
      INSERT INTO "AdventureMoment" ("id", "sessionId", "turn", "kind", "summary", "significance", "createdAt")
      SELECT x."id", s."id", ${turn}::int, x."kind"::"MomentKind", x."summary", x."significance",
        ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM s, jsonb_to_recordset(${moments}::jsonb) AS x("id" text, "kind" text, "summary" text, "significance" float8)
    )
    SELECT count(*)::int AS "updated" FROM s`;
  if (row?.updated !== 1) {
    throw invalidState('adventureId', MOVED_ON);
  }
  const updated: AdventureSession = { ...session, ...CLAIM_CLEARED, ...columns, updatedAt: new Date(at) };
  publishPhaseChange(ctx, session, updated);
  return updated;
}
