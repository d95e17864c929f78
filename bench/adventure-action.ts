import { startJsonServer, type JsonServer } from './support/json-server.js';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import type { PrismaClient } from '@prisma/client';
import { decodeGlobalId } from '../src/schema/global-id.js';
import { benchPacing } from './pacing.js';
import type { BenchEnvironment } from './support/environment.js';
import { prepareRequest, type HttpResponse } from './support/http.js';
import { startQueryCounter, type QueryCount } from './support/query-counter.js';
import { numberSetting, progress } from './support/settings.js';
import { formatNumber, passFail, summarizeLatencies, table, type LatencySummary } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Adventure: what a turn costs.
 *
 * 1. Pacing: `benchPacing()` (bench/pacing.ts), the pure computation done once
 *    per turn, in ns per call. Goal: under 10 µs (the design allows 10 ms).
 * 2. `takeAdventureAction` over GraphQL over HTTP with the offline narrator:
 *    sequential actions (one in flight, so latency is not queueing) across as
 *    many adventures as needed (a new one is started, its character created
 *    and a quest chosen, untimed, when one completes). Side by side, in the
 *    same interleaved rounds and against the same session: the bare
 *    `prisma.adventureSession.findUnique` timed in-process, and the same read
 *    behind a minimal node:http handler sent by the same client code (so the
 *    HTTP cost is comparable). Every action must answer without errors or
 *    userErrors and advance the turn by exactly 1.
 *
 * The client runs on the server's event loop (as in the other probes of these
 * benchmarks); its cost is in both HTTP targets alike.
 *
 * Settings: BENCH_ADVENTURE_ACTIONS (measured samples per target, default 500),
 * BENCH_ADVENTURE_ROUNDS (interleaved rounds, default 10),
 * BENCH_ADVENTURE_WARMUP (samples per target before measuring, not counted, default 50),
 * BENCH_ADVENTURE_MAX_TURNS (turn budget of each adventure, 25–100, default 100),
 * BENCH_PACING_RUNS (benchPacing() calls, median reported, default 5).
 */
export const adventureActionBenchmark: Benchmark = {
  id: 'adventure',
  title: 'Adventure: pacing cost and takeAdventureAction overhead (offline narrator)',
  run,
};

const PACING_GOAL_NS = 10_000;
/** Issue 12: a turn's overhead with the offline narrator, as a multiple of the bare HTTP session read, at p50. */
const ACTION_RATIO_GOAL = 8;
const SQL_PROBE_ACTIONS = 3;
const MAX_ERROR_SAMPLES = 5;

/** Actions that name no objective keyword of the offline quest designer: the story moves on, the quest does not. */
const ACTIONS = [
  'I pause and take in my surroundings.',
  'I listen for footsteps.',
  'I rest for a moment and drink some water.',
  'I check my pack and tighten the straps.',
  'I walk on along the path, keeping my eyes open.',
];

const USER_ERROR_FIELDS = 'userErrors { code field message }';
const START_ADVENTURE = `mutation BenchStartAdventure($input: StartAdventureInput!) {
  startAdventure(input: $input) { adventure { id turn maxTurns status } ${USER_ERROR_FIELDS} } }`;
const CREATE_CHARACTER = `mutation BenchCreateCharacter($input: CreateCharacterInput!) {
  createCharacter(input: $input) { adventure { id questOffers { id } } ${USER_ERROR_FIELDS} } }`;
const CHOOSE_QUEST = `mutation BenchChooseQuest($input: ChooseAdventureQuestInput!) {
  chooseAdventureQuest(input: $input) { adventure { id gamePhase turn status } ${USER_ERROR_FIELDS} } }`;
/** What a game client asks for after a turn (the integration tests' AdventureFields, without the spent quest offers). */
const TAKE_ACTION = `mutation BenchTakeAdventureAction($input: TakeAdventureActionInput!) {
  takeAdventureAction(input: $input) {
    narration
    adventure {
      id status gamePhase turn maxTurns turnsRemaining progress phase climaxReached pacingEnabled
      pacing { urgency directive guidance }
      character { name archetype backstory }
      activeQuest { id title status progress objectives { id description completed completedAtTurn } }
      epilogue completionReason
    }
    ${USER_ERROR_FIELDS}
  }
}`;

interface UserError {
  code: string;
  field: string | null;
  message: string;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: unknown;
}

interface ActionPayload {
  narration: string | null;
  adventure: { id: string; status: string; turn: number; maxTurns: number } | null;
  userErrors: UserError[];
}

