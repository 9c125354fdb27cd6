import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from '../../src/audit/_base64.js';
import { formatVerifierKey, keyId, openNote, parsePublicKey, signNote } from '../../src/audit/_signed-note.js';
import { signCheckpointText } from '../../src/audit/checkpoint.js';
import { AuditLog, generateSigningKey, verifyCheckpoint } from '../../src/audit/index.js';
import { expectAegis, internals, sampleLog, steppingClock } from './_helpers.js';

/**
 * The example key and note of the Go reference implementation (golang.org/x/mod/sumdb/note): Ed25519
 * is deterministic, so signing the same text with the same key must give the same note byte for byte.
 */
const GO = {
  skey: 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz',
  vkey: 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
  text: "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n",
  sig: '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
};

describe('signed notes match the Go reference example', () => {
  // The base64 key may itself contain '+'.
  const seed = (base64Decode(GO.skey.split('+').slice(4).join('+')) as Uint8Array).subarray(1);
  const publicKey = ed25519.getPublicKey(seed);

  it('derives the same key id and verifier key', () => {
    expect(keyId('PeterNeumann', publicKey).toString(16)).toBe('c74f20a3');
    expect(formatVerifierKey('PeterNeumann', publicKey)).toBe(GO.vkey);
    expect(bytesToHex(parsePublicKey('test', GO.vkey).publicKey)).toBe(bytesToHex(publicKey));
  });

  it('reads a verifier key whose base64 contains "+" (split at the first two only)', () => {
    let seedByte = 0;
    let vkey = '';
    let pk = new Uint8Array(32);
    while (vkey.split('+').length <= 3) {
      pk = ed25519.getPublicKey(new Uint8Array(32).fill(seedByte++));
      vkey = formatVerifierKey('k', pk);
    }
    expect(bytesToHex(parsePublicKey('test', vkey).publicKey)).toBe(bytesToHex(pk));
  });

  it('signs the note byte for byte as Go does', () => {
    expect(signNote(GO.text, 'PeterNeumann', seed, publicKey)).toBe(`${GO.text}\n${GO.sig}`);
  });

  it('opens the Go note, and refuses it when one letter changes', () => {
    const note = `${GO.text}\n${GO.sig}`;
    expect(openNote('test', note, parsePublicKey('test', GO.vkey))).toEqual({ text: GO.text, keyName: 'PeterNeumann' });
    expectAegis(() => openNote('test', note.replace('cryptography', 'cryptographY'), { publicKey }), 'TAMPERED');
  });
});

describe('base64', () => {
  it('round-trips every length and refuses non-canonical text', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = base64Encode(bytes);
      expect(Buffer.from(bytes).toString('base64')).toBe(text);
      expect(base64Decode(text)).toEqual(bytes);
    }
    for (const bad of ['QQ', 'QR==', 'QUI', 'QUJ=', 'Q===', 'QU I=', 'QUI=\n', 'QUI-', '====']) {
      expect(base64Decode(bad)).toBeUndefined();
    }
  });
});

