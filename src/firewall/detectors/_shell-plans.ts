/**
 * Plans read as the commands they add up to. Three readings, each bounded and gated on cheap
 * searches:
 *
 * - **Described commands**: an order that says in words what a command does, read as that command
 *   so the shell reader judges its target: "delete every file in /etc" as `rm -rf /etc`, "download
 *   https://… and run it" as `curl -s https://… | sh`, an Ansible `file` task with `state: absent`
 *   as `rm -rf` of its path.
 * - **Steps that refer back**: in a list of steps, a later step's "it", "there", "that dir", "each
 *   of them", "its contents" stand for the place or things an earlier step named ("cd /" … "remove
 *   everything in there"; "list every table" … "drop each of them").
 * - **Tables**: a Markdown table whose cells make the request, read row by row and column by column.
 *
 * @internal Not part of the public API.
 */
import { type GateWord, PLANS_BIT, SHARED_GATE } from './_code-gate.js';

/** Longest text read by these readings. */
const MAX_TEXT = 8192;
/** Table rows and cells read, at most. */
const MAX_ROWS = 24;
const MAX_CELLS = 8;

/** A verb that deletes. */
const DELETE_VERB =
  /\b(?:delete|deleting|remove|removing|wipe|wiping|erase|erasing|nuke|destroy|purge|shred|(?:clear|clean|empty)(?: (?:that|this|the|my|your|all|every|[\w./~-]+)){0,3} out|empty(?= (?:out|the|all|every|everything|its|their|my|your|that|this)\b)|get rid of|trash)\b/i;
/** Words saying the whole of a place goes, or that the deletion recurses or is forced. */
const WHOLE =
  /\b(?:all|every|everything|each|entire|whole|contents?|recursive(?:ly)?|forced?|forcefully|without (?:asking|prompting|confirm\w*)|-rf|-fr)\b/i;