interface Samples {
  action: number[];
  /** Actions that closed their adventure (epilogue written in the same request). */
  closing: number[];
  bareHttp: number[];
  prisma: number[];
}

class Problems {
  private count = new Map<string, number>();
  private samples = new Map<string, string[]>();

  add(target: string, description: string): void {
    this.count.set(target, (this.count.get(target) ?? 0) + 1);
    const samples = this.samples.get(target) ?? [];
    if (samples.length < MAX_ERROR_SAMPLES && !samples.includes(description)) samples.push(description);
    this.samples.set(target, samples);
  }

  of(target: string): number {
    return this.count.get(target) ?? 0;
  }

  describe(): string[] {
    return [...this.count].map(
      ([target, count]) => `${target}: ${count} failed, e.g. ${(this.samples.get(target) ?? []).join(' | ')}`,
    );
  }
}

async function run(env: BenchEnvironment): Promise<BenchmarkReport> {
  const actions = numberSetting('BENCH_ADVENTURE_ACTIONS', 500, { min: 1, integer: true });
  const rounds = Math.min(actions, numberSetting('BENCH_ADVENTURE_ROUNDS', 10, { min: 1, integer: true }));
  const warmup = numberSetting('BENCH_ADVENTURE_WARMUP', 50, { min: 0, integer: true });
  const maxTurns = numberSetting('BENCH_ADVENTURE_MAX_TURNS', 100, { min: 25, integer: true });
  const pacingRuns = numberSetting('BENCH_PACING_RUNS', 5, { min: 1, integer: true });
  const prisma = env.app.services.prisma;
  const errors: string[] = [];

  // 1. Pacing, before any load: a pure function, nothing else running.
  const pacing = measurePacing(pacingRuns);

  // 2. Actions and the two baselines.
  const userId = `bench-adventure-${randomBytes(4).toString('hex')}`;
  const token = await env.tokenFor(userId);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bareAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bare = await startBareServer(prisma);
  try {
    const problems = new Problems();
    const player = new AdventurePlayer(env.app.url, token, agent, prisma, maxTurns, problems);
    const samples: Samples = { action: [], closing: [], bareHttp: [], prisma: [] };

    const timeAction = async (record: boolean) => {
      const result = await player.act();
      if (!record || !result) return;
      samples.action.push(result.latencyMs);
      if (result.closed) samples.closing.push(result.latencyMs);
    };
    const timePrisma = async (record: boolean) => {
      const id = await player.sessionId();
      const sent = performance.now();
      try {
        const row = await prisma.adventureSession.findUnique({ where: { id } });
        const elapsed = performance.now() - sent;
        if (row?.id !== id) problems.add('prisma read', `no session ${id}`);
        else if (record) samples.prisma.push(elapsed);
      } catch (error) {
        problems.add('prisma read', describeError(error));
      }
    };
    const timeBareHttp = async (record: boolean) => {
      const id = await player.sessionId();
      const request = prepareRequest({ url: `${bare.url}/session?id=${encodeURIComponent(id)}`, method: 'GET' });
      const sent = performance.now();
      try {
        const response = await request.send(bareAgent);
        const elapsed = performance.now() - sent;
        const problem = checkBareResponse(response, id);
        if (problem) problems.add('bare HTTP read', problem);
        else if (record) samples.bareHttp.push(elapsed);
      } catch (error) {
        problems.add('bare HTTP read', `request failed: ${describeError(error)}`);
      }
    };
    const targets = [timeAction, timePrisma, timeBareHttp];

    progress(`  pacing: ${formatNumber(pacing.median, 1)} ns per call (median of ${pacing.runs.length} runs)`);
    progress(`  warm-up: ${warmup} sample(s) per target, not counted`);
    for (let i = 0; i < warmup; i++) for (const target of targets) await target(false);

    const sql = await countActionStatements(player);
    progress(`  SQL statements per action: ${sql.map(describeCount).join(', ') || '—'}`);
    if (process.env.BENCH_VERBOSE === '1')
      for (const text of sql[0]?.statements ?? []) progress(`    ${text.replace(/\s+/g, ' ').slice(0, 200)}`);

    // Rounds of A,B,C blocks, the order rotated each round, so drift hits all three.
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      const size = Math.floor(((round + 1) * actions) / rounds) - Math.floor((round * actions) / rounds);
      const from = { action: samples.action.length, bareHttp: samples.bareHttp.length, prisma: samples.prisma.length };
      for (let k = 0; k < targets.length; k++) {
        const target = targets[(round + k) % targets.length]!;
        for (let i = 0; i < size; i++) await target(true);
      }
      const p50 = (values: number[], start: number) => formatNumber(summarizeLatencies(values.slice(start)).p50, 2);
      progress(
        `  round ${round + 1}/${rounds} p50: action ${p50(samples.action, from.action)} ms,` +
          ` bare HTTP ${p50(samples.bareHttp, from.bareHttp)} ms, Prisma ${p50(samples.prisma, from.prisma)} ms` +
          ` (adventures started so far: ${player.adventuresStarted})`,
      );
    }
    const elapsedS = (performance.now() - started) / 1000;
    errors.push(...problems.describe());

    return buildReport({
      pacing,
      samples,
      sql,
      errors,
      problems,
      settings: { actions, rounds, warmup, maxTurns, elapsedS, adventures: player.adventuresStarted },
    });
  } finally {
    agent.destroy();
    bareAgent.destroy();
    await bare.close();
  }
}

