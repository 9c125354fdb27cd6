import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, AuditLog } from '../../src/audit/index.js';
import { canonicalize, hashLeaf } from '../../src/structures/index.js';
import { expectAegis, sampleLog, snapshot, steppingClock } from './_helpers.js';

const GENESIS = '0'.repeat(64);

/** The entry's hash as the format defines it, recomputed with the public building blocks. */
function expectedHash(e: AuditEntry): string {
  const { hash: _omit, ...unsigned } = e;
  return bytesToHex(hashLeaf(utf8ToBytes(canonicalize(unsigned))));
}

describe('AuditLog.logAction', () => {
  it('returns the entry: seq, clock time, type, actor, a copy of the data, and the chain hashes', () => {
    const log = new AuditLog({ clock: () => 1234 });
    const data = { tool: 'shell', argv: ['ls', '-l'] };
    const e = log.logAction('tool.call', data, { actor: 'agent-1' });
    expect(e).toMatchObject({ seq: 0, timestamp: 1234, type: 'tool.call', actor: 'agent-1', prevHash: GENESIS });
    expect(e.data).toEqual(data);
    expect(e.data).not.toBe(data);
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(log.size).toBe(1);
    expect(log.head).toBe(e.hash);
  });

  it('hashes the canonical JSON of every other field as an RFC 6962 leaf', () => {
    const log = sampleLog(5);
    for (let seq = 0; seq < 5; seq++) {
      const e = log.entry(seq);
      expect(e.hash).toBe(expectedHash(e));
      expect(bytesToHex(log.root(seq + 1))).toBe(bytesToHex(log.root(seq + 1)));
      expect(bytesToHex(log.inclusionProof(seq).leafHash)).toBe(e.hash);
    }
  });

  it('chains each entry to the previous one', () => {
    const log = sampleLog(4);
    expect(log.entry(0).prevHash).toBe(GENESIS);
    for (let seq = 1; seq < 4; seq++) expect(log.entry(seq).prevHash).toBe(log.entry(seq - 1).hash);
  });

  it('records a null actor when none is given', () => {
    const log = new AuditLog();
    expect(log.logAction('boot', {}).actor).toBeNull();
  });

  it('does not depend on the key order of the data', () => {
    const a = new AuditLog({ clock: () => 5 });
    const b = new AuditLog({ clock: () => 5 });
    expect(a.logAction('t', { x: 1, y: { p: [1, 2], q: null } }).hash).toBe(
      b.logAction('t', { y: { q: null, p: [1, 2] }, x: 1 }).hash,
    );
  });

  it('keeps a __proto__ key as data, never as a prototype', () => {
    const log = new AuditLog();
    const data = JSON.parse('{"__proto__":{"admin":true},"ok":1}') as unknown;
    const e = log.logAction('t', data);
    expect(Object.keys(e.data as object)).toEqual(['__proto__', 'ok']);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
    expect((log.entry(0).data as { admin?: unknown }).admin).toBeUndefined();
  });

  it('stores a copy: changing the data object afterwards changes nothing', () => {
    const log = new AuditLog();
    const data = { list: [1, 2, 3] };
    log.logAction('t', data);
    data.list.push(4);
    expect(log.entry(0).data).toEqual({ list: [1, 2, 3] });
    expect(log.verifyChain({ full: true }).ok).toBe(true);
  });

  it('never lets timestamps go backwards, even when the clock does', () => {
    const times = [100, 50, 200, -0];
    const log = new AuditLog({ clock: () => times.shift() as number });
    expect([0, 1, 2, 3].map(() => log.logAction('t', 1).timestamp)).toEqual([100, 100, 200, 200]);
    const zero = new AuditLog({ clock: () => -0 });
    expect(Object.is(zero.logAction('t', 1).timestamp, 0)).toBe(true);
  });

  it('hands each entry and its line to onAppend before returning', () => {
    const seen: [AuditEntry, string][] = [];
    const log = new AuditLog({ clock: steppingClock(), onAppend: (e, line) => seen.push([e, line]) });
    const e = log.logAction('t', { a: 1 }, { actor: 'x' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0]).toEqual(e);
    expect(seen[0]?.[1]).toBe(canonicalize(e));
    expect(seen[0]?.[1]).toBe([...log.exportLog()][0]);
  });

  it('hands the sink a frozen entry of its own, so the sink and the caller cannot change each other', () => {
    const seen: AuditEntry[] = [];
    const log = new AuditLog({ onAppend: (e) => seen.push(e) });
    const e = log.logAction('t', { list: [{ deep: 1 }] });
    const shared = seen[0] as AuditEntry;
    expect(shared).not.toBe(e);
    expect(shared.data).not.toBe(e.data);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen((shared.data as { list: object[] }).list[0])).toBe(true);
    expect(() => {
      (shared as { type: string }).type = 'x';
    }).toThrow(TypeError);
    (e.data as { list: unknown[] }).list.push('caller');
    expect(shared.data).toEqual({ list: [{ deep: 1 }] });
    log.append('t', 2);
    expect(Object.isFrozen(seen[1])).toBe(true);
  });

  it('adds nothing when onAppend throws, and throws SINK_FAILED with the error as cause', () => {
    let fail = false;
    const disk = new Error('disk full');
    const log = new AuditLog({
      clock: steppingClock(),
      onAppend: () => {
        if (fail) throw disk;
      },
    });
    log.logAction('t', 1);
    const before = snapshot(log);
    fail = true;
    expect(() => log.logAction('t', 2)).toThrow('disk full');
    expect(expectAegis(() => log.logAction('t', 2), 'SINK_FAILED').cause).toBe(disk);
    expect(expectAegis(() => log.append('t', 2), 'SINK_FAILED').cause).toBe(disk);
    expect(snapshot(log)).toBe(before);
    expect(log.sinkStatus).toEqual({ pending: 0, failed: 0, recent: [] });
    fail = false;
    expect(log.logAction('t', 3).seq).toBe(1);
    expect(log.verifyChain({ full: true }).ok).toBe(true);
  });

  it('refuses to log from inside onAppend', () => {
    let inner: unknown;
    const log = new AuditLog({
      onAppend: () => {
        try {
          log.logAction('nested', 1);
        } catch (error) {
          inner = error;
        }
      },
    });
    log.logAction('outer', 1);
    expect((inner as { code?: string }).code).toBe('CONFLICT');
    expect(log.size).toBe(1);
  });

  describe('refuses hostile input and leaves the log exactly as it was', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    const cases: [string, () => unknown, string][] = [
      ['a cycle', () => ['t', cyclic], 'INVALID_ARGUMENT'],
      ['a BigInt', () => ['t', { n: 1n }], 'INVALID_ARGUMENT'],
      ['NaN', () => ['t', { x: Number.NaN }], 'INVALID_ARGUMENT'],
      ['Infinity', () => ['t', [Number.POSITIVE_INFINITY]], 'INVALID_ARGUMENT'],
      ['a function', () => ['t', { f: () => 1 }], 'INVALID_ARGUMENT'],
      ['undefined data', () => ['t', undefined], 'INVALID_ARGUMENT'],
      ['an undefined field', () => ['t', { a: undefined }], 'INVALID_ARGUMENT'],
      ['a lone surrogate in data', () => ['t', { s: '\ud800' }], 'INVALID_ARGUMENT'],
      ['a Date', () => ['t', { d: new Date(0) }], 'INVALID_ARGUMENT'],
      ['nesting deeper than 64', () => ['t', deep], 'LIMIT_EXCEEDED'],
      ['data longer than the limit', () => ['t', 'x'.repeat(1_100_000)], 'LIMIT_EXCEEDED'],
      ['an empty type', () => ['', 1], 'INVALID_ARGUMENT'],
      ['a non-string type', () => [42, 1], 'INVALID_ARGUMENT'],
      ['a huge type', () => ['t'.repeat(257), 1], 'INVALID_ARGUMENT'],
      ['a type with a lone surrogate', () => ['\udc00', 1], 'INVALID_ARGUMENT'],
      ['a non-string actor', () => ['t', 1, { actor: 7 }], 'INVALID_ARGUMENT'],
      ['an empty actor', () => ['t', 1, { actor: '' }], 'INVALID_ARGUMENT'],
      ['an unknown option', () => ['t', 1, { actr: 'x' }], 'INVALID_ARGUMENT'],
      ['options that are not an object', () => ['t', 1, 'x'], 'INVALID_ARGUMENT'],
    ];
    for (const [name, args, code] of cases) {
      for (const method of ['logAction', 'append'] as const) {
        it(`${name} (${method})`, () => {
          const log = sampleLog(3);
          const before = snapshot(log);
          const call = log[method].bind(log) as (...a: unknown[]) => unknown;
          expectAegis(() => call(...(args() as unknown[])), code);
          expect(snapshot(log)).toBe(before);
          expect(log.verifyChain({ full: true }).ok).toBe(true);
        });
      }
    }

    it('a clock that returns NaN', () => {
      let bad = false;
      const log = new AuditLog({ clock: () => (bad ? Number.NaN : 1) });
      log.logAction('t', 1);
      const before = snapshot(log);
      bad = true;
      expectAegis(() => log.logAction('t', 2), 'INVALID_ARGUMENT');
      expect(snapshot(log)).toBe(before);
    });
  });
});

