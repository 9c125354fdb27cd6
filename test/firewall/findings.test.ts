import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../property-tests/_config.js';
import { analyze } from '../../src/firewall/_analyzer.js';
import { Findings } from '../../src/firewall/_findings.js';
import { compileRule } from '../../src/firewall/_rule.js';
import { RuleIndex } from '../../src/firewall/_rule-index.js';
import { forEachSegment, Segmenter } from '../../src/firewall/_segments.js';
import type { Policy } from '../../src/firewall/_verdict.js';
import { toVerdict } from '../../src/firewall/_verdict.js';
import { type Detector, SEGMENT_MAX } from '../../src/firewall/detectors/types.js';
import { FirewallStream } from '../../src/firewall/firewall-stream.js';

/** Reports every `xyzzy`, and rescans every `<b64:…>` payload as base64 (written here). */
const toy: Detector = {
  name: 'toy',
  scan(segment, sink) {
    let at = segment.indexOf('xyzzy');
    while (at >= 0) {
      sink.report('toy.xyzzy', 'destructive', 'high', 'the magic word', at, at + 5, `xyzzy@${at}`);
      at = segment.indexOf('xyzzy', at + 1);
    }
    const open = segment.indexOf('<b64:');
    if (open >= 0) {
      const close = segment.indexOf('>', open);
      if (close > open) sink.rescan(atob(segment.slice(open + 5, close)), open, close + 1, 'base64');
    }
  },
};

const rules = [
  compileRule('t', 'rule', {
    id: 'pack.rm-root',
    patterns: ['rm -rf /'],
    category: 'destructive',
    severity: 'critical',
    description: 'deletes everything',
  }),
];
const policy: Policy = { threshold: 0.7, blockBelow: 0.3 };

function whole(content: string) {
  const snap = new RuleIndex(rules).snapshot();
  const f = new Findings([toy], snap, 1000);
  f.scanText(content);
  return toVerdict(f.merge(analyze(snap, content, 1000)), policy);
}

function segments(text: string): [string, number][] {
  const out: [string, number][] = [];
  forEachSegment(text, (s, at) => out.push([s, at]));
  return out;
}

