/**
 * Table tests for dangerous acts asked for in words: each principle's requests must not be
 * allowed, by the whole firewall and by the rule pack alone, and its near misses must stay allowed.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../src/firewall/index.js';

/** One principle: the requests it covers and the near misses it must leave alone. */
export interface Principle {
  readonly name: string;
  readonly dangerous: readonly string[];
  readonly benign: readonly string[];
}

/** Registers the three tests of every principle under `title`. */
export function describePrinciples(title: string, principles: readonly Principle[]): void {
  const fw = new IntentFirewall();
  const packOnly = new IntentFirewall({ detectors: false });
  const decide = (f: IntentFirewall, content: string) => f.validateRequest({ id: 'p', content }).decision;
  describe(title, () => {
    for (const p of principles) {
      it(`are not allowed: ${p.name}`, () => {
        for (const text of p.dangerous) expect(decide(fw, text), text).not.toBe('allow');
      });
      it(`the rule pack alone catches them: ${p.name}`, () => {
        for (const text of p.dangerous) expect(decide(packOnly, text), text).not.toBe('allow');
      });
      it(`near misses stay allowed: ${p.name}`, () => {
        for (const text of p.benign) expect(decide(fw, text), text).toBe('allow');
      });
    }
  });
}
