/**
 * The detectors' side of an analysis: runs every structural detector over each segment, turns
 * what they report into hits of per-finding rules (so the score, the reasons and the decision treat
 * a finding exactly like a rule match), rescans decoded payloads with the rule pack and the
 * detectors, and merges everything with the automaton's analysis.
 *
 * @internal Not part of the public API.
 */
import { foldUnicode } from '../text/index.js';
import { type Analysis, Analyzer, analyze, compareHits, type Hit, type RuleHits } from './_analyzer.js';
import { commentLayer, hiddenLayer, joinedPieces, proseOfData } from './_data-prose.js';
import { orderedCommands } from './_prose-commands.js';
import { type CompiledRule, RISK } from './_rule.js';
import type { Snapshot } from './_rule-index.js';
import { forEachSegment } from './_segments.js';
import { appended, expandParts, foldLiterals, otherDefinition, reassigned } from './_split-parts.js';
import { isTableRow, readTable, resolveBack, walksAndDeletes } from './detectors/_shell-plans.js';
import { typoReading } from './detectors/_typo-reading.js';
import type { Detector, FindingSink } from './detectors/types.js';
import type { Severity } from './types.js';

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };
/** Rescans nest at most this deep (a decoded payload inside a decoded payload). */
const MAX_DEPTH = 2;
/** Decoded code units rescanned per analysis, at most. */
const DECODED_BUDGET = 64 * 1024;
const MAX_EVIDENCE = 160;
/** The encoding detector's finding for an order to decode and act on a payload. */
const ORDER_TO_DECODE = 'encoding.decode-and-execute';
/** Definition lines carried to later lines, at most (the oldest is dropped first). */
const MAX_CARRIED = 8;
/** Longest definition line carried. */
const MAX_DEFINITION = 400;
/** Most a line may grow when its parts are put together and still be read whole by a line reader. */
const MAX_PART_GROWTH = 256;
/** Lines read again with the definitions they use, per analysis, at most. */
const MAX_JOINS = 8;
/** Longest request (code units) read again whole by {@link WHOLE_READERS}. */
const WHOLE_MAX = 1600;
/** A line that asks a question about something, not the reader to act (`Could you …?` does). */
const ASKS_ABOUT =
  /^[\s\u2014\u2013>*#-]*(?!(?:can|could|would|will)\s+you\b)(?:is|are|was|were|do|does|did|can|could|should|would|will|what|which|why|how|who|where|when)\b[^\n]*\?$/i;
/** Readers of behaviours whose parts may stand on separate lines; the learned scorer reads a split request whole too. */
const WHOLE_READERS: ReadonlySet<string> = new Set(['code', 'harmful', 'pii', 'injection', 'intent-model']);
/** Longest line read with its parts put together. */
const MAX_PART_LINE = 1200;
/** Readers of a request written as data, read as the words it carries. */
const DATA_READERS: ReadonlySet<string> = new Set([...WHOLE_READERS, 'concepts', 'controls']);
/** Spans settled per analysis, at most. */
const MAX_SETTLED = 16;

/**
 * A line that only defines a name: `k=$HOME/.ssh`, `set a=cert`, `x = "~/.aws/"`, `$u = '…'`,
 * after an optional short label or list marker. The value is one shell word (no space around
 * `=`) or one quoted string, so code lines that compute (`total = a + b`) are not carried.
 */
const DEFINITION =
  /^\s*(?:[-*•]\s+)?(?:(?:[-*•]|\d{1,2}[.)]|[\p{L}\d]{1,12}(?: [\p{L}\d]{1,12})?:)\s+)?(?:export\s+|set\s+|local\s+|let\s+|const\s+|var\s+|(?:part|piece|chunk|fragment|variable|string)\s+|\$)?([A-Za-z_]\w{0,31})(?:=([^\s'"=][^\s]*)|=(['"])(.*)\3|\s*=\s*[fF]?(['"])(.*)\5)\s*;?\s*$/u;
/** `export` before several definitions (`export A=1 B=2`). */
const MULTI_EXPORT = /^\s*export\s+[A-Za-z_]\w{0,31}=\S*\s+[A-Za-z_]\w{0,31}=/;
const EXPORT_LEAD = /^\s*export\s+/;
/** Between definitions on one line: a `;`, or spaces before the next `name=`. */
const DEFINITION_SPLIT = /;\s*|\s+(?=[A-Za-z_]\w{0,31}=)/;
/** Definitions read from one line, at most. */
const MAX_PER_LINE = 8;
/**
 * A line that downloads into a file (`wget -qO /tmp/s.sh URL`, `curl -o x.sh URL`): the file's
 * path is the name later lines use.
 */
const DOWNLOAD_TO =
  /\b(?:wget|curl)\b[^\n]{0,200}?\s-(?:[a-zA-Z]{0,6}[oO]|-output(?:-document)?)[\s=]+([^\s'";|&]{2,120})/;
/** A short label or list marker before a command ("First:", "Step 2:", "- "). */
const LEAD = /^\s*(?:[-*•]\s+)?(?:[-*•]|\d{1,2}[.)]|[\p{L}\d]{1,12}(?: [\p{L}\d]{1,12})?:)\s+/u;
/**
 * A variable set in a YAML map, as CI files set the environment (`  TARGET: /`, `  FLAGS: "-rf"`):
 * an indented name in capitals, a colon and one value.
 */
/** A cmd `set` whose value runs to the end of the line (`set b=name=* key=clear`). */
const CMD_SET = /^set\s+"?([A-Za-z_]\w{0,31})=([^"\n]{1,300}?)"?\s*$/i;
/** One SQL variable set to a literal (`p text := 'DROP ';`, `v_sql varchar(40) := 'x'`). */
const SQL_DEFINITION =
  /\b([A-Za-z_]\w{0,31})\s*(?:(?:text|varchar|character varying|char|nvarchar)(?:\s*\(\s*\d+\s*\))?\s*)?:=\s*'((?:[^']|''){0,200})'\s*;?/gi;
/** A line of nothing but such declarations, after an optional `DECLARE`. */
const SQL_DEFINITIONS =
  /^\s*(?:declare\s+)?(?:[A-Za-z_]\w{0,31}\s*(?:(?:text|varchar|character varying|char|nvarchar)(?:\s*\(\s*\d+\s*\))?\s*)?:=\s*'(?:[^']|''){0,200}'\s*;?\s*){1,8}$/i;
