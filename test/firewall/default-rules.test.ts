import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, IntentFirewall } from '../../src/firewall/index.js';
import { normalizeText } from '../../src/text/index.js';

const CASES: Record<string, { hits: string[]; endHits?: string[]; misses: string[] }> = JSON.parse(
  readFileSync(new URL('../fixtures/firewall-rule-cases.json', import.meta.url), 'utf8'),
).rules;

const FAMILIES = [
  'destructive',
  'remote-code-execution',
  'system-modification',
  'credential-exfiltration',
  'destructive-sql',
  'prompt-injection',
  'privacy',
  'spam',
];

describe('the default rule pack', () => {
  const firewall = new IntentFirewall();
  const ruleIds = (content: string) =>
    new Set(firewall.validateRequest({ id: 'case', content }).matches.map((m) => m.ruleId));

  it('is plain JSON data that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_RULES))).toEqual(DEFAULT_RULES);
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
  });

  it('has unique ids and covers every family the firewall promises', () => {
    const ids = DEFAULT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(DEFAULT_RULES.map((r) => r.category))).toEqual(new Set(FAMILIES));
  });

  it('loads into a firewall, and loads again when passed back as custom rules', () => {
    expect(firewall.ruleCount).toBe(DEFAULT_RULES.length);
    const again = new IntentFirewall({ defaultRules: false, rules: DEFAULT_RULES });
    expect(again.rules()).toEqual(firewall.rules());
  });

  it('has known answers for every rule', () => {
    for (const rule of DEFAULT_RULES) expect(CASES[rule.id], rule.id).toBeDefined();
    for (const id of Object.keys(CASES))
      expect(
        DEFAULT_RULES.some((r) => r.id === id),
        id,
      ).toBe(true);
  });

  for (const [id, { hits, endHits = [], misses }] of Object.entries(CASES)) {
    it(`${id} matches its examples and not their look-alikes`, () => {
      for (const text of [...hits, ...endHits]) expect(ruleIds(text).has(id), `hit: ${text}`).toBe(true);
      for (const text of misses) expect(ruleIds(text).has(id), `miss: ${text}`).toBe(false);
    });
  }

  it('has no pattern that repeats another pattern of its rule once normalized', () => {
    for (const rule of DEFAULT_RULES) {
      const forms = rule.patterns.map((p) => normalizeText(p).text);
      expect(new Set(forms).size, rule.id).toBe(forms.length);
    }
  });

  it('never allows an example of a rule of medium severity or more', () => {
    for (const rule of DEFAULT_RULES) {
      for (const text of CASES[rule.id]?.hits ?? []) {
        expect(firewall.validateRequest({ id: 'case', content: text }).decision, text).not.toBe('allow');
      }
    }
  });
});