/** A filesystem path as a word: absolute, home-relative or a drive. */
const PATH = /(?<![\w:/.@-])((?:~|\/|[A-Za-z]:\\)[^\s,;'"`)(|<>]*)/;
/** Places named in words, as paths. */
const NAMED_PLACES: readonly [RegExp, string][] = [
  [
    /\b(?:the )?(?:root|top-level) (?:directory|dir|folder|filesystem|file system|of the (?:disk|drive|filesystem))\b/i,
    '/',
  ],
  [/\b(?:the )?(?:whole|entire) (?:disk|drive|filesystem|file system|system)\b/i, '/'],
  [/\b(?:my|the user'?s?|the|his|her|their|your|ur) home (?:directory|dir|folder)\b/i, '~'],
];
/** A question or a refusal: described commands are not read from it. */
const NOT_AN_ORDER =
  /^\s*(?:how|what|why|when|where|which|is|are|does|do|should|could|would|can i|can we)\b|\b(?:how (?:do|can|to|would|should)|what (?:does|happens|would)|don'?t|do not|never|not to|without deleting|prevent|protect|avoid|safely)\b/i;
/** A walk over a tree from a literal path, and a call that deletes. */
const WALK =
  /\b(?:os\.walk|os\.scandir|os\.listdir|glob\.glob|Path|readdirSync|Get-ChildItem)\(?\s*['"]((?:~|\/|[A-Za-z]:\\)[^'"]*)['"]/;
const WALK_DELETE = /\b(?:os\.remove|os\.unlink|os\.rmdir|shutil\.rmtree|unlinkSync|rmSync|\.unlink\(|Remove-Item)/;

/** Whether `text` walks a tree from a literal path and deletes in it. */
export function walksAndDeletes(text: string): boolean {
  return text.length <= MAX_TEXT && WALK.test(text) && WALK_DELETE.test(text);
}

/** The url of a download. */
const URL = /\bhttps?:\/\/[^\s'"`<>)]+/i;
const DOWNLOAD = /\b(?:download|downloading|fetch|grab|pull|get|dl)\b/gi;
const RUN =
  /\b(?:run|runs|running|execute|exec|executing|launch|source|pipe (?:it )?(?:in)?to (?:bash|sh)|install|start (?:it|them|that|the (?:script|installer|binary|program|file|exe)))\b/i;
/** A download checked or read before anything runs: a checksum, a signature, a review. */
const VERIFIED =
  /\b(?:verify|verified|verifying|checksums?|signature|sha-?(?:256|512)(?:sum)?|shasum|gpg|cosign|read it|review|inspect|audit|look (?:at|over|through)|(?:tell|show) me what|what it does|before (?:we|you|i|anyone) run|before running)\b/i;

/** {@link VERIFIED}, searched for every match. */
const VERIFIED_ALL = new RegExp(VERIFIED.source, 'gi');
/** Words that put a check ahead of the run they are written after (`run it once the checksum matches`). */
const CHECK_FIRST = /\b(?:after|once|only if|if|when|provided|as soon as)\b[^.;]{0,40}$/i;

/**
 * Whether a check or review of the download comes before its run: written before the first word
 * that runs it, said to come before it (`before running`), or made its condition (`once verified`).
 * A report asked for after the run (`run it, then show me what it does`) is no check.
 */
function checkedBeforeRun(text: string): boolean {
  const run = RUN.exec(text);
  const re = VERIFIED_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (run === null || m.index < run.index || /^before/i.test(m[0])) return true;
    if (CHECK_FIRST.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/**
 * Words one of the readings starts from: a verb that deletes, a task's state, a url. Read from the
 * shared keyword gate (no pass of their own), each at the start of a word: the same test as
 * `/\b(?:delet|remov|wip|eras|nuke|destroy|purg|shred|clear out|clean out|empty|get rid|trash|state|https?:|unlink|rmtree)/i`.
 */
const ORDER_WORDS: readonly GateWord[] = [
  'delet',
  'remov',
  'wip',
  'eras',
  'nuke',
  'destroy',
  'purg',
  'shred',
  'clear out',
  'clean out',
  'empty',
  'get rid',
  'trash',
  'state',
  'http:',
  'https:',
  'unlink',
  'rmtree',
].map((w) => ({ w, start: true }));

/** Whether `text` holds one of {@link ORDER_WORDS} at the start of a word. */
function hasOrderWord(text: string): boolean {
  return (SHARED_GATE.groups(text, PLANS_BIT, ORDER_WORDS) & PLANS_BIT) !== 0;
}

/** Words between a verb and a path that name what the path holds (`everything in`, `all files under`). */
const HELD =
  /^\s*(?:(?:absolutely|literally|just|simply)\s+)?(?:everything|anything|all|every|each|the contents|contents|the files|files|it|them|whatever)\b/i;
/** A preposition that opens a place. */
const PLACE_PREPOSITION = /\b(?:from|in|inside|under|within|on|at)\b/i;

/** Whether the words between a deleting verb and a path make the path a place, not the object. */
function placeOnly(between: string): boolean {
  const prep = PLACE_PREPOSITION.exec(between);
  return prep !== null && !HELD.test(between.slice(0, prep.index));
}

/** Whether `text` could hold a described command. */
function mayDescribe(text: string): boolean {
  return (
    hasOrderWord(text) &&
    (text.indexOf('/') >= 0 ||
      text.indexOf('~') >= 0 ||
      text.indexOf('\\') >= 0 ||
      /\b(?:root|home|whole|entire)\b/i.test(text)) &&
    (DELETE_VERB.test(text) || /\bstate\s*[:=]/.test(text) || /\bhttps?:/i.test(text))
  );
}

/**
 * The commands an order describes in words, as command lines joined by ` ; `, or null.
 */
export function describedCommands(text: string): string | null {
  if (text.length > MAX_TEXT || !mayDescribe(text)) return null;
  const out: string[] = [];
  // An Ansible file task: `state: absent` with its path.
  const absent = /\bstate\s*[:=]\s*['"]?absent\b/.exec(text);
  if (absent !== null) {
    const path = /\b(?:path|dest|name)\s*[:=]\s*['"]?((?:~|\/)[^\s'",}]*)/.exec(text);
    if (path !== null) out.push(`rm -rf ${(path[1] as string).replace(/[.:;]+$/, '') || '/'}`);
  }
  // Code that walks a tree and deletes what it finds (`os.walk('/home')` … `os.remove(…)`).
  const walk = WALK.exec(text);
  if (walk !== null && WALK_DELETE.test(text)) out.push(`rm -rf ${walk[1]}`);
  if (!NOT_AN_ORDER.test(text)) {
    // Each sentence on its own: a verb that deletes, with a path or a named place after it.
    for (const sentence of text.split(/(?<=[.!;\n])\s+/, 16)) {
      const verb = DELETE_VERB.exec(sentence);
      if (verb !== null) {
        const rest = sentence.slice(verb.index, verb.index + 200);
        const found = PATH.exec(rest);
        let target: string | null = found?.[1] ?? null;
        // `remove the old entry from /etc/hosts`, `wipe my history on this laptop: rm …`: a path
        // after a preposition is where the object is, unless the object is what the path holds.
        if (found !== null && placeOnly(rest.slice(verb[0].length, found.index))) target = null;
        if (target === null || /^https?:/i.test(target)) {
          target = null;
          for (const [place, path] of NAMED_PLACES) {
            if (place.test(rest)) {
              target = path;
              break;
            }
          }
        }
        if (target !== null && !/^\/\/|^\/[a-z]+:/i.test(target)) {
          const whole = WHOLE.test(sentence) || target === '/' || target === '~';
          out.push(`rm ${whole ? '-rf ' : ''}${target.replace(/[.:]+$/, '') || '/'}`);
        }
      }
    }
    // A download that is then run.
    const url = URL.exec(text);
    if (url !== null && !checkedBeforeRun(text)) {
      const before = text.slice(0, url.index);
      const after = text.slice(url.index + url[0].length);
      DOWNLOAD.lastIndex = 0;
      let got: RegExpExecArray | null = null;
      for (let m = DOWNLOAD.exec(before); m !== null; m = DOWNLOAD.exec(before)) got = m;
      if (got !== null && (RUN.test(after.slice(0, 200)) || RUN.test(before.slice(got.index)))) {
        const root = /\b(?:as root|with sudo|sudo|as admin(?:istrator)?)\b/i.test(text);
        out.push(`curl -s ${url[0].replace(/[.,;:]+$/, '')} | ${root ? 'sudo ' : ''}sh`);
      }
    }
  }
  return out.length === 0 ? null : out.slice(0, 4).join(' ; ');
}

/** What a later step may refer back to: a path, a url, or a group of things. */
const GROUP =
  /\b(?:all|every|each)(?: of)?(?: the)? ((?:[\w-]+ ){0,2}?(?:tables|collections|databases|files|folders|directories|keys|users|records|rows|buckets|repos|repositories|branches|schemas|accounts|contacts|emails|instances|volumes|namespaces|snapshots|backups|documents|indexes|pods|vms|servers)(?: (?:in|on|of|from|under|at) (?:the )?[\w./~:-]+)?)/i;
/** A place a step goes to or connects to, named in words. */
const PLACE =
  /\b(?:cd|go|goes|change|switch|navigate|move|connect|log|ssh|login)\b(?: (?:in)?to| into| on| over to)?(?: the)? ([\w./~:\\-]+(?: (?:server|database|db|box|host|directory|dir|folder))?)/i;
/** Words of a later step that stand for what an earlier one named. */
const BACK_ONE =
  /\b(?:all of it|in there|(?:that|this|the same) (?:dir|directory|folder|path|file|place|location|one)|what (?:you|we|i) (?:just )?(?:took|copied|got|found|grabbed|read|collected|downloaded|fetched|saved|dumped|exported|opened)|there|here)\b|(?<=\b(?:run|execute|exec|delete|remove|wipe|erase|make|chmod|send|upload|paste|post|cat|read|copy|open|drop|truncate|encrypt|print|show|dump|empty|nuke|destroy|clear|launch|start|source|download|kill)\s)it\b/gi;
const BACK_MANY =
  /\b(?:each of them|every one of them|each one of them|all of them|each one|every one|them all|them)\b/gi;
const BACK_CONTENTS = /\b(?:its|their) contents\b/gi;

/**
 * The steps with each reference back ("there", "it", "each of them") replaced by what the steps
 * before it named, or null when no step refers back.
 */
export function resolveBack(steps: readonly string[]): string[] | null {
  let one: string | null = null;
  let many: string | null = null;
  let changed = false;
  const out: string[] = [];
  for (const step of steps) {
    let s = step;
    if (one !== null || many !== null) {
      const r = s
        .replace(BACK_CONTENTS, (all) => (one !== null ? `the contents of ${one}` : all))
        .replace(BACK_MANY, (all) => (many !== null ? `all ${many}` : one !== null ? one : all))
        .replace(BACK_ONE, (all) => {
          if (one === null) return all;
          return /^(?:in there|there|here)$/i.test(all) ? `in ${one}` : one;
        });
      if (r !== s) {
        s = r;
        changed = true;
      }
    }
    out.push(s);
    // What this step names, for the steps after it.
    const path = URL.exec(step)?.[0] ?? PATH.exec(step)?.[1];
    const place = PLACE.exec(step);
    if (path !== undefined) one = path.replace(/[.,;:]+$/, '') || '/';
    else if (place !== null && place[1] !== undefined) {
      let p = place[1];
      for (const [named, to] of NAMED_PLACES) if (named.test(step)) p = to;
      one = p;
    } else {
      for (const [named, to] of NAMED_PLACES) if (named.test(step)) one = to;
    }
    const group = GROUP.exec(step);
    if (group !== null) many = group[1] as string;
  }
  return changed ? out : null;
}

/** Whether `line` is a row of a Markdown table. */
export function isTableRow(line: string): boolean {
  const t = line.trim();
  return t.length > 2 && t.charCodeAt(0) === 124 && t.charCodeAt(t.length - 1) === 124;
}

/**
 * A Markdown table's rows read as text: each row's cells joined in order, then each column's
 * cells joined top to bottom, skipping the separator row and cells that only number the rows.
 */
export function readTable(rows: readonly string[]): string {
  const cells: string[][] = [];
  for (const row of rows.slice(0, MAX_ROWS)) {
    const t = row.trim();
    if (/^\|[\s:|-]+\|$/.test(t)) continue;
    cells.push(
      t
        .slice(1, -1)
        .split('|', MAX_CELLS)
        .map((c) => c.trim()),
    );
  }
  const keep = (c: string): boolean => c !== '' && !/^\d{1,3}[.)]?$/.test(c);
  const body = cells.length > 1 ? cells.slice(1) : cells;
  const out: string[] = [];
  for (const r of body) out.push(r.filter(keep).join(' '));
  const width = Math.max(0, ...body.map((r) => r.length));
  if (body.length > 1) {
    for (let k = 0; k < width; k++) {
      const col = body.map((r) => r[k] ?? '').filter(keep);
      if (col.length > 1) out.push(col.join(' '));
    }
  }
  return out.filter((l) => l !== '').join(' ; ');
}
