import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../property-tests/_config.js';
import { decodeBase64Loose } from '../../src/text/_base64.js';

const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

describe('decodeBase64Loose', () => {
  it('decodes standard and URL-safe base64, with or without padding', () => {
    expect(text(decodeBase64Loose('cm0gLXJmIC8=', 0, 12, 100, 'fail', '='))).toBe('rm -rf /');
    expect(text(decodeBase64Loose('cm0gLXJmIC8', 0, 11, 100, 'fail'))).toBe('rm -rf /');
    expect([...(decodeBase64Loose('-_8', 0, 3, 10, 'fail') as Uint8Array)]).toEqual([0xfb, 0xff]);
  });

  it('skips, stops at or fails on a character outside the alphabet, as asked', () => {
    const s = 'cm0g!LXJm';
    expect(text(decodeBase64Loose(s, 0, s.length, 100, 'skip'))).toBe('rm -rf');
    expect(text(decodeBase64Loose(s, 0, s.length, 100, 'stop'))).toBe('rm ');
    expect(decodeBase64Loose(s, 0, s.length, 100, 'fail')).toBeNull();
  });

  it('never writes more than asked, and agrees with the platform on valid input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(64), (bytes, max) => {
        const b64 = btoa(String.fromCharCode(...bytes));
        const out = decodeBase64Loose(b64, 0, b64.length, max, 'fail', '=') as Uint8Array;
        expect([...out]).toEqual([...bytes].slice(0, max));
      }),
      { numRuns: runs(200) },
    );
  });
});
