/**
 * The default lexicon of the Love Engine, as plain JSON-compatible data: each entry names the
 * phrases that signal it, what they do to each dimension, and what their negation does.
 *
 * Phrases are matched as whole words in normalized text (lowercase, identifiers split, so
 * `delete_system` and `deleteSystem` read `delete system`). Inflections are listed explicitly:
 * matching is exact, never by prefix, so `harmless` is not `harm` and `task` is not `ask`. A phrase
 * contained in a longer phrase that also matched is not counted (`reset password` is an idiom, not
 * the credential entry's `password`).
 *
 * The entries are grouped by family in `_lexicon-core.ts` (the first lexicon's categories and scope
 * words), `_lexicon-safeguards.ts` (things whose loss is the harm, and idioms that name a harm in
 * passing), `_lexicon-harms-people.ts` and `_lexicon-harms-systems.ts` (families of harmful agent
 * actions with their usual verbs, objects and qualifiers). See DESIGN.md for how they were written.
 *
 * @module
 */
import { CORE_ENTRIES } from './_lexicon-core.js';
import { PEOPLE_HARM_ENTRIES } from './_lexicon-harms-people.js';
import { SYSTEM_HARM_ENTRIES } from './_lexicon-harms-systems.js';
import { SAFEGUARD_ENTRIES } from './_lexicon-safeguards.js';
import type { EthicsLexicon } from './lexicon.js';

/**
 * The default lexicon. Treat it as read-only data; to extend it, build a new lexicon from it:
 * `{ ...DEFAULT_ETHICS_LEXICON, entries: [...DEFAULT_ETHICS_LEXICON.entries, myEntry] }`.
 */
export const DEFAULT_ETHICS_LEXICON: EthicsLexicon = {
  baseline: { harmPrevention: 1, autonomyRespect: 0.8, fairness: 0.8, transparency: 0.7, beneficence: 0.5 },
  negationWindow: 3,
  // biome-ignore format: phrase table
  negators: [
    'no', 'not', 'never', 'without', 'neither', 'nor', 'none', 'nothing', 'non', 'anti', 'cannot', 'cant', 'dont',
    'doesnt', 'didnt', 'wont', 'wouldnt', 'shouldnt', 'mustnt', 'isnt', 'arent', 'wasnt', 'werent', 'lack of',
    'lacking', 'absence of', 'free of', 'avoid', 'avoids', 'avoided', 'avoiding', 'prevent', 'prevents', 'prevented',
    'preventing', 'prevention of', 'refrain from', 'stop', 'stops', 'stopping', 'disable', 'disables', 'disabling',
    'deactivate', 'deactivates', 'deactivating', 'turn off', 'turns off', 'turning off', 'switch off', 'switches off',
    'switching off', 'shut off', 'shuts off', 'shutting off', 'shut down', 'shuts down', 'shutting down', 'suppress',
    'suppresses', 'suppressing', 'ignore', 'ignores', 'ignoring', 'evade', 'evades', 'evading', 'exceed', 'exceeds',
    'exceeding', 'skip', 'skips', 'skipping', 'strip', 'strips', 'stripping', 'strip out',
  ],
  // biome-ignore format: phrase table
  postNegators: [
    'not given', 'not obtained', 'not granted', 'not requested', 'not asked', 'not provided', 'refused', 'denied',
    'declined', 'withdrawn', 'revoked', 'missing', 'absent', 'false', 'skipped', 'disabled', 'deactivated',
    'turned off', 'switched off', 'off', 'ignored', 'suppressed', 'waived', 'by mistake', 'in error', 'by accident',
  ],
  // biome-ignore format: phrase table
  scopeBreakers: [
    'and', 'but', 'however', 'although', 'though', 'yet', 'except', 'instead', 'then', 'so', 'while', 'whereas',
    'unless', 'because',
  ],
  // Verbs that act against a harm: "report abuse", "quarantine infected files", "fix the SQL
  // injection". They negate a harmful act only, never a scope word or a safeguard.
  // biome-ignore format: phrase table
  counters: [
    'report', 'reports', 'reporting', 'reported', 'detect', 'detects', 'detecting', 'detection of', 'block', 'blocks',
    'blocking', 'flag', 'flags', 'flagging', 'flagged', 'quarantine', 'quarantines', 'quarantined', 'quarantining',
    'combat', 'combats', 'combating', 'combatting', 'fight', 'fights', 'fighting', 'counter', 'countering', 'mitigate',
    'mitigates', 'mitigating', 'mitigation of', 'remediate', 'remediates', 'remediating', 'remediation of',
    'protect against', 'protects against', 'protecting against', 'protection against', 'protection from',
    'defend against', 'defends against', 'defense against', 'defence against', 'guard against', 'guards against',
    'safeguard against', 'warn', 'warns', 'warned', 'spot', 'spotting', 'recognize', 'recognise', 'recognizes',
    'recognizing', 'recognising', 'clean', 'cleans', 'cleaning', 'clean up', 'cleanup', 'patch', 'patches', 'patching',
    'patched', 'investigate', 'investigates', 'investigating', 'investigation of', 'fix', 'fixes', 'fixed', 'fixing',
    'repair', 'repairs', 'repaired', 'repairing', 'resolve', 'resolves', 'resolved', 'resolving', 'close', 'closes',
    'closing', 'refund', 'refunds', 'refunded', 'refunding', 'reimburse', 'reimburses', 'reimbursing', 'revert',
    'reverts', 'reverting', 'undo', 'undoes', 'undoing', 'roll back', 'rolls back', 'suspected', 'suspicious',
    'alleged', 'mute', 'mutes', 'muting', 'take down', 'takes down', 'taking down',
  ],
  entries: [...CORE_ENTRIES, ...SAFEGUARD_ENTRIES, ...PEOPLE_HARM_ENTRIES, ...SYSTEM_HARM_ENTRIES],
};
