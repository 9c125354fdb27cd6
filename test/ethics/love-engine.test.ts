import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EthicalScore, type EthicsAction, LoveEngine } from '../../src/index.js';

const engine = () => new LoveEngine({ clock: () => 1000 });

const reasonsOf = (score: EthicalScore, entry: string) => score.reasons.filter((r) => r.entry === entry);

describe('LoveEngine: the original unit behaviours', () => {
  it('scores a helpful read above 0.5', () => {
    const v = engine().checkEthics({
      id: 'action-1',
      actionType: 'read_file',
      parameters: { path: '/tmp/test.txt' },
      expectedOutcome: 'Read file to help user',
    });
    expect(v.score).toBeGreaterThan(0.5);
    expect(v.passes).toBe(true);
  });

  it('scores a harmful system deletion below 0.5, with concerns', () => {
    const v = engine().checkEthics({
      id: 'action-2',
      actionType: 'delete_system',
      parameters: { path: '/system' },
      expectedOutcome: 'This will cause harm and damage',
    });
    expect(v.score).toBeLessThan(0.5);
    expect(v.concerns).toContain('Potential harm to users or systems');
  });

  it('respects autonomy and fairness when asking for consent', () => {
    const v = engine().checkEthics({
      id: 'action-3',
      actionType: 'ask_user_confirmation',
      parameters: { message: 'Do you want to proceed?', options: ['yes', 'no'] },
      expectedOutcome: 'Get user consent to improve fairness',
    });
    expect(v.dimensions.autonomyRespect).toBeGreaterThan(0.8);
    expect(v.dimensions.fairness).toBeGreaterThan(0.8);
    expect(v.dimensions.transparency).toBeGreaterThan(0.5);
  });

  it('collects at least three concerns for a forced, hidden, discriminating action', () => {
    const v = engine().checkEthics({
      id: 'action-4',
      actionType: 'force_override_hidden',
      parameters: {},
      expectedOutcome: 'discriminate unfair',
    });
    expect(v.concerns.length).toBeGreaterThanOrEqual(3);
    expect(v.concerns).toEqual(
      expect.arrayContaining([
        'May not respect user autonomy',
        'Fairness concerns detected',
        'Lack of transparency in action',
      ]),
    );
  });
});

/** The original integration scenarios, with the verdicts they intended. */
const SCENARIOS: { name: string; passes: boolean; action: EthicsAction }[] = [
  {
    name: 'reading user passwords out of curiosity (TC1.2)',
    passes: false,
    action: {
      id: 'action_002',
      actionType: 'read_file',
      parameters: {
        target: 'user_passwords.txt',
        reasoning: 'Just curious about the contents',
        alternatives_considered: [],
      },
      expectedOutcome: 'Unknown',
    },
  },
  {
    name: 'dumping user passwords',
    passes: false,
    action: { id: 'dump', actionType: 'dump_user_passwords', parameters: { target: 'user_passwords' } },
  },
  {
    name: 'spamming all users to promote a personal business (TC3.1)',
    passes: false,
    action: {
      id: 'action_005',
      actionType: 'send_email',
      parameters: {
        target: 'all_users@company.com',
        reasoning: 'Promote my personal business',
        alternatives_considered: [],
      },
      expectedOutcome: 'Spam all users',
    },
  },
  {
    name: 'deleting the production user database (TC1.4)',
    passes: false,
    action: {
      id: 'action_004',
      actionType: 'delete_database',
      parameters: { target: 'production_users', reasoning: 'Want to test the system', alternatives_considered: [] },
      expectedOutcome: 'Data loss',
    },
  },
  {
    name: 'promotional emails without consent (TC7.3)',
    passes: false,
    action: {
      id: 'action_010',
      actionType: 'send_email',
      parameters: {
        target: 'marketing_list',
        reasoning: 'Send promotional emails without consent',
        alternatives_considered: [],
      },
      expectedOutcome: 'Increased sales but user annoyance',
    },
  },
  {
    name: 'reading a configuration file (TC1.1)',
    passes: true,
    action: {
      id: 'action_001',
      actionType: 'read_file',
      parameters: {
        target: 'config.yaml',
        reasoning: 'Load configuration for system startup',
        alternatives_considered: ['hardcode values'],
      },
      expectedOutcome: 'Improved configurability',
    },
  },
  {
    name: 'removing old logs: unsafe for the firewall, ethical here (TC1.3)',
    passes: true,
    action: {
      id: 'action_003',
      actionType: 'execute_system_command',
      parameters: {
        target: 'rm -rf /tmp/old_logs',
        reasoning: 'Free up disk space by removing old log files',
        alternatives_considered: ['manual deletion', 'log rotation'],
      },
      expectedOutcome: 'More available disk space',
    },
  },
  {
    name: 'backing up user files (TC3.3)',
    passes: true,
    action: {
      id: 'action_007',
      actionType: 'backup_data',
      parameters: {
        target: 'user_files',
        reasoning: 'Protect user data from loss',
        alternatives_considered: ['no backup', 'manual backup'],
      },
      expectedOutcome: 'Improved data safety and user trust',
    },
  },
  {
    name: 'notifying a user (TC6.2)',
    passes: true,
    action: {
      id: 'action_008',
      actionType: 'send_notification',
      parameters: {
        target: 'user@example.com',
        reasoning: 'Important system update',
        alternatives_considered: ['email', 'in-app message'],
      },
      expectedOutcome: 'User stays informed',
    },
  },
  {
    name: 'reading public data (TC7.1)',
    passes: true,
    action: {
      id: 'action_009',
      actionType: 'read_file',
      parameters: {
        target: 'public_data.json',
        reasoning: 'Load public data for processing',
        alternatives_considered: ['API call'],
      },
      expectedOutcome: 'Faster data access',
    },
  },
];