describe('AuditLog.append', () => {
  it('writes the same log as logAction, byte for byte, and returns the seq', () => {
    const a = new AuditLog({ clock: steppingClock() });
    const b = new AuditLog({ clock: steppingClock() });
    const rows: [string, unknown, { actor: string } | undefined][] = [
      ['tool.call', { tool: 'shell', argv: ['ls'] }, { actor: 'agent-1' }],
      ['note', 'x', undefined],
      ['tool.call', { z: 1, a: [null, true, 0.5] }, { actor: 'agent-2' }],
    ];
    rows.forEach(([type, data, options], i) => {
      const e = a.logAction(type, data, options);
      expect(b.append(type, data, options)).toBe(i);
      expect(b.head).toBe(e.hash);
      expect(b.entry(i)).toEqual(e);
    });
    expect([...b.exportLog()]).toEqual([...a.exportLog()]);
    expect(bytesToHex(b.root())).toBe(bytesToHex(a.root()));
    expect(b.verifyChain({ full: true })).toEqual({ ok: true, verified: 3, size: 3 });
  });

  it('still hands the entry and its line to onAppend', () => {
    const seen: string[] = [];
    const log = new AuditLog({ clock: steppingClock(), onAppend: (e, line) => seen.push(`${e.seq} ${line}`) });
    const seq = log.append('t', { a: 1 });
    expect(seen).toEqual([`${seq} ${[...log.exportLog()][0]}`]);
  });

  it('refuses to append from inside onAppend', () => {
    let inner: unknown;
    const log = new AuditLog({
      onAppend: () => {
        try {
          log.append('nested', 1);
        } catch (error) {
          inner = error;
        }
      },
    });
    log.append('outer', 1);
    expect((inner as { code?: string }).code).toBe('CONFLICT');
    expect(log.size).toBe(1);
  });
});

