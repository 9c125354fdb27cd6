/** Decisions on the round-nine tables (`round9-tables.ts`): dangerous requests not allowed, benign neighbours allowed. */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../../src/firewall/index.js';
import { ROUND9_BENIGN, ROUND9_DANGEROUS } from './round9-tables.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 't9', content }).decision;

describe('round nine: new combinations in many languages', () => {
  for (const [kind, texts] of Object.entries(ROUND9_DANGEROUS)) {
    it(`${kind}: not allowed`, () => {
      for (const text of texts) expect(decide(text), text).not.toBe('allow');
    });
  }
  it('benign neighbours stay allowed', () => {
    for (const text of ROUND9_BENIGN) expect(decide(text), text).toBe('allow');
  });
});