// ---- Pacing ----------------------------------------------------------------

interface PacingResult {
  runs: number[];
  median: number;
  calls: number;
}

function measurePacing(runs: number): PacingResult {
  const results = Array.from({ length: runs }, () => benchPacing());
  const sorted = results.map((r) => r.nsPerCall).sort((a, b) => a - b);
  return {
    runs: results.map((r) => r.nsPerCall),
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
    calls: results[0]?.calls ?? 0,
  };
}

// ---- The player: adventures over GraphQL --------------------------------------

class AdventurePlayer {
  adventuresStarted = 0;
  private current: { globalId: string; id: string; turn: number } | null = null;
  private actionCount = 0;

  constructor(
    private readonly appUrl: string,
    private readonly token: string,
    private readonly agent: Agent,
    private readonly prisma: PrismaClient,
    private readonly maxTurns: number,
    private readonly problems: Problems,
  ) {}

  /** The session in play (a new adventure is started when there is none). */
  async sessionId(): Promise<string> {
    return (await this.ensureActive()).id;
  }

  /**
   * One timed action on the adventure in play. Null when it failed (recorded
   * in problems); the turn is then re-read from the database.
   */
  async act(): Promise<{ latencyMs: number; closed: boolean } | null> {
    const adventure = await this.ensureActive();
    const action = ACTIONS[this.actionCount++ % ACTIONS.length]!;
    const request = this.request(TAKE_ACTION, { input: { adventureId: adventure.globalId, action } });
    const sent = performance.now();
    let response: HttpResponse;
    try {
      response = await request.send(this.agent);
    } catch (error) {
      this.problems.add('takeAdventureAction', `request failed: ${describeError(error)}`);
      await this.resync();
      return null;
    }
    const latencyMs = performance.now() - sent;
    const { payload, problem } = parsePayload<ActionPayload>(response, 'takeAdventureAction');
    const expected = adventure.turn + 1;
    const failure =
      problem ??
      (payload!.userErrors.length > 0
        ? `userErrors: ${JSON.stringify(payload!.userErrors)}`
        : !payload!.adventure
          ? 'no adventure in the payload'
          : payload!.adventure.turn !== expected
            ? `turn ${payload!.adventure.turn} after turn ${adventure.turn} (expected ${expected})`
            : !payload!.narration
              ? 'empty narration'
              : payload!.adventure.turn >= payload!.adventure.maxTurns && payload!.adventure.status === 'ACTIVE'
                ? `still ACTIVE at turn ${payload!.adventure.turn} of ${payload!.adventure.maxTurns}`
                : null);
    if (failure) {
      this.problems.add('takeAdventureAction', failure);
      await this.resync();
      return null;
    }
    const closed = payload!.adventure!.status !== 'ACTIVE';
    this.current = closed ? null : { ...adventure, turn: expected };
    return { latencyMs, closed };
  }

  private async ensureActive(): Promise<{ globalId: string; id: string; turn: number }> {
    return (this.current ??= await this.startAdventure());
  }

  /** After a failed action: carry on from the turn the database has (or with a new adventure). */
  private async resync(): Promise<void> {
    if (!this.current) return;
    const row = await this.prisma.adventureSession.findUnique({ where: { id: this.current.id } });
    this.current = row && row.status === 'ACTIVE' ? { ...this.current, turn: row.turn } : null;
  }

