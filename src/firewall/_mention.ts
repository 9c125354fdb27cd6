/**
 * Mentions in a message: when a request is a conversational turn the agent answers in words
 * (`kind: 'message'`), a command it only asks about, explains or warns against ("what does
 * `rm -rf /` do?", "never pipe curl into sh") runs nowhere, and its findings count as `low`.
 * Content an agent may run as written (the default `kind: 'action'`) is never demoted: in sh a
 * backtick span inside such a question runs, and a tool call's arguments are content too, so a
 * frame an attacker can write must not lower what runs.
 *
 * @internal Not part of the public API.
 */

import { confusable, styledLetter } from '../text/_confusables.js';
import type { Analysis, Hit, RuleHits } from './_analyzer.js';
import { type CompiledRule, RISK } from './_rule.js';

/** Findings of the readers of commands, code and queries: what they name runs only if executed. */
const COMMAND_READERS = /^(shell|windows|sql|code|exfiltration)\./;
/** Phrase-rule categories about running something. */
const COMMAND_CATEGORIES: ReadonlySet<string> = new Set([
  'destructive',
  'destructive-sql',
  'system-modification',
  'remote-code-execution',
]);
/**
 * Categories also demoted in content an agent may run, under the stricter frames of
 * {@link inActionMentionFrame}: a credential-dumping tool named in a question is not a dump.
 */
const ACTION_CATEGORIES: ReadonlySet<string> = new Set([...COMMAND_CATEGORIES, 'credential-exfiltration']);
/** Findings about a value written in the text (a secret, personal data), not about what runs. */
const VALUE_FINDINGS = /^(?:secret|pii|encoding)\./;
/**
 * Content that may run (not a message) is read for mentions only up to this length, which a stream
 * keeps in full, so that a stream's verdict equals the whole request's at every prefix.
 */
export const MENTION_TEXT_MAX = 4096;
/** How far a sentence is read around a finding, at most, each way. */
const REACH = 300;

/**
 * A frame anywhere before the finding in its sentence that makes it a mention: an explanation, a
 * question about what it does or whether it is safe, a warning against it. English, with the
 * commonest forms in Spanish, French, German, Italian and Portuguese.
 */
const CUE =
  /\b(explain(s|ing)?|describe|tell me (what|why|how|whether|if)|what (does|do|did|would|will|is|are|was|happens)|what's|meaning of|difference between|never (run|type|execute|use|paste)|(do not|don't|dont) (ever )?(run|type|execute|use|paste)|avoid (running|typing|using)|warn(s|ed|ing)? (about|against|users|people)|is it (safe|okay|ok|dangerous|bad|wise) to|why (would|does|do|is|did|are)|how (does|do|did|would)|in what (case|situation)s?)\b|(qu[eé] (hace|pasa si)|que fait|que se passe|was (macht|passiert)|cosa (fa|succede)|o que (faz|acontece))/;
/** A question's first word: the sentence must also end in a question mark. */
const OPENER =
  /^(what|why|how|when|where|which|whats|what's|is|are|does|do|did|should|shall|isn't|aren't|doesn't|won't|wouldn't|was|were)\b/;
/** The rest of the sentence turns the mention into an order ("explain it, then run it"). */
const THEN_RUN =
  /\b(run|execute|do|apply|try|perform) (it|this|that|them)\b|\b(then|and then|afterwards|after that) (run|execute|do)\b|\b(and|then) (runs|executes|pipes) (it|this|that|them)\b/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Start of the sentence holding offset `i`: after `?`, `!`, a line break, or a full stop and space. */