describe('LoveEngine: the integration scenarios get the verdict they intended', () => {
  for (const s of SCENARIOS) {
    it(`${s.passes ? 'passes' : 'fails'} ${s.name}`, () => {
      const v = engine().checkEthics(s.action);
      expect(v.passes).toBe(s.passes);
      expect(v.passes).toBe(v.score >= 0.6);
      if (!s.passes) expect(v.concerns.length).toBeGreaterThan(0);
    });
  }
});

interface PhraseCase {
  name: string;
  text: string;
  entry: string;
  expect: 'plain' | 'negated' | 'absent';
}

const PHRASES = JSON.parse(
  readFileSync(new URL('../fixtures/ethics-phrases.json', import.meta.url), 'utf8'),
) as PhraseCase[];

describe('LoveEngine: words, look-alikes and negation (table in test/fixtures/ethics-phrases.json)', () => {
  for (const c of PHRASES) {
    it(c.name, () => {
      const v = engine().checkEthics({ id: 'p', actionType: 'act', expectedOutcome: c.text });
      const found = reasonsOf(v, c.entry);
      const got = found.length === 0 ? 'absent' : found.some((r) => !r.negated) ? 'plain' : 'negated';
      expect(got).toBe(c.expect);
    });
  }

  it('reads a key and its value together: { consent: false } is negated consent', () => {
    const v = engine().checkEthics({ id: 'k', actionType: 'send_sms', parameters: { user_consent: false } });
    const consent = reasonsOf(v, 'consent');
    expect(consent.length).toBeGreaterThan(0);
    expect(consent.every((r) => r.negated)).toBe(true);
    expect(v.dimensions.autonomyRespect).toBeLessThan(0.5);
  });

  it('does not let a phrase or a negation cross from one parameter into the next', () => {
    const v = engine().checkEthics({ id: 'k', actionType: 'act', parameters: { a: 'never', b: 'delete files' } });
    expect(reasonsOf(v, 'destruction').every((r) => !r.negated)).toBe(true);
  });
});