describe('AuditLog.checkpoint', () => {
  const signingKey = generateSigningKey();
  const log = sampleLog(10, { signingKey, origin: 'example.com/agent-log' });
  const cp = log.checkpoint();

  it('writes the C2SP checkpoint: origin, size, base64 root, blank line, one signature line', () => {
    const lines = cp.split('\n');
    expect(lines.slice(0, 4)).toEqual(['example.com/agent-log', '10', base64Encode(log.root()), '']);
    expect(lines[4]).toMatch(/^— example\.com\/agent-log [A-Za-z0-9+/]+=*$/);
    expect(lines[5]).toBe('');
    expect(lines).toHaveLength(6);
  });

  it('carries a signature any note verifier can check: key id then Ed25519 over the text', () => {
    const [text, sigLine] = [cp.slice(0, cp.indexOf('\n\n') + 1), cp.split('\n')[4] as string];
    const blob = base64Decode(sigLine.split(' ')[2] as string) as Uint8Array;
    const pk = log.publicKey as Uint8Array;
    const expectedId = sha256(new Uint8Array([...utf8ToBytes('example.com/agent-log\n'), 1, ...pk])).subarray(0, 4);
    expect(bytesToHex(blob.subarray(0, 4))).toBe(bytesToHex(expectedId));
    expect(ed25519.verify(blob.subarray(4), utf8ToBytes(text), pk)).toBe(true);
    expect(bytesToHex(pk)).toBe(bytesToHex(ed25519.getPublicKey(signingKey)));
  });

  it('verifies with the public key as bytes, as hex, or as a note verifier key', () => {
    const pk = log.publicKey as Uint8Array;
    for (const key of [pk, bytesToHex(pk), bytesToHex(pk).toUpperCase(), log.verifierKey as string]) {
      const c = verifyCheckpoint(cp, key);
      expect(c).toMatchObject({ origin: 'example.com/agent-log', size: 10, extensions: [] });
      expect(bytesToHex(c.rootHash)).toBe(bytesToHex(log.root()));
    }
    expect(log.verifierKey).toMatch(/^example\.com\/agent-log\+[0-9a-f]{8}\+/);
  });

  it('ignores signatures by other keys (cosignatures)', () => {
    const other = sampleLog(1, { signingKey: generateSigningKey(), origin: 'witness.example' });
    const withCosig = `${cp}${other.checkpoint().split('\n')[4]}\n`;
    expect(verifyCheckpoint(withCosig, log.publicKey as Uint8Array).size).toBe(10);
    expectAegis(() => verifyCheckpoint(withCosig, other.verifierKey as string), 'TAMPERED');
  });

  it('returns extension lines', () => {
    const text = `example.com/x\n3\n${base64Encode(new Uint8Array(32))}\nextension one\nextension two\n`;
    const note = signCheckpointText(text, 'example.com/x', signingKey);
    expect(verifyCheckpoint(note, ed25519.getPublicKey(signingKey)).extensions).toEqual([
      'extension one',
      'extension two',
    ]);
  });

  describe('refuses a checkpoint that was changed or signed by another key (TAMPERED)', () => {
    const pk = log.publicKey as Uint8Array;
    const cases: [string, string, Uint8Array | string][] = [
      ['another key', cp, ed25519.getPublicKey(generateSigningKey())],
      ['a changed size', cp.replace('\n10\n', '\n11\n'), pk],
      ['a changed origin', cp.replace('example.com/agent-log\n10', 'example.com/agent-loh\n10'), pk],
      ['a changed signature', cp.replace(/ [A-Za-z0-9+/]{10}/, ' AAAAAAAAAA'), pk],
      ['the same key under another name', cp, formatVerifierKey('other', pk)],
    ];
    for (const [name, note, key] of cases) it(name, () => expectAegis(() => verifyCheckpoint(note, key), 'TAMPERED'));
  });

  describe('refuses a malformed note or checkpoint (INVALID_ARGUMENT)', () => {
    const pk = log.publicKey as Uint8Array;
    const sign = (text: string) => signCheckpointText(text, 'k', signingKey);
    const pkForK = ed25519.getPublicKey(signingKey);
    const root = base64Encode(new Uint8Array(32));
    const cases: [string, string, Uint8Array][] = [
      ['no blank line', cp.replace('\n\n', '\n'), pk],
      ['no signature line', `${cp.slice(0, cp.indexOf('\n\n') + 2)}`, pk],
      ['a signature line without the dash', cp.replace('— ', '- '), pk],
      ['a control character', cp.replace('example', 'exa\u0007mple'), pk],
      ['bad base64 in the signature', cp.replace(/=\n$/, '*\n'), pk],
      ['no newline at the end', cp.slice(0, -1), pk],
      ['101 signatures', `${cp}${'— other AAAAAAAAAAAA\n'.repeat(101)}`, pk],
      ['a size with a leading zero', sign(`o\n010\n${root}\n`), pkForK],
      ['a negative size', sign(`o\n-1\n${root}\n`), pkForK],
      ['an empty origin', sign(`\n1\n${root}\n`), pkForK],
      ['a root that is not base64', sign('o\n1\nnot base64!\n'), pkForK],
      ['a missing root line', sign('o\n1\n'), pkForK],
      ['an empty extension line', sign(`o\n1\n${root}\n\next\n`), pkForK],
    ];
    for (const [name, note, key] of cases) {
      it(name, () => expectAegis(() => verifyCheckpoint(note, key), 'INVALID_ARGUMENT'));
    }
    it('a public key of the wrong size or form', () => {
      expectAegis(() => verifyCheckpoint(cp, new Uint8Array(31)), 'INVALID_ARGUMENT');
      expectAegis(() => verifyCheckpoint(cp, 'abcd'), 'INVALID_ARGUMENT');
      expectAegis(() => verifyCheckpoint(cp, GO.vkey.replace('c74f20a3', 'c74f20a4')), 'INVALID_ARGUMENT');
      expectAegis(() => verifyCheckpoint(cp, 5 as never), 'INVALID_ARGUMENT');
      expectAegis(() => verifyCheckpoint(5 as never, pk), 'INVALID_ARGUMENT');
    });
  });

  it('is refused without a signing key', () => {
    expectAegis(() => sampleLog(2).checkpoint(), 'CONFLICT');
  });

  it('is refused when the log does not verify', () => {
    const bad = sampleLog(5, { signingKey });
    internals(bad).store.data[2] = '0';
    const error = expectAegis(() => bad.checkpoint(), 'TAMPERED');
    expect(error.details?.firstBadSeq).toBe(2);
  });

  it('signs the empty log', () => {
    const empty = new AuditLog({ signingKey });
    const c = empty.verifyCheckpoint(empty.checkpoint());
    expect(c.size).toBe(0);
  });
});