const YAML_VARIABLE = /^\s+([A-Z][A-Z0-9_]{0,31}):[ \t]+(?:(['"])(.*)\2|([^\s'"#][^\s#]*))[ \t]*$/;
/** An order to run before the variables a line uses (`run $a$b`, `now execute %x%`). */
const RUN_LEAD = /^(?:(?:now|then|and|so|just)\s+)?(?:run|execute|exec|eval)\s*:?\s+(?=[$%])/i;

/**
 * One rule per distinct finding (id, category, severity, description), shared process-wide: by id,
 * then by description, the few told apart by category and severity. Detectors pass constant
 * strings, whose hashes the engine keeps: two lookups cost a fraction of a key string built and
 * hashed per finding.
 */
const findingRules = new Map<string, Map<string, CompiledRule[]>>();
/** Rules in {@link findingRules}, at most {@link MAX_FINDING_RULES}. */
let findingRuleCount = 0;
const MAX_FINDING_RULES = 4096;

function findingRule(id: string, category: string, severity: Severity, description: string): CompiledRule {
  const byDescription = findingRules.get(id);
  const list = byDescription?.get(description);
  if (list !== undefined) {
    for (const r of list) if (r.category === category && r.severity === severity) return r;
  }
  const rule = Object.freeze({
    id,
    rule: Object.freeze({ id, patterns: Object.freeze([id]), category, severity, description }),
    category,
    severity,
    risk: RISK[severity],
    rank: RANK[severity],
    word: false,
    description,
    before: null,
    after: null,
    unless: null,
    within: 0,
    forms: Object.freeze([]),
    formPattern: Object.freeze([]),
    compactForms: Object.freeze([]),
    compactPattern: Object.freeze([]),
    addedAt: 0,
    removedAt: Number.POSITIVE_INFINITY,
    tier: 0,
  }) as CompiledRule;
  if (findingRuleCount < MAX_FINDING_RULES) {
    findingRuleCount++;
    if (list !== undefined) list.push(rule);
    else if (byDescription !== undefined) byDescription.set(description, [rule]);
    else findingRules.set(id, new Map([[description, [rule]]]));
  }
  return rule;
}

function clip(evidence: string): string {
  if (evidence.length <= MAX_EVIDENCE) return evidence;
  let cut = MAX_EVIDENCE - 1;
  // Never cut a surrogate pair in half.
  const c = evidence.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${evidence.slice(0, cut)}…`;
}

/** A code unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * The detectors a command ordered in prose is read by: those of commands, statements, code, secrets
 * and encodings. The readers of plain language already read the sentence it sits in.
 */
const COMMAND_READERS: ReadonlySet<string> = new Set([
  'shell',
  'windows',
  'persistence',
  'sql',
  'code',
  'encoding',
  'secrets',
  'exfiltration',
  'resources',
]);

/**
 * Collects findings for one analysis (or one stream). Reused across analyses through `reset`.
 */
export class Findings implements FindingSink {
  /** Every finding, in the order found (sorted when merged). */
  hits: Hit[] = [];
  private byRule = new Map<CompiledRule, RuleHits>();
  private base = 0;
  /** The segment the top-level reading is on. */
  private segment = '';
  private depth = 0;
  private budget = DECODED_BUDGET;
  /** While rescanning: the span of the outermost encoded payload, in the whole content. */
  private pinStart = 0;
  private pinEnd = 0;
  private prefix = '';
  private nested: Analyzer[] = [];
  /** While reading a segment's Unicode fold: the rules its plain reading already found. */
  private skip: Set<CompiledRule> | null = null;
  /** Earlier lines that define a name (a variable, a downloaded file), and the names. */
  private carried: string[] = [];
  private names: string[] = [];
  private values: string[] = [];
  private joins = MAX_JOINS;
  /** Lines read again with their parts put together (see {@link readParts}), left in this analysis. */
  private parts = MAX_JOINS;
  /**
   * The line just read with its parts put together, when that reading explained the line's finding
   * of a computed command (see {@link readParts}): the readings of several lines read it so.
   */
  private expanded: string | null = null;
  /** Step lines gathered since the list began (its introduction first), and their span. */
  private steps: string[] = [];
  private stepsAt = 0;
  private stepsEnd = 0;
  /** The last lines that were not steps (up to three, no blank between), which may introduce a list. */
  private intro: string[] = [];
  private introAt: number[] = [];
  /** Short lines of the current paragraph, its span, and how many end open (no closing mark). */
  private para: string[] = [];
  private paraAt = 0;
  private paraEnd = 0;
  private paraOpen = 0;
  /** The detectors that read a command (see {@link readOrdered}), picked from `detectors` once. */
  private commandDetectors: readonly Detector[] | null = null;
  /** The lines of a short request, kept to read it whole at the end (see {@link readWhole}). */
  private whole: string[] = [];
  private wholeLength = 0;
  private wholeEnd = 0;
  /** The detectors that read a behaviour from its parts (see {@link readWhole}), picked once. */
  private wholeDetectors: readonly Detector[] | null = null;
  /** The detectors that read data as prose (see {@link readWhole}), picked once. */
  private dataDetectors: readonly Detector[] | null = null;
  /** Spans settled in the reading of a segment through its slips, while it is read (see {@link settle}). */
  private readSettles: (string | number)[] | null = null;
  /**
   * The last line, when it held an SQL statement left open (no `;`) that its detector read as
   * changing every row: where its findings start in `hits`, where it starts in the content, and
   * its text (see {@link closeStatement}); -1 otherwise.
   */
  private openFrom = -1;
  private openAt = 0;
  private openText = '';
  /** A finding left to the segment's reading through its slips (see {@link unlessReadThroughSlips}). */
  private slipsPending: (() => void) | null = null;
  /** Where the segment being read in a second reading starts in that reading. */
  private readAt = 0;
  /** Spans settled by a detector (see {@link settle}): category, start, end, in triples. */
  private settled: (string | number)[] = [];

  constructor(
    private readonly detectors: readonly Detector[],
    private snap: Snapshot,
    private maxMatches: number,
  ) {}

  get empty(): boolean {
    return this.hits.length === 0;
  }

  reset(snap: Snapshot, maxMatches: number): void {
    this.snap = snap;
    this.maxMatches = maxMatches;
    if (this.hits.length > 0) this.hits = [];
    if (this.byRule.size > 0) this.byRule = new Map();
    this.base = 0;
    this.depth = 0;
    this.budget = DECODED_BUDGET;
    if (this.carried.length > 0) {
      this.carried = [];
      this.names = [];
      this.values = [];
    }
    this.joins = MAX_JOINS;
    this.parts = MAX_JOINS;
    this.expanded = null;
    if (this.settled.length > 0) this.settled = [];
    if (this.steps.length > 0) this.steps = [];
    if (this.para.length > 0) this.para = [];
    this.paraOpen = 0;
    if (this.whole.length > 0) this.whole = [];
    this.wholeLength = 0;
    this.wholeEnd = 0;
    this.openFrom = -1;
    if (this.intro.length > 0) {
      this.intro = [];
      this.introAt = [];
    }
  }

  /** Runs every detector over every segment of `text`, which starts at `offset` in the content. */
  scanText(text: string, offset = 0): void {
    if (this.detectors.length === 0) return;
    forEachSegment(text, (segment, start) => this.scanSegment(segment, offset + start));
  }

  /**
   * Runs every detector over one segment that starts at `offset` in the content; when the segment
   * has characters outside ASCII, also over its Unicode fold (`ｒｍ`, `r\u200bm` and Cyrillic
   * look-alikes read as `rm`), where what was not already found is reported over the whole
   * segment, its evidence prefixed with `unicode`.
   */
  scanSegment(segment: string, offset: number): void {
    if (segment.length === 0) {
      if (this.depth === 0) this.openFrom = -1;
      return;
    }
    const saved = this.base;
    this.base = offset;
    if (this.depth === 0) {
      this.segment = segment;
      if (this.openFrom >= 0) this.closeStatement(segment, offset);
    }
    const from = this.hits.length;
    for (const d of this.detectors) d.scan(segment, this);
    // A segment all in ASCII has no Unicode fold (a regular expression finds that out faster).
    const folded = this.depth === 0 && NON_ASCII.test(segment) ? foldUnicode(segment) : null;
    if (folded !== null && folded !== segment && folded.length > 0) {
      const found = new Set<CompiledRule>();
      // i < this.hits.length
      for (let i = from; i < this.hits.length; i++) found.add(this.hits[i]!.rule);
      this.readAgain(folded, offset, offset + segment.length, 'unicode: ', found);
    }
    if (this.depth === 0) {
      // Commands a sentence orders run, read as command lines of their own.
      const text = folded ?? segment;
      this.readOrdered(text, offset, text === segment ? -1 : segment.length, 'command in prose: ', text === segment);
    }
    let slips = false;
    if (this.depth === 0 && this.hits.length === from) {
      // Read again through typing slips and digits for letters, when nothing was found as written.
      const read = typoReading(folded ?? segment);
      if (read !== null) {
        slips = true;
        this.rescanBeside(read, 0, segment.length, 'typos', folded ?? segment);
        if (this.hits.length === from) this.readOrdered(read, offset, segment.length, 'typos: command in prose: ');
      }
    }
    const pending = this.slipsPending;
    if (pending !== null) {
      this.slipsPending = null;
      if (!slips) pending();
    }
    if (this.depth === 0) {
      this.openFrom = this.opensStatement(segment, from) ? from : -1;
      this.openAt = offset;
      this.openText = segment;
      this.carry(segment, offset, from);
      this.gather(segment, offset, this.expanded ?? folded ?? segment);
      this.expanded = null;
    }
    this.base = saved;
  }

  /**
   * Reads each command `text` orders run (see {@link orderedCommands}) as a line of its own; what
   * that adds is reported over the command, or over the whole segment when `whole` (its length) is
   * not -1 because `text` is another reading of it.
   */
  private readOrdered(text: string, offset: number, whole: number, prefix: string, segment = false): void {
    const spans = orderedCommands(text, segment);
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const s = spans[i] as number;
      const e = spans[i + 1] as number;
      const known = this.known();
      this.commandDetectors ??= this.detectors.filter((d) => COMMAND_READERS.has(d.name));
      if (whole < 0) this.readAgain(text.slice(s, e), offset + s, offset + e, prefix, known, this.commandDetectors);
      else this.readAgain(text.slice(s, e), offset, offset + whole, prefix, known, this.commandDetectors);
    }
  }

  /**
   * Definitions on lines of their own, used on a later line: a script split over lines (`k=$HOME/
   * .ssh` … `curl --data-binary @$k/id_rsa …`), a payload split into named parts (`a='sudo rm'` …
   * "run a+b+c"), a file downloaded on one line and run on the next. The later line is read again
   * by the detectors with the definitions it uses before it, joined as one line; only what that
   * reading adds is reported, over the later line. Bounded: the last eight definitions, eight
   * joined readings per analysis.
   */
  private carry(segment: string, offset: number, from: number): void {
    if (this.define(segment)) return;
    this.readUses(segment, offset, from);
    this.readParts(segment, from);
  }

  /**
   * Whether `segment`, whose findings start at `from`, is an SQL statement left open at the end of
   * its line (no `;`) that was read as deleting or changing every row: its WHERE may come on the
   * next line, as formatted SQL writes it.
   */
  private opensStatement(segment: string, from: number): boolean {
    if (from === this.hits.length || segment.length > MAX_OPEN_STATEMENT) return false;
    let open = false;
    for (let i = from; i < this.hits.length; i++) {
      // i < this.hits.length
      if (ALL_ROWS.has(this.hits[i]!.rule.id)) open = true;
    }
    return open && segment.indexOf(';') < 0 && segment.indexOf('--') < 0;
  }

  /**
   * The line after a statement left open (see {@link opensStatement}): when it goes on with the
   * statement's WHERE, the open line's every-row findings are withdrawn and the two lines are read
   * again as one statement, which reports what the whole statement does (`WHERE 1=1` still empties
   * the table).
   */
  private closeStatement(segment: string, offset: number): void {
    const from = this.openFrom;
    this.openFrom = -1;
    if (!WHERE_NEXT.test(segment)) return;
    const at = this.openAt;
    this.dropFrom(from, (h) => h.start >= at && h.start < offset && ALL_ROWS.has(h.rule.id));
    this.readAgain(
      `${this.openText.trim()} ${segment.trim()}`,
      at,
      offset + segment.length,
      'statement over lines: ',
      this.known(),
    );
  }

  /** Carries the definition `segment` makes, if it makes one; whether it did. */
  private define(segment: string): boolean {
    if (segment.length <= MAX_DEFINITION) {
      // A value built of joined literals (`h = '198.51.' + '100.23'`) is carried as the one it makes.
      const line = foldLiterals(segment);
      // Every definition has an `=`; most lines have none and skip the expression.
      const def = line.indexOf('=') >= 0 ? DEFINITION.exec(line) : null;
      if (def !== null) {
        this.keep(line, def[1] as string, def[2] ?? def[4] ?? def[6] ?? '');
        return true;
      }
      if (this.keepAll(segment)) return true;
      // cmd's `set a=netsh wlan show profile`: the value is the rest of the line, spaces and all.
      const cmdSet = segment.charCodeAt(0) === 115 || segment.charCodeAt(0) === 83 ? CMD_SET.exec(segment) : null;
      if (cmdSet !== null) {
        this.keep(segment, cmdSet[1] as string, cmdSet[2] as string);
        return true;
      }
      const yaml = YAML_VARIABLE.exec(segment);
      if (yaml !== null) {
        const value = yaml[3] ?? yaml[4] ?? '';
        this.keep(`${yaml[1]}='${value.replace(/'/g, '')}'`, yaml[1] as string, value);
        return true;
      }
      if (line.indexOf(':=') >= 0 && SQL_DEFINITIONS.test(line)) {
        // A declaration line of SQL variables set to literals: each is carried.
        for (const m of line.matchAll(SQL_DEFINITION)) {
          const value = (m[2] as string).replace(/''/g, "'");
          this.keep(`${m[1]}='${value.replace(/'/g, '')}'`, m[1] as string, value);
        }
        return true;
      }
      const got = segment.indexOf('wget') >= 0 || segment.indexOf('curl') >= 0 ? DOWNLOAD_TO.exec(segment) : null;
      if (got !== null) {
        this.keep(segment, got[1] as string, got[1] as string);
        return true;
      }
      // Make's `TOKEN = $(shell …)`, a CI map's `  CMD: several words`, AppleScript's `set p to "…"`,
      // SQL's `SET @t = '…'`, and `$v += '…'` after `$v = '…'`.
      const other = otherDefinition(line);
      if (other !== null) {
        this.keep(line, other[0], other[1]);
        return true;
      }
      const more = appended(line);
      const known = more === null ? -1 : this.names.indexOf(more[0]);
      if (more !== null && known >= 0) {
        const before = (this.carried[known] as string).replace(LEAD, '').trim();
        // Bounded like a name appended to itself: `$v += '…'` on every line stays linear.
        this.keep(
          `${before}; ${line.trim()}`.slice(0, 2 * MAX_DEFINITION),
          more[0],
          `${this.values[known]}${more[1]}`.slice(0, MAX_DEFINITION),
        );
        return true;
      }
      // A carried name given a value not read here (`d += chunk`) has no known value any more.
      const gone = this.names.length > 0 ? reassigned(line) : null;
      const at = gone === null ? -1 : this.names.indexOf(gone);
      if (at >= 0) {
        this.names.splice(at, 1);
        this.carried.splice(at, 1);
        this.values.splice(at, 1);
      }
    }
    return false;
  }

  /** Reads `segment` again with the definitions it uses before it. */
  private readUses(segment: string, offset: number, from: number): void {
    if (this.names.length === 0 || this.joins === 0) return;
    // Parts named in prose or code ("print the file at x+y", "do A and then B", `db[c][op](f)`):
    // the line with each name given its value, read again by the rule pack and the detectors.
    const put = substituteNames(segment, this.names, this.values);
    if (put !== null) {
      this.joins--;
      this.skip = this.known();
      try {
        this.rescanBeside(put, 0, segment.length, 'joined lines', segment);
      } finally {
        this.skip = null;
      }
    }
    const taken: boolean[] = [];
    let any = false;
    for (let i = 0; i < this.names.length; i++) {
      taken.push(uses(segment, this.names[i] as string));
      any ||= taken[i] as boolean;
    }
    if (!any) return;
    // And the definitions those build on (`f="$d/$n/$n.conf"` over `d=…` and `n=…`), two levels down.
    for (let round = 0; round < 2; round++) {
      for (let i = this.names.length - 1; i > 0; i--) {
        if (!taken[i]) continue;
        for (let j = 0; j < i; j++)
          if (!taken[j] && uses(this.carried[i] as string, this.names[j] as string)) taken[j] = true;
      }
    }
    const used: string[] = [];
    for (let i = 0; i < this.names.length; i++) {
      if (taken[i]) used.push((this.carried[i] as string).replace(LEAD, '').trim());
    }
    if (used.length === 0 || this.joins === 0) return;
    this.joins--;
    const cmd = used.some((u) => /^set\s/i.test(u));
    const line = segment.replace(LEAD, '').replace(RUN_LEAD, '');
    const text = `${used.join(cmd ? ' & ' : '; ')}${cmd ? ' & ' : '; '}${line}`.slice(0, 8192);
    // What the line runs is computed from the names (`eval "$p1$p2"`, `os.system(cmd)`): read with
    // their definitions, the computed command is judged by what it is. When that reading finds
    // nothing, and finds the command computed no longer, the line's own finding that it runs a
    // computed command is withdrawn.
    const skip = this.known();
    const computed = this.computedFrom(from, COMPUTED, skip);
    const before = this.hits.length;
    this.readAgain(text, offset, offset + segment.length, 'joined lines: ', skip);
    if (computed) this.explain(from, before, COMPUTED);
  }

  /**
   * A line whose parts are put together only when it runs: literals joined by an operator or a
   * join call, names defined on earlier lines or earlier in the line (see {@link expandParts}). The
   * line with its parts put together is read again by the rule pack and the detectors, and what
   * that reading adds is reported over the line. When the line's own finding is that it runs a
   * computed command or string, and the reading with the parts put together finds nothing and the
   * command computed no longer, that finding is withdrawn: what runs is known, and harmless.
   * Bounded: eight such readings per analysis.
   */
  private readParts(segment: string, from: number): void {
    if (this.parts === 0 || segment.length > MAX_PART_LINE) return;
    const put = expandParts(segment, this.names, this.values);
    if (put === null || put === segment) return;
    this.parts--;
    const skip = this.known();
    const computed = this.computedFrom(from, PART_COMPUTED, skip);
    const before = this.hits.length;
    // Whether the reading can look at the whole line put together: within the budget and depth of
    // second readings, and not grown past what a line reader reads (`a*250` put in twice). A
    // reading that could not look explains nothing.
    const looked =
      this.depth < MAX_DEPTH && put.length <= this.budget && put.length <= segment.length + MAX_PART_GROWTH;
    this.skip = skip;
    try {
      this.rescanBeside(put, 0, segment.length, 'joined parts', segment);
    } finally {
      this.skip = null;
    }
    if (computed && looked && this.explain(from, before, PART_COMPUTED)) this.expanded = put;
  }

  /**
   * Whether the line's findings from `from` on include one of `ids` (it runs a computed command);
   * those rules are taken out of `skip`, so that a second reading may find them again.
   */
  private computedFrom(from: number, ids: ReadonlySet<string>, skip: Set<CompiledRule>): boolean {
    let computed = false;
    for (let i = from; i < this.hits.length; i++) {
      // i < this.hits.length
      const rule = this.hits[i]!.rule;
      if (ids.has(rule.id)) {
        computed = true;
        skip.delete(rule);
      }
    }
    return computed;
  }

  /**
   * After a second reading of a line whose findings start at `from` and whose reading's start at
   * `before`: when the reading adds nothing and finds the command computed (one of `ids`) no
   * longer, its findings and the line's computed-command findings are withdrawn (what runs is
   * known, and harmless); whether they were. A reading that adds nothing leaves nothing of its own.
   */
  private explain(from: number, before: number, ids: ReadonlySet<string>): boolean {
    let added = false;
    let again = false;
    for (let i = before; i < this.hits.length; i++) {
      // i < this.hits.length
      const rule = this.hits[i]!.rule;
      if (ids.has(rule.id)) again = true;
      else if (rule.rank > 0) added = true;
    }
    if (added) return false;
    this.dropFrom(before, () => true);
    if (again) return false;
    this.dropFrom(from, (h) => ids.has(h.rule.id));
    return true;
  }

  /** The rules found so far: what a new reading skips. */
  private known(): Set<CompiledRule> {
    return new Set(this.byRule.keys());
  }

  /** Removes the hits from index `from` on that `drop` picks, keeping the records per rule right. */
  private dropFrom(from: number, drop: (h: Hit) => boolean): void {
    const kept: Hit[] = [];
    const gone = new Map<CompiledRule, number>();
    for (let i = from; i < this.hits.length; i++) {
      const h = this.hits[i] as Hit;
      if (drop(h)) gone.set(h.rule, (gone.get(h.rule) ?? 0) + 1);
      else kept.push(h);
    }
    if (gone.size === 0) return;
    this.hits.length = from;
    for (const h of kept) this.hits.push(h);
    for (const [rule, n] of gone) {
      const known = this.byRule.get(rule);
      if (known === undefined) continue;
      let first: Hit | null = null;
      for (const h of this.hits) if (h.rule === rule && (first === null || compareHits(h, first) < 0)) first = h;
      if (first === null || known.count <= n) this.byRule.delete(rule);
      else {
        known.count -= n;
        known.first = first;
      }
    }
  }

  /**
   * Runs every detector over another reading of the content, one level down, reporting over
   * `[start, end)` of the whole content what is not among `skip` (the rules already found).
   */
  private readAgain(
    text: string,
    start: number,
    end: number,
    prefix: string,
    skip: Set<CompiledRule>,
    detectors: readonly Detector[] = this.detectors,
  ): void {
    const saved = { skip: this.skip, pinStart: this.pinStart, pinEnd: this.pinEnd, prefix: this.prefix };
    const inner = this.depth > 0;
    if (saved.skip !== null) for (const r of saved.skip) skip.add(r);
    this.skip = skip;
    // Inside another reading, what is found is reported over that reading's span.
    if (!inner) {
      this.pinStart = start;
      this.pinEnd = end;
    }
    this.prefix = inner ? `${saved.prefix}${prefix}` : prefix;
    this.depth++;
    try {
      for (const d of detectors) d.scan(text, this);
    } finally {
      this.depth--;
      this.skip = saved.skip;
      this.pinStart = saved.pinStart;
      this.pinEnd = saved.pinEnd;
      this.prefix = inner ? saved.prefix : '';
    }
  }

  /**
   * Steps of one request spread over lines ("Part A: …", "2. …", "- …", to-do comments), with the line
   * that introduces them and the one that closes them ("write A+B+C as one program"): read again
   * as one text by the detectors once the list ends, and what that reading adds is reported over
   * the whole list. Each line joins at most one list, so the cost stays linear. The lines are kept
   * as `text`, their Unicode fold when they have one (look-alike letters read as what they show).
   */
  private gather(segment: string, offset: number, text: string): void {
    const step = segment.length <= MAX_DEFINITION && STEP.test(segment);
    this.paragraph(step ? '' : segment, offset, step ? '' : text);
    // A short request is kept line by line, to be read whole once it ends.
    if (this.wholeLength <= WHOLE_MAX) {
      const t = text.trim();
      if (t.length > 0) {
        this.whole.push(t);
        this.wholeEnd = offset + segment.length;
      }
      this.wholeLength += segment.length + 1;
    }
    if (step && this.steps.length < MAX_STEPS) {
      if (this.steps.length === 0) {
        this.stepsAt = this.intro.length === 0 ? offset : (this.introAt[0] as number);
        for (const l of this.intro) this.steps.push(l);
      }
      this.steps.push(text.replace(LEAD, '').trim());
      this.stepsEnd = offset + segment.length;
      this.intro = [];
      this.introAt = [];
      return;
    }
    const blank = segment.trim().length === 0;
    // An indented line under a step goes on with it (a YAML task's keys, a wrapped step).
    if (
      this.steps.length > 0 &&
      this.steps.length < MAX_STEPS &&
      !blank &&
      segment.length <= 200 &&
      /^(?:\s{2,}|\t)\S/.test(segment)
    ) {
      this.steps.push(text.trim());
      this.stepsEnd = offset + segment.length;
      return;
    }
    if (this.steps.length > 0) {
      if (!blank && segment.length <= 200) {
        this.steps.push(text.trim());
        this.stepsEnd = offset + segment.length;
      }
      this.readSteps();
    }
    if (blank || segment.length > 200) {
      this.intro = [];
      this.introAt = [];
    } else {
      if (this.intro.length >= MAX_INTRO) {
        this.intro.shift();
        this.introAt.shift();
      }
      this.intro.push(text.trim());
      this.introAt.push(offset);
    }
  }

  /**
   * A request broken over short lines of one paragraph (`Please run` / `rm -rf` / `/var/www`, an
   * order spread over the lines of an email): three lines or more of up to {@link MAX_PARA_LINE}
   * code units, two of them ending open (no closing mark), read again as one line once the
   * paragraph ends; so is a block of code that walks a tree and deletes in it. A blank, long or
   * step line or a code fence ends it.
   */
  private paragraph(segment: string, offset: number, text: string): void {
    const t = text.trim();
    // A code fence ends the paragraph: the commands inside are lines of their own.
    if (t.length === 0 || t.length > MAX_PARA_LINE || t.startsWith('```')) {
      this.readParagraph();
      return;
    }
    if (this.para.length === 0) this.paraAt = offset;
    this.para.push(t);
    this.paraEnd = offset + segment.length;
    if (!/[.!?:;{}()[\]]$/.test(t)) this.paraOpen++;
    if (this.para.length >= MAX_PARA) this.readParagraph();
  }

  private readParagraph(): void {
    const lines = this.para;
    const open = this.paraOpen;
    if (lines.length > 0) this.para = [];
    this.paraOpen = 0;
    if (lines.length < 2 || this.joins === 0) return;
    const text = lines.join(' ');
    if ((lines.length < 3 || open < 2) && !walksAndDeletes(text)) return;
    this.joins--;
    this.readAgain(text, this.paraAt, this.paraEnd, 'joined lines: ', this.known());
  }

  /** Reads the gathered steps as one text, when there are two or more lines of them. */
  private readSteps(): void {
    const lines = this.steps;
    this.steps = [];
    if (lines.length < 2 || this.joins === 0) return;
    this.joins--;
    const plan = planLines(lines);
    const text = (plan ?? lines)
      .map((l) => (/[.!?:;]$/.test(l) ? l : `${l}${/^[a-z][\w.-]*\s.*\s[~.\w-]*\/[\w.-]*$/.test(l) ? ';' : '.'}`))
      .join(' ')
      .slice(0, 8192);
    if (plan === null) {
      this.readAgain(text, this.stepsAt, this.stepsEnd, 'joined steps: ', this.known());
      return;
    }
    // A plan whose steps refer back, or a table read out: the rule pack reads it too.
    const base = this.base;
    this.base = 0;
    this.skip = this.known();
    try {
      this.rescanBeside(text, this.stepsAt, this.stepsEnd, 'joined steps', null);
    } finally {
      this.skip = null;
      this.base = base;
    }
  }

  /** Ends the analysis: steps still gathered at the end of the content are read. */
  finish(): void {
    if (this.steps.length > 0) this.readSteps();
    this.readParagraph();
    this.readWhole();
  }

  /**
   * A short request of several lines read again as one line by the readers of behaviours (a
   * program's parts, a plan in plain words, an order planted for the reader): parts given on lines
   * of their own (`hosts.py: read known_hosts` … `copy.py: put this very file on each host`, a job
   * that selects and another that mails) make one behaviour only together. What that reading adds
   * is reported over the whole request. Bounded: requests of up to {@link WHOLE_MAX} code units.
   */
  private readWhole(): void {
    const lines = this.whole;
    const length = this.wholeLength;
    if (lines.length > 0) this.whole = [];
    this.wholeLength = 0;
    if (lines.length < 2 || length > WHOLE_MAX) return;
    // A question about the text (`Is this email a phishing attempt?`, `Which polling places are in
    // 48104?`) asks about its parts, not for them.
    if (ASKS_ABOUT.test(lines[0] as string) || ASKS_ABOUT.test(lines[lines.length - 1] as string)) return;
    this.wholeDetectors ??= this.detectors.filter((d) => WHOLE_READERS.has(d.name));
    if (this.wholeDetectors.length === 0) return;
    const text = lines.map((l) => (/[.!?:;,]$/.test(l) ? l : `${l};`)).join(' ');
    this.readAgain(text, 0, this.wholeEnd, 'whole request: ', this.known(), this.wholeDetectors);
    // A request written as data (JSON, markup) is read again as the words it carries, and the layer
    // its markup hides on its own: an order cut into fields, elements or attributes reads whole.
    const pieces = joinedPieces(lines);
    if (pieces !== null) {
      // Pieces the request names and orders put together: the rule pack and every detector read them.
      const base = this.base;
      this.base = 0;
      this.skip = this.known();
      try {
        this.rescanBeside(pieces, 0, this.wholeEnd, 'joined pieces', null);
      } finally {
        this.skip = null;
        this.base = base;
      }
    }
    const written = lines.join('\n');
    const prose = proseOfData(written);
    const hidden = hiddenLayer(written);
    const comments = commentLayer(lines);
    if (prose === null && hidden === null && comments === null) return;
    this.dataDetectors ??= this.detectors.filter((d) => DATA_READERS.has(d.name));
    if (prose !== null)
      this.readAgain(prose, 0, this.wholeEnd, 'data read as prose: ', this.known(), this.dataDetectors);
    if (hidden !== null) this.readAgain(hidden, 0, this.wholeEnd, 'hidden layer: ', this.known(), this.dataDetectors);
    if (comments !== null)
      this.readAgain(comments, 0, this.wholeEnd, 'comments read whole: ', this.known(), this.dataDetectors);
  }

  /**
   * Several definitions on one line (`F=-rf; T=/`, `export F=-rf T=/`): each is carried as if it
   * stood on a line of its own. Only when every piece of the line is a definition.
   */
  private keepAll(segment: string): boolean {
    if (segment.indexOf(';') < 0 && !MULTI_EXPORT.test(segment)) return false;
    const parts = segment
      .replace(EXPORT_LEAD, '')
      .split(DEFINITION_SPLIT)
      .filter((p) => p.trim() !== '');
    if (parts.length < 2 || parts.length > MAX_PER_LINE) return false;
    const defs: RegExpExecArray[] = [];
    for (const part of parts) {
      const def = DEFINITION.exec(part);
      if (def === null) return false;
      defs.push(def);
    }
    for (let i = 0; i < defs.length; i++) {
      const def = defs[i] as RegExpExecArray;
      this.keep((parts[i] as string).trim(), def[1] as string, def[2] ?? def[4] ?? def[6] ?? '');
    }
    return true;
  }

  private keep(line: string, name: string, value: string): void {
    const known = this.names.indexOf(name);
    const self = known >= 0 ? selfReference(value, name) : null;
    if (self !== null) {
      // A name appended to itself (`set k=%k%un`, `p="$p/.ssh"`): both definitions are carried,
      // in order, and the value is the earlier one with the addition.
      const before = (this.carried[known] as string).replace(LEAD, '').trim();
      const glue = /^set\s/i.test(before) ? ' & ' : '; ';
      line = `${before}${glue}${line.replace(LEAD, '').trim()}`.slice(0, 2 * MAX_DEFINITION);
      value = value.replace(self, () => this.values[known] as string);
    }
    if (known >= 0) {
      this.names.splice(known, 1);
      this.carried.splice(known, 1);
      this.values.splice(known, 1);
    } else if (this.names.length >= MAX_CARRIED) {
      this.names.shift();
      this.carried.shift();
      this.values.shift();
    }
    this.names.push(name);
    this.carried.push(line);
    this.values.push(value);
  }

  report(
    id: string,
    category: string,
    severity: Severity,
    description: string,
    start: number,
    end: number,
    evidence: string,
  ): void {
    this.add(findingRule(id, category, severity, description), start, end, evidence);
  }

  rescan(decoded: string, start: number, end: number, how: string): boolean {
    return this.rescanBeside(decoded, start, end, how, null);
  }

  unlessReadThroughSlips(report: () => void): void {
    // Only a segment as written is read through its slips (see scanSegment).
    if (this.depth === 0 && this.slipsPending === null) this.slipsPending = report;
    else report();
  }

  settle(category: string, start: number, end: number): void {
    if (this.depth === 1 && this.readSettles !== null && this.readSettles.length < 3 * MAX_SETTLED) {
      this.readSettles.push(category, this.readAt + start, this.readAt + Math.max(start, end));
      return;
    }
    // Only text as written: a decoded payload or a second reading settles nothing.
    if (this.depth > 0 || this.settled.length >= 3 * MAX_SETTLED) return;
    this.settled.push(category, this.base + start, this.base + Math.max(start, end));
  }

  /** Whether `h` lies inside a span settled for its rule's category. */
  private inSettled(h: Hit): boolean {
    const t = this.settled;
    for (let i = 0; i + 2 < t.length; i += 3) {
      if (t[i] === h.rule.category && h.start >= (t[i + 1] as number) && h.end <= (t[i + 2] as number)) return true;
    }
    return false;
  }

  /**
   * {@link rescan}, where the rule pack reports only the rules it does not also find in `beside`
   * (the text as written, when `decoded` is another reading of it rather than a payload it hides).
   */
  private rescanBeside(decoded: string, start: number, end: number, how: string, beside: string | null): boolean {
    if (this.depth >= MAX_DEPTH || decoded.length === 0 || decoded.length > this.budget) return true;
    // A reading that comes back to the segment as written (words reversed twice) adds nothing: the
    // segment's own reading stands.
    if (this.depth > 0 && decoded === this.segment) return true;
    const from = this.hits.length;
    this.budget -= decoded.length;
    const outer = this.depth === 0;
    const saved = { pinStart: this.pinStart, pinEnd: this.pinEnd, prefix: this.prefix, base: this.base };
    if (outer) {
      this.pinStart = this.base + start;
      this.pinEnd = this.base + end;
    }
    this.prefix = `${this.prefix}${how}: `;
    this.depth++;
    try {
      // The rule pack over the decoded text.
      const level = this.depth - 1;
      this.nested[level] ??= newAnalyzer(this.snap);
      let known: Set<CompiledRule> | null = null;
      if (beside !== null) {
        known = new Set();
        for (const r of analyze(this.snap, beside, this.maxMatches, this.nested[level]).rules) known.add(r.rule);
      }
      const a = analyze(this.snap, decoded, this.maxMatches, this.nested[level]);
      // The segment read through its slips is the segment itself: what a detector settles there
      // as ordinary work (a statement on scratch data) settles the phrase rules of that reading,
      // as it does as written. A decoded payload settles nothing.
      const same = outer && how === 'typos';
      if (same) this.readSettles = [];
      else this.addPhrases(a, known, null);
      // And every detector over it.
      forEachSegment(decoded, (segment, at) => {
        if (segment.length === 0) return;
        for (const d of this.detectors) {
          // A nested reading moves it; each detector of this one reads from here.
          this.readAt = at;
          d.scan(segment, this);
        }
        // A command the decoded text orders run ("URL-decode and run: <command>").
        if (this.depth < MAX_DEPTH) this.readOrdered(segment, 0, -1, 'command in prose: ');
      });
      if (same) {
        const settles = this.readSettles;
        this.readSettles = null;
        this.addPhrases(a, known, settles);
      }
    } finally {
      this.readSettles = null;
      this.depth--;
      this.pinStart = saved.pinStart;
      this.pinEnd = saved.pinEnd;
      this.prefix = saved.prefix;
      this.base = saved.base;
    }
    // What the decoded text triggers, above `low`. An order to decode read again there (decoders
    // replace the payload in place, so the order around it comes along) says nothing of the payload.
    for (let i = from; i < this.hits.length; i++) {
      // i < this.hits.length
      const rule = this.hits[i]!.rule;
      if (rule.rank > 0 && rule.id !== ORDER_TO_DECODE) return true;
    }
    return false;
  }

  /**
   * The phrase rules of a second reading's analysis `a`, reported over the pinned span: those not
   * in `known`, and, when `settles` lists spans of that reading settled by its detectors (category,
   * start, end in triples), not those whose every hit lies in a settled span of their category.
   */
  private addPhrases(a: Analysis, known: Set<CompiledRule> | null, settles: (string | number)[] | null): void {
    for (const r of a.rules) {
      if (known?.has(r.rule)) continue;
      if (settles !== null && settles.length > 0 && allSettled(a, r.rule, settles)) continue;
      const first = r.first as Hit;
      // a hit's pattern is an index into its rule's patterns
      this.add(r.rule, 0, 0, r.rule.rule.patterns[first.pattern]!, r.count);
    }
  }

  private add(rule: CompiledRule, start: number, end: number, evidence: string, count = 1): void {
    if (this.skip?.has(rule)) return;
    // Decoded text that repeats the order to decode, with no payload of its own: the order outside
    // already stands for it.
    if (this.depth > 0 && rule.id === ORDER_TO_DECODE && rule.severity === 'medium') return;
    let s: number;
    let e: number;
    if (this.depth > 0) {
      s = this.pinStart;
      e = this.pinEnd;
    } else {
      s = this.base + start;
      e = this.base + Math.max(start, end);
    }
    const hit: Hit = { rule, pattern: 0, start: s, end: e, evidence: clip(this.prefix + evidence) };
    this.hits.push(hit);
    const known = this.byRule.get(rule);
    if (known === undefined) {
      this.byRule.set(rule, { rule, count, first: hit, spans: [], gen: 0 });
    } else {
      known.count += count;
      if (compareHits(hit, known.first as Hit) < 0) known.first = hit;
    }
  }

  /** An independent copy (a stream's provisional verdict scans its unfinished tail in one). */
  copy(): Findings {
    const c = new Findings(this.detectors, this.snap, this.maxMatches);
    c.hits = this.hits.slice();
    for (const [rule, h] of this.byRule) c.byRule.set(rule, { ...h });
    c.carried = this.carried.slice();
    c.names = this.names.slice();
    c.values = this.values.slice();
    c.joins = this.joins;
    c.parts = this.parts;
    c.expanded = this.expanded;
    c.steps = this.steps.slice();
    c.stepsAt = this.stepsAt;
    c.stepsEnd = this.stepsEnd;
    c.intro = this.intro.slice();
    c.para = this.para.slice();
    c.paraAt = this.paraAt;
    c.paraEnd = this.paraEnd;
    c.paraOpen = this.paraOpen;
    c.introAt = this.introAt.slice();
    c.settled = this.settled.slice();
    c.openFrom = this.openFrom;
    c.openAt = this.openAt;
    c.openText = this.openText;
    c.whole = this.whole.slice();
    c.wholeLength = this.wholeLength;
    c.wholeEnd = this.wholeEnd;
    return c;
  }

  /**
   * `a` without the phrase rules whose every hit lies in a settled span of their category (a rule
   * with hits past the listed ones, or outside the spans, stays whole).
   */
  private withdraw(a: Analysis): Analysis {
    const drop = new Set<CompiledRule>();
    for (const r of a.rules) {
      if (r.first === null || !this.settled.includes(r.rule.category)) continue;
      let inside = 0;
      let outside = false;
      for (const h of a.hits) {
        if (h.rule !== r.rule) continue;
        if (this.inSettled(h)) inside++;
        else outside = true;
      }
      if (!outside && inside === r.count) drop.add(r.rule);
    }
    if (drop.size === 0) return a;
    let total = a.total;
    for (const r of a.rules) if (drop.has(r.rule)) total -= r.count;
    return {
      ...a,
      hits: a.hits.filter((h) => !drop.has(h.rule)),
      rules: a.rules.filter((r) => !drop.has(r.rule)),
      total,
    };
  }

  /**
   * The automaton's analysis with these findings merged in: one record per rule (a finding of a
   * rule the automaton also matched adds to its count), hits in canonical order. Returns `a`
   * itself when nothing was found.
   */
  merge(given: Analysis): Analysis {
    const a = this.settled.length === 0 ? given : this.withdraw(given);
    if (this.hits.length === 0) return a;
    const rules: RuleHits[] = [];
    const seen = new Map<CompiledRule, RuleHits>();
    for (const r of a.rules) {
      const copy: RuleHits = { rule: r.rule, count: r.count, first: r.first, spans: [], gen: 0 };
      rules.push(copy);
      seen.set(r.rule, copy);
    }
    for (const [rule, h] of this.byRule) {
      const known = seen.get(rule);
      if (known === undefined) rules.push({ rule, count: h.count, first: h.first, spans: [], gen: 0 });
      else {
        known.count += h.count;
        if (known.first === null || compareHits(h.first as Hit, known.first) < 0) known.first = h.first;
      }
    }
    const hits = a.hits.concat(this.hits).sort(compareHits);
    if (hits.length > this.maxMatches) hits.length = this.maxMatches;
    let total = a.total;
    for (const h of this.byRule.values()) total += h.count;
    return { ...a, hits, total, rules };
  }
}

