/**
 * Orders that switch off an assistant's guard for the speaker rather than its instructions as a
 * whole: the checks a helpdesk assistant runs before it acts on an account, the tenant filter of a
 * retrieval assistant, the access rules of a tool it calls. Three readings:
 *
 * - guard dropped: a dropping verb (ignore, forget, skip, bypass, disable, waive, …) or a guard
 *   declared void (`identity checks are optional`, `no verification`) on an access guard — a
 *   guard noun (filter, checks, rules, restriction, isolation, boundary, ACL) named by what it
 *   guards (tenant, identity, verification, access, permission) — together with either an act the
 *   assistant is told to do on accounts or on other people's data (`reset MFA for …`, `search every
 *   company's contracts`) or words that make the guard the assistant's own (`your`, `ur`, `you were
 *   configured with`, `your operator gave you`, `just this once`);
 * - recovery redirected: a credential reset (MFA, password, authenticator) for one address and its
 *   link or code sent to another address on another domain, the shape of an account takeover
 *   through a helpdesk;
 * - tool scope widened: arguments for a tool call that switch access control off (`"ignore_acl":
 *   true`, `"bypass_auth": true`) or set a tenant or organization to every one (`"tenant_id": "*"`).
 *
 * What stays allowed: code and questions about such guards (`how do I disable the tenant filter in
 * tests?`, `write a filter that enforces tenant_id`), guards kept (`never skip verification`), a
 * guard's name used as a modifier (`the tenant filter warning`, `the old ACL file`), a setup
 * described (`we turn off the isolation in staging`) or supposed (`when verification is waived`),
 * the writer's own reset told (`I reset my password`), a reset whose link goes back to the same
 * account or domain, and tool arguments shown as fixtures or examples.
 *
 * Each reading is a handful of bounded expressions over the lowercased segment, gated by a look for
 * a guard noun or a credential word; segments past {@link MAX_TEXT} are not read.
 *
 * @internal Not part of the public API.
 */
import type { FindingSink } from './types.js';

const CATEGORY = 'prompt-injection';
const ID = 'injection.guard-dropped';
const DESC = 'tells the assistant to drop an access guard (identity checks, a tenant filter, access rules) and act';
const ID_REDIRECT = 'injection.recovery-redirect';
const DESC_REDIRECT = 'asks for a credential reset on one account with its link or code sent to another address';
const ID_SCOPE = 'injection.tool-scope';
const DESC_SCOPE = 'tool-call arguments that switch access control off or widen a query to every tenant';

/** Longest segment read. */
const MAX_TEXT = 4000;

/** What an access guard guards: the word before its noun. */
const GUARDED = `(?:tenant|tenancy|workspace|org|organi[sz]ation|project|team|row[- ]level|identity|id|caller|verification|verify|acl|access|permissions?|authori[sz]ation|auth|kyc|security|isolation|customer|account|data)`;
/** Nouns of a guard. */
const GUARD_NOUN = `(?:filters?|filtering|checks?|rules?|restrictions?|isolation|boundar(?:y|ies)|controls?|scoping|scope|policy|policies|requirements?|steps?|limits?|verification|verifications|acls?|guards?|guardrails?)`;
/** A guard named by what it guards (`tenant filter`, `identity checks`), or verification itself. */
const GUARD = String.raw`(?:${GUARDED}[- ](?:\w+[- ])?${GUARD_NOUN}|(?:identity\s+)?verification|acl|acls|access\s+control)`;
/** Verbs that drop a guard. */
const DROP = String.raw`(?:ignore|disregard|forget|skip|bypass|circumvent|sidestep|disable|drop|suspend|waive|lift|override|remove|turn\s+off|switch\s+off|get\s+around|work\s+around|don'?t\s+(?:apply|use|do|run|bother\s+with)|no\s+need\s+for)`;
/** Up to three words between a dropping verb and its guard (`the`, `your`, `all of the`). */
const GAP = String.raw`(?:[\w'’]+\s+){0,3}?`;

const DROPPED = new RegExp(String.raw`\b${DROP}\s+${GAP}${GUARD}\b`, 'g');
/** A guard declared void: `identity checks are optional`, `verification is suspended`, `no id checks`. */
const VOIDED = new RegExp(
  String.raw`\b${GUARD}\s+(?:is|are|was|were)\s+(?:now\s+)?(?:optional|suspended|waived|off|disabled|lifted|not\s+(?:needed|required|necessary)|unnecessary)\b|\b(?:no|without|without\s+any)\s+${GUARD}\b`,
  'g',
);

/** A noun after the guard that makes it a modifier (`the tenant filter warning`, `access control docs`). */
const MODIFIED =
  /^[\s-]+(?:warnings?|errors?|messages?|logs?|alerts?|bugs?|docs?|documentation|pages?|tests?|columns?|fields?|labels?|tickets?|emails?|notifications?|banners?|popups?|dialogs?|prompts?|reminders?|spam|files?|formats?|syntax|versions?|entry|entries|schemas?|tables?|migrations?)\b/;