describe('segments', () => {
  it('are lines; a backslash before the line break continues the line', () => {
    expect(segments('a\nbc\n\nd')).toEqual([
      ['a', 0],
      ['bc', 2],
      ['', 5],
      ['d', 6],
    ]);
    expect(segments('rm -rf \\\n/ now\nnext')).toEqual([
      ['rm -rf \\\n/ now', 0],
      ['next', 15],
    ]);
  });

  it('are cut at the maximum length', () => {
    const long = 'x'.repeat(SEGMENT_MAX * 2 + 3);
    expect(segments(long).map(([s, at]) => [s.length, at])).toEqual([
      [SEGMENT_MAX, 0],
      [SEGMENT_MAX, SEGMENT_MAX],
      [3, 2 * SEGMENT_MAX],
    ]);
  });

  it('are the same whatever the chunks the text arrives in', () => {
    const alphabet = fc.constantFrom('a', 'b', '\\', '\n', ' ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 300 }).map((a) => a.join('')),
        fc.array(fc.nat(40), { maxLength: 30 }),
        (text, cuts) => {
          const seen: [string, number][] = [];
          const s = new Segmenter();
          let i = 0;
          for (const c of cuts) {
            s.push(text.slice(i, i + c), (seg, at) => seen.push([seg, at]));
            i += c;
          }
          s.push(text.slice(i), (seg, at) => seen.push([seg, at]));
          const t = s.tail();
          if (t.segment.length > 0) seen.push([t.segment, t.start]);
          expect(seen).toEqual(segments(text).filter(([seg], k, all) => seg.length > 0 || k < all.length));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('are the same at the maximum length whatever the chunks', () => {
    const text = `${'a'.repeat(SEGMENT_MAX - 1)}\\\n${'b'.repeat(SEGMENT_MAX)}\n\nc`;
    for (const size of [1, 7, 4096, SEGMENT_MAX, text.length]) {
      const seen: [string, number][] = [];
      const s = new Segmenter();
      for (let i = 0; i < text.length; i += size) s.push(text.slice(i, i + size), (seg, at) => seen.push([seg, at]));
      const t = s.tail();
      if (t.segment.length > 0) seen.push([t.segment, t.start]);
      expect(seen, `chunks of ${size}`).toEqual(segments(text));
    }
  });
});

describe('findings', () => {
  it('count like rule matches, with offsets in the whole content and their evidence', () => {
    const v = whole('first line\nsay xyzzy twice: xyzzy');
    expect(v.decision).toBe('escalate'); // one rule, counted once however often it matches
    expect(v.matches.map((m) => [m.ruleId, m.start, m.end, m.pattern])).toEqual([
      ['toy.xyzzy', 15, 20, 'xyzzy@4'],
      ['toy.xyzzy', 28, 33, 'xyzzy@17'],
    ]);
    expect(v.reasons[0]).toContain('toy.xyzzy (destructive, high) matched "xyzzy@4" at 15–20 (2 matches)');
  });

  it('leave a clean verdict unchanged', () => {
    const snap = new RuleIndex(rules).snapshot();
    const a = analyze(snap, 'nothing here', 1000);
    const f = new Findings([toy], snap, 1000);
    f.scanText('nothing here');
    expect(f.merge(a)).toBe(a);
  });

  it('of a decoded payload are reported at the payload, with the rule pack and detectors applied', () => {
    const payload = btoa('rm -rf / and xyzzy');
    const content = `run <b64:${payload}> please`;
    const v = whole(content);
    expect(v.decision).toBe('block');
    const span = [4, 4 + payload.length + 6];
    expect(v.matches.map((m) => [m.ruleId, m.start, m.end, m.pattern])).toEqual([
      ['pack.rm-root', ...span, 'base64: rm -rf /'],
      ['toy.xyzzy', ...span, 'base64: xyzzy@13'],
    ]);
  });

  it('nest two decodings deep and no deeper', () => {
    const inner = `<b64:${btoa('xyzzy')}>`;
    const twice = `<b64:${btoa(inner)}>`;
    const thrice = `<b64:${btoa(twice)}>`;
    expect(whole(twice).matches.map((m) => m.pattern)).toEqual(['base64: base64: xyzzy@0']);
    expect(whole(thrice).matches).toEqual([]);
  });

  it('in a stream equal the whole content’s, however it is cut', () => {
    const snap = new RuleIndex(rules).snapshot();
    const content = `a xyzzy\nrm -rf \\\n/ <b64:${btoa('xyzzy')}>\nlast xyzzy`;
    fc.assert(
      fc.property(fc.array(fc.nat(content.length), { maxLength: 8 }), (raw) => {
        const cuts = [...new Set(raw)].sort((a, b) => a - b);
        const s = new FirewallStream('s', snap, policy, 1000, 1 << 20, null, [toy]);
        let prev = 0;
        const written = [];
        for (const c of [...cuts, content.length]) {
          written.push(...s.write(content.slice(prev, c)));
          prev = c;
          expect(s.verdict()).toEqual(whole(content.slice(0, c)));
        }
        expect(s.end()).toEqual(whole(content));
        expect(written.map((m) => m.ruleId).filter((id) => id === 'toy.xyzzy').length).toBe(2);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('findings in Unicode disguise', () => {
  it('are found in the fold of a segment with look-alike, fullwidth or invisible characters', () => {
    for (const text of ['say ｘｙｚｚｙ', 'say xy\u200bzzy', 'say хyzzy' /* Cyrillic х */]) {
      const v = whole(text);
      expect(
        v.matches.map((m) => [m.ruleId, m.start, m.end, m.pattern]),
        text,
      ).toEqual([['toy.xyzzy', 0, text.length, 'unicode: xyzzy@4']]);
    }
  });

  it('are not counted twice when the plain reading found them already', () => {
    const v = whole('xyzzy ｘｙｚｚｙ');
    expect(v.matches.map((m) => m.pattern)).toEqual(['xyzzy@0']);
  });
});