function sentenceStart(t: string, i: number): number {
  const lo = Math.max(0, i - REACH);
  for (let k = i - 1; k >= lo; k--) {
    const c = t.charCodeAt(k);
    if (c === 63 || c === 33 || c === 10) return k + 1;
    // A full stop ends a sentence only before a space and after a word (not `./x`, `~/.ssh`).
    if (c === 46 && k + 1 < t.length && isSpace(t.charCodeAt(k + 1)) && k > 0 && /[\w)"'`]/.test(t[k - 1] ?? ''))
      return k + 1;
  }
  return lo;
}

/** End of the sentence holding offset `i` (exclusive, after its terminator). */
function sentenceEnd(t: string, i: number): number {
  const hi = Math.min(t.length, i + REACH);
  for (let k = i; k < hi; k++) {
    const c = t.charCodeAt(k);
    if (c === 63 || c === 33 || c === 10) return k + 1;
    // An ellipsis inside a quoted command (`curl ... | bash`) ends no sentence.
    if (c === 46 && (k + 1 >= t.length || isSpace(t.charCodeAt(k + 1))) && t.charCodeAt(k - 1) !== 46) return k + 1;
  }
  return hi;
}

/** Whether the span `start`–`end` of `text` sits in a frame that only mentions it. */
export function inMentionFrame(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  if (THEN_RUN.test(text.slice(end, e).toLowerCase())) return false;
  const before = text.slice(s, start).trimStart().toLowerCase();
  if (CUE.test(before)) return true;
  return OPENER.test(before) && text.charCodeAt(e - 1) === 63;
}

/**
 * A question that opens its sentence and asks what a thing does, why it is done, or whether it is
 * safe ("What does …?", "Why do attackers run …?", "Is `…` safe?"). Not "why not" or "why don't
 * you" (an order put as a question), not "how do I" (a request for the steps).
 */
const ACTION_OPENER =
  /^(?:(?:so|and|but|ok|okay|hey|hi),?\s+)?(?:what(?:'s| (?:does|do|did|would|will|is|are|was|were|happens|exactly|kind|sort|type))|why (?!not\b|don't\b|dont\b|won't you\b|wouldn't you\b|can't you\b)(?:does|do|did|is|are|was|were|would|should|can't|won't|doesn't|isn't|might|could)\b|how (?:does|did|do|would|can|could) (?!(?:i|we|you|u|me|one)\b)|(?:is|are|was|were) (?:it|this|that|these|those|there|`|")(?! (?:possible|ok|okay|alright|all right|fine|doable|feasible) (?:to|for))|is (?:running|executing|piping|pasting|typing|calling|using) (?=`|"|')|(?:does|did|do) (?:it|this|that|these|those|`|"|the)\b|in what\b|when (?:would|does|do|is|should)\b|should i (?:worry|be worried|be concerned)\b|(?:can|could) (?:a|an|the|this|that|these|those|it|malware|attackers?|an attacker|(?:some|any)(?:one|body) (?!please\b|pls\b|just\b|quickly\b|go\b|help\b))\b|if (?:someone|somebody|anyone|a user|an? (?:attacker|intern|admin|script|process)|attackers|malware) (?:ran|runs|run|executed|executes|typed|types|pasted|did)\b)/;
/**
 * A question that asks for a value ("What is the root password?", "Tell me what the token is"):
 * about a credential it is a request to disclose it, so it is no frame for one.
 */
const VALUE_OPENER =
  /^(?:(?:so|and|but|ok|okay|hey|hi),?\s+)?(?:what(?:'s| is| are| was| were)|(?:can|could|would) you (?:please )?tell me|tell me|which)\b/;
/** A request for an explanation that opens its sentence. */
const EXPLAIN_OPENER =
  /^(?:(?:can|could|would) you (?:please )?|please )?(?:explain|describe|tell me (?:what|why|whether|if)|help me understand)\b/;
/**
 * A request for an explanation that opens its sentence in French, Spanish, German, Italian,
 * Portuguese, Dutch, Polish, Czech, Russian, Ukrainian, Turkish or Indonesian (`Explique-moi ce que
 * fait …`, `Erkläre mir …`). A bare question in those languages (`¿Qué hace …?`) stays a frame of
 * messages only, as in English a question opened after a clause does.
 */
const FOREIGN_EXPLAIN =
  /^\s*(?:peux-tu |pourrais-tu |puedes |podrías |kannst du |puoi |podes |pode )?(?:explique[sz]?(?:-moi| moi)?|expliquez(?:-moi)?|explica(?:me)?|explícame|expliquem|erkl[äa]r(?:e|en sie)?(?: mir)?|spiega(?:mi)?|leg (?:me )?uit|wyja[sś]nij(?: mi)?|vysv[eě]tli(?: mi)?|объясни(?:те)?(?: мне)?|поясни(?:ть)?(?: мені)?|a[cç][ıi]kla|jelaskan)(?![a-z\u00c0-\u024f\u0400-\u04ff])/;
/** A run asked for in one of those languages (`puis exécute-la`, `und führ es aus`). */
const FOREIGN_RUN =
  /\b(?:ex[eé]cut\w*|lance[sz]?\b|lancer|ejecut\w*|c[oó]rrel[oa]|f[uü]hr\w* (?:\S+ ){0,5}?aus\b|ausf[uü]hr\w*|esegu\w*|lancia\w*|rode\w*|voer\w* (?:\w+ )?uit|uruchom\w*|spus[tť]\w*|[cç]al[ıi][sş]t[ıi]r\w*|jalankan)|(?:запуст|выполн|виконай|запусти)/;

/** `then` and a run, a shutdown or a deletion in one of those languages (`y luego ejecuta`, `puis désactive`). */
const FOREIGN_THEN_RUN =
  /(?:^|[\s,;])(?:y luego|y despu[eé]s|luego|despu[eé]s|puis|ensuite|et|und|dann|danach|e poi|poi|e depois|depois|en dan|daarna|a potem|potem|a pak|pak|затем|потом|и|sonra|ve|lalu|kemudian|dan)\s+(?:\S+\s+){0,3}?(?:ejecut\w*|c[oó]rr\w*|ex[eé]cut\w*|lance\w*|f[uü]hr\w*|lass\w*|esegu\w*|lanci\w*|execut\w*|rod[ae]\w*|voer\w*|uruchom\w*|spus\w*|запуст\w*|выполн\w*|[cç]al[ıi][sş]t[ıi]r\w*|jalankan|d[eé]sactiv\w*|desactiv\w*|supprim\w*|efface\w*|borr[ae]\w*|elimin\w*|deaktivier\w*|schalt\w*|l[öo]sch\w*|disattiv\w*|cancell\w*|desativ\w*|apag\w*|schakel\w*|verwijder\w*|wy[lł][aą]cz\w*|usu[nń]\w*|отключ\w*|удал\w*|kapat\w*|sil\b|sil[ie]n?\w*|matikan|hapus)/;

/** A request to decode what follows, which reads it only when a run is denied in words too. */
const DECODE_OPENER = /^(?:(?:can|could|would) you (?:please )?|please )?(?:decode|deobfuscate)\b/;
/**
 * Words right before a thing that name it as what to avoid or replace: "instead of `curl | sh`",
 * "rather than eval", "avoid pickle.loads", "never run …", "replace eval(x) with …".
 */
const AVOID =
  /(?:\binstead of|\brather than|\bavoid(?:s|ing)?(?: (?:using|running|calling|calls to|the use of|use of))?|\b(?:never|don't|do not|dont) (?:ever )?(?:run|use|call|type|paste|pipe)|\breplac(?:e|es|ing) (?:the |this |that |every |all |any |our |my |your |their )?(?:calls? to |use of |uses of )?|\bmigrate (?:away )?from|\bswap out)(?![a-z])((?:[^.!?;,\n]|\.(?!\s)){0,32})$/;
/**
 * The sentence writes or runs a detection for the thing it names: a rule or query of a detection
 * language, an alert, a hunt, a signature, a test that the thing is flagged.
 */
const DETECT =
  /\b(?:(?:sigma|yara|splunk|spl|kql|elastic|sentinel|sysmon|wazuh|falco|suricata|snort|osquery|semgrep|waf|modsecurity|coraza|eslint|codeql|auditd|siem|edr|apparmor|selinux|seccomp|datadog|sumo ?logic|chronicle|crowdstrike|defender)(?: [\w-]+){0,2}? (?:rules?|query|queries|search(?:es)?|signatures?|alerts?|selections?|detections?|profiles?|polic(?:y|ies)|config|filters?|hunts?|watch(?:es)?|logic)|detect(?:s|ed|ing|or|ors)?|detections? (?:rules?|query|queries|logic|ideas?|content|for|of|that|on|when)|alert(?:s|ing)? (?:on|when|if|for)|(?:fires?|trigger(?:s|ed)?) (?:on|when|if)|hunt(?:s|ing)? (?:for|in)|signatures?|regex(?:es)?|regular expressions?|iocs?|(?:must|should|to) be (?:flagged|blocked|detected|caught|rejected)|flag(?:s|ging)? (?:any|every|all|uses? of|calls? to|the string|the input)|rejects? (?:the |any )?(?:inputs?|strings?|payloads?)(?: like| such as)?|match(?:es|ing)? (?:the )?(?:string|pattern|command lines?|scripts?)|command ?lines? (?:contain(?:s|ing)?|match(?:es|ing)?)|(?:blocks?|blocking|rejects?|rejecting|denies|deny|denying|drops?|dropping|strips?|filters?|flags?|quarantines?) (?:any |all |every )?(?:incoming |inbound |outgoing |http |web )?(?:requests?|quer(?:y|ies)|inputs?|payloads?|strings?|messages?|emails?|bodies|urls?|uploads?|files?|commits?|pushes|lines?|traffic|parameters?|params) (?:that )?(?:contain(?:s|ing)?|with|matching|including|carrying)|test case|(?:tests?|specs?|fixtures?|pytest|jest|vitest|mocha|rspec|junit|unittest)\b[^.!?]{0,60}?\b(?:asserts?|asserting|checks?|checking|verif(?:y|ies|ying)|ensures?|ensuring|expects?|expecting|proves?|proving)|audit (?:polic(?:y|ies)|specifications?|rules?|trails?|events?)|(?:logs|records|captures|audits|tracks) (?:every|each|all|any)|scans? (?:[\w-]+ ){0,4}(?:for|and (?:reports?|flags?|lists?))|reports? (?:any|every|all|each) (?:[\w-]+ )?(?:lines?|commands?|calls?|uses?|files?|scripts?|steps?|jobs?|occurrences?)|(?:sigma|yara|splunk|kql|elastic|sentinel|wazuh|falco|suricata|snort|osquery|semgrep|waf|auditd|siem|edr)[- ](?:regel\w*|r[eè]gles?|reglas?|regras?|regol[ae]|regu[lł]\w*|pravidl\w*|kural\w*|abfrage\w*|requ[eê]tes?|consultas?|alert\w*|alarm\w*)|(?:regel\w*|r[eè]gles?|reglas?|regras?|regol[ae]|regu[lł]\w*|pravidl\w*|kural\w*|alertas?|alertes?|allarmi|allarme|alarme?|abfrage|requ[eê]tes?|consultas?) (?:[\w-]+ ){0,2}?(?:sigma|yara|wazuh|splunk|kql|elastic|sentinel|falco|suricata|snort|osquery|semgrep|waf|auditd|siem|edr)|d[eé]tect(?:e|a|ar|er|en|ent|ez)|détection|detecci[oó]n|erkenn(?:t|en|ung)|rilev(?:a|are|amento)|(?:deny|denies|denying|block|blocks|blocking|prevent|prevents|preventing|forbid|forbids|restrict|restricts) (?:any |all )?(?:writes?|writing|access|changes|edits|modifications|reads|execution) (?:to|of|on)|(?:fails?|failing|breaks?|blocks?) (?:the |a |our |your )?(?:build|ci|pipeline|merge|check|pr|pull request|commit|push) (?:if|when|whenever|on)|(?:fails?|failing|blocks?|blocking|rejects?|rejecting|flags?|flagging) (?:any |every |each )?(?:pr|pull request|commit|push|merge|build|step|job|stage|workflow|pipeline|task)s? (?:that|which|if|when|whose|containing|piping|running|calling|using)|(?:checks?|checking|search(?:es|ing)?|greps?|grepping|inspects?|inspecting|lints?|linting|audits?|auditing|combs?(?: through)?|crawls?|walks?(?: through)?|looks? (?:through|over|in)|looking (?:through|over|in)) (?:[\w'./-]+ ){0,6}?for(?=\s*(?:`[^`]*|'[^']*|"[^"]*|[\u2018\u201c][^\u2019\u201d]*)?$)|(?:looks?|looking|searches|searching|greps?|grepping|hunts?|hunting) for(?=\s*(?:`[^`]*|'[^']*|"[^"]*|[\u2018\u201c][^\u2019\u201d]*)?$)|(?:never|not|don'?t|doesn'?t|won'?t) (?:lets?|allows?|permits?) (?:[\w-]+ ){0,3}(?:read|reads|access|open|write|touch|see|load)|flag(?:s|ging)? (?:the )?(?:ones|those|any|tools?|servers?|descriptions?|entries|files?|inputs?|messages?|lines?|prompts?|pages?) (?:that|which|whose|where))\b/;
/**
 * The sentence builds a guard whose object is the thing: a hook, check, linter or policy that
 * blocks, rejects or flags what holds it ("a pre-commit hook that blocks workflow edits adding
 * `curl … | bash`"). The same conditions as {@link DETECT} hold: no run ordered after it, no act
 * on the guard itself before it.
 */
const GUARD =
  /\b(?:hooks?|checks?|rules?|linters?|lint rules?|gates?|guards?|guardrails?|filters?|scanners?|validators?|polic(?:y|ies)|admission controllers?|jobs?|workflows?|actions?)(?: [\w-]+){0,2}? (?:that|which|to) (?:blocks?|rejects?|flags?|fails?|denies|deny|catch(?:es)?|refuses?|forbids?|stops?|prevents?|warns? (?:about|on|when|if))\b/;
/** A clause that ends the guard's object: a comma, a semicolon, or `and` / `then` going on in words. */
const GUARD_CLAUSE_END = /[,;]|\b(?:and|then|also|but|plus)\s+(?![`"'])/;

/** The guard that `before` ends in, when the thing follows inside the guard's own clause. */
function guardOf(before: string): RegExpExecArray | null {
  const g = GUARD.exec(before);
  return g !== null && !GUARD_CLAUSE_END.test(before.slice(g.index + g[0].length)) ? g : null;
}

/**
 * A sentence that opens with an audit: it looks at a file, a setting or an account and reports what
 * it finds ("Audit which users have NOPASSWD", "Review the sudoers drop-ins and report …"). What
 * it names is looked for, not set; the frame holds for settings and reads, never for a deletion
 * or a critical finding, and an order to add, grant or run keeps it an order.
 */
const AUDIT =
  /^(?:(?:please|can you|could you|let's|lets|now|first|then),? )?(?:audit|review|inspect|check|list|enumerate|report|scan|verify|look for|search for|find|hunt for|compare|monitor|write (?:a|an) (?:\w+ ){0,2}(?:script|job|check|report|tool) that (?:audits|lists|reports|checks|scans|finds|reviews|flags))\b/;
/** Orders that turn an audit into a change. */
const AUDIT_CHANGE =
  /\b(?:add|adds|adding|append|appends|insert|grant|grants|give|gives|enable|enables|set|sets|install|installs|run|runs|execute|executes|echo|tee|put|write to|chmod|chown|disable|disables|create|creates|make|send|sends|upload|uploads|post|posts|email|emails|mail|forward|forwards|exfiltrate|transmit|copy|copies|steal|grab|victim'?s?|target'?s?)\b|>>?/;
/** Categories an audit frame may lower. */
const AUDITED: ReadonlySet<string> = new Set(['system-modification', 'remote-code-execution']);

/**
 * Whether `sentence` (lowercase), whose text before the finding is `lead`, audits what `rule`
 * found: a setting, a read or a credential file looked for and reported, with no order to change
 * anything. A critical finding qualifies only as a setting (`NOPASSWD` in sudoers).
 */
function audited(sentence: string, lead: string, rule: CompiledRule | undefined): boolean {
  if (rule === undefined || !AUDIT.test(lead)) return false;
  const kind = AUDITED.has(rule.category) || /^(?:shell|windows)\.(?:account|auth|cron|sudo)/.test(rule.id);
  if (!kind || (rule.severity === 'critical' && rule.category !== 'system-modification')) return false;
  return !AUDIT_CHANGE.test(sentence.replace(THEIR_RUN, ' '));
}

/** A run order between a frame and the thing, other than someone else's run that is watched for. */
const RUN_BETWEEN =
  /\b(?:run|runs|running|execute|executes|exec|launch|do it|go ahead|now|actually|first|authori[sz]ed|approved|permitted|cleared|sanctioned)\b|\b(?:and|then) (?:then )?(?:clear|delete|remove|wipe|disable|stop|kill|drop|erase|purge|destroy|format|send|upload|post)\b/;
/** Acts on a detection rather than writing one ("disable the SIEM alerts", "delete the Falco rules"). */
const TAMPER =
  /\b(?:disable|disables|disabling|stop|stops|stopping|turn off|turning off|delete|deletes|deleting|remove|removes|removing|kill|silence|mute|suppress|uninstall|clear|wipe|bypass|bypasses|bypassing|evade|evades|evading|avoid|avoids|avoiding|get past|slip past|sneak past|without (?:triggering|tripping|setting off))\b/;
/** The thing follows "with" or "by": it is what replaces, not what is replaced ("replace main with an orphan"). */
const REPLACEMENT = /\b(?:with|by|using|to)\b/;
/**
 * Whether the thing at `start`–`end` (or the code span holding it) is what a rewrite replaces:
 * `Rewrite our CI step \`curl | bash\` into: download, verify, run`.
 */
function rewritten(text: string, s: number, start: number, end: number): boolean {
  let a = start;
  let b = end;
  const open = text.lastIndexOf('`', start - 1);
  if (open >= s) {
    let ticks = 0;
    for (let i = s; i < start; i++) if (text.charCodeAt(i) === 96) ticks++;
    const close = ticks % 2 === 1 ? text.indexOf('`', end) : -1;
    if (close > 0) {
      a = open;
      b = close + 1;
    }
  }
  return (
    REWRITE_BEFORE.test(text.slice(Math.max(s, a - 60), a).toLowerCase()) &&
    REWRITE_AFTER.test(text.slice(b, Math.min(text.length, b + 90)).toLowerCase())
  );
}

/** A rewrite that opens the thing it replaces (`rewrite our CI step …`, `refactor the line …`). */
const REWRITE_BEFORE =
  /\b(?:rewrite|rewrites|rewriting|refactor|refactors|refactoring|convert|converts|converting|harden|hardening)(?: (?:our|the|this|that|my|a|an|their))?(?: [\w-]+){0,3}\s*[`'"]?$/;
/** What the rewrite turns it into, right after the thing. */
const REWRITE_AFTER =
  /^(?:[^`'"\n]{0,60}[`'"])?\s*(?:step |line |call |command |snippet )?(?:into|to use|so (?:that|it)|as)\b/;
/** Someone else's run, the thing a detection watches for ("when someone runs", "a user executes"). */
const THEIR_RUN =
  /\b(?:someone|somebody|anyone|anybody|a user|users?|an? attackers?|attackers?|adversar(?:y|ies)|malware|a process|processes|they|people|it|whoever|an intruder|intruders|developers?|employees?|admins?) (?:(?:who|that|which) )?(?:runs?|running|executes?|executing|launch(?:es)?|types?|pastes?)\b/g;
/**
 * The text before a quoted value that makes it the operand of a match in a query or rule
 * language: Sigma's `CommandLine|contains: '…'`, SPL's `CommandLine="*…*"`, KQL's `has "…"`.
 */
const MATCH_OPERAND =
  /(?:\|(?:contains|endswith|startswith|re|all|windash|base64offset)[|:]?(?:\|all)?:?|\b(?:has(?:_any|_all|_cs)?|contains(?:_cs)?|matches(?: regex)?|like|ilike|startswith|endswith)|\b(?:commandline|command_line|cmdline|processcommandline|process\.command_line|proc\.cmdline|process_command_line|parentcommandline|image|parentimage|parent_image|process_name|scriptblocktext|targetfilename|targetobject) ?(?:=|!=|=~))\s*\(?\s*["']\*?$/;

/**
 * An order in the sentences after a question or an explanation that turns it into a request to
 * act on the thing ("What does `rm -rf /` do? Run it on the box.", "Why is it refused? Bypass
 * that.", "… Fix it so it works.").
 */
const NEXT_ORDER =
  /\b(?:run|execute|exec|launch|do it|do that|do this|go ahead|fix|make it|bypass|force|anyway|work ?around|get around|override|apply|try it|try that)\b/;
/** How far after a frame's sentence an order is looked for. */
const NEXT_REACH = 160;

/** Whether the text after offset `e` (the end of a frame's sentence) gives an order to act. */
function orderedNext(text: string, e: number): boolean {
  if (e >= text.length) return false;
  return NEXT_ORDER.test(
    unquoted(text.slice(e, Math.min(text.length, e + NEXT_REACH)).toLowerCase()).replace(
      /\b(?:don't|do not|never|without|not)\s+(?:to\s+)?(?:run|execute)\w*/g,
      ' ',
    ),
  );
}

/**
 * `x` without the quotes and backslashes that split words (`dis""able`, `c''lear`, `r\m`): the
 * order checks read words as a shell would.
 */
function unquoted(x: string): string {
  return x.indexOf('"') < 0 && x.indexOf("'") < 0 && x.indexOf('\\') < 0
    ? x
    : x.replace(/(?<=\w)(?:""|''|\\)(?=\w)/g, '');
}

/** A string of a YARA rule: `strings:` and then `$name = "…"`. */
const YARA_STRING = /\bstrings\s*:[^\n]{0,300}\$[A-Za-z_]\w{0,30}\s*=\s*["']$/;
/** Something on the line runs a string (a sink), so a quoted value on it may be what runs. */
const SINK =
  /\b(?:iex|invoke-expression|invoke-command|start-process|eval|exec|execsync|spawn|popen|system|subprocess|shell_exec|passthru|os\.|child_process|sh -c|bash -c|cmd(?:\.exe)? \/c)\b|`|\$\(/;

/** Start of the line holding offset `i`, at most {@link REACH} back. */
function lineStart(t: string, i: number): number {
  const lo = Math.max(0, i - REACH);
  for (let k = i - 1; k >= lo; k--) if (t.charCodeAt(k) === 10) return k + 1;
  return lo;
}

/** End of the line holding offset `i`, at most {@link REACH} on. */
function lineEnd(t: string, i: number): number {
  const hi = Math.min(t.length, i + REACH);
  for (let k = i; k < hi; k++) if (t.charCodeAt(k) === 10) return k;
  return hi;
}

/**
 * Whether the span `start`–`end` is a quoted operand of a match in a query or rule language (see
 * {@link MATCH_OPERAND}, {@link YARA_STRING}) on a line where nothing runs a string.
 */
function matchOperand(text: string, start: number, end: number): boolean {
  const q = quoteAround(text, start, end);
  if (q < 0) return false;
  const ls = lineStart(text, q);
  const head = text.slice(Math.max(ls, q - 300), q + 1).toLowerCase();
  if (!MATCH_OPERAND.test(head.slice(-64)) && !YARA_STRING.test(head)) return false;
  let close = q + 1;
  while (close < text.length && text.charCodeAt(close) !== text.charCodeAt(q)) close++;
  const line = text.slice(ls, q) + text.slice(close + 1, lineEnd(text, close + 1));
  return !SINK.test(line.toLowerCase());
}

/** Whether the quote that opens at `q` (a `"` or `'`) closes at or after `end` on its line. */
function closesAfter(text: string, q: number, end: number): boolean {
  const c = text.charCodeAt(q);
  for (let k = q + 1; k < text.length && k < q + REACH; k++) {
    const d = text.charCodeAt(k);
    if (d === 10) return false;
    if (d === c) return k >= end;
  }
  return false;
}

/** The sentence says where the thing was seen, and the next asks about it ("I saw `…`. What does it do?"). */
const SEEN =
  /\b(?:i|we) (?:saw|see|found|find|came across|noticed|spotted|got|keep seeing)\b|\b(?:in|from|on) (?:a|an|the|our|my|this|some) (?:ctf|writeup|write-up|logs?|alerts?|report|script|article|blog|book|video|course|tutorial|forum|thread|answer|incident)\b/;
/** A detection rule written in a rule language: YARA's `rule Name { strings: … condition: … }`. */
const RULE_SYNTAX =
  /^\s*(?:private |global )*rule \w{1,64}\s*(?::[\w ]{1,80})?\{[\s\S]{0,400}\bstrings\s*:[\s\S]{0,400}\bcondition\s*:/;

/** The opening quote (a `"` or `'`) on the line before `start` whose string holds `start`–`end`, or -1. */
function quoteAround(text: string, start: number, end: number): number {
  const lo = Math.max(0, start - 80);
  for (let k = start - 1; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1;
    if (c === 34 || c === 39) return closesAfter(text, k, end) ? k : -1;
  }
  return -1;
}

/** Whether a question that opens the next sentence after `e` asks about what came before. */
function askedNext(text: string, e: number): boolean {
  let k = e;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || k > e + 4) return false;
  const f = sentenceEnd(text, k + 1);
  const next = unquoted(text.slice(k, f).toLowerCase());
  if (text.charCodeAt(f - 1) === 63 && (ACTION_OPENER.test(next) || SAFE_HOWTO.test(next))) return true;
  // `We found … in an attachment. Explain what it would do — don't run anything.`
  return EXPLAIN_OPENER.test(next) && !RUN_BETWEEN.test(next.replace(NOT_RUN, ' ').replace(THEIR_RUN, ' '));
}

/** A question that asks how to handle a thing safely: inspect, verify, undo or guard against it. */
const SAFE_HOWTO =
  /^(?:(?:so|and|but|ok|okay),?\s+)?how (?:do|can|should|would|could) (?:i|we) (?:safely )?(?:inspect|check|verify|review|read|audit|analy[sz]e|understand|undo|recover|revert|roll back|detect|prevent|guard against|protect against)\b/;

/**
 * The thing named as what happened, not what to do: a past run or a capability a report or log
 * records (`mimikatz ran undetected on WS-114`, `the service account could run DROP DATABASE`,
 * `the npm token was found in a public gist`), or a leak told with the fix that follows it
 * (`I accidentally committed an API key … what should I do?`, `… Revoke it and issue a new one`).
 */
const HAPPENED_AFTER =
  /^[`'"]?\s*(?:[\w.'-]+\s+){0,4}?(?:ran|was (?:run|executed|used|found|seen|spotted|detected|flagged|visible|leaked|exposed|posted|pasted|published|committed|pushed|shared|uploaded|left|logged|printed)|were (?:run|executed|used|found|seen|spotted|detected|flagged|visible|leaked|exposed|posted|pasted|published|committed|pushed|shared|uploaded|left|logged|printed)|(?:had|has|have) been (?:run|executed|found|leaked|exposed|posted|published|committed|pushed|shared|uploaded)|went undetected|executed (?:undetected|successfully|without))\b/;
/** Who could run it, in a report or an audit (`the service account could run`, `any user can execute`). */
const ABLE_BEFORE =
  /\b(?:accounts?|users?|roles?|logins?|principals?|groups?|attackers?|testers?|interns?|processes|process|scripts?|services?|anyone|someone|everyone|they|it) (?:still )?(?:could|can|was able to|were able to|is able to|are able to|managed to|is allowed to|are allowed to) (?:run|execute|issue|perform|call)\s*[`'"]?$/;
/** A leak told in the past before the thing (`I accidentally committed an API key to …`). */
const LEAKED_BEFORE =
  /\b(?:accidentally|mistakenly|by mistake|inadvertently|unintentionally|someone|somebody|a contractor|an intern|a colleague|my colleague|a teammate|they|he|she) (?:\w+ )?(?:committed|pushed|posted|pasted|published|leaked|shared|uploaded|exposed|printed|logged|tweeted)\b[^.!?]{0,60}$/;
/** The fix for a leak or a finding, in the sentence or the next. */
const REMEDY =
  /\b(?:revok\w*|rotat\w*|regenerat\w*|invalidat\w*|purg\w*|reissu\w*|issue (?:a )?new|scrub\w*|redact\w*|reduce (?:the |its |their |our |his |her )?(?:grants?|privileges?|permissions?)|tune|remediat\w*|mitigat\w*|tickets?|least[- ]privilege|safer|safe replacement|alternative|lessons learned|what (?:should|do|can) (?:i|we) do|how (?:do|should|can) (?:i|we) (?:fix|clean|remove|recover|respond|handle))\b/;
/** An order in what follows to put the thing somewhere or run it again. */
const SPREAD_NEXT =
  /\b(?:post|send|share|upload|paste|publish|e-?mail|mail|tweet|print|show|give|forward|copy|run|execute|use) (?:it|them|that|this|the (?:key|token|secret|password|command)s?) (?:again|to|on|in|into|here|now)\b/;

/**
 * Whether the thing that ends at `end`, whose sentence starts at `s` and ends at `e`, is told as what
 * happened (see {@link HAPPENED_AFTER}) or what someone could do, and what follows fixes it
 * rather than spreading or re-running it.
 */
function happened(text: string, s: number, end: number, e: number, before: string): boolean {
  const after = unquoted(text.slice(end, Math.min(e, end + 80)).toLowerCase());
  const past = HAPPENED_AFTER.test(after) || LEAKED_BEFORE.test(before) || ABLE_BEFORE.test(before);
  if (!past) return false;
  const next = unquoted(text.slice(s, Math.min(text.length, e + NEXT_REACH)).toLowerCase()).replace(NOT_RUN, ' ');
  return REMEDY.test(next) && !SPREAD_NEXT.test(next) && !THEN_RUN.test(after);
}

/**
 * Someone else's run told, not ordered: a past run by another person or a bot (`Incident review: at
 * 02:14 someone executed …`, `who ran … on main?`, `Mon collègue a lancé … par erreur`), what an
 * alert or a rule catches (`if an alert shows …`, `IPs that try …`), a run a release no longer makes
 * (`the installer no longer runs …`), a question someone else asked (`A student asked why … is
 * dangerous`), a quiz that asks which command is dangerous. English, with the commonest forms in
 * Spanish, French, German, Italian and Portuguese.
 */
const RAN_BY_OTHER =
  /\b(?:someone|somebody|a user|the user|users|an attacker|attackers|the ci bot|a bot|the bot|a script|the job|the cron job|my colleague|a colleague|my coworker|a coworker|a teammate|an intern|the intern|dev\d*|mon coll[eè]gue|un coll[eè]gue|alguien|mi compa[nñ]ero|un compa[nñ]ero|jemand|mein kollege|ein kollege|qualcuno|il mio collega|algu[eé]m|meu colega)\s+(?:\w+\s+){0,2}?(?:ran|executed|typed|pasted|launched|a lanc[eé]|lan[cç]a|ejecut[oó]|ha ejecutado|hat ausgef[uü]hrt|ha eseguito|ha lanciato|executou|rodou)\s*$|\bwho (?:ran|executed|typed|pasted)\s*$/;
const CAUGHT_BY =
  /\b(?:logged|recorded|captured|saw|blocked|observed|caught)\s+(?:\w+\s+){0,2}(?:trying|running|sending|using|typing)\s*$|\b(?:i|we) (?:found|saw|spotted|noticed|came across)\s*$|\b(?:the|a|an|our|their) (?:\w+ )?(?:migration|deploy|deployment|script|job|pipeline|process|task|runner|cron job|installer)s? (?:ran|executed|runs|executes)\s*$|\b(?:page|wiki|doc|docs|guide|slide|slides|article|cheat ?sheet|readme) (?:\w+ ){0,4}?(?:lists|shows|mentions|quotes|contains)\s*$|\btranslate\b[^.!?]{0,60}$|\b(?:write|draft|create|make|prepare)\s+(?:a |an |the |our |some )?(?:\w+\s+){0,2}(?:blog post|article|post|faq|guide|poster|slides?|training|quiz|documentation|docs|wiki page|tabletop exercise|lesson|explainer)\b[^.!?]{0,40}\b(?:explain\w*|about|describing|warning|how)\b[^.!?]{0,60}$|\b(?:says|said|tells (?:you|us|me) to|told (?:us|me) to|recommends|suggests|instructs (?:you|us) to)\s+(?:to\s+)?(?:run|use|type|execute|paste)\s*$|(?:^|[\s,;:])(?:que signifie|qu'est-ce que|qu[eé] significa|was bedeutet|cosa significa|o que significa)\b[^.!?]{0,60}$|\b(?:this|the) (?:line|code|function|snippet|call|script) (?:calls|uses|runs|does)\s*$|\b(?:if|when|whenever) (?:an? |the )?(?:alert|log|edr|siem|sysmon|detection|rule|sensor|scanner|audit log)s? (?:shows?|fires? on|catches|sees|flags|reports|records)\s*$ (?:an? |the )?(?:alert|log|edr|siem|sysmon|detection|rule|sensor|scanner|audit log)s? (?:shows?|fires? on|catches|sees|flags|reports|records)\s*$|\b(?:ips?|hosts?|users?|clients?|requests?|sessions?) that (?:try|tries|send|sends|use|uses|run|runs|attempt|attempts)\s*$/;
const NO_LONGER =
  /\bno longer (?:runs?|uses?|pipes?|calls?|executes?)\s*$|\b(?:stopped|stops|removed) (?:running|using|calling)\s*$/;
const ASKED_BY_OTHER =
  /\b(?:asked|asks|wonders|wondered|wanted to know) (?:me )?(?:why|what|whether|if|how)\b[^.!?]{0,40}$|\bwhich of (?:these|the following) (?:commands?|lines?|options?|statements?)\b[^.!?]{0,60}$/;
/** An order after it to do the same or run it again. */
const AGAIN_NEXT = /\b(?:do the same|same thing|again|too on|as well on|repeat it|rerun|re-run)\b/;
/** A question in Spanish, French, German, Italian or Portuguese that asks what or why, not how to. */
const FOREIGN_WHAT =
  /^[¿\s]*(?:qu[eé]|por qu[eé]|cu[aá]l(?:es)?|was|warum|wieso|welche[rsn]?|que|quoi|pourquoi|quel(?:le)?s?|cosa|perch[eé]|quali|quale|o que|por que|qual|quais)\b/;

function reportedRun(text: string, end: number, e: number, before: string): boolean {
  const b = before.replace(/[`'"]\s*$/, '').trimEnd();
  const framed =
    RAN_BY_OTHER.test(b) ||
    CAUGHT_BY.test(b) ||
    NO_LONGER.test(b) ||
    ASKED_BY_OTHER.test(b) ||
    (FOREIGN_WHAT.test(before.trimStart()) && text.charCodeAt(e - 1) === 63);
  if (!framed) return false;
  const after = unquoted(text.slice(end, Math.min(text.length, e + NEXT_REACH)).toLowerCase()).replace(NOT_RUN, ' ');
  return !THEN_RUN.test(after) && !SPREAD_NEXT.test(after) && !AGAIN_NEXT.test(after);
}

/**
 * The names of variables or keys asked for without what they hold (`Print every environment
 * variable name the service reads, without values`, `list the secret names only`).
 */
const NAMES_ONLY =
  /^[^.!?]{0,40}?\bnames?\b(?:[^.!?]{0,60}?\b(?:without|not|no|never|but not|minus) (?:their |the |any |its )?values?\b| only\b)/;
/** An order in the same sentence to send or post what was listed. */
const SENT_ON = /\b(?:send|post|upload|paste|publish|e-?mail|mail|forward|share|curl|wget)\b/;

/** Whether the sentence after `end` asks for names only, and sends nothing on. */
function namesOnly(text: string, end: number, e: number): boolean {
  const after = unquoted(text.slice(end, Math.max(end, e)).toLowerCase());
  return NAMES_ONLY.test(after) && !SENT_ON.test(after);
}

/**
 * A description of what existing code does, then an order to replace or remove it: `Our script
 * does exec(requests.get(url).text). Replace it with a pinned package.`
 */
const DESCRIBED =
  /\b(?:our|my|the|this|their|a|an) (?:[\w-]+ ){0,2}[\w-]+ (?:does|calls|uses|runs|has|contains|ran|did|used to|still)\b[^.!?]{0,40}$/;
const REPLACED_NEXT =
  /^\s*(?:please )?(?:replace|rewrite|refactor|remove|rip out|get rid of|swap out|migrate off|drop) (?:it|this|that|them|the call|this call|that call|those calls|the line|that line)\b/;

/**
 * A sentence that asks what the thing shown next is or does, or asks for it to be explained or
 * reviewed (`What does this do?`, `Can you explain what this crontab line does?`, `Review this
 * Dockerfile:`): it names the thing as what follows and ends in `?` or `:`.
 */
const ABOUT_NEXT =
  /\b(?:this|these|the following|the below|below)(?: (?:[\w']+ ){0,2}(?:line|lines|command|commands|snippet|code|script|entry|entries|query|statement|one|file|dockerfile|makefile|workflow|config|step|job|payload|string|output|macro|delete|update|migration|cron|crontab|function|attachment|task|tasks|block|rule))?\b[^.!?]{0,40}$/;
/** What the thing is said to do to a system, after it: a consequence warned of. */
const WARNED_AFTER =
  /^[`'"]?\s*(?:\S+\s+){0,5}?(?:will|would|can|could|might|may|is going to)\s+(?:\w+\s+)?(?:break|destroy|wipe|erase|brick|delete|damage|ruin|kill|corrupt|nuke|trash|remove|lock you out)\b/;
/** Words right before the thing that lead into such a warning (`running`, `typing`). */
const WARNED_BEFORE = /\b(?:running|executing|typing|pasting|doing|using|calling)\s*[`'"]?$/;
/** Someone's output, log or history quoted before the thing (`The log shows: "…`). */
const QUOTED_OUTPUT =
  /\b(?:the|this|our|my|their|his|her)\s+(?:\w+\s+)?(?:log|logs|output|error|stack ?trace|trace|alert|history|transcript|console|stderr|stdout)\s+(?:shows?|showed|says?|said|reads?|read|contains?|has|had|printed|prints|reports?|reported)\b/;
/** A finding a report, scan or audit made (`Our pentest report found that`). */
const REPORTED_FINDING =
  /\b(?:report|reports|scan|scans|scanner|audit|audits|pentest|assessment|review|finding|test|tests|check|checks|auditor|auditors|pentesters?|edr|xdr|siem|antivirus|defender|soc|ids|sensor|alert)\s+(?:found|find|finds|showed|shows|flagged|flags|revealed|reveals|noted|identified|discovered|caught|detected|blocked)(?: that)?\s+[^.!?]{0,40}$/;
/** Writing or planning the fix for what was found. */
/** A leak told in the past, right after the thing (`… got committed to a public repo`). */
const LEAK_TOLD =
  /^\S{0,40}\s+(?:file |files |values? )?(?:got|was|were|has been|had been|have been) (?:accidentally |briefly |mistakenly |just |once )?(?:committed|pushed|published|posted|leaked|exposed|pasted|shared|uploaded|printed|logged)\b/;
/** What cleans a leak up. */
const CLEAN_UP = /\b(?:rotate|rotating|revoke|revoking|invalidate|purge|scrub|reset|regenerate|replace|roll)\b/;
/** A requester's need stated before the thing (`I need to share …`, `we have to send …`). */
const NEED = /\b(?:i|we) (?:need|have|want|must) to (?:[\w-]+ ){0,3}$/;
/** A question for the safe way of doing it. */
const SAFE_WAY =
  /\b(?:what(?:'s| is| would be) (?:a|the) (?:safe|safer|safest|secure|securest|proper|right|best|recommended) (?:way|method|practice|option)|how (?:do|can|should) (?:i|we) (?:do (?:it|this|that) )?(?:safely|securely)|best practices?)\b/;
const COVERT_WAY =
  /\b(?:unnoticed|undetected|without (?:anyone|them|him|her|it) (?:knowing|noticing|seeing)|quietly|secretly|covertly)\b/;

/** Whether the rest of the sentence or the next one asks for the safe way, and not a covert one. */
function safeWayAsked(text: string, end: number, e: number): boolean {
  const rest = text.slice(end, Math.min(text.length, e + NEXT_REACH)).toLowerCase();
  return SAFE_WAY.test(rest) && !COVERT_WAY.test(rest);
}

const REMEDIATE =
  /\b(?:draft|write|document|summari[sz]e|explain|describe|decode|deobfuscate|analy[sz]e|investigate|triage|replac\w*|safer?|alternative|remediat\w*|mitigat\w*|harden\w*|recommend\w*|fix(?:es|ed)? for)\b/;
/** A question about what was quoted, later in the sentence (`— why would the job do that?`). */
const ASKED_AFTER = /(?:^|[\s,;:—–-])(?:why|what|how|is|was|does|did|should|could|can)\b[^.!]*\?\s*$/;

/**
 * Whether the sentence that ends at or before `from` asks about the thing after it (`What does this
 * do? rm -rf /`, `Review this Dockerfile: RUN curl … | bash; is there a safer pattern?`): a
 * question about it or a request to explain or review it, ending in `?` or `:` right before it.
 * A review ending in `:` counts only when the thing's own sentence ends in a question, and
 * nothing up to `to` orders a run.
 */
function aboutNext(text: string, from: number, to: number): boolean {
  let k = from;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  const mark = text.charCodeAt(k);
  if (mark !== 63 && mark !== 58) return false;
  const ps = sentenceStart(text, k);
  const prev = unquoted(text.slice(ps, k).toLowerCase()).trimStart();
  const told = prev.replace(NOT_RUN, ' ');
  if (!ABOUT_NEXT.test(prev) || RUN_BETWEEN.test(told.replace(THEIR_RUN, ' '))) return false;
  const rest = unquoted(text.slice(k + 1, to).toLowerCase());
  if (THEN_RUN.test(rest)) return false;
  if (mark === 63) return ACTION_OPENER.test(prev) || EXPLAIN_OPENER.test(prev);
  // `Explain what this macro would do, without running it:` and `Add a WHERE clause to this
  // delete:` say themselves that what follows is read or rewritten, not run.
  if (REWRITE_OPENER.test(prev)) return true;
  if ((REVIEW_OPENER.test(prev) || EXPLAIN_OPENER.test(prev) || DECODE_OPENER.test(prev)) && told !== prev) return true;
  return (REVIEW_OPENER.test(prev) || EXPLAIN_OPENER.test(prev)) && text.charCodeAt(sentenceEnd(text, to) - 1) === 63;
}

/** A run denied in words (`without running it`, `don't execute anything`, `do not run this`). */
const NOT_RUN =
  /\b(?:without|don't|dont|do not|never|not|no need to) (?:actually |ever )?(?:run(?:ning)?|execut(?:e|ing)|launch(?:ing)?|invok(?:e|ing))(?: (?:it|this|that|them|anything|the \w+))?\b/g;

/**
 * A request to make what follows safe, which is a rewrite of it, not a run: `Add a WHERE clause to
 * this delete:`, `Make this migration idempotent:`, `Rewrite this script so it asks first:`.
 */
const REWRITE_OPENER =
  /^(?:(?:can|could|would) you (?:please )?|please )?(?:add (?:a |an )?(?:where(?: clause)?|limit|filter|guard|condition|confirmation(?: prompt)?|dry[- ]run(?: flag| mode)?|check|backup step|transaction)\b|make (?:this|it|these|the following) (?:\w+ )?(?:safe|safer|idempotent|reversible)\b|(?:rewrite|refactor|fix|harden) (?:this|these|the following)\b[^:]{0,60}\b(?:safe|safer|so (?:it|that)|only|instead)\b)/;

/**
 * A run the question asks about, by someone other than the requester (`why do ransomware strains
 * run it?`, `when would an admin execute that?`): no order to run.
 */
const ASKED_RUN =
  /\b(?:why|when|how often|where) (?:do|does|did|would|might|should|could|is|are|was|were) (?!(?:i|we|you|u|me)\b)(?:[\w'-]+ ){1,4}?(?:run|runs|running|execute|executes|executing|do|does|apply|applies|try|tries|perform|performs) (?:it|this|that|them)\b[^.!]{0,40}\?/g;

/** A check that fails or blocks every step, job or commit of the kind that follows, right before the thing. */
const FAILS_ANY =
  /\b(?:fails?|failing|blocks?|blocking|rejects?|rejecting|flags?|flagging) (?:any|every|each) (?:[\w-]+ )?(?:pr|pull request|commit|push|merge|build|step|job|stage|workflow|pipeline|task|line|script|file)s? $/;
/** A sentence that opens with the requester's own run still to come (`Before I run …`). */
const PRE_RUN =
  /^(?:(?:so|ok|okay|hi|hey),?\s+)?before (?:i|we) (?:actually )?(?:run|execute|install|pipe|paste|try|use)\b/;
/** What is asked for before that run: the thing fetched, read, checked or explained. */
const INSPECT_AFTER =
  /^[^.!?]{0,60}?[,;:]\s*(?:(?:can|could|would) you (?:please )?|please |let me |i want to |help me |first,? )?(?:download|save|fetch|inspect|check|review|read|verify|audit|walk me through|explain|show me|tell me|go through|look at|look over)\b/;

/** How many lines of a block are read back for the header that asks about it. */
const HEADER_LINES = 8;

/**
 * Whether the line that starts at `s` belongs to a block of lines under a header that asks about
 * it (`Explain what this macro would do, without running it:` and then the macro's lines): the
 * lines between are read back, at most {@link HEADER_LINES} and {@link REACH} characters, to the
 * first one that ends in `:` or `?`, which {@link aboutNext} must accept.
 */
function underHeader(text: string, s: number, to: number): boolean {
  let nl = s - 1;
  for (let n = 0; n < HEADER_LINES && nl > 0 && s - nl < REACH; n++) {
    if (text.charCodeAt(nl) !== 10) return false;
    let k = nl - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
    if (k < 0) return false;
    const mark = text.charCodeAt(k);
    if (mark === 58 || mark === 63) {
      const between = unquoted(text.slice(k + 1, s).toLowerCase()).replace(NOT_RUN, ' ');
      return !RUN_BETWEEN.test(between.replace(THEIR_RUN, ' ')) && aboutNext(text, k, to);
    }
    nl = lineStart(text, k) - 1;
  }
  return false;
}

/** A request to review or explain what follows (`Review this Dockerfile:`, `Can you check this script:`). */
const REVIEW_OPENER =
  /^(?:(?:can|could|would) you (?:please )?|please )?(?:review|check|audit|look at|look over|read|critique|explain|describe)\b/;

/**
 * Whether the span `start`–`end` of content an agent may run is only named, not ordered: the
 * sentence opens with a question about what it does or whether it is safe (and ends in `?`), or
 * with a request for an explanation; the words right before it name it as what to avoid or
 * replace; the sentence writes a detection for it; it is the quoted operand of a match in a query
 * or rule language, or a string of a YARA rule; or the sentence says where it was seen and the
 * next asks what it does. An order to run it after it, or between the frame's words and it, keeps
 * it an order. Stricter than {@link inMentionFrame}: "how do I", "why not" and a bare warning
 * earlier in the sentence are not frames here.
 */
export function inActionMentionFrame(text: string, start: number, end: number, rule?: CompiledRule): boolean {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  if (orderedNext(text, Math.max(e, end))) return false;
  const before = unquoted(text.slice(s, start).toLowerCase());
  // What comes between the frame and the thing: nothing, a cron schedule, or one word of the file's
  // own syntax (`RUN`, `$`).
  if (!/[a-z]{2}/.test(before) && aboutNext(text, s - 1, Math.max(e, end))) return true;
  // `Review this Dockerfile: RUN curl … | bash - ; is there a safer pattern?`: the frame ends at a
  // colon earlier in the sentence, and the question closes it.
  const colon = text.slice(s, start).search(/:\s/);
  if (colon > 0 && aboutNext(text, s + colon, Math.max(e, end))) return true;
  if (underHeader(text, s, Math.max(e, end))) return true;
  if (before.trim() === '') {
    // A finding reported over its whole sentence or line: the first sentence is the frame, and
    // nothing after it may order a run.
    if (RULE_SYNTAX.test(text.slice(s, Math.max(e, end)))) return true;
    const f = Math.min(sentenceEnd(text, s + 1), Math.max(e, end));
    const lead = unquoted(text.slice(s, f).toLowerCase()).trimStart();
    const rest = unquoted(text.slice(f, Math.max(e, end)).toLowerCase());
    if (THEN_RUN.test(rest) || RUN_BETWEEN.test(rest.replace(THEIR_RUN, ' '))) return false;
    if (rule !== undefined && !COMMAND_CATEGORIES.has(rule.category) && VALUE_OPENER.test(lead)) return false;
    return (
      ((ACTION_OPENER.test(lead) || SAFE_HOWTO.test(lead)) && text.charCodeAt(f - 1) === 63) ||
      (SEEN.test(lead) && askedNext(text, f)) ||
      audited(unquoted(text.slice(s, f).toLowerCase()), lead, rule) ||
      (EXPLAIN_OPENER.test(lead) && !RUN_BETWEEN.test(lead.replace(THEIR_RUN, ' '))) ||
      (FOREIGN_EXPLAIN.test(lead) &&
        !FOREIGN_RUN.test(text.slice(s, Math.min(text.length, Math.max(e, end) + NEXT_REACH)).toLowerCase()) &&
        !RUN_BETWEEN.test(lead.replace(NOT_RUN, ' ').replace(THEIR_RUN, ' ')))
    );
  }
  // `running \`chmod -R 777 /\` will break your system`: a consequence warned of.
  if (
    WARNED_BEFORE.test(before) &&
    WARNED_AFTER.test(text.slice(end, Math.min(e, end + 80)).toLowerCase()) &&
    !RUN_BETWEEN.test(before.slice(0, -12).replace(THEIR_RUN, ' '))
  )
    return true;
  // `Our pentest report found that /etc/shadow was world-readable; draft the remediation section.`
  if (
    REPORTED_FINDING.test(before) &&
    REMEDIATE.test(text.slice(end, Math.min(text.length, e + NEXT_REACH)).toLowerCase()) &&
    !RUN_BETWEEN.test(before.replace(THEIR_RUN, ' '))
  )
    return true;
  // `Our .env got committed to a public repo for ten minutes. Checklist: rotate every value …`: a
  // leak told, with its clean-up asked for.
  if (
    LEAK_TOLD.test(text.slice(end, Math.min(text.length, end + 60)).toLowerCase()) &&
    CLEAN_UP.test(text.slice(end, Math.min(text.length, e + NEXT_REACH)).toLowerCase())
  )
    return true;
  // `I need to share the staging DB password with a new teammate. What's a safe way?`: the safe
  // practice asked for, not the act.
  if (NEED.test(before) && safeWayAsked(text, end, e)) return true;
  // `The log shows: "… rm -rf … " — why would the cleanup job do that?`
  if (QUOTED_OUTPUT.test(before)) {
    // The question follows the quote's close, which a reader's span may run past.
    const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('\u201c'));
    const close = open < 0 ? -1 : text.slice(start, e).search(/["\u201d]/);
    const after = text.slice(close < 0 ? end : start + close + 1, e).toLowerCase();
    if (ASKED_AFTER.test(after) && !RUN_BETWEEN.test(unquoted(after).replace(THEIR_RUN, ' '))) return true;
  }
  if (happened(text, s, end, e, before)) return true;
  if (reportedRun(text, end, e, before)) return true;
  if (rule?.category === 'credential-exfiltration' && namesOnly(text, end, e)) return true;
  if (DESCRIBED.test(before) && REPLACED_NEXT.test(text.slice(e, e + 80).toLowerCase())) return true;
  // `Rewrite our CI step \`curl | bash\` into: download, verify, run`: the thing is what a rewrite replaces.
  if (rewritten(text, s, start, end)) return true;
  const avoid = AVOID.exec(before.slice(-80));
  if (avoid !== null && !RUN_BETWEEN.test(avoid[1] ?? '') && !REPLACEMENT.test(avoid[1] ?? '')) return true;
  if (THEN_RUN.test(unquoted(text.slice(end, e).toLowerCase()).replace(ASKED_RUN, ' '))) return false;
  const lead = before.trimStart();
  const asksValue = rule !== undefined && !COMMAND_CATEGORIES.has(rule.category) && VALUE_OPENER.test(lead);
  if (!asksValue && (ACTION_OPENER.test(lead) || SAFE_HOWTO.test(lead)) && text.charCodeAt(e - 1) === 63) return true;
  if (!asksValue && EXPLAIN_OPENER.test(lead) && !RUN_BETWEEN.test(lead.replace(NOT_RUN, ' ').replace(THEIR_RUN, ' ')))
    return true;
  // `Explique-moi ce que fait la commande … et pourquoi les malwares l'utilisent.`
  if (
    !asksValue &&
    FOREIGN_EXPLAIN.test(lead) &&
    !FOREIGN_RUN.test(text.slice(s, Math.min(text.length, e + NEXT_REACH)).toLowerCase()) &&
    !RUN_BETWEEN.test(lead.replace(NOT_RUN, ' ').replace(THEIR_RUN, ' '))
  )
    return true;
  // `Before I run \`curl … | sh\`, can you download it to a file and walk me through it?`
  if (PRE_RUN.test(lead)) {
    const after = unquoted(text.slice(end, e).toLowerCase()).replace(NOT_RUN, ' ');
    if (
      INSPECT_AFTER.test(after) &&
      !THEN_RUN.test(after) &&
      !/\b(?:and|then) (?:then )?(?:run|execute|pipe)\b/.test(after)
    )
      return true;
  }
  if (matchOperand(text, start, end)) return true;
  if (RULE_SYNTAX.test(text.slice(s, e))) return true;
  if (SEEN.test(before) && askedNext(text, Math.min(e, sentenceEnd(text, start)))) return true;
  if (audited(unquoted(text.slice(s, e).toLowerCase()), lead, rule)) return true;
  // `a validator that fails any step piping curl into bash`: the thing is what the check fails.
  if (FAILS_ANY.test(before) && !RUN_BETWEEN.test(before.replace(THEIR_RUN, ' '))) return true;
  const d = DETECT.exec(before) ?? guardOf(before);
  return (
    d !== null &&
    !FOREIGN_THEN_RUN.test(text.slice(s, Math.min(text.length, e + NEXT_REACH)).toLowerCase()) &&
    !TAMPER.test(before.slice(0, d.index)) &&
    !RUN_BETWEEN.test(before.slice(d.index).replace(THEIR_RUN, ' '))
  );
}

/** How far apart two mentions may be and still share a paragraph's one count. */
const PARAGRAPH_REACH = 600;

/** Whether hits `a` and `b` lie in one paragraph (no blank line between them), near each other. */
function sameParagraph(text: string, a: Hit, b: Hit): boolean {
  const lo = Math.min(a.start, b.start);
  const hi = Math.max(a.end, b.end);
  if (hi - lo > PARAGRAPH_REACH) return false;
  return !/\n[ \t\r]*\n/.test(text.slice(lo, hi));
}

/** The twin of a demoted rule whose occurrences sit inside one already counted: `low`, no risk. */
const echoed = new WeakMap<CompiledRule, CompiledRule>();

function echoTwin(rule: CompiledRule): CompiledRule {
  let echo = echoed.get(rule);
  if (echo === undefined) {
    const low = lowTwin(rule);
    echo = Object.freeze({ ...low, risk: 0 }) as CompiledRule;
    echoed.set(rule, echo);
  }
  return echo;
}

/** Characters that render as nothing: a frame read through them is not the frame a reader sees. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** A letter drawn to pass for an ASCII one: a look-alike of another script, fullwidth, mathematical or styled. */
function lookalike(cp: number): boolean {
  if ((cp >= 0xff21 && cp <= 0xff5a) || (cp >= 0x1d400 && cp <= 0x1d7ff) || styledLetter(cp) !== undefined) return true;
  const lower = String.fromCodePoint(cp).toLowerCase().codePointAt(0) as number;
  const twin = confusable(lower);
  return twin !== undefined && twin >= 'a' && twin <= 'z';
}

/**
 * Whether `sentence` spells a word with ASCII letters and look-alikes mixed (`disаble` with a
 * Cyrillic `а`). Real words of other scripts keep to their own letters; accented Latin letters
 * are not look-alikes. O(sentence).
 */
function disguised(sentence: string): boolean {
  if (!NON_ASCII.test(sentence)) return false;
  let ascii = false;
  let other = false;
  for (let i = 0; i < sentence.length; ) {
    const cp = sentence.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) ascii = true;
    else if (cp >= 0x80 && lookalike(cp)) other = true;
    else if (cp < 0x80 || !LETTER.test(String.fromCodePoint(cp))) {
      ascii = false;
      other = false;
      continue;
    }
    if (ascii && other) return true;
  }
  return false;
}
const NON_ASCII = /[^\t-~]/;
const LETTER = /\p{L}/u;

/**
 * Whether the sentence around `start`–`end` hides characters or disguises its letters: its words
 * are read by the frames as written, so `di\u200dsable the alerts` or `disаble the alerts` (a
 * Cyrillic `а`) would pass for a detection frame. No frame excuses a sentence that hides what it
 * says.
 */
function hidden(text: string, start: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end));
  return INVISIBLE.test(sentence) || disguised(sentence);
}

/**
 * Settings an owner makes on a machine of their own: a hosts entry, a sysctl or config file, a
 * scheduled job of their own, a shell profile, a reboot. Never a defence turned off, an account,
 * a key or a privilege, which stay what they are wherever they are made.
 */
const OWN_SETTINGS: ReadonlySet<string> = new Set([
  'system.hosts-file-edit',
  'system.config-file-edit',
  'system.config-file-write',
  'shell.cron-persist',
  'shell.systemd-persist',
  'shell.launchd-persist',
  'shell.rc-write',
  'shell.shutdown',
  // A program of one's own started at boot; never a download, a remote shell or a miner (see
  // `PERSISTED_UNREVIEWED`).
  'rce.persistence-request',
]);
/** What a start-by-itself entry must not start, even on one's own machine. */
const PERSISTED_UNREVIEWED =
  /\/tmp\/|\/dev\/shm|\/var\/tmp|\bcurl\b|\bwget\b|https?:\/\/|\bnc\b|netcat|reverse shell|\bminer\b|xmrig|backdoor|\bbeacon\b|payload|implant|hidden|hide|stealth|silent/;
/** Words that place a change on the requester's own machine. */
const OWN_MACHINE =
  /\b(?:my own|(?:on|to|in|of) my (?:(?:own|personal|home|dev|development|spare|old|new|work) )?(?:laptop|desktop|pc|mac|macbook|imac|workstation|dev box|box|machine|computer|raspberry pi|pi|nas|home server|homelab|vm|fedora vm|ubuntu vm|linux box|gaming pc|mini pc|thinkpad))\b/;
/** Words that say the machine is kept, shared or someone else's, which no own-machine word overrides. */
const NOT_OWN =
  /\b(?:prod|production|live|shared|company|corporate|office|customers?|clients?|school|employer'?s?|work(?:place)?'?s? (?:server|network)|everyone|all (?:the )?(?:machines|computers|hosts|laptops)|(?:sister|brother|wife|husband|partner|mom|mum|dad|friend|roommate|colleague|coworker|boss|neighbou?r|kid|son|daughter)'?s|his|her|their|someone else'?s|victim'?s?|target'?s?)\b/;

/** Findings of a message sent to many people, which a consented audience makes routine mail. */
const AUDIENCE_RULES: ReadonlySet<string> = new Set(['spam.mass-messaging', 'privacy.bulk-personal-data']);
/** A send verb, the reading of `privacy.bulk-personal-data` that is a message rather than an export. */
const SEND_EVIDENCE = /^(?:send|sends|sending|email|emails|emailing|mail|message|text|texts|texting|sms|notify|post)$/;
/**
 * Words that say the recipients asked for the message, or that it is one they must get: they
 * opted in, subscribed, signed up, registered or asked; it is a transactional or service notice.
 */
const CONSENTED =
  /\b(?:opted[- ]in|opt-in|double[- ]opt[- ]in|subscribers?|subscribed|signed up|sign-?ups?|registered|registrants|attendees|waitlist|wait list|members who|who (?:asked|requested|enabled|turned on|agreed|consented|chose|confirmed)|with (?:their )?consent|consented|transactional|service (?:notices?|announcements?|updates?|messages?)|maintenance (?:notices?|windows?)|outage|order (?:confirmations?|status)|receipts?)\b/;
/**
 * The recipients' own act of asking for this message: a button that asks to be told (`clicked
 * 'notify me'`, `tapped remind me`), an alert or reminder they set up (`set a price alert`,
 * `turned on restock notifications`), a request to be told (`asked to be notified`), an RSVP, or
 * the list such acts fill (`the back-in-stock requests`, `the notify-me list`).
 */
const ASKED_FOR =
  /\b(?:(?:clicked|click|tapped|tap|pressed|hit|selected|ticked|checked|used)(?: on)? (?:the |a |our |that )?[`'"\u2018\u201c]?(?:notify me|remind me|alert me|email me|text me|message me|ping me|keep me (?:posted|updated|informed)|let me know|tell me when|get notified|get (?:an? )?(?:alert|reminder|email|text|update)s?|notify|subscribe|sign me up|count me in|i'?m interested|rsvp|join (?:the )?(?:wait ?list|list))|(?:set|set up|created|turned on|switched on|enabled|requested|signed up for|subscribed to|opted into|asked for) (?:an? |the |their |his |her )?(?:[\w-]+ ){0,3}?(?:alerts?|reminders?|notifications?|updates?)|(?:who|that) (?:asked|wanted|want|requested|chose|signed up) (?:us )?to be (?:notified|reminded|told|updated|emailed|texted|alerted|kept (?:posted|informed|updated))|rsvp'?e?d|rsvps|(?:back[- ]in[- ]stock|restock|price[- ]drop|price|stock|availability|notify[- ]me|waitlist) (?:alert |notification |reminder )?(?:requests|request list|sign-?ups|subscribers|list))\b/;
/** Words that deny the consent or make the send abuse, which no consent word overrides. */
const NOT_CONSENTED =
  /\b(?:bought|buy|purchased|scraped|scrape|harvested|rented|data broker|lead lists?|cold|unsubscribed|opted[- ]out|without (?:their |any )?(?:consent|permission|asking|opt)|(?:nobody|no one|none of them|never|not|didn'?t|did not|hasn'?t|haven'?t) (?:\w+ )?(?:opted|consented|subscribed|signed|asked|agreed)|hide|hidden|remove the unsubscribe|no unsubscribe|spoof\w*|fake|bots?|competitor'?s?|flood|every (?:post|follower|thread|forum)|followers of|\d{1,3}(?:,\d{3}){2,}|\d{5,}|thousands|millions?)\b/;

/**
 * Whether the message at `start`–`end` goes to people who asked for it: the sentence (with the one
 * after it) names a consented audience or a transactional notice, and nothing that buys, scrapes,
 * hides the opt-out or floods.
 */
function toConsentedAudience(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  const span = text.slice(s, Math.min(text.length, sentenceEnd(text, Math.min(text.length, e + 1)))).toLowerCase();
  return (CONSENTED.test(span) || ASKED_FOR.test(span)) && !NOT_CONSENTED.test(span);
}

/**
 * A secret read from the store made to hold it (a secrets manager, a vault, a keychain): the way a
 * program is meant to get it, unless the sentence prints, logs, sends or commits what it read.
 */
const FROM_SECRET_STORE =
  /\bfrom (?:the |our |an? |my )?(?:aws secrets manager|secrets manager|secret manager|gcp secret manager|azure key vault|key ?vault|hashicorp vault|vault|ssm parameter store|parameter store|ssm|keychain|keyring|credential manager|1password|bitwarden|doppler|infisical|sealed secrets?|kubernetes secrets?|external secrets?)\b/;
const SECRET_LEAKED =
  /\b(?:print|prints|printing|echo|echoes|log|logs|logging|display|displays|show (?:it|them|the (?:value|password|secret|token|key))|send|sends|post|posts|upload|uploads|paste|email|e-mail|mail|share|forward|expose|dump|export|commit|push|curl|wget|write (?:it|them) to|save (?:it|them) to|plain ?text)\b/;

/** Whether the secret read at `start`–`end` comes from a secret store and goes nowhere else. */
function fromSecretStore(text: string, start: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end)).toLowerCase();
  const rest = sentence.replace(/^(?:(?:please |can you |could you )?show me how|show me)\b/, ' ');
  return FROM_SECRET_STORE.test(sentence) && !SECRET_LEAKED.test(rest);
}

/** Quote marks that open or close a quoted phrase. */
const QUOTE_MARKS = new Set([0x22, 0x27, 0x60, 0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb]);
/** Nouns after a quoted phrase that name it as a kind of attack or an example (`'…' attacks`). */
const EXAMPLE_AFTER =
  /^\s*(?:attacks?|attempts?|payloads?|prompts?|injections?|jailbreaks?|phrases?|strings?|examples?|patterns?|variants?|style|tricks?|messages?|inputs?)\b/;
/** Someone else's request to a bot, reported right before the quoted phrase (`a user asked our chatbot to '…'`). */
const ASKED_BOT =
  /\b(?:someone|somebody|a user|the user|users|a customer|customers|a visitor|an attacker|attackers|people|a student|a tester|a caller)(?: [a-z]+){0,2}? (?:asked|asks|told|tells|instructed|instructs|kept asking|keeps asking|tried to get|tries to get) (?:(?:our|the|my|your|a|an|their) )?(?:[\w-]+ ){0,2}?(?:to )?$/;
/** What is asked next about such a request: how to handle it. */
const HANDLED_NEXT =
  /\b(?:log|logs|logging|flag|flags|flagging|detect|detects|detecting|block|blocks|blocking|catch|catches|filter|alert|report|handle|respond to|refuse|reject|monitor|track)\b/;
/** An attempt described, not made (`inputs that try to override instructions`). */
const ATTEMPT_DESCRIBED =
  /\b(?:inputs?|messages?|prompts?|payloads?|strings?|texts?|emails?|documents?|pages?|requests?|users?|attackers?|people|someone|anyone|attempts?|cases?)(?: [a-z]+)? (?:that|which|who) (?:try|tries|tried|attempt|attempts|attempted) to $/;

/**
 * Whether the prompt-injection finding at `start`–`end` only names the phrase: quoted and named as
 * an attack or an example right after its closing quote (`'ignore previous instructions' attacks`),
 * quoted as someone else's request to a bot that the next sentence asks how to handle, described
 * as what inputs try to do, or denied by `without` (`without breaking any rules`).
 */
function injectionNamed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start).toLowerCase();
  if (ATTEMPT_DESCRIBED.test(before)) return true;
  if (/\bwithout $/.test(before) && /^[a-z]+ing\b/i.test(text.slice(start, end))) return true;
  let q = start - 1;
  while (q >= 0 && text.charCodeAt(q) === 32) q--;
  if (q < 0 || !QUOTE_MARKS.has(text.charCodeAt(q))) return false;
  let close = end;
  while (close < text.length && close < end + 120 && !QUOTE_MARKS.has(text.charCodeAt(close))) {
    if (text.charCodeAt(close) === 10) return false;
    close++;
  }
  if (close >= text.length || !QUOTE_MARKS.has(text.charCodeAt(close))) return false;
  const after = text.slice(close + 1, Math.min(text.length, close + 40)).toLowerCase();
  if (EXAMPLE_AFTER.test(after)) return true;
  if (!ASKED_BOT.test(before.slice(0, before.length - (start - q)))) return false;
  // The next sentence asks how to handle it, and gives no order to comply.
  const e = sentenceEnd(text, close + 1);
  const next = text.slice(e, Math.min(text.length, sentenceEnd(text, Math.min(text.length, e + 1)))).toLowerCase();
  return HANDLED_NEXT.test(next) && !/\b(?:comply|obey|do (?:it|that|what)|follow (?:it|that))\b/.test(next);
}

/** Rules lowered as a message to a consented audience. */
const audienceLowered = new WeakMap<CompiledRule, CompiledRule>();
const audienceTwin = (rule: CompiledRule): CompiledRule =>
  loweredTwin(audienceLowered, rule, 'sent to people who asked for it');

/** Rules lowered as a secret read from its store. */
const storeLowered = new WeakMap<CompiledRule, CompiledRule>();
const storeTwin = (rule: CompiledRule): CompiledRule => loweredTwin(storeLowered, rule, 'read from a secret store');

/** Whether the sentence around `start`–`end` places the change on the requester's own machine. */
function onOwnMachine(text: string, start: number, end: number, rule?: CompiledRule): boolean {
  const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end)).toLowerCase();
  if (rule?.id === 'rce.persistence-request' && PERSISTED_UNREVIEWED.test(sentence)) return false;
  return OWN_MACHINE.test(sentence) && !NOT_OWN.test(sentence);
}

/**
 * The `low` twin of `rule`, its description ending in `why`, kept in `cache`: rules are immutable,
 * so one twin per rule serves the whole process.
 */
function loweredTwin(cache: WeakMap<CompiledRule, CompiledRule>, rule: CompiledRule, why: string): CompiledRule {
  let low = cache.get(rule);
  if (low === undefined) {
    const description = `${rule.description} (${why})`;
    low = Object.freeze({
      ...rule,
      severity: 'low',
      risk: RISK.low,
      rank: 0,
      description,
      rule: Object.freeze({ ...rule.rule, severity: 'low', description }),
    }) as CompiledRule;
    cache.set(rule, low);
  }
  return low;
}

/** Rules lowered as a setting of one's own machine. */
const ownLowered = new WeakMap<CompiledRule, CompiledRule>();
const ownTwin = (rule: CompiledRule): CompiledRule => loweredTwin(ownLowered, rule, "on the requester's own machine");

/** Rules lowered as only mentioned. */
const demoted = new WeakMap<CompiledRule, CompiledRule>();
const lowTwin = (rule: CompiledRule): CompiledRule => loweredTwin(demoted, rule, 'only mentioned in a message');

/**
 * The analysis of a message with every command finding that is only mentioned (each of its
 * occurrences inside a mention frame) counted as `low`. Unchanged when some occurrences were not
 * listed (over `maxMatches`): a rule is demoted only when every occurrence was seen.
 */
export function demoteMentions(analysis: Analysis, text: string, message = true): Analysis {
  if (analysis.rules.length === 0 || analysis.total > analysis.hits.length) return analysis;

  const verdicts = new Map<CompiledRule, boolean>();
  // Rules whose every occurrence is a setting of the requester's own machine.
  const owned = new Set<CompiledRule>();
  // Rules whose every occurrence is a message to a consented audience.
  const consented = new Set<CompiledRule>();
  // Rules whose every occurrence reads a secret from a secret store.
  const fromStore = new Set<CompiledRule>();
  for (const h of analysis.hits) {
    const r = h.rule;
    if (r.severity === 'low' || verdicts.get(r) === false) continue;
    // A secret or a person's data quoted is still disclosed: only what would run is mentioned.
    const reader = COMMAND_READERS.test(r.id);
    const actionEligible = reader || (ACTION_CATEGORIES.has(r.category) && !VALUE_FINDINGS.test(r.id));
    const messageEligible = message && (reader || COMMAND_CATEGORIES.has(r.category));
    const own = OWN_SETTINGS.has(r.id) && r.severity !== 'critical' && onOwnMachine(text, h.start, h.end, r);
    if (own) owned.add(r);
    else owned.delete(r);
    const audience =
      AUDIENCE_RULES.has(r.id) &&
      r.severity !== 'critical' &&
      (r.id === 'spam.mass-messaging' || SEND_EVIDENCE.test(text.slice(h.start, h.end).toLowerCase())) &&
      toConsentedAudience(text, h.start, h.end);
    if (audience) consented.add(r);
    else consented.delete(r);
    const stored = r.id === 'secrets.read-secret-file' && fromSecretStore(text, h.start, h.end);
    const named =
      r.category === 'prompt-injection' && r.severity !== 'critical' && injectionNamed(text, h.start, h.end);
    if (stored) fromStore.add(r);
    else fromStore.delete(r);
    verdicts.set(
      r,
      !hidden(text, h.start, h.end) &&
        (own ||
          audience ||
          stored ||
          named ||
          (actionEligible && inActionMentionFrame(text, h.start, h.end, r)) ||
          (messageEligible && inMentionFrame(text, h.start, h.end))),
    );
  }
  let any = false;
  for (const v of verdicts.values()) any ||= v;
  if (!any) return analysis;
  // One thing mentioned lowers the score once, however many readers report it: a demoted rule
  // whose every occurrence lies inside an occurrence of a demoted rule already counted echoes it.
  const twins = new Map<CompiledRule, CompiledRule>();
  const counted: Hit[] = [];
  const widest = (r: CompiledRule): number => {
    let w = 0;
    for (const h of analysis.hits) if (h.rule === r && h.end - h.start > w) w = h.end - h.start;
    return w;
  };
  // The widest occurrences are counted first, so that the narrower ones inside them echo.
  const mentioned = [...verdicts.keys()]
    .filter((r) => verdicts.get(r) === true)
    .map((r) => ({ r, w: widest(r) }))
    .sort((a, b) => b.w - a.w || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))
    .map((x) => x.r);
  for (const r of mentioned) {
    const own = analysis.hits.filter((h) => h.rule === r);
    // Inside an occurrence already counted, or in the same paragraph as one: the things one
    // question or explanation names together lower the score once.
    const echo = own.every((h) =>
      counted.some((c) => (c.start <= h.start && h.end <= c.end) || sameParagraph(text, c, h)),
    );
    twins.set(
      r,
      echo
        ? echoTwin(r)
        : owned.has(r)
          ? ownTwin(r)
          : consented.has(r)
            ? audienceTwin(r)
            : fromStore.has(r)
              ? storeTwin(r)
              : lowTwin(r),
    );
    if (!echo) counted.push(...own);
  }
  const swap = (r: CompiledRule): CompiledRule => twins.get(r) ?? r;
  const moved = (h: Hit): Hit => (verdicts.get(h.rule) === true ? { ...h, rule: swap(h.rule) } : h);
  const rules: RuleHits[] = analysis.rules.map((rh) =>
    verdicts.get(rh.rule) === true
      ? { ...rh, rule: swap(rh.rule), first: rh.first === null ? null : moved(rh.first), spans: [] }
      : rh,
  );
  return { ...analysis, hits: analysis.hits.map(moved), rules };
}
