/**
 * Public data types of the Intent Firewall. All of them are plain data (JSON-compatible), so rule
 * packs can be stored and shared and verdicts can be logged as they are.
 *
 * @module
 */

/** How serious a rule's match is. `critical` blocks on its own. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** What the firewall says about a request. */
export type FirewallDecision = 'allow' | 'escalate' | 'block';

/** The kinds of action the intent extractor recognizes. */
export type IntentAction = 'read' | 'create' | 'update' | 'delete' | 'execute' | 'send' | 'unknown';

/**
 * A firewall rule, as plain data.
 *
 * Patterns are normalized exactly like the content (case, look-alikes, invisible characters,
 * whitespace, shell quoting), so `'rm -rf'` also matches `ＲＭ -r''f`. Long phrases (two or more
 * words, eight or more letters) also match with their letters spaced out, joined or written in
 * leetspeak (`1gn0r3 pr3v10us`), with word edges still checked on the normalized text.
 *
 * Contexts narrow a rule: `before` and `after` are expressions (a linear-time regular-expression
 * subset, see DESIGN.md) that must match the normalized text just before the phrase (ending at it)
 * or just after it (starting at it), reading at most `within` characters. They are written against
 * normalized text, so in lowercase, with single spaces and without quotes or backslashes.
 *
 * @example
 * ```ts
 * const rule: FirewallRule = {
 *   id: 'sql.delete-all',
 *   patterns: ['delete from'],
 *   word: true,
 *   after: ' +[a-z0-9_.]+ *(;|$)', // a table name, then the end of the statement: no WHERE
 *   category: 'destructive-sql',
 *   severity: 'high',
 *   description: 'DELETE without a WHERE clause empties the table',
 * };
 * ```
 */
export interface FirewallRule {
  /** Unique id, 1–128 characters. */
  id: string;
  /** The phrases that trigger the rule (any of them); 1–1,024 patterns of up to 512 characters. */
  patterns: readonly string[];
  /** A family name such as `destructive` or `prompt-injection` (free text, 1–64 characters). */
  category: string;
  severity: Severity;
  /**
   * Match only whole words: where a pattern starts or ends with a letter or digit, the text next to
   * it must not continue the word: no letter, digit or `_` there, nor a `.` or `-` joined to one
   * (before or after), nor a `/` joined to one after. So `read` does not match in `already`,
   * `id_rsa` not in `id_rsa.pub`, `/home` not in `/home/alice`, but `id_rsa` does in `~/.ssh/id_rsa`.
   * Default false.
   */
  word?: boolean;
  /** What the rule guards against, shown in reasons. Up to 1,024 characters. */
  description: string;
  /** Expression that must match the text right before the phrase. */
  before?: string;
  /** Expression that must match the text right after the phrase. */
  after?: string;
  /**
   * Expression that must *not* match the text right before the phrase, read like `before`: a frame
   * that makes the phrase a mention rather than a request ("why do people say never to").
   */
  unless?: string;
  /** How many characters `before`, `after` and `unless` may read (1–1,000, default 100). */
  within?: number;
}

/** One occurrence of one rule in the content. Offsets are UTF-16 code units of the original content. */
export interface RuleMatch {
  ruleId: string;
  category: string;
  severity: Severity;
  /**
   * The rule's pattern that matched, as written in the rule; for a structural detector's finding,
   * what it saw (a command as parsed, a redacted secret), prefixed with the decodings that revealed
   * it (`base64: …`).
   */
  pattern: string;
  /** Start in the original content (inclusive). */
  start: number;
  /** End in the original content (exclusive). */
  end: number;
}

/** What a request seems to want to do. */
export interface Intent {
  action: string;
  /** Confidence in [0, 1]. */
  confidence: number;
  parameters: Readonly<Record<string, unknown>>;
}

/**
 * Parameters the extractor finds in a request, in their normalized (lowercase) form. (A type
 * alias rather than an interface, so that it fits `Intent.parameters`' record type.)
 */
export type ExtractedParameters = {
  /** Every action mentioned, in order of first mention. */
  actions: IntentAction[];
  /** Filesystem paths (`/etc/hosts`, `~/.ssh`, `./build`, `src/index.ts`), at most 8. */
  paths: string[];
  /** URLs, at most 8. */
  urls: string[];
};

