import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../property-tests/_config.js';
import { foldUnicode } from '../../src/text/index.js';

describe('foldUnicode', () => {
  it('reads disguised letters as ASCII and keeps the structure', () => {
    expect(foldUnicode('ｒｍ　-ｒｆ /')).toBe('rm -rf /');
    expect(foldUnicode("r\u200b'm' -rf \\\n/")).toBe("r'm' -rf \\\n/");
    expect(foldUnicode('Café RM')).toBe('Cafe RM');
    expect(foldUnicode('𝐫𝐦 -rf /')).toBe('rm -rf /');
    expect(foldUnicode('сurl')).toBe('curl'); // Cyrillic с
    expect(foldUnicode('ᴄᴜʀʟ')).toBe('curl'); // small capitals
    expect(foldUnicode('ᏟᎬᏞᏞ Ꮯell')).toBe('cell cell'); // Cherokee capitals
    expect(foldUnicode('⒭⒨ 🅡🅜 🆁🅼 🇷🇲')).toBe('rm rm rm rm');
    expect(foldUnicode('plain ASCII, "quotes" and \\ stay')).toBeNull();
  });

  it('is null exactly for ASCII, leaves ASCII as it is, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const f = foldUnicode(s);
        const ascii = [...s].every((c) => (c.codePointAt(0) as number) < 0x80);
        expect(f === null).toBe(ascii);
        if (f !== null) {
          // Every ASCII character of the input is still there, in order.
          let at = 0;
          for (const c of s) {
            if ((c.codePointAt(0) as number) >= 0x80) continue;
            at = f.indexOf(c, at);
            expect(at).toBeGreaterThanOrEqual(0);
            at++;
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