  /** Start, create the character, choose the first quest: untimed, and any failure stops the benchmark. */
  private async startAdventure(): Promise<{ globalId: string; id: string; turn: number }> {
    const started = await this.mutate<{ adventure: { id: string } | null }>(START_ADVENTURE, 'startAdventure', {
      maxTurns: this.maxTurns,
    });
    const globalId = started.adventure?.id;
    const id = globalId ? decodeGlobalId(globalId)?.id : undefined;
    if (!globalId || !id) throw new Error(`startAdventure returned no usable adventure id: ${JSON.stringify(started)}`);
    const created = await this.mutate<{ adventure: { questOffers: { id: string }[] } | null }>(
      CREATE_CHARACTER,
      'createCharacter',
      {
        adventureId: globalId,
        name: 'Mira',
        archetype: 'Ranger',
        backstory: 'Raised by wolves in the northern woods.',
      },
    );
    const questId = created.adventure?.questOffers[0]?.id;
    if (!questId) throw new Error(`createCharacter offered no quest: ${JSON.stringify(created)}`);
    const chosen = await this.mutate<{ adventure: { gamePhase: string; turn: number } | null }>(
      CHOOSE_QUEST,
      'chooseAdventureQuest',
      { adventureId: globalId, questId },
    );
    if (chosen.adventure?.gamePhase !== 'EXPLORATION' || chosen.adventure.turn !== 0) {
      throw new Error(`chooseAdventureQuest: unexpected state ${JSON.stringify(chosen)}`);
    }
    this.adventuresStarted += 1;
    return { globalId, id, turn: 0 };
  }

  private async mutate<T>(query: string, field: string, input: Record<string, unknown>): Promise<T> {
    const response = await this.request(query, { input }).send(this.agent);
    const { payload, problem } = parsePayload<T & { userErrors?: UserError[] }>(response, field);
    if (problem) throw new Error(`${field}: ${problem}`);
    if (payload!.userErrors?.length) throw new Error(`${field}: userErrors ${JSON.stringify(payload!.userErrors)}`);
    return payload!;
  }