/** The first use of `name` inside `value` (`%k%`, `$k`, `${k}`), as a pattern, or null. */
function selfReference(value: string, name: string): RegExp | null {
  const re = new RegExp(`%${name}%|\\$\\{${name}\\}|\\$${name}(?!\\w)`);
  return re.test(value) ? re : null;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether `line` uses `name`: `$name`, `${name}` or `%name%` for a variable, the name itself beside
 * a `+` (`a+b+c`, `x + y`) or as the whole argument of a call, or the whole name when it is a
 * file's path.
 */
function uses(line: string, name: string): boolean {
  if (name.includes('/')) return line.includes(name);
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    const end = at + name.length;
    const b = at > 0 ? line.charCodeAt(at - 1) : 32;
    const a = end < line.length ? line.charCodeAt(end) : 32;
    if (isNameChar(a) || isNameChar(b)) continue;
    // `$name`, `${name}`, cmd's `%name%` and its substring or replacement `%name:~1%`.
    if (b === 36 || (b === 123 && line.charCodeAt(at - 2) === 36) || (b === 37 && (a === 37 || a === 58))) return true;
    // The whole argument of a call (`os.system(cmd)`).
    if (b === 40 && a === 41) return true;
    let i = at - 1;
    while (i >= 0 && line.charCodeAt(i) === 32) i--;
    let j = end;
    while (j < line.length && line.charCodeAt(j) === 32) j++;
    if (line.charCodeAt(i) === 43 || line.charCodeAt(j) === 43) return true;
  }
  return false;
}

