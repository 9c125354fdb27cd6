/**
 * Seeded inputs for the HITL suite, and the two queues it is compared with: a sorted array
 * (binary-search insertion, splice removal, slice for the top) and the original design (a map of
 * requests sorted in full on every query). Both baselines are bare structures without validation,
 * snapshots or events, so the comparison flatters them.
 */
import { type DecisionInput, DecisionQueue, PRIORITIES, type Priority } from '../../src/index.js';
import type { Rng } from '../harness/rng.js';

const ACTIONS = [
  ['shell', 'rm -rf ./build'],
  ['shell', 'git push --force origin main'],
  ['sql', 'DELETE FROM sessions WHERE expired = true'],
  ['http', 'POST https://api.example.com/payments'],
  ['fs', 'write /etc/hosts'],
  ['email', 'send to all-customers@example.com'],
] as const;

/** A request as the pipeline would file it: a sentence, a requester, a small structured context. */
export function decisionInput(rng: Rng, i: number, withContext = true): DecisionInput {
  const [tool, command] = rng.pick(ACTIONS);
  const input: DecisionInput = {
    description: `Agent wants to run ${tool}: ${command}`,
    priority: rng.pick(PRIORITIES),
    requester: `agent-${rng.int(0, 19)}`,
  };
  if (withContext) {
    input.context = {
      tool,
      command,
      attempt: i,
      safetyScore: Math.round(rng.next() * 100) / 100,
      tags: ['borderline'],
    };
  }
  return input;
}

/** A queue on a counter clock (1 ms per reading's advance is the caller's business). */
export function benchQueue(
  clock: { now: number },
  options: { escalationLadder?: number[]; historyLimit?: number } = {},
) {
  return new DecisionQueue({
    clock: () => clock.now,
    defaultTimeoutMs: 1e9,
    scheduler: null,
    maxPending: 2 ** 31,
    ...options,
  });
}

/** What the side-by-side workload needs from a queue. */
export interface QueueOps {
  request(id: string, rank: number, now: number): void;
  decide(id: string): void;
  /** The ids of the `limit` most urgent requests, most urgent first. */
  top(limit: number): string[];
}

export interface QueueCandidate {
  name: string;
  baseline: boolean;
  create(): QueueOps;
}

interface Item {
  id: string;
  rank: number;
  t: number;
  seq: number;
}
const urgency = (a: Item, b: Item) => b.rank - a.rank || a.t - b.t || a.seq - b.seq;

/** The first index whose item does not come before `item`. */
function lowerBound(items: Item[], item: Item): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (urgency(items[mid] as Item, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class SortedArrayQueue implements QueueOps {
  private readonly items: Item[] = [];
  private readonly byId = new Map<string, Item>();
  private seq = 0;
  request(id: string, rank: number, now: number): void {
    const item = { id, rank, t: now, seq: this.seq++ };
    this.items.splice(lowerBound(this.items, item), 0, item);
    this.byId.set(id, item);
  }
  decide(id: string): void {
    const item = this.byId.get(id);
    if (item === undefined) throw new Error(`sorted array: unknown ${id}`);
    this.byId.delete(id);
    this.items.splice(lowerBound(this.items, item), 1);
  }
  top(limit: number): string[] {
    return this.items.slice(0, limit).map((x) => x.id);
  }
}

class MapSortQueue implements QueueOps {
  private readonly byId = new Map<string, Item>();
  private seq = 0;
  request(id: string, rank: number, now: number): void {
    this.byId.set(id, { id, rank, t: now, seq: this.seq++ });
  }
  decide(id: string): void {
    this.byId.delete(id);
  }
  top(limit: number): string[] {
    return [...this.byId.values()]
      .sort(urgency)
      .slice(0, limit)
      .map((x) => x.id);
  }
}

export const OURS = 'DecisionQueue (indexed heaps)';

export const CANDIDATES: QueueCandidate[] = [
  {
    name: OURS,
    baseline: false,
    create() {
      const clock = { now: 0 };
      const q = benchQueue(clock);
      return {
        request(id, rank, now) {
          clock.now = now;
          q.requestDecision({
            id,
            description: 'run a tool',
            priority: PRIORITIES[rank] as Priority,
            requester: 'agent',
          });
        },
        decide(id) {
          q.approve(id, { responder: 'alice' });
        },
        top(limit) {
          return q.pending({ limit }).map((r) => r.id);
        },
      };
    },
  },
  { name: 'sorted array', baseline: true, create: () => new SortedArrayQueue() },
  { name: 'map + full sort per query (original design)', baseline: true, create: () => new MapSortQueue() },
];

/**
 * A steady backlog: `prefill` requests, then cycles of one new request, one decision on a random
 * live request and one query for the 50 most urgent. Returns a function running `cycles` cycles
 * and a digest of everything the queries returned (to check candidates against each other).
 */
export function steadyBacklog(rng: Rng, queue: QueueOps, prefill: number) {
  const live: string[] = [];
  let next = 0;
  let now = 0;
  const add = () => {
    const id = `q${next++}`;
    queue.request(id, rng.int(0, 3), now++);
    live.push(id);
  };
  for (let i = 0; i < prefill; i++) add();
  let digest = 0;
  return {
    run(cycles: number): number {
      for (let c = 0; c < cycles; c++) {
        add();
        const k = rng.int(0, live.length - 1);
        queue.decide(live[k] as string);
        live[k] = live[live.length - 1] as string;
        live.pop();
        const top = queue.top(50);
        for (const id of top) digest = (digest * 31 + Number(id.slice(1))) >>> 0;
      }
      return digest;
    },
  };
}
