import { afterEach, describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { DecisionQueue } from '../../src/hitl/index.js';
import { driveExpiry, type ExpiryDriver } from '../../src/node/hitl-expiry.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('driveExpiry', () => {
  let driver: ExpiryDriver | undefined;
  afterEach(() => driver?.stop());

  it('settles the waiter of a request nobody touches, soon after its deadline', async () => {
    const queue = new DecisionQueue();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 5 });
    driver = driveExpiry(queue, { intervalMs: 5 });
    const final = await queue.waitFor(id);
    expect(final.status).toBe('expired');
  });

  it('stops, idempotently', async () => {
    let calls = 0;
    const counting = {
      expire: () => {
        calls++;
        return [];
      },
    };
    driver = driveExpiry(counting, { intervalMs: 1 });
    await sleep(20);
    driver.stop();
    driver.stop();
    expect(driver.running).toBe(false);
    const seen = calls;
    expect(seen).toBeGreaterThan(0);
    await sleep(20);
    expect(calls).toBe(seen);
  });

  it('passes what expire throws to onError', async () => {
    const errors: unknown[] = [];
    const failing = {
      expire: () => {
        throw new Error('listener failure');
      },
    };
    driver = driveExpiry(failing, { intervalMs: 1, onError: (e) => errors.push(e) });
    await sleep(20);
    expect(errors.length).toBeGreaterThan(0);
  });

  const bad: [string, unknown, unknown][] = [
    ['a queue without expire', {}, undefined],
    ['null instead of a queue', null, undefined],
    ['a zero interval', new DecisionQueue(), { intervalMs: 0 }],
    ['a fractional interval', new DecisionQueue(), { intervalMs: 1.5 }],
    ['an unknown option', new DecisionQueue(), { every: 5 }],
    ['an onError that is not a function', new DecisionQueue(), { onError: 'log' }],
  ];
  for (const [name, queue, options] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => driveExpiry(queue as DecisionQueue, options as never)).toThrow(AegisError);
    });
  }
});
