/**
 * Love Engine properties: scores stay in [0, 1] and are deterministic; more harm never scores
 * better; negating harm never scores worse than the harm, nor does a counter before it or a negation
 * passed over it; batch equals one by one; hostile input is refused or scored, and a refusal changes
 * nothing; the single matcher pass finds exactly what a per-phrase scan finds; the ASCII fast path
 * normalizes exactly as the shared normalizer; and the history agrees with a plain list under any
 * sequence of calls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { NormalizedView } from '../src/ethics/_fast-normalize.js';
import { compileLexicon, ENTRY } from '../src/ethics/_lexicon-compile.js';
import { PhraseScanner } from '../src/ethics/_phrase-scan.js';
import { DEFAULT_ETHICS_LEXICON, type EthicsAction, LoveEngine } from '../src/index.js';
import { normalizeText } from '../src/text/index.js';
import { runs } from './_config.js';
import { type NaiveEvaluation, naiveAlignment, naivePhraseScan } from './_naive-ethics.js';

const lexicon = compileLexicon('test', DEFAULT_ETHICS_LEXICON);
const allPhrases = DEFAULT_ETHICS_LEXICON.entries.flatMap((e) => e.phrases);
const harmfulPhrases = DEFAULT_ETHICS_LEXICON.entries
  .filter((e) => (e.effects.harmPrevention ?? 0) < 0)
  .flatMap((e) => e.phrases);
const negators = ['not', 'no', 'never', 'without', 'do not', 'avoid'];
const counters = DEFAULT_ETHICS_LEXICON.counters ?? [];
const transitivePhrases = DEFAULT_ETHICS_LEXICON.entries
  .filter((e) => e.transitive === true && (e.effects.harmPrevention ?? 0) < 0)
  .flatMap((e) => e.phrases);

/** Words that mean something to the engine, mixed with filler, punctuation and identifiers. */
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...allPhrases) },
  { weight: 1, arbitrary: fc.constantFrom(...DEFAULT_ETHICS_LEXICON.negators, ...DEFAULT_ETHICS_LEXICON.postNegators) },
  { weight: 1, arbitrary: fc.constantFrom('and', 'or', 'but', 'the', 'user', 'files', 'task', 'harmless', 'unequal') },
  { weight: 1, arbitrary: fc.constantFrom(',', '.', ';', ':', '-', '_', 'userName', 'Delete_ALL', 'é', '2FA') },
);
const phraseText = fc.array(word, { maxLength: 14 }).map((ws) => ws.join(' '));

const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 3, arbitrary: phraseText },
    { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.integer(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        phraseText.map((k) => k.slice(0, 20)),
        tie('value'),
        { maxKeys: 3 },
      ),
    },
  ),
})).value;

const action = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    actionType: fc.oneof(
      fc.constantFrom('read_file', 'delete_database', 'send_email', 'askUser'),
      phraseText.filter((s) => s.length > 0 && s.length < 200),
    ),
    parameters: json,
    expectedOutcome: phraseText,
  },
  { requiredKeys: ['id', 'actionType'] },
) as fc.Arbitrary<EthicsAction>;

