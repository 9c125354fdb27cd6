import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog, generateSigningKey } from '../../src/audit/index.js';
import { FileSink, nodeSha256, openAuditFile } from '../../src/node/index.js';
import { expectAegis, sampleLog, snapshot, steppingClock } from '../audit/_helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aegis-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `log-${n++}.ndjson`);

describe('nodeSha256', () => {
  it('computes the same digests as the portable SHA-256', () => {
    for (const len of [0, 1, 55, 56, 64, 65, 200, 1000]) {
      const data = Uint8Array.from({ length: len }, (_, i) => (i * 7 + len) & 255);
      expect(bytesToHex(nodeSha256(data))).toBe(bytesToHex(sha256(data)));
      expect(bytesToHex(nodeSha256(data.subarray(1)))).toBe(bytesToHex(sha256(data.subarray(1))));
    }
  });

  it('writes logs the portable hash verifies, and the other way round', () => {
    const a = sampleLog(20, { hash: nodeSha256 });
    const b = sampleLog(20);
    expect(a.head).toBe(b.head);
    expect(AuditLog.fromLines([...a.exportLog()]).head).toBe(a.head);
    expect(AuditLog.fromLines([...b.exportLog()], { hash: nodeSha256 }).head).toBe(b.head);
  });
});

describe('FileSink', () => {
  it('appends each entry as a line, before logAction returns', () => {
    const path = fresh();
    const sink = new FileSink(path);
    const log = new AuditLog({ onAppend: sink.onAppend, clock: steppingClock() });
    log.logAction('a', 1);
    expect(readFileSync(path, 'utf8')).toBe(`${[...log.exportLog()][0]}\n`);
    log.logAction('b', 2);
    sink.close();
    expect(readFileSync(path, 'utf8')).toBe([...log.exportLog()].map((l) => `${l}\n`).join(''));
  });

  it('fsyncs when asked', () => {
    const path = fresh();
    const sink = new FileSink(path, { fsync: true });
    sink.write('x');
    sink.close();
    expect(readFileSync(path, 'utf8')).toBe('x\n');
  });

  it('refuses writes after close, and closing twice is harmless', () => {
    const sink = new FileSink(fresh());
    sink.close();
    sink.close();
    expectAegis(() => sink.write('x'), 'CONFLICT');
  });

  it.runIf(existsSync('/dev/full'))('fails logAction when the write fails, leaving the log unchanged', () => {
    const sink = new FileSink('/dev/full');
    const log = sampleLog(3);
    const withSink = AuditLog.fromLines([...log.exportLog()], { onAppend: sink.onAppend });
    const before = snapshot(withSink);
    expect(() => withSink.logAction('t', 1)).toThrow(/ENOSPC/);
    expect(snapshot(withSink)).toBe(before);
    sink.close();
  });

  it('refuses bad arguments', () => {
    expectAegis(() => new FileSink(5 as never), 'INVALID_ARGUMENT');
    expectAegis(() => new FileSink(fresh(), { sync: true } as never), 'INVALID_ARGUMENT');
  });
});

describe('openAuditFile', () => {
  const signingKey = generateSigningKey();

  it('creates a new log file, and reopens it verified, appending after the last entry', () => {
    const path = fresh();
    const first = openAuditFile(path, { signingKey });
    for (let i = 0; i < 5; i++) first.log.logAction('step', { i }, { actor: 'agent' });
    const checkpoint = first.log.checkpoint();
    first.close();
    const again = openAuditFile(path, { signingKey, checkpoint });
    expect(again.log.size).toBe(5);
    expect(again.droppedTornLine).toBe(false);
    again.log.logAction('step', { i: 5 });
    again.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(7);
    expect(AuditLog.fromLines(lines).verifyChain().ok).toBe(true);
  });

  it('refuses a tampered file, naming the first bad entry', () => {
    const path = fresh();
    const f = openAuditFile(path);
    for (let i = 0; i < 4; i++) f.log.logAction('step', { i });
    f.close();
    writeFileSync(path, readFileSync(path, 'utf8').replace('"i":2', '"i":3'));
    const error = expectAegis(() => openAuditFile(path), 'TAMPERED');
    expect(error.details?.firstBadSeq).toBe(2);
  });

  it('refuses a torn final line unless told to drop it, then cuts it off the file', () => {
    const path = fresh();
    const f = openAuditFile(path);
    for (let i = 0; i < 3; i++) f.log.logAction('step', { i });
    f.close();
    const intact = readFileSync(path, 'utf8');
    writeFileSync(path, `${intact}{"actor":null,"data":{"i":3`);
    expect(expectAegis(() => openAuditFile(path), 'TAMPERED').details).toMatchObject({ torn: true, firstBadSeq: 3 });
    const g = openAuditFile(path, { dropTornLine: true });
    expect(g.droppedTornLine).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(intact);
    g.log.logAction('step', { i: 3 });
    g.close();
    expect(openAuditFile(path).log.size).toBe(4);
  });

  it('refuses bytes that are not UTF-8, and drops a final line cut inside a character', () => {
    const path = fresh();
    const f = openAuditFile(path);
    f.log.logAction('step', { note: 'ok' });
    f.log.logAction('step', { note: 'a \ufffd, then r\u00e9sum\u00e9' });
    f.close();
    const intact = readFileSync(path);
    const mark = intact.indexOf(Buffer.from('\ufffd'));
    // U+FFFD (EF BF BD) replaced by a byte that is not UTF-8, which a lenient decoder reads back as U+FFFD.
    writeFileSync(path, Buffer.concat([intact.subarray(0, mark), Buffer.from([0xff]), intact.subarray(mark + 3)]));
    expect(expectAegis(() => openAuditFile(path), 'TAMPERED').details).toMatchObject({ firstBadSeq: 1 });
    // Cut inside é: a write cut short, dropped on request.
    writeFileSync(path, intact.subarray(0, intact.indexOf(Buffer.from('\u00e9')) + 1));
    expect(expectAegis(() => openAuditFile(path), 'TAMPERED').details).toMatchObject({ torn: true, firstBadSeq: 1 });
    const g = openAuditFile(path, { dropTornLine: true });
    expect(g.log.size).toBe(1);
    g.close();
    expect(readFileSync(path)).toEqual(intact.subarray(0, intact.indexOf(10) + 1));
  });

  it('gives a complete final line its missing newline before appending', () => {
    const path = fresh();
    const f = openAuditFile(path);
    f.log.logAction('step', 1);
    f.close();
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, -1));
    const g = openAuditFile(path);
    g.log.logAction('step', 2);
    g.close();
    expect(openAuditFile(path).log.size).toBe(2);
  });

  it('reads files larger than one read chunk', () => {
    const path = fresh();
    const big = 'x'.repeat(300_000);
    const f = openAuditFile(path);
    for (let i = 0; i < 8; i++) f.log.logAction('big', { i, big, s: 'é😀' });
    f.close();
    expect(openAuditFile(path).log.size).toBe(8);
  });

  it('refuses bad arguments', () => {
    expectAegis(() => openAuditFile(5 as never), 'INVALID_ARGUMENT');
    expectAegis(() => openAuditFile(fresh(), { onAppend: () => {} } as never), 'INVALID_ARGUMENT');
    expectAegis(() => openAuditFile(fresh(), { fsync: 'yes' } as never), 'INVALID_ARGUMENT');
  });
});
