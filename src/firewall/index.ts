/**
 * The Intent Firewall: validates what an agent wants to do before it does it.
 *
 * @module
 */

export { DEFAULT_RULES } from './default-rules.js';
export { FirewallStream } from './firewall-stream.js';
export { IntentFirewall } from './intent-firewall.js';
export type {
  ExtractedIntent,
  ExtractedParameters,
  FirewallDecision,
  FirewallOptions,
  FirewallRequest,
  FirewallRule,
  FirewallStreamRequest,
  Intent,
  IntentAction,
  IntentInput,
  RateLimitOptions,
  RuleMatch,
  SafetyAssessment,
  Severity,
  Verdict,
} from './types.js';
