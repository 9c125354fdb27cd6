/**
 * The default rule pack: plain data (JSON-compatible), one family per file under `rules/`.
 *
 * @module
 */
import { DESTRUCTIVE_RULES } from './rules/destructive.js';
import { INJECTION_RULES } from './rules/injection.js';
import { PRIVACY_RULES, SPAM_RULES } from './rules/privacy-spam.js';
import { REMOTE_CODE_RULES } from './rules/remote-code.js';
import { SECRET_RULES } from './rules/secrets.js';
import { SQL_RULES } from './rules/sql.js';
import { SYSTEM_RULES } from './rules/system.js';
import type { FirewallRule } from './types.js';

/**
 * The rules every `IntentFirewall` loads unless `defaultRules: false`: destructive shell commands
 * and mass deletion (`destructive`), remote code execution and persistence
 * (`remote-code-execution`), system file edits and disabled defences (`system-modification`),
 * credential and secret exfiltration (`credential-exfiltration`), destructive SQL and injection
 * (`destructive-sql`), prompt injection (`prompt-injection`), bulk personal data (`privacy`) and
 * mass messaging (`spam`). Plain data: `JSON.stringify` it to share or extend it.
 *
 * @example
 * ```ts
 * const mine = new IntentFirewall({ defaultRules: false, rules: DEFAULT_RULES.filter((r) => r.category !== 'spam') });
 * ```
 */
export const DEFAULT_RULES: readonly FirewallRule[] = Object.freeze([
  ...DESTRUCTIVE_RULES,
  ...REMOTE_CODE_RULES,
  ...SYSTEM_RULES,
  ...SECRET_RULES,
  ...SQL_RULES,
  ...INJECTION_RULES,
  ...PRIVACY_RULES,
  ...SPAM_RULES,
]);
