import { describe, expect, it } from 'vitest';
import { AegisError, DEFAULT_ETHICS_LEXICON, type EthicsLexicon, LoveEngine } from '../../src/index.js';

const tiny: EthicsLexicon = {
  baseline: { harmPrevention: 1, autonomyRespect: 1, fairness: 1, transparency: 1, beneficence: 1 },
  negationWindow: 1,
  negators: ['no'],
  postNegators: ['denied'],
  scopeBreakers: ['but'],
  entries: [{ id: 'boom', category: 'test', phrases: ['explode'], effects: { harmPrevention: -1 } }],
};

describe('the default lexicon', () => {
  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_ETHICS_LEXICON))).toEqual(DEFAULT_ETHICS_LEXICON);
  });

  it('covers every category the engine promises', () => {
    const categories = new Set(DEFAULT_ETHICS_LEXICON.entries.map((e) => e.category));
    for (const c of [
      'destruction and data loss',
      'privacy and credentials',
      'spam and mass messaging',
      'coercion and overriding the user',
      'deception and hidden behaviour',
      'discrimination',
      'consent',
      'help and benefit',
    ]) {
      expect(categories).toContain(c);
    }
  });

  it('covers the families of harmful agent actions, each with safeguards or look-alikes beside it', () => {
    const categories = new Set(DEFAULT_ETHICS_LEXICON.entries.map((e) => e.category));
    for (const c of [
      'surveillance and tracking',
      'fraud and overcharging',
      'financial manipulation and theft',
      'impersonation and phishing',
      'harassment and intimidation',
      'malware and sabotage',
      'evading oversight',
      'unauthorized access',
      'data exfiltration',
      'manipulation and dark patterns',
      'endangering safety',
      'safeguards',
    ]) {
      expect(categories).toContain(c);
    }
  });

  it('never lets a negation score worse than the phrase it negates', () => {
    for (const e of DEFAULT_ETHICS_LEXICON.entries) {
      for (const [d, x] of Object.entries(e.effects)) {
        if (x < 0) expect(e.negatedEffects?.[d as keyof typeof e.effects] ?? 0).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('LoveEngine with a custom lexicon', () => {
  it('scores with the given entries only', () => {
    const e = new LoveEngine({ lexicon: tiny });
    expect(e.checkEthics({ id: 'a', actionType: 'delete_all', expectedOutcome: 'harm' }).score).toBe(1);
    const v = e.checkEthics({ id: 'b', actionType: 'explode', expectedOutcome: 'no explode' });
    expect(v.dimensions.harmPrevention).toBe(0);
    expect(v.reasons.map((r) => [r.entry, r.negated])).toEqual([
      ['boom', false],
      ['boom', true],
    ]);
  });

  it('extends the default lexicon', () => {
    const lexicon: EthicsLexicon = {
      ...DEFAULT_ETHICS_LEXICON,
      entries: [
        ...DEFAULT_ETHICS_LEXICON.entries,
        { id: 'gambling', category: 'custom', phrases: ['place bets'], effects: { harmPrevention: -0.4 } },
      ],
    };
    const v = new LoveEngine({ lexicon }).checkEthics({ id: 'g', actionType: 'place_bets' });
    expect(v.reasons[0]?.entry).toBe('gambling');
  });

  it('leaves counters optional; a counter negates a harmful act, never a bonus or a scope word', () => {
    const lexicon: EthicsLexicon = {
      ...tiny,
      counters: ['report'],
      entries: [
        ...tiny.entries,
        { id: 'ok', category: 'test', phrases: ['consent'], effects: { autonomyRespect: 0 }, negatedEffects: {} },
        { id: 'scope', category: 'test', phrases: ['records'], effects: { harmPrevention: -0.5 }, amplify: 0.5 },
      ],
    };
    const e = new LoveEngine({ lexicon });
    const polarity = (text: string) =>
      e.checkEthics({ id: 'c', actionType: 'act', expectedOutcome: text }).reasons.map((r) => [r.entry, r.negated]);
    expect(polarity('report explode')).toEqual([['boom', true]]);
    expect(polarity('report the explode')).toEqual([['boom', true]]);
    expect(polarity('report records')).toEqual([['scope', false]]);
    // `consent` carries nothing here, so it yields no reason: the counter still ends at it.
    expect(polarity('report consent explode')).toEqual([['boom', false]]);
    expect(e.checkEthics({ id: 'd', actionType: 'report explode' }).dimensions.harmPrevention).toBe(1);
  });

  const entry = tiny.entries[0] as EthicsLexicon['entries'][number];
  const refused: [string, unknown][] = [
    ['a missing key', { ...tiny, negators: undefined }],
    ['an unknown key', { ...tiny, stopWords: [] }],
    ['a baseline out of range', { ...tiny, baseline: { ...tiny.baseline, fairness: 2 } }],
    ['a negation window above 8', { ...tiny, negationWindow: 9 }],
    ['a phrase that is not a string', { ...tiny, negators: [1] }],
    ['a phrase that does not start with a letter or digit', { ...tiny, negators: ['-no'] }],
    ['a phrase that normalizes to nothing', { ...tiny, negators: ['\u200b'] }],
    ['the same phrase twice', { ...tiny, entries: [entry, { ...entry, id: 'boom2' }] }],
    ['a phrase that reads the same as another', { ...tiny, negators: ['no', 'NO'] }],
    ['a counter that is also a negator', { ...tiny, counters: ['no'] }],
    ['counters that are not a list', { ...tiny, counters: 'report' }],
    ['the same id twice', { ...tiny, entries: [entry, { ...entry, phrases: ['blast'] }] }],
    ['the reserved id "adjustment"', { ...tiny, entries: [{ ...entry, id: 'adjustment' }] }],
    ['an entry without phrases', { ...tiny, entries: [{ ...entry, phrases: [] }] }],
    ['an effect outside [-1, 1]', { ...tiny, entries: [{ ...entry, effects: { harmPrevention: -2 } }] }],
    ['an effect on an unknown dimension', { ...tiny, entries: [{ ...entry, effects: { kindness: 1 } }] }],
    [
      'a negation that scores worse than the phrase',
      { ...tiny, entries: [{ ...entry, negatedEffects: { harmPrevention: -0.1 } }] },
    ],
    ['an amplifier above 1', { ...tiny, entries: [{ ...entry, amplify: 2 }] }],
    ['a non-boolean transitive flag', { ...tiny, entries: [{ ...entry, transitive: 'yes' }] }],
    ['an unknown entry key', { ...tiny, entries: [{ ...entry, weight: 1 }] }],
  ];
  for (const [name, lexicon] of refused) {
    it(`refuses ${name}`, () => {
      let error: unknown;
      try {
        new LoveEngine({ lexicon: lexicon as EthicsLexicon });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AegisError);
      expect((error as AegisError).code).toBe('INVALID_ARGUMENT');
      expect((error as AegisError).message).toMatch(/^LoveEngine: /);
    });
  }
});