describe('AuditLog with an asynchronous sink', () => {
  /** A sink whose writes the test settles by hand. */
  function manualSink() {
    const writes: { seq: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
    const onAppend = (e: AuditEntry) =>
      new Promise<void>((resolve, reject) => {
        writes.push({ seq: e.seq, resolve, reject });
      });
    return { writes, onAppend };
  }

  it('handles a rejection: reported to onSinkError, counted, thrown by flush, the entry kept', async () => {
    const { writes, onAppend } = manualSink();
    const reported: [unknown, AuditEntry][] = [];
    const log = new AuditLog({ onAppend, onSinkError: (error, entry) => reported.push([error, entry]) });
    log.logAction('a', 1);
    log.logAction('b', 2);
    expect(log.size).toBe(2);
    expect(log.sinkStatus).toMatchObject({ pending: 2, failed: 0 });
    const flushed = log.flush();
    const disk = new Error('disk full');
    writes[0]?.resolve();
    writes[1]?.reject(disk);
    const error = await flushed.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'SINK_FAILED', details: { failed: 1, seqs: [1] } });
    expect(reported).toHaveLength(1);
    expect(reported[0]?.[0]).toMatchObject({ code: 'SINK_FAILED', details: { seq: 1 } });
    const [first] = reported;
    expect(first?.[0] instanceof Error ? first[0].cause : undefined).toBe(disk);
    expect(reported[0]?.[1]).toMatchObject({ seq: 1, type: 'b' });
    expect(log.sinkStatus).toMatchObject({ pending: 0, failed: 1, recent: [{ seq: 1 }] });
    // A failure is thrown by one flush; the next one has nothing new to report.
    await expect(log.flush()).resolves.toBeUndefined();
    expect(log.size).toBe(2);
    expect(log.verifyChain().ok).toBe(true);
  });

  it('never leaves a rejection unhandled, with or without onSinkError, even when onSinkError throws', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const quiet = new AuditLog({ onAppend: () => Promise.reject(new Error('lost')) });
      const loud = new AuditLog({
        onAppend: () => Promise.reject(new Error('lost')),
        onSinkError: () => {
          throw new Error('handler broke');
        },
      });
      quiet.logAction('t', 1);
      loud.logAction('t', 1);
      await expect(quiet.flush()).rejects.toMatchObject({ code: 'SINK_FAILED' });
      await expect(loud.flush()).rejects.toMatchObject({ code: 'SINK_FAILED' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('counts a thenable that answers twice once', async () => {
    const log = new AuditLog({
      onAppend: () => ({
        // biome-ignore lint/suspicious/noThenProperty: a hand-made thenable is the case under test
        then(ok: () => void, fail: (e: unknown) => void) {
          fail(new Error('one'));
          fail(new Error('two'));
          ok();
        },
      }),
    });
    log.logAction('t', 1);
    await expect(log.flush()).rejects.toMatchObject({ details: { failed: 1 } });
    expect(log.sinkStatus.failed).toBe(1);
  });

  it("refuses the entry when reading the result's then throws (nothing half-applied)", () => {
    const log = new AuditLog({
      onAppend: () =>
        Object.defineProperty({}, 'then', {
          get() {
            throw new Error('hostile then');
          },
        }),
    });
    expectAegis(() => log.logAction('t', 1), 'SINK_FAILED');
    expect(log.size).toBe(0);
  });

  it('resolves flush at once with no sink or a synchronous one', async () => {
    await expect(new AuditLog().flush()).resolves.toBeUndefined();
    const log = new AuditLog({ onAppend: () => {} });
    log.logAction('t', 1);
    await expect(log.flush()).resolves.toBeUndefined();
    expect(log.sinkStatus).toEqual({ pending: 0, failed: 0, recent: [] });
  });
});

describe('AuditLog construction', () => {
  const cases: [string, unknown][] = [
    ['an unknown option', { clok: Date.now }],
    ['a clock that is not a function', { clock: 5 }],
    ['onAppend that is not a function', { onAppend: 'file.ndjson' }],
    ['onSinkError that is not a function', { onSinkError: 'log' }],
    ['a signing key of the wrong size', { signingKey: new Uint8Array(31) }],
    ['an origin with a newline', { origin: 'a\nb' }],
    ['an empty origin', { origin: '' }],
    ['a key name with a space', { signingKey: new Uint8Array(32), keyName: 'my log' }],
    ['an origin that cannot be a key name, without keyName', { signingKey: new Uint8Array(32), origin: 'a b' }],
    ['maxDepth 0', { maxDepth: 0 }],
    ['a hash that is not a hash function', { hash: () => 'digest' }],
  ];
  for (const [name, options] of cases) {
    it(`refuses ${name}`, () => {
      expectAegis(() => new AuditLog(options as never), 'INVALID_ARGUMENT');
    });
  }

  it('honours maxDataLength and maxDepth', () => {
    const log = new AuditLog({ maxDataLength: 10, maxDepth: 2 });
    log.logAction('t', [1, 2, 3]);
    expectAegis(() => log.logAction('t', 'x'.repeat(20)), 'LIMIT_EXCEEDED');
    expectAegis(() => log.logAction('t', [[[1]]]), 'LIMIT_EXCEEDED');
  });
});

describe('AuditLog.entry', () => {
  const log = sampleLog(3);
  it('returns a fresh copy of any entry', () => {
    const e = log.entry(1);
    (e.data as { i: number }).i = 99;
    expect((log.entry(1).data as { i: number }).i).toBe(1);
  });
  it('refuses a seq that is not in the log', () => {
    expectAegis(() => log.entry(3), 'NOT_FOUND');
    expectAegis(() => log.entry(-1), 'INVALID_ARGUMENT');
    expectAegis(() => log.entry(1.5), 'INVALID_ARGUMENT');
  });
});
