import { describe, expect, it } from 'vitest';
import { ParamCollector } from '../../src/firewall/_params.js';
import { TextWindow } from '../../src/firewall/_text-window.js';

/** A window over one whole text, as the analyzer holds it. */
class Window extends TextWindow {
  constructor(text: string) {
    super();
    this.resetWindow(null);
    this.append(text);
  }
}

/** The paths and URLs of `text` read code unit by code unit (feed, then finish). */
function byUnits(text: string): [string[], string[]] {
  const p = new ParamCollector();
  const w = new Window(text);
  p.feed(w, text, 0, text.length);
  p.finish(w, text.length);
  return [p.paths, p.urls];
}

/** The same read at the marks only (feedWhole, then finish). */
function atMarks(text: string): [string[], string[]] {
  const p = new ParamCollector();
  const w = new Window(text);
  p.feedWhole(w, text);
  p.finish(w, text.length);
  return [p.paths, p.urls];
}

const TEXTS = [
  'Please read docs/notes.md and summarize it',
  'open ~/.ssh/config and ~ then www.example.com and (www.a.org) and [~/x]',
  'see https://example.com/a?b=1, then /etc/hosts; also ./run.sh ../up.sh $home/x',
  '  leading  and  double  spaces /a/b.txt  ',
  '/',
  '~',
  'www.',
  'no marks at all here',
  `${'a/'.repeat(200)} /short.txt`,
  'a~b c~ ~d /e/f.g www.h.i/j (k/l.m) {~/n} <o/p.q>',
  Array.from({ length: 12 }, (_, i) => `/p${i}/f${i}.txt https://h${i}.io/x`).join(' '),
];

/** Texts built from pieces that hold marks, spaces and words, deterministic. */
function generated(count: number): string[] {
  const pieces = [
    '/',
    '~',
    'www.',
    ' ',
    '  ',
    'a',
    'docs',
    '.md',
    'http',
    '://',
    '(',
    ']',
    ',',
    'x.txt',
    '$home/',
    './',
  ];
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const len = next() % 30;
    for (let i = 0; i < len; i++) t += pieces[next() % pieces.length];
    out.push(t);
  }
  return out;
}

describe('ParamCollector.feedWhole', () => {
  it.each(TEXTS)('reads the paths and URLs that reading every code unit reads: %j', (text) => {
    expect(atMarks(text)).toEqual(byUnits(text));
  });

  it('agrees on generated texts', () => {
    for (const text of generated(2000)) expect(atMarks(text), JSON.stringify(text)).toEqual(byUnits(text));
  });

  it('finds paths and URLs at all', () => {
    expect(atMarks('read docs/notes.md then www.example.com')).toEqual([['docs/notes.md'], ['www.example.com']]);
  });
});