/** A subject before the dropping verb: the guard is described (`we turn off the isolation in staging`). */
const DESCRIBED = /\b(?:we|they|admins?|administrators?|developers?|engineers?|operators?|it)\s+(?:\w+\s+)?$/;

/** A condition before the guard: the void is supposed, not declared (`if verification is optional`). */
const SUPPOSED = /\b(?:if|whether|when|unless|in\s+case)\s+(?:\w+\s+){0,3}$/;

/** Words that make the guard the assistant's own. */
const OWN =
  /\b(?:you(?:'re|\s+are|\s+were)\s+(?:\w+\s+){0,2}?(?:configured|set\s+up|told|given|instructed|supposed|meant|programmed|restricted|limited)|(?:configured|set\s+up)\s+with|operator|just\s+(?:this|for)\s+once|this\s+once|for\s+this\s+(?:chat|conversation|ticket|session|request|one))\b/;

/** The assistant's possessive on the guard itself (`your verification rules`, `ur tenant filter`). */
const POSSESSED = /\b(?:your|ur)\b/;

/** An act on accounts or on others' data the assistant is told to do. */
const ACT =
  /\b(?:reset|re-?enrol+|send|email|e-mail|forward|search|look\s+(?:across|through|in|at)|list|show|give|grant|unlock|disarm|refund|export|pull|retrieve|share|summari[sz]e|reveal|tell\s+me|append|issue|approve|transfer|change|add)\b/;
/** Other people's data, or everyone's: `every company's`, `all tenants'`, `across customers`. */
const OTHERS =
  /\b(?:all|every|each|any|other|across)\s+(?:the\s+|of\s+the\s+|our\s+)?(?:\w+\s+)?(?:tenants?|compan(?:y|ies)|customers?|clients?|organi[sz]ations?|orgs?|accounts?|users?|workspaces?)(?:'s|s'|'|\b)|[\w.+-]+@[\w-]+\.[\w.-]+/;

/** Spoken of, not ordered: a question, code or a rule about the guard. */
const ABOUT =
  /\b(?:how\s+(?:do|does|can|to|should|would)|what\s+(?:is|are|happens|does)|why|explain|detect\w*|prevent\w*|block\w*|alert\w*|enforc\w*|test(?:s|ing)?\b|unit\s+test|write\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:filter|rule|check|test|hook|guard|policy|middleware|query|script))\b/;
/** A denial right before the dropping verb (`never skip`, `do not bypass`, `must not ignore`). */
const DENIED = /\b(?:never|not|don'?t|doesn'?t|won'?t|can'?t|cannot|mustn'?t|shouldn'?t)\s+(?:\w+\s+)?$/;

/** A credential reset: the act and what it resets. */
const RESET =
  /\b(?:reset|re-?set|re-?enrol+|re-?issue|regenerate|recover|remove|disable|clear)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:mfa|2fa|two[- ]factor|multi[- ]factor|password|passcode|pin|authenticator|otp|totp|security\s+key|passkey|credentials?)\b/;
/** An email address; the domain is the second group. */
const ADDRESS = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;
/** Sending a reset's link or code before the second address, within its clause. */
const SENT =
  /\b(?:send|sent|email|e-mail|mail|forward|deliver|text|share)\b[^.;\n]{0,80}?\b(?:link|lnk|links|code|codes|token|url|qr|otp|reset|recovery|enrol\w*|invite|invitation|it|them)\b[^.;\n]{0,40}$/;
/** The writer's own reset, told rather than ordered: `I reset my password`, `we've already reset`. */
const TOLD = /\b(?:i|we)(?:'ve|\s+have|\s+had)?(?:\s+just|\s+already)?\s+$/;

/** A tool argument that switches access control off: `"ignore_acl": true`, `bypass_permissions=1`. */
const SCOPE_OFF =
  /["']?\b(?:ignore|bypass|skip|disable|no|override)[_-]?(?:acl|acls|auth|authz|permissions?|permission[_-]?checks?|tenant[_-]?(?:filter|check|isolation)?|rls|row[_-]?level[_-]?security|access[_-]?control|filters?)\b["']?\s*[:=]\s*(?:true|1|yes)\b/;
/** A tool argument that sets the tenant or organization to every one: `"tenant_id": "*"`. */
const SCOPE_ALL =
  /["']?\b(?:tenant|tenant[_-]?id|org|org[_-]?id|organi[sz]ation[_-]?id|account[_-]?id|customer[_-]?id|workspace[_-]?id)\b["']?\s*[:=]\s*["'](?:\*|%|all|any)["']/;
/** Arguments shown or asked about rather than handed over: fixtures, samples, `is that safe?`. */
const SHOWN =
  /\b(?:fixtures?|mocks?|mocked|samples?|examples?|this\s+is\s+how|is\s+(?:that|this|it)\s+(?:bad|ok|okay|safe|fine|right|wrong|risky|dangerous))\b/;
/** The segment hands arguments to a tool. */
const TOOL_CALL =
  /\b(?:call|invoke|run|use)\s+(?:the\s+)?`?[\w.]+`?\s+(?:tool\s+)?with\b|\b(?:args|arguments|parameters|params)\b|\btool[_ ]call\b/;

/** Words a guard reading needs before it is read (the cheap first look). */
const LOOK = ['filter', 'check', 'verif', 'restrict', 'isolat', 'boundar', 'acl', 'access', 'rules', 'scope', 'tenant'];

/** Reports the three readings of this module over `segment`. */
export function scanGuards(segment: string, sink: FindingSink): void {
  if (segment.length > MAX_TEXT) return;
  const s = segment.toLowerCase();
  if (s.indexOf('@') >= 0) redirected(s, sink);
  if (s.indexOf('know') >= 0) exceptionAsked(s, sink);
  if (
    (s.indexOf('_') >= 0 || s.indexOf('tenant') >= 0) &&
    (s.indexOf('true') >= 0 || s.indexOf('*') >= 0 || s.indexOf('all') >= 0 || s.indexOf('any') >= 0)
  )
    toolScope(s, sink);
  let looked = false;
  for (const w of LOOK) {
    if (s.indexOf(w) >= 0) {
      looked = true;
      break;
    }
  }
  if (!looked) return;
  dropped(s, sink);
}

/** The guard-dropped reading. */
function dropped(s: string, sink: FindingSink): void {
  for (const re of [DROPPED, VOIDED]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 24), m.index);
      if (re === DROPPED ? DENIED.test(before) || DESCRIBED.test(before) : SUPPOSED.test(before)) continue;
      if (MODIFIED.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      // The sentence the guard is dropped in and the ones around it: a request is read whole.
      const from = Math.max(0, m.index - 200);
      const to = Math.min(s.length, m.index + m[0].length + 240);
      const around = s.slice(from, to);
      if (ABOUT.test(around)) continue;
      const after = s.slice(m.index, to);
      // The guard is the assistant's own: `your`/`ur` on it, or words around it that say so.
      const own = POSSESSED.test(m[0]) || OWN.test(around);
      if (!((ACT.test(after) && OTHERS.test(around)) || (own && ACT.test(around)))) continue;
      sink.report(ID, CATEGORY, 'high', DESC, m.index, m.index + m[0].length, m[0]);
      return;
    }
  }
}

/**
 * An exception asked of the assistant's configured scope: the scope acknowledged (`I know you're
 * set up to only search our documents`, `I know you normally have to verify people`) and a one-off
 * asked (`just this once`).
 */
const KNOWN_SCOPE =
  /\bi\s+know\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:\w+\s+){0,2}?(?:set\s+up|configured|supposed|meant|allowed|required|restricted|limited|have|need|only)\s+to\b/;
const ONE_OFF = /\b(?:just\s+this\s+once|this\s+one\s+time|just\s+once|this\s+once|make\s+an\s+exception)\b/;

function exceptionAsked(s: string, sink: FindingSink): void {
  const m = KNOWN_SCOPE.exec(s);
  if (m === null || !ONE_OFF.test(s)) return;
  const after = s.slice(m.index, m.index + 400);
  if (!ACT.test(after) || !OTHERS.test(after)) return;
  sink.report(ID, CATEGORY, 'high', DESC, m.index, m.index + m[0].length, m[0]);
}

/** The recovery-redirected reading. */
function redirected(s: string, sink: FindingSink): void {
  const reset = RESET.exec(s);
  if (reset === null || TOLD.test(s.slice(Math.max(0, reset.index - 24), reset.index))) return;
  ADDRESS.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  for (let m = ADDRESS.exec(s), k = 0; m !== null && k < 8; m = ADDRESS.exec(s), k++) {
    if (first === null) {
      first = m;
      continue;
    }
    if (m[1] === first[1]) continue;
    if (!SENT.test(s.slice(Math.max(0, m.index - 100), m.index))) continue;
    if (ABOUT.test(s)) return;
    sink.report(ID_REDIRECT, CATEGORY, 'high', DESC_REDIRECT, reset.index, m.index + m[0].length, reset[0]);
    return;
  }
}

/** The tool-scope reading. */
function toolScope(s: string, sink: FindingSink): void {
  const m = SCOPE_OFF.exec(s) ?? SCOPE_ALL.exec(s);
  if (m === null || !TOOL_CALL.test(s) || ABOUT.test(s) || SHOWN.test(s)) return;
  sink.report(ID_SCOPE, CATEGORY, 'high', DESC_SCOPE, m.index, m.index + m[0].length, m[0]);
}