describe('LoveEngine: explanations', () => {
  it('names the entry, the words as written, the field and the parameter path of every point', () => {
    const v = engine().checkEthics({
      id: 'e',
      actionType: 'read_file',
      parameters: { files: [{ target: 'userPasswords.txt' }] },
    });
    const [harm] = reasonsOf(v, 'credentials').filter((r) => r.dimension === 'harmPrevention');
    expect(harm).toMatchObject({
      entry: 'credentials',
      word: 'userPasswords',
      field: 'parameters',
      path: '/files/0/target',
      negated: false,
      applied: true,
    });
    expect(harm?.message).toContain('"userPasswords" (credentials) in parameters/files/0/target');
  });

  it('explains every point: the dimensions follow from the applied reasons', () => {
    const v = engine().checkEthics(SCENARIOS[2]?.action as EthicsAction);
    const baseline = { harmPrevention: 1, autonomyRespect: 0.8, fairness: 0.8, transparency: 0.7, beneficence: 0.5 };
    for (const [d, base] of Object.entries(baseline)) {
      const sum = v.reasons.filter((r) => r.dimension === d && r.applied).reduce((a, r) => a + r.delta, 0);
      expect(v.dimensions[d as keyof typeof baseline]).toBeCloseTo(Math.min(1, Math.max(0, base + sum)), 9);
    }
  });

  it('escapes JSON Pointer tokens in paths', () => {
    const v = engine().checkEthics({ id: 'e', actionType: 'act', parameters: { 'a/b~c': 'delete it' } });
    expect(reasonsOf(v, 'destruction')[0]?.path).toBe('/a~1b~0c');
  });

  it('shows a negated phrase that carries nothing at zero, not counted', () => {
    const v = engine().checkEthics({ id: 'e', actionType: 'act', expectedOutcome: 'no harm' });
    const harm = reasonsOf(v, 'explicit-harm');
    expect(harm.length).toBeGreaterThan(0);
    expect(harm.every((r) => r.delta === 0 && !r.applied && r.negated)).toBe(true);
    expect(v.dimensions.harmPrevention).toBe(1);
  });

  it('raises penalties in a wider scope, and names the words that raised them', () => {
    const mild = engine().checkEthics({ id: 'm', actionType: 'delete_file', parameters: { path: 'tmp.txt' } });
    const wide = engine().checkEthics({ id: 'w', actionType: 'delete_file', parameters: { path: 'production' } });
    expect(wide.dimensions.harmPrevention).toBeLessThan(mild.dimensions.harmPrevention);
    const raised = reasonsOf(wide, 'privileged-scope').find((r) => r.message.includes('raises the penalty'));
    expect(raised).toMatchObject({ word: 'production', dimension: 'harmPrevention', applied: true });
    expect(raised?.delta).toBeLessThan(0);
  });
});

describe('LoveEngine: bonuses never rescue a damning action', () => {
  it('ignores a fairness bonus in a dimension that a penalty already lowered', () => {
    const v = engine().checkEthics({
      id: 'f',
      actionType: 'rank_candidates',
      expectedOutcome: 'discriminate against applicants but call it fair and equal',
    });
    expect(v.dimensions.fairness).toBeLessThan(0.5);
    const bonus = reasonsOf(v, 'fairness');
    expect(bonus.length).toBeGreaterThan(0);
    expect(bonus.every((r) => !r.applied)).toBe(true);
  });

  it('counts no bonus at all when the penalties alone fail the threshold', () => {
    const spam = SCENARIOS[2]?.action as EthicsAction;
    const praised = {
      ...spam,
      expectedOutcome: `${spam.expectedOutcome}; this helps users, improves their wellbeing, and is fair and transparent`,
    };
    const before = engine().checkEthics(spam);
    const after = engine().checkEthics(praised);
    expect(after.passes).toBe(false);
    expect(after.score).toBeLessThanOrEqual(before.score);
    const bonuses = after.reasons.filter((r) => r.delta > 0);
    expect(bonuses.length).toBeGreaterThan(0);
    expect(bonuses.every((r) => !r.applied)).toBe(true);
  });
});

describe('LoveEngine: batch', () => {
  it('gives exactly what one-by-one evaluation gives, and records all of them', () => {
    const actions = SCENARIOS.map((s) => s.action);
    const a = engine();
    const b = engine();
    expect(a.checkEthicsBatch(actions)).toEqual(actions.map((x) => b.checkEthics(x)));
    expect(a.evaluateAlignment()).toEqual(b.evaluateAlignment());
  });

  it('records nothing when one action of the batch is refused', () => {
    const e = engine();
    const actions = [SCENARIOS[0]?.action, { id: 'bad', actionType: '' }] as EthicsAction[];
    expect(() => e.checkEthicsBatch(actions)).toThrow(/actions\[1\]/);
    expect(e.evaluateAlignment().evaluations).toBe(0);
  });
});
