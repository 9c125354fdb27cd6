/** Shared test helpers for the audit log: a fake clock, error checks, snapshots and tampering. */
import { expect } from 'vitest';
import type { LogCore } from '../../src/audit/_log-core.js';
import { AuditLog, type AuditLogOptions } from '../../src/audit/index.js';
import { AegisError } from '../../src/errors.js';

/** A clock that starts at `start` and advances `step` ms per reading. */
export function steppingClock(start = 1_700_000_000_000, step = 1): () => number {
  let t = start - step;
  return () => {
    t += step;
    return t;
  };
}

/** A log with a stepping clock and `n` entries of three types and three actors. */
export function sampleLog(n: number, options: AuditLogOptions = {}): AuditLog {
  const log = new AuditLog({ clock: steppingClock(), ...options });
  for (let i = 0; i < n; i++) {
    log.logAction(
      ['tool.call', 'request.blocked', 'decision'][i % 3] as string,
      { i, note: `entry ${i}` },
      {
        actor: `agent-${i % 4}`,
      },
    );
  }
  return log;
}

/** Runs `fn`, expecting an AegisError with `code`; returns it. */
export function expectAegis(fn: () => unknown, code: string): AegisError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AegisError);
    expect((error as AegisError).code).toBe(code);
    return error as AegisError;
  }
  throw new Error(`expected an AegisError ${code}`);
}

/** Everything observable about a log, to check that a refused call changed nothing. */
export function snapshot(log: AuditLog): string {
  return [String(log.size), log.head, ...log.exportLog()].join('\n');
}

/**
 * The log's private state, for the tests that simulate memory corruption or tampering with its
 * storage (the public API offers no way to change an entry).
 */
export function internals(log: AuditLog): LogCore {
  return (log as unknown as { core: LogCore }).core;
}
