import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog, generateSigningKey } from '../../src/audit/index.js';
import { runCli } from '../../src/node/_cli.js';
import { sampleLog } from '../audit/_helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aegis-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}

describe('aegis verify', () => {
  const log = sampleLog(12, { signingKey: generateSigningKey(), origin: 'example.com/log' });
  const lines = [...log.exportLog()];
  const file = join(dir, 'log.ndjson');
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  const cpFile = join(dir, 'cp.txt');
  writeFileSync(cpFile, log.checkpoint());
  const hexKey = bytesToHex(log.publicKey as Uint8Array);

  it('prints OK and exits 0 for an intact log', () => {
    const r = run('verify', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('12 entries verified');
    expect(r.out).toContain(bytesToHex(log.root()));
  });

  it('checks a checkpoint with a hex key or a verifier key', () => {
    for (const key of [hexKey, log.verifierKey as string]) {
      const r = run('verify', file, '--checkpoint', cpFile, '--public-key', key, '--origin', 'example.com/log');
      expect(r.code).toBe(0);
      expect(r.out).toContain('checkpoint of 12 entries signed by example.com/log');
    }
  });

  it('prints TAMPERED with the first bad entry and exits 1', () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, lines.map((l, i) => `${i === 7 ? l.replace('"i":7', '"i":8') : l}\n`).join(''));
    const r = run('verify', bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^TAMPERED/);
    expect(r.out).toContain('first bad entry: seq 7');
  });

  it('exits 1 for a log truncated below its checkpoint', () => {
    const short = join(dir, 'short.ndjson');
    writeFileSync(
      short,
      lines
        .slice(0, 10)
        .map((l) => `${l}\n`)
        .join(''),
    );
    const r = run('verify', short, '--checkpoint', cpFile, '--public-key', hexKey, '--origin', 'example.com/log');
    expect(r.code).toBe(1);
    expect(r.out).toContain('first bad entry: seq 10');
  });

  it('reports a torn final line as TORN and exits 1', () => {
    const torn = join(dir, 'torn.ndjson');
    writeFileSync(torn, `${lines.join('\n')}\n{"actor":`);
    const r = run('verify', torn);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^TORN/);
  });

  it('exits 1 for a checkpoint signed by another key', () => {
    const other = sampleLog(1, { signingKey: generateSigningKey() });
    const r = run('verify', file, '--checkpoint', cpFile, '--public-key', bytesToHex(other.publicKey as Uint8Array));
    expect(r.code).toBe(1);
  });

  it('never takes the origin from the checkpoint: a checkpoint of another log by the same key fails', () => {
    const signingKey = generateSigningKey();
    const mine = sampleLog(5, { signingKey, origin: 'example.com/mine' });
    const mineFile = join(dir, 'mine.ndjson');
    writeFileSync(mineFile, [...mine.exportLog()].map((l) => `${l}\n`).join(''));
    // The same entries, kept under another name and signed with the same key.
    const other = AuditLog.fromLines([...mine.exportLog()], { signingKey, origin: 'example.com/other' });
    const otherCp = join(dir, 'other-cp.txt');
    writeFileSync(otherCp, other.checkpoint());
    const key = bytesToHex(mine.publicKey as Uint8Array);
    const defaulted = run('verify', mineFile, '--checkpoint', otherCp, '--public-key', key);
    expect(defaulted.code).toBe(1);
    expect(defaulted.out).toContain('example.com/other');
    const named = run('verify', mineFile, '--checkpoint', otherCp, '--public-key', key, '--origin', 'example.com/mine');
    expect(named.code).toBe(1);
    // Its own checkpoint verifies once the log is named.
    const mineCp = join(dir, 'mine-cp.txt');
    writeFileSync(mineCp, mine.checkpoint());
    expect(
      run('verify', mineFile, '--checkpoint', mineCp, '--public-key', key, '--origin', 'example.com/mine').code,
    ).toBe(0);
    // A log built without an origin has the default one, which needs no --origin.
    const plain = sampleLog(3, { signingKey });
    const plainFile = join(dir, 'plain.ndjson');
    writeFileSync(plainFile, [...plain.exportLog()].map((l) => `${l}\n`).join(''));
    const plainCp = join(dir, 'plain-cp.txt');
    writeFileSync(plainCp, plain.checkpoint());
    expect(run('verify', plainFile, '--checkpoint', plainCp, '--public-key', key).code).toBe(0);
  });

  it('verifies bytes: an invalid byte in place of an encoded U+FFFD fails, the genuine one passes', () => {
    const withMark = new AuditLog();
    withMark.logAction('t', { note: 'before' });
    withMark.logAction('t', { note: 'replacement \uFFFD character' });
    withMark.logAction('t', { note: 'after' });
    const good = Buffer.from([...withMark.exportLog()].map((l) => `${l}\n`).join(''), 'utf8');
    const goodFile = join(dir, 'fffd.ndjson');
    writeFileSync(goodFile, good);
    expect(run('verify', goodFile).code).toBe(0);
    const at = good.indexOf(Buffer.from([0xef, 0xbf, 0xbd]));
    expect(at).toBeGreaterThan(0);
    for (const [name, bytes] of [
      ['a lone 0xFF', [0xff]],
      ['a cut sequence', [0xe2, 0x82]],
      ['an overlong encoding', [0xc0, 0xaf]],
      ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ] as const) {
      const bad = Buffer.concat([good.subarray(0, at), Buffer.from(bytes), good.subarray(at + 3)]);
      const badFile = join(dir, `bad-utf8-${name.replace(/ /g, '-')}.ndjson`);
      writeFileSync(badFile, bad);
      const r = run('verify', badFile);
      expect(r.code, name).toBe(1);
      expect(r.out, name).toContain('first bad entry: seq 1');
    }
  });

  it('reports a final line cut inside a character as TORN', () => {
    const accented = new AuditLog();
    accented.logAction('t', { note: 'first' });
    accented.logAction('t', { note: 'café au lait' });
    const text = Buffer.from([...accented.exportLog()].map((l) => `${l}\n`).join(''), 'utf8');
    const cut = text.indexOf(Buffer.from('é')) + 1; // inside the two bytes of é
    const tornFile = join(dir, 'torn-char.ndjson');
    writeFileSync(tornFile, text.subarray(0, cut));
    const r = run('verify', tornFile);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^TORN/);
    // A complete final line with a bad byte inside, and no newline, is not torn but tampered.
    const inside = Buffer.concat([text.subarray(0, cut), Buffer.from([0xff]), text.subarray(cut + 1, text.length - 1)]);
    const insideFile = join(dir, 'bad-inside.ndjson');
    writeFileSync(insideFile, inside);
    const r2 = run('verify', insideFile);
    expect(r2.code).toBe(1);
    expect(r2.out).toMatch(/^TAMPERED/);
  });

  it('takes --max-data-length for a log written with a higher limit', () => {
    const big = new AuditLog({ maxDataLength: 2_000_000 });
    big.logAction('t', { blob: 'x'.repeat(1_200_000) });
    const bigFile = join(dir, 'big.ndjson');
    writeFileSync(bigFile, `${[...big.exportLog()][0]}\n`);
    const refused = run('verify', bigFile);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('--max-data-length');
    expect(run('verify', bigFile, '--max-data-length', '2000000').code).toBe(0);
  });

  it('exits 1 for a malformed checkpoint, or one that is not UTF-8', () => {
    const cp = readFileSync(cpFile);
    const cases: [string, Buffer][] = [
      ['garbage', Buffer.from('hello\n')],
      ['no signature', Buffer.from(cp.toString('utf8').split('\n\n')[0] as string)],
      ['a size that is not a number', Buffer.from(cp.toString('utf8').replace('\n12\n', '\ntwelve\n'))],
      ['not UTF-8', Buffer.concat([cp.subarray(0, 4), Buffer.from([0xff]), cp.subarray(5)])],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of cases) {
      const bad = join(dir, `cp-${name.replace(/ /g, '-')}.txt`);
      writeFileSync(bad, bytes);
      const r = run('verify', file, '--checkpoint', bad, '--public-key', hexKey, '--origin', 'example.com/log');
      expect(r.code, name).toBe(1);
      expect(r.out, name).toMatch(/^NOT VERIFIED|^TAMPERED/);
    }
  });

  it('prints usage and exits 2 for bad usage or a missing file', () => {
    for (const argv of [
      [],
      ['check', file],
      ['verify'],
      ['verify', file, '--checkpoint', cpFile],
      ['verify', file, '--bogus'],
      ['verify', file, '--origin'],
      ['verify', file, '--origin', 'a\nb'],
      ['verify', file, '--max-data-length', 'lots'],
      ['verify', file, '--max-data-length', '3'],
      ['verify', file, '--max-data-length', '99999999999'],
      ['verify', file, '--origin', 'a', '--origin', 'b'],
      ['verify', file, '--checkpoint', cpFile, '--public-key', 'nope'],
    ]) {
      const r = run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('usage: aegis verify');
    }
    expect(run('verify', join(dir, 'missing.ndjson')).code).toBe(2);
    expect(run('verify', file, '--checkpoint', join(dir, 'missing.txt'), '--public-key', hexKey).code).toBe(2);
    expect(run('verify', file, '--checkpoint', cpFile, '--public-key', 'nope').code).toBe(2);
    expect(run('--help').out).toContain('usage: aegis verify');
  });
});