describe('AuditLog.verifyCheckpoint', () => {
  const signingKey = generateSigningKey();
  const options = { signingKey, clock: steppingClock() };

  it('accepts a checkpoint of an earlier size of the same log', () => {
    const log = sampleLog(6, options);
    const cp = log.checkpoint();
    for (let i = 0; i < 9; i++) log.logAction('later', { i });
    expect(log.verifyCheckpoint(cp).size).toBe(6);
    expect(log.verifyCheckpoint(log.checkpoint()).size).toBe(15);
  });

  it('detects a log truncated below the checkpoint and names where entries are missing', () => {
    const log = sampleLog(12, options);
    const cp = log.checkpoint();
    const truncated = AuditLog.fromLines([...log.exportLog({ to: 9 })], options);
    const error = expectAegis(() => truncated.verifyCheckpoint(cp), 'TAMPERED');
    expect(error.details).toMatchObject({ firstBadSeq: 9, checkpointSize: 12 });
  });

  it('detects a fork: a log that rewrote history consistently but is not the signed one', () => {
    const log = sampleLog(12, options);
    const cp = log.checkpoint();
    const fork = new AuditLog({ signingKey, clock: steppingClock() });
    for (const e of [...log.exportLog()].map((l) => JSON.parse(l) as { type: string; data: unknown })) {
      fork.logAction(e.type, e.data);
    }
    fork.logAction('extra', 1);
    const error = expectAegis(() => fork.verifyCheckpoint(cp), 'TAMPERED');
    expect(error.details).toMatchObject({ checkpointSize: 12 });
  });

  it('refuses a checkpoint of another log (origin) and needs a key', () => {
    const log = sampleLog(3, options);
    const other = sampleLog(3, { ...options, origin: 'other.example' });
    expectAegis(() => log.verifyCheckpoint(other.checkpoint(), other.publicKey), 'INVALID_ARGUMENT');
    expectAegis(() => sampleLog(1).verifyCheckpoint(log.checkpoint()), 'INVALID_ARGUMENT');
  });
});