/**
 * A structured intent to judge with `IntentFirewall.checkSafety`, for example a tool call: the
 * action (a tool or command name) and its parameters (any JSON).
 */
export interface IntentInput {
  action: string;
  /** Confidence in [0, 1]; informational. */
  confidence?: number;
  parameters?: unknown;
}

/** The intent extracted from a request. */
export interface ExtractedIntent extends Intent {
  action: IntentAction;
  parameters: ExtractedParameters;
}

/** The firewall's answer for one request. */
export interface Verdict {
  decision: FirewallDecision;
  /** 1 when no rule matched; each matched rule multiplies it by (1 − its severity's risk). */
  safetyScore: number;
  /** Every match (up to `maxMatches`), ordered by start, end, rule id and pattern. */
  matches: RuleMatch[];
  /** One line per matched rule saying what it took from the score, then the decision's reason. */
  reasons: string[];
  intent: ExtractedIntent;
}

/** The firewall's answer for a structured intent (see `IntentFirewall.checkSafety`). */
export interface SafetyAssessment {
  decision: FirewallDecision;
  safetyScore: number;
  /** Matches, with offsets into `text`. */
  matches: RuleMatch[];
  reasons: string[];
  /** The text the rules were run on: the action, then every parameter value, one per line. */
  text: string;
}

/** A request an agent wants to act on. */
export interface FirewallRequest {
  /** Caller's id for the request, 1–256 characters. */
  id: string;
  /** What the agent wants to do, in its own words or as a command. */
  content: string;
  /**
   * What the content is. `'action'` (the default): something an agent may run or act on as
   * written: a command, a tool call's text, a request it will carry out. `'message'`: a
   * conversational turn the agent answers in words, where nothing runs as written; a command the
   * message only asks about, explains or warns against ("what does `rm -rf /` do?") then counts as
   * `low`. Requests, injections, secrets and personal data count the same in both.
   */
  kind?: 'action' | 'message';
  metadata?: {
    /** When the request was made (milliseconds or an ISO string); informational. */
    timestamp?: number | string;
    /** Who made it; the unit of rate limiting. */
    source?: string;
    /** Informational priority. */
    priority?: string | number;
  };
}

/** A request whose content will arrive in chunks (see `IntentFirewall.stream`). */
export interface FirewallStreamRequest {
  id: string;
  /** Optional first chunk. */
  content?: string;
  metadata?: FirewallRequest['metadata'];
}

/** Per-source rate limiting: a token bucket per `metadata.source`. */
export interface RateLimitOptions {
  /** Largest burst of requests. */
  capacity: number;
  /** Sustained requests per second. */
  refillPerSecond: number;
  /** Sources remembered at once (least recently seen forgotten first). Default 10,000. */
  maxSources?: number;
}

export interface FirewallOptions {
  /** Rules to add to (or, with `defaultRules: false`, use instead of) the default pack. */
  rules?: readonly FirewallRule[];
  /** Load the default rule pack. Default true. */
  defaultRules?: boolean;
  /** Scores below this escalate (default 0.7). Clamped to [0, 1]. A score equal to it is allowed. */
  threshold?: number;
  /** Scores below this block (default 0.3). Clamped to [0, threshold]. A score equal to it escalates. */
  blockBelow?: number;
  rateLimit?: RateLimitOptions;
  /** Milliseconds; read only for rate limiting. Default `Date.now`. */
  clock?: () => number;
  /** Longest content in UTF-16 code units (default 16 Mi); longer is refused with `LIMIT_EXCEEDED`. */
  maxContentLength?: number;
  /** Most matches listed in a verdict (default 1,000); every match still counts in the score. */
  maxMatches?: number;
  /**
   * Run the structural detectors after the rule pack (default true): shell commands parsed into
   * program, flags and targets, secrets and personal data by format and checksum, encoded payloads
   * decoded and examined again, and the other families listed in DESIGN.md. Their findings count
   * like rule matches, with ids such as `shell.rm-recursive-root`.
   */
  detectors?: boolean;
}