/**
 * Steps as one plan: the rows of a Markdown table read as its rows and columns, and each
 * reference back to what an earlier step named ("there", "each of them") written out; null when
 * neither changes the steps.
 */
function planLines(lines: string[]): string[] | null {
  let out: string[] | null = null;
  const first = lines.findIndex(isTableRow);
  if (first >= 0) {
    let last = first;
    while (last + 1 < lines.length && isTableRow(lines[last + 1] as string)) last++;
    out = [...lines.slice(0, first), readTable(lines.slice(first, last + 1)), ...lines.slice(last + 1)];
  }
  return resolveBack(out ?? lines) ?? out;
}

/** Findings that a line runs a command computed from names, which the names' values may explain. */
/** The findings of a statement read as deleting or changing every row. */
const ALL_ROWS: ReadonlySet<string> = new Set([
  'sql.delete-all',
  'sql.update-all',
  'sql.delete-without-where',
  'sql.update-without-where',
]);
/**
 * A line that goes on with an open statement's condition: `WHERE` and a comparison of a column
 * (`=`, `<`, `>`, `IN`, `IS`, `LIKE`, `BETWEEN`), with no comment (a condition hidden behind one
 * may be anything) and not a question in words (`Where do I find …?`).
 */
const WHERE_NEXT =
  /^\s*where\s+(?:not\s+)?[\w."`[\]]+\s*(?:=|<|>|!=|\b(?:in|is|like|ilike|between)\b)(?!.*(?:--|\/\*|#|\?\s*$))/i;
/** Longest line read as a statement left open. */
const MAX_OPEN_STATEMENT = 400;
const COMPUTED: ReadonlySet<string> = new Set(['shell.computed-command', 'windows.iex-computed', 'code.exec-sink']);

/** Findings that a line runs a computed command, which its parts put together may explain. */
const PART_COMPUTED: ReadonlySet<string> = new Set([...COMPUTED, 'code.shell-true']);

/** Lines of one paragraph read as one line, at most, and the longest such line. */
const MAX_PARA = 8;
const MAX_PARA_LINE = 60;

/** Lines before a list read with it, at most. */
const MAX_INTRO = 3;
/** Step lines gathered into one list, at most. */
const MAX_STEPS = 12;
/** A line that is one step of a list: a bullet, a number, a labelled part or step, a to-do. */
const STEP =
  /^\s*(?:\|.*\|\s*$|(?:msg|message|turn|requirement|req|module|component|feature|item|task|goal)\s*[\w]{0,3}\s*[:.)-]\s|(?:user|me|assistant|human|ai)\s*:\s|\[\d{1,2}:\d{2}\]|[-*•]\s|\d{1,2}[.):]\s|(?:step|part|phase|stage)\s*[\w]{1,3}\s*[:.)-]|(?:#|\/\/|--)?\s*todo\b|(?:first|second|third|fourth|fifth|then|next|after that|finally|lastly)[,:]\s|(?:first|second|third|fourth|fifth|next|last|final)\s+(?:message|msg|turn|step|part|request|instruction|chat)\s*[:.)-]\s)/i;

/** An order to carry something out, in a line that names parts ("do A and then B"). */
const RUN_ORDER = /\b(?:do|run|execute|perform|apply|follow|carry out|combine|join|concatenate)\b/i;

/**
 * `line` with the names it uses given their values, or null when it uses none this way: names
 * joined by `+` become the joined values, `x[name]` becomes `x.value`, `(name)` becomes `(value)`,
 * and a short or capitalized name standing alone in an order ("do A and then B") becomes its
 * value. `$name` and `%name%` are left to the shell and cmd readers.
 */
function substituteNames(line: string, names: readonly string[], values: readonly string[]): string | null {
  if (line.length > MAX_DEFINITION) return null;
  const value = (name: string): string | undefined => {
    const k = names.indexOf(name);
    return k < 0 ? undefined : values[k];
  };
  const alt = names.join('|');
  // Joined with `+` or SQL's `||` (`EXECUTE a || b || c`).
  let out = line.replace(
    new RegExp(`(?<![\\w$%])(?:${alt})(?:\\s*(?:\\+|\\|\\|)\\s*(?:${alt}))+(?![\\w%])`, 'g'),
    (run) =>
      run
        .split(/\+|\|\|/)
        .map((n) => value(n.trim()) ?? '')
        .join(''),
  );
  out = out.replace(/\[([A-Za-z_]\w*)\]|\(([A-Za-z_]\w*)\)/g, (all, inBracket?: string, inParen?: string) => {
    const v = value(inBracket ?? inParen ?? '');
    if (v === undefined) return all;
    if (inParen !== undefined) return `(${v})`;
    return /^[A-Za-z_$][\w$]*$/.test(v) ? `.${v}` : `[${JSON.stringify(v)}]`;
  });
  if (line.length <= 200 && RUN_ORDER.test(line)) {
    out = out.replace(/(?<![\w$%.-])([A-Za-z_]\w*)(?![\w%(-])/g, (word: string) => {
      const v = value(word);
      // Short names, names in capitals and numbered names (`a`, `CMD`, `cmd1`, `part2`).
      return v !== undefined && (word.length <= 2 || word === word.toUpperCase() || /\d$/.test(word)) ? v : word;
    });
  }
  return out === line ? null : out;
}

function newAnalyzer(snap: Snapshot): Analyzer {
  return new Analyzer(snap, 0, null);
}

/** Whether every hit of `rule` in `a` lies in a span of `settles` (category, start, end) of its category. */
function allSettled(a: Analysis, rule: CompiledRule, settles: readonly (string | number)[]): boolean {
  for (const h of a.hits) {
    if (h.rule !== rule) continue;
    let inside = false;
    for (let i = 0; i + 2 < settles.length; i += 3) {
      if (
        settles[i] === rule.category &&
        h.start >= (settles[i + 1] as number) &&
        h.end <= (settles[i + 2] as number)
      ) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}