describe('LoveEngine properties', () => {
  it('keeps every score and dimension in [0, 1], is deterministic, and passes exactly at the threshold', () => {
    const shared = new LoveEngine();
    const other = new LoveEngine();
    fc.assert(
      fc.property(action, (a) => {
        const v = shared.checkEthics(a);
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
        for (const x of Object.values(v.dimensions)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        expect(v.passes).toBe(v.score >= 0.6);
        expect(shared.checkEthics(a)).toEqual(v);
        expect(other.checkEthics(a)).toEqual(v);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never raises harm prevention (or the score) when a harmful phrase is added', () => {
    const e = new LoveEngine();
    fc.assert(
      fc.property(action, fc.constantFrom(...harmfulPhrases), (a, phrase) => {
        const before = e.checkEthics(a);
        const after = e.checkEthics({ ...a, expectedOutcome: `${a.expectedOutcome ?? ''} ; ${phrase}` });
        expect(after.dimensions.harmPrevention).toBeLessThanOrEqual(before.dimensions.harmPrevention);
        expect(after.score).toBeLessThanOrEqual(before.score);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never scores a negated harmful phrase below the phrase itself', () => {
    const e = new LoveEngine();
    fc.assert(
      fc.property(action, fc.constantFrom(...harmfulPhrases), fc.constantFrom(...negators), (a, phrase, negator) => {
        const base = a.expectedOutcome ?? '';
        const plain = e.checkEthics({ ...a, expectedOutcome: `${base} ; ${phrase}` });
        const negated = e.checkEthics({ ...a, expectedOutcome: `${base} ; ${negator} ${phrase}` });
        expect(negated.dimensions.harmPrevention).toBeGreaterThanOrEqual(plain.dimensions.harmPrevention);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never scores a harmful phrase below itself when a counter stands before it', () => {
    const e = new LoveEngine();
    fc.assert(
      fc.property(action, fc.constantFrom(...harmfulPhrases), fc.constantFrom(...counters), (a, phrase, counter) => {
        const base = a.expectedOutcome ?? '';
        const plain = e.checkEthics({ ...a, expectedOutcome: `${base} ; ${phrase}` });
        const countered = e.checkEthics({ ...a, expectedOutcome: `${base} ; ${counter} ${phrase}` });
        expect(countered.dimensions.harmPrevention).toBeGreaterThanOrEqual(plain.dimensions.harmPrevention);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never scores an object a negation passes over below the same object acted upon', () => {
    // "never delete the snapshots" leaves the snapshots alone: it must not read as "no snapshots".
    const e = new LoveEngine();
    fc.assert(
      fc.property(
        action,
        fc.constantFrom(...transitivePhrases),
        fc.constantFrom('', 'the ', 'all '),
        fc.constantFrom(...allPhrases),
        (a, verb, filler, object) => {
          const base = a.expectedOutcome ?? '';
          const acted = e.checkEthics({ ...a, expectedOutcome: `${base} ; ${verb} ${filler}${object}` });
          const spared = e.checkEthics({ ...a, expectedOutcome: `${base} ; never ${verb} ${filler}${object}` });
          expect(spared.dimensions.harmPrevention).toBeGreaterThanOrEqual(acted.dimensions.harmPrevention);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('gives in a batch exactly what it gives one by one', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 6 }), (actions) => {
        const a = new LoveEngine({ clock: () => 0 });
        const b = new LoveEngine({ clock: () => 0 });
        expect(a.checkEthicsBatch(actions)).toEqual(actions.map((x) => b.checkEthics(x)));
        expect(a.evaluateAlignment()).toEqual(b.evaluateAlignment());
      }),
      { numRuns: runs(60) },
    );
  });

  it('scores or refuses any value with an AegisError, and a refusal changes nothing', () => {
    const e = new LoveEngine({ clock: () => 0 });
    e.checkEthics({ id: 'seed', actionType: 'read_file' });
    const hostile = fc.oneof(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withTypedArray: true,
        withSparseArray: true,
        stringUnit: 'binary',
      }),
      fc.record({
        id: fc.string(),
        actionType: fc.string({ unit: 'binary' }),
        parameters: fc.anything({ withSparseArray: true, withBigInt: true }),
      }),
      fc.record({ id: fc.constant('x'), actionType: fc.constant('t'), expectedOutcome: fc.string({ unit: 'binary' }) }),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        const before = e.evaluateAlignment();
        try {
          const v = e.checkEthics(value as EthicsAction);
          expect(v.score).toBeGreaterThanOrEqual(0);
          expect(v.score).toBeLessThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(AegisError);
          expect(e.evaluateAlignment()).toEqual(before);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('the single matcher pass equals a per-phrase scan', () => {
  it('finds the same whole-word occurrences, contained ones dropped', () => {
    const patterns: string[] = [];
    for (let p = 0; p < lexicon.matcher.patternCount; p++) patterns.push(lexicon.matcher.pattern(p));
    const scanner = new PhraseScanner(lexicon);
    const view = new NormalizedView();
    fc.assert(
      fc.property(phraseText, (raw) => {
        const text = view.normalize(raw);
        scanner.scan(text);
        const got: [number, number, number][] = [];
        for (let i = 0; i < scanner.occCount; i++) {
          got.push([scanner.occEntry[i] as number, scanner.occStart[i] as number, scanner.occEnd[i] as number]);
        }
        const want = naivePhraseScan(patterns, text)
          .filter((o) => lexicon.kinds[o.pattern] === ENTRY)
          .map((o): [number, number, number] => [lexicon.entryOf[o.pattern] as number, o.start, o.end]);
        expect(got).toEqual(want);
      }),
      { numRuns: runs(400) },
    );
  });
});

describe('the ASCII fast path normalizes exactly as normalizeText', () => {
  const ascii = fc
    .array(
      fc.constantFrom(
        'a',
        'Z',
        'q',
        'B',
        '0',
        '9',
        '_',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r',
        '-',
        '.',
        ';',
        '/',
        'userName',
        'HTTPServer',
        'x2Y',
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join(''));
  it('gives the same text, and the same original offsets for every letter and digit', () => {
    const view = new NormalizedView();
    fc.assert(
      fc.property(fc.oneof(ascii, phraseText), (input) => {
        const want = normalizeText(input, { splitIdentifiers: true });
        const got = view.normalize(input);
        expect(got).toBe(want.text);
        for (let i = 0; i < got.length; i++) {
          if (got[i] === ' ') continue;
          const span = want.span(i, i + 1);
          expect([view.start(i), view.end(i)]).toEqual([span.start, span.end]);
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('the history equals a plain list under any sequence of calls', () => {
  it('evaluations, outcomes and the window', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const command = fc.oneof(
      fc.record({ kind: fc.constant('check' as const), id: ids, harmful: fc.boolean() }),
      fc.record({ kind: fc.constant('outcome' as const), id: ids, harmful: fc.boolean() }),
      fc.record({ kind: fc.constant('batch' as const), ids: fc.array(ids, { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(command, { maxLength: 30 }), (size, commands) => {
        let now = 0;
        const e = new LoveEngine({ historySize: size, clock: () => now });
        let model: NaiveEvaluation[] = [];
        const record = (id: string, score: number, passes: boolean) => {
          model.push({ id, score, passes, time: now });
          model = model.slice(-size);
        };
        for (const c of commands) {
          now++;
          if (c.kind === 'check') {
            const v = e.checkEthics({ id: c.id, actionType: c.harmful ? 'delete_database' : 'read_file' });
            record(c.id, v.score, v.passes);
          } else if (c.kind === 'batch') {
            const vs = e.checkEthicsBatch(c.ids.map((id) => ({ id, actionType: 'send_email' })));
            for (const v of vs) record(v.id, v.score, v.passes);
          } else {
            const target = model.filter((m) => m.id === c.id).at(-1);
            let code: string | undefined;
            try {
              e.recordOutcome(c.id, { harmful: c.harmful });
            } catch (error) {
              code = (error as AegisError).code;
            }
            if (!target) expect(code).toBe('NOT_FOUND');
            else if (target.harmful !== undefined) expect(code).toBe('CONFLICT');
            else {
              expect(code).toBeUndefined();
              target.harmful = c.harmful;
            }
          }
          const got = e.evaluateAlignment();
          const want = naiveAlignment(model);
          expect(got.evaluations).toBe(want.evaluations);
          expect(got.outcomes).toBe(want.outcomes);
          expect(got.harmfulPassed).toBe(want.harmfulPassed);
          expect(got.acceptableFailed).toBe(want.acceptableFailed);
          if (want.alignment === null) expect(got.alignment).toBeNull();
          else expect(got.alignment).toBeCloseTo(want.alignment, 12);
          expect(got.since).toBe(model.length > 0 ? Math.min(...model.map((m) => m.time)) : null);
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
