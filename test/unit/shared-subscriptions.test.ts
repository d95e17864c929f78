import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { shareSubscriptions, type SubscriptionResult } from '../../src/server/shared-subscriptions.js';

/** A source the test drives: push results, end it or fail it, and see whether it was closed. */
function controlledSource() {
  const queue: ExecutionResult[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  let failure: Error | null = null;
  const state = { closed: false };
  const iterable: AsyncIterable<ExecutionResult> = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        for (;;) {
          if (queue.length > 0) return { value: queue.shift()!, done: false };
          if (failure) throw failure;
          if (ended || state.closed) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      async return() {
        state.closed = true;
        wake?.();
        return { value: undefined, done: true };
      },
    }),
  };
  const poke = () => {
    wake?.();
    wake = null;
  };
  return {
    iterable,
    state,
    push: (value: number) => (queue.push({ data: { value } }), poke()),
    end: () => ((ended = true), poke()),
    fail: (error: Error) => ((failure = error), poke()),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function take(result: SubscriptionResult, count: number): Promise<unknown[]> {
  const iterator = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
  const values: unknown[] = [];
  while (values.length < count) {
    const step = await iterator.next();
    if (step.done) break;
    values.push(step.value.data?.value);
  }
  return values;
}

describe('shareSubscriptions', () => {
  it('subscribes once for identical keys and hands every result to every member', async () => {
    const source = controlledSource();
    let subscribed = 0;
    const shared = shareSubscriptions(() => (subscribed++, source.iterable));
    const [a, b] = await Promise.all([shared.subscribe({}, 'k'), shared.subscribe({}, 'k')]);
    const received = Promise.all([take(a, 2), take(b, 2)]);
    source.push(1);
    source.push(2);
    expect(await received).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(subscribed).toBe(1);
    expect(shared.sources).toBe(1);
  });

  it('keeps different keys apart, and never shares a null key', async () => {
    let subscribed = 0;
    const shared = shareSubscriptions(() => (subscribed++, controlledSource().iterable));
    await shared.subscribe({}, 'alice');
    await shared.subscribe({}, 'bob');
    await shared.subscribe({}, null);
    await shared.subscribe({}, null);
    expect(subscribed).toBe(4);
    expect(shared.sources).toBe(2);
  });

  it('gives a late member only what is published after it joined', async () => {
    const source = controlledSource();
    const shared = shareSubscriptions(() => source.iterable);
    const early = await shared.subscribe({}, 'k');
    const earlyValues = take(early, 2);
    source.push(1);
    await tick();
    const late = await shared.subscribe({}, 'k');
    const lateValues = take(late, 1);
    source.push(2);
    expect(await earlyValues).toEqual([1, 2]);
    expect(await lateValues).toEqual([2]);
  });

  it('closes the source when the last member leaves, not before', async () => {
    const source = controlledSource();
    const left: string[] = [];
    const shared = shareSubscriptions(() => source.iterable, {
      onLeave: (args: { name: string }) => left.push(args.name),
    });
    const a = (await shared.subscribe({ name: 'a' }, 'k')) as AsyncIterable<ExecutionResult>;
    const b = (await shared.subscribe({ name: 'b' }, 'k')) as AsyncIterable<ExecutionResult>;
    await a[Symbol.asyncIterator]().return!();
    await tick();
    expect(source.state.closed).toBe(false);
    const stillThere = take(b, 1);
    source.push(7);
    expect(await stillThere).toEqual([7]);
    await b[Symbol.asyncIterator]().return!();
    await tick();
    expect(source.state.closed).toBe(true);
    expect(shared.sources).toBe(0);
    expect(left).toEqual(['a', 'b']);
  });

  it('ends every member with the error when the source fails, and opens a fresh source afterwards', async () => {
    let current = controlledSource();
    let subscribed = 0;
    const shared = shareSubscriptions(() => (subscribed++, current.iterable));
    const a = await shared.subscribe({}, 'k');
    const b = await shared.subscribe({}, 'k');
    const outcomes = Promise.allSettled([take(a, 1), take(b, 1)]);
    current.fail(new Error('redis went away'));
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await tick();
    current = controlledSource();
    await shared.subscribe({}, 'k');
    expect(subscribed).toBe(2);
  });

  it('passes a refusal (an error result) to everyone who asked, and keeps nothing', async () => {
    const refusal: ExecutionResult = { errors: [] };
    let subscribed = 0;
    const shared = shareSubscriptions(async () => (subscribed++, refusal));
    const results = await Promise.all([shared.subscribe({}, 'k'), shared.subscribe({}, 'k')]);
    expect(results).toEqual([refusal, refusal]);
    await tick();
    expect(shared.sources).toBe(0);
    const joined: boolean[] = [];
    const counted = shareSubscriptions(async () => refusal, { onJoin: (_args, first) => joined.push(first) });
    await counted.subscribe({}, 'k');
    expect(joined).toEqual([]);
    expect(subscribed).toBe(1);
  });

  it('reports who opened the source and who joined it', async () => {
    const joined: boolean[] = [];
    const shared = shareSubscriptions(() => controlledSource().iterable, {
      onJoin: (_args, first) => joined.push(first),
    });
    await shared.subscribe({}, 'k');
    await shared.subscribe({}, 'k');
    await shared.subscribe({}, 'other');
    expect(joined).toEqual([true, false, true]);
  });
});