  private request(query: string, variables: Record<string, unknown>) {
    return prepareRequest({
      url: `${this.appUrl}/graphql`,
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  }
}

function parsePayload<T>(response: HttpResponse, field: string): { payload: T | null; problem: string | null } {
  if (response.status !== 200) return { payload: null, problem: `HTTP ${response.status}: ${snippet(response.body)}` };
  let json: GraphQLAnswer;
  try {
    json = JSON.parse(response.body) as GraphQLAnswer;
  } catch {
    return { payload: null, problem: `body is not JSON: ${snippet(response.body)}` };
  }
  if (json.errors !== undefined) {
    return { payload: null, problem: `GraphQL errors: ${snippet(JSON.stringify(json.errors))}` };
  }
  const payload = json.data?.[field] as T | null | undefined;
  if (!payload) return { payload: null, problem: `no data.${field}: ${snippet(response.body)}` };
  return { payload, problem: null };
}

/** Statements that reach the database for a few actions (not timed: the counter wraps pg). */
async function countActionStatements(player: AdventurePlayer): Promise<QueryCount[]> {
  const counter = startQueryCounter();
  const counts: QueryCount[] = [];
  try {
    for (let i = 0; i < SQL_PROBE_ACTIONS; i++) {
      await player.sessionId(); // a new adventure's set-up is not counted
      counter.reset();
      const result = await player.act();
      if (result && !result.closed) counts.push(counter.snapshot());
    }
  } finally {
    counter.stop();
  }
  return counts;
}

function describeCount(count: QueryCount): string {
  return count.other > 0 ? `${count.data} (+${count.other} other)` : `${count.data}`;
}

// ---- The bare handler --------------------------------------------------------

/** node:http, no auth, no GraphQL: GET /session?id=… → findUnique and JSON.stringify. */
function startBareServer(prisma: PrismaClient): Promise<JsonServer> {
  return startJsonServer((url) =>
    prisma.adventureSession.findUnique({ where: { id: url.searchParams.get('id') ?? '' } }),
  );
}

function checkBareResponse(response: HttpResponse, id: string): string | null {
  if (response.status !== 200) return `HTTP ${response.status}: ${snippet(response.body)}`;
  try {
    const row = JSON.parse(response.body) as { id?: unknown } | null;
    return row?.id === id ? null : `wrong session: ${snippet(response.body)}`;
  } catch {
    return `body is not JSON: ${snippet(response.body)}`;
  }
}

// ---- Report ------------------------------------------------------------------

function buildReport(input: {
  pacing: PacingResult;
  samples: Samples;
  sql: QueryCount[];
  errors: string[];
  problems: Problems;
  settings: { actions: number; rounds: number; warmup: number; maxTurns: number; elapsedS: number; adventures: number };
}): BenchmarkReport {
  const { pacing, samples, sql, errors, problems, settings } = input;
  const action = summarizeLatencies(samples.action);
  const closing = summarizeLatencies(samples.closing);
  const bareHttp = summarizeLatencies(samples.bareHttp);
  const prisma = summarizeLatencies(samples.prisma);
  const pacingPass = pacing.median < PACING_GOAL_NS;

  const row = (name: string, summary: LatencySummary, failed: number) => [
    name,
    String(summary.count),
    formatNumber(summary.p50, 3),
    formatNumber(summary.p95, 3),
    formatNumber(summary.mean, 3),
    formatNumber(summary.max, 2),
    String(failed),
  ];
  const rows = [
    row('takeAdventureAction (GraphQL over HTTP)', action, problems.of('takeAdventureAction')),
    row('  of which closing turns (epilogue)', closing, 0),
    row('bare HTTP: node:http + findUnique', bareHttp, problems.of('bare HTTP read')),
    row('Prisma findUnique, in-process', prisma, problems.of('prisma read')),
  ];

  const actionRatio = action.p50 / bareHttp.p50;
  const goals: GoalCheck[] = [
    {
      name: `pacing computation under ${formatNumber(PACING_GOAL_NS / 1000, 0)} µs per call (design allows 10 ms)`,
      pass: pacingPass,
      detail: `median ${formatNumber(pacing.median, 1)} ns per call`,
    },
    {
      name: `takeAdventureAction p50 at most ${ACTION_RATIO_GOAL}× the bare HTTP session read p50 (offline narrator)`,
      pass: actionRatio <= ACTION_RATIO_GOAL,
      detail: `${formatNumber(actionRatio, 2)}× (${formatNumber(action.p50, 2)} ms / ${formatNumber(bareHttp.p50, 2)} ms)`,
    },
  ];

  const sqlData = [...new Set(sql.map((count) => count.data))].join('/') || '—';
  const sqlOther = [...new Set(sql.map((count) => count.other))].join('/') || '—';

  const summary = [
    `Pacing (benchPacing(), ${pacing.calls.toLocaleString('en-US')} calls per run after warm-up): median` +
      ` ${formatNumber(pacing.median, 1)} ns per call (runs: ${pacing.runs.map((ns) => formatNumber(ns, 1)).join(' / ')})` +
      ` — goal < ${formatNumber(PACING_GOAL_NS / 1000, 0)} µs: ${passFail(pacingPass)}`,
    '',
    `takeAdventureAction, offline narrator: ${samples.action.length} actions over ${settings.adventures} adventure(s)` +
      ` (maxTurns ${settings.maxTurns}, plus ${settings.warmup} warm-up and ${SQL_PROBE_ACTIONS} SQL-count actions),` +
      ` sequential on one keep-alive connection; ${settings.rounds} interleaved rounds of action / Prisma / bare HTTP` +
      ` blocks against the same session; ${formatNumber(settings.elapsedS, 1)} s measured`,
    '',
    ...table(['target', 'n', 'p50 ms', 'p95 ms', 'mean ms', 'max ms', 'errors'], rows, [
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ]),
    '',
    `ratio action p50 / bare HTTP read p50: ${formatNumber(actionRatio, 2)} (target ≤ ${ACTION_RATIO_GOAL})` +
      ` (action p50 − bare HTTP p50 = ${formatNumber(action.p50 - bareHttp.p50, 3)} ms)`,
    `ratio action p50 / in-process Prisma read p50: ${formatNumber(action.p50 / prisma.p50, 2)};` +
      ` bare HTTP / Prisma p50: ${formatNumber(bareHttp.p50 / prisma.p50, 2)}`,
    `SQL statements per (non-closing) action: ${sqlData} data${sqlOther !== '0' ? `, ${sqlOther} other (BEGIN/COMMIT…)` : ''}` +
      ' (bare read: 1)',
    `correctness: every action without errors or userErrors, turn + 1 each time: ${errors.length === 0 ? 'yes' : 'NO (see errors)'}`,
  ];
  if (sql.length > 0 && sql.every((count) => count.data + count.other === 0)) {
    summary.push('note: the query counter saw no statements (pg instrumentation not reaching the app)');
  }

  return { id: adventureActionBenchmark.id, title: adventureActionBenchmark.title, errors, goals, summary };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function snippet(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
