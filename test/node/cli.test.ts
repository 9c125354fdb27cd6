import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../src/audit/index.js';
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
      const r = run('verify', file, '--checkpoint', cpFile, '--public-key', key);
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
    const r = run('verify', short, '--checkpoint', cpFile, '--public-key', hexKey);
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

  it('prints usage and exits 2 for bad usage or a missing file', () => {
    for (const argv of [
      [],
      ['check', file],
      ['verify'],
      ['verify', file, '--checkpoint', cpFile],
      ['verify', file, '--bogus'],
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
