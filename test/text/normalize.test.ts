import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { normalizeText, TextNormalizer } from '../../src/text/index.js';

/** name, input, expected normalized text (default options unless `options`). */
const TABLE: {
  name: string;
  input: string;
  expected: string;
  options?: { shell?: boolean; splitIdentifiers?: boolean };
}[] = [
  { name: 'folds case', input: 'RM -RF /', expected: 'rm -rf /' },
  { name: 'fullwidth forms become ASCII', input: 'ｒｍ　－ｒｆ　／', expected: 'rm -rf /' },
  { name: 'mathematical letters become ASCII', input: '𝐫𝐦 -𝐫𝐟', expected: 'rm -rf' },
  { name: 'zero-width and format characters vanish', input: 'r\u200bm -\u200drf\u2060 /\ufeff', expected: 'rm -rf /' },
  { name: 'soft hyphens and bidi controls vanish', input: 'pa\u00adss\u202ewd', expected: 'passwd' },
  { name: 'Cyrillic look-alikes become Latin', input: 'іgnоrе рrеvіоus', expected: 'ignore previous' },
  { name: 'Greek look-alikes become Latin', input: 'ρasswοrd', expected: 'password' },
  { name: 'small capitals become Latin', input: 'ɪɢɴᴏʀᴇ ʏᴏᴜʀ ʀᴜʟᴇꜱ', expected: 'ignore your rules' },
  { name: 'Cherokee capitals, lowercased first, become Latin', input: 'ᎥgnᎾrᎬ ᎪᏞᏞ', expected: 'ignore all' },
  { name: 'parenthesized letters read without their parentheses', input: '⒤⒢⒩⒪⒭⒠', expected: 'ignore' },
  { name: 'negative circled and squared letters', input: '🅡🅔🅥🅔🅐🅛 🆂🆈🆂🆃🅴🅼', expected: 'reveal system' },
  { name: 'regional indicator letters', input: '🇵🇷🇴🇲🇵🇹', expected: 'prompt' },
  { name: 'accents are stripped', input: 'dèlétê dätábàse', expected: 'delete database' },
  { name: 'combining marks are stripped', input: 'de\u0301lete', expected: 'delete' },
  {
    name: 'whitespace runs collapse, including tabs, newlines and NBSP',
    input: 'drop \t\n table\u00a0\u00a0users',
    expected: 'drop table users',
  },
  { name: 'quotes inside words are dropped', input: `r''m -"r"f \`x\``, expected: 'rm -rf x' },
  { name: 'backslash escapes are dropped', input: '\\r\\m -rf', expected: 'rm -rf' },
  {
    name: '${IFS} and $IFS read as spaces',
    input: 'cat${IFS}/etc/passwd;cat$IFS/etc/shadow',
    expected: 'cat /etc/passwd;cat /etc/shadow',
  },
  { name: '$@ and $* expand to nothing', input: 'r$@m -r$*f ${@}/', expected: 'rm -rf /' },
  { name: 'a longer variable name is not $IFS', input: 'echo $IFSX', expected: 'echo $ifsx' },
  {
    name: 'quotes and invisible characters inside an expansion do not hide it',
    input: `r$'@m r$​*m $"{IFS}"x`,
    expected: 'rm rm x',
  },
  { name: 'look-alike dollars and at signs form expansions too', input: 'r＄＠m', expected: 'rm' },
  {
    name: '$$ (the process id) keeps both dollars, so normalizing twice changes nothing',
    input: '$$@*',
    expected: '$$@*',
  },
  { name: 'dashes and slashes look-alikes', input: 'rm \u2013rf \u2215etc', expected: 'rm -rf /etc' },
  { name: 'curly quotes are quotes', input: 'r\u2019m', expected: 'rm' },
  { name: 'ligatures decompose', input: 'ﬁle', expected: 'file' },
  { name: 'ß becomes ss', input: 'STRASSE straße', expected: 'strasse strasse' },
  { name: 'shell handling can be turned off', input: `it's r''m`, expected: `it's r''m`, options: { shell: false } },
  {
    name: 'identifiers split into words',
    input: 'delete_system userPasswords getHTTP2Token',
    expected: 'delete system user passwords get http2 token',
    options: { splitIdentifiers: true },
  },
  { name: 'astral letters are kept', input: '𝒜gent 😀 ok', expected: 'agent 😀 ok' },
  { name: 'a lone surrogate stands for itself', input: 'a\ud800b', expected: 'a\ud800b' },
];

describe('normalizeText', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      expect(normalizeText(row.input, row.options).text).toBe(row.expected);
    });
  }

  it('maps every normalized span back to the original text', () => {
    const original = 'Please Ｒ\u200bＭ  -r"f / now';
    const n = normalizeText(original);
    expect(n.text).toBe('please rm -rf / now');
    const at = n.text.indexOf('rm -rf');
    const span = n.span(at, at + 'rm -rf'.length);
    expect(original.slice(span.start, span.end)).toBe('Ｒ\u200bＭ  -r"f');
    expect(normalizeText(original.slice(span.start, span.end)).text).toBe('rm -rf');
  });

  it('maps plain ASCII (the fast path) one to one', () => {
    const n = normalizeText('Read The Docs');
    expect(n.text).toBe('read the docs');
    expect(n.span(5, 8)).toEqual({ start: 5, end: 8 });
  });

  it('refuses non-string input and unknown options', () => {
    expect(() => normalizeText(42 as unknown as string)).toThrow(AegisError);
    expect(() => normalizeText('a', { shel: true } as never)).toThrow(/unknown option/);
    expect(() => normalizeText('a', { shell: 'no' } as never)).toThrow(AegisError);
  });
});

describe('TextNormalizer', () => {
  it('holds back a construct cut by a chunk boundary', () => {
    const n = new TextNormalizer();
    expect(n.push('cat$I').text).toBe('cat');
    expect(n.push('FS/etc').text).toBe(' /etc');
    expect(n.push('/pass\ud83d').text).toBe('/pass');
    expect(n.push('\ude00').text).toBe('😀');
    expect(n.push('$').text).toBe('');
    expect(n.end().text).toBe('$');
  });

  it('waits for the character after $IFS before reading it as a space', () => {
    const n = new TextNormalizer();
    expect(n.push('echo $IFS').text).toBe('echo ');
    expect(n.push('X').text).toBe('$ifsx');
    const m = new TextNormalizer();
    expect(m.push('cat$IFS').text).toBe('cat');
    expect(m.push('/etc').text).toBe(' /etc');
  });

  it('peeks at what end() would give without ending or changing anything', () => {
    const n = new TextNormalizer();
    expect(n.push('cat$I').text).toBe('cat');
    expect(n.peek().text).toBe('$i');
    expect(n.peek().text).toBe('$i');
    expect(n.push('FS/etc').text).toBe(' /etc');
    expect(n.peek().text).toBe('');
    expect(n.push(' $').text).toBe(' ');
    expect(n.peek()).toMatchObject({ text: '$', offset: 9, starts: [12], ends: [13] });
    expect(n.end().text).toBe('$');
    expect(n.peek().text).toBe('');
  });

  it('refuses writes after end', () => {
    const n = new TextNormalizer();
    n.end();
    expect(() => n.push('x')).toThrow(AegisError);
  });
});
