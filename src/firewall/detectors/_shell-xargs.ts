/**
 * A listing fed through `xargs` into a command: `tool find / -type m | xargs -I{} tool vm.destroy {}`,
 * `tool ls | xargs -n1 tool rm`. `xargs` runs the command once per listed item (or with them all as
 * operands), so the command as it runs is the one after `xargs` and its options, with the items as
 * its operands, and what the listing selects is what it works on. The reading gives that command,
 * with each replacement string (`-I{}`, `-I %`, `-i`) written as one operand, and whether the
 * listing selects everything (a whole-tree `find /`, a client's `list`/`ls` with no filter).
 *
 * @internal Not part of the public API.
 */

/** Options of `xargs` that take a value (a separate word unless attached). */
const WITH_VALUE = new Set(['-I', '-n', '-L', '-P', '-d', '-E', '-s', '-a']);
/** Long options of `xargs` that take a value after `=`, and those without. */
const LONG =
  /^--(?:max-args|max-lines|max-procs|delimiter|eof|max-chars|arg-file|replace|process-slot-var)(?:=\S*)?$|^--(?:null|no-run-if-empty|verbose|interactive|exit|open-tty|show-limits)$/;
/** The operand a replacement string stands for, as the command reader sees it. */
const ITEM = 'listed-item';
/** Longest stage read. */
const MAX_STAGE = 400;

/** One stage of a pipeline fed into `xargs`: the command it runs, and the listing before it. */
export interface XargsFed {
  /** The command after `xargs` and its options, with its replacement strings written as operands. */
  command: string;
  /** Where the command starts in the text the stage was read from. */
  at: number;
  /** Whether the listing that feeds it selects everything. */
  everything: boolean;
  /** The values the listing is narrowed by (`-l env=test` gives `test`). */
  filters: string[];
}

/**
 * The command `xargs` runs in the pipeline `line` (its first `| xargs` stage), or null when there
 * is none or no command follows the options. One pass over the stage's words.
 */
export function xargsFed(line: string): XargsFed | null {
  const bar = /\|\s*xargs\s/.exec(line.length > 2 * MAX_STAGE ? line.slice(0, 2 * MAX_STAGE) : line);
  if (bar === null) return null;
  const listing = line.slice(line.lastIndexOf('|', bar.index - 1) + 1, bar.index);
  let i = bar.index + bar[0].length;
  const end = Math.min(line.length, i + MAX_STAGE);
  let replace: string | null = null;
  // The options, word by word.
  for (;;) {
    while (i < end && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
    if (i >= end || line.charCodeAt(i) !== 45) break;
    let j = i;
    while (j < end && line.charCodeAt(j) > 32) j++;
    const w = line.slice(i, j);
    i = j;
    if (LONG.test(w)) {
      if (w.startsWith('--replace')) replace = w.length > 10 ? w.slice(10) : '{}';
      continue;
    }
    const flag = w.slice(0, 2);
    if (w === '-i' || w.startsWith('-i')) {
      replace = w.length > 2 ? w.slice(2) : '{}';
      continue;
    }
    if (WITH_VALUE.has(flag)) {
      let value = w.slice(2);
      if (value.length === 0) {
        while (i < end && line.charCodeAt(i) === 32) i++;
        let k = i;
        while (k < end && line.charCodeAt(k) > 32) k++;
        value = line.slice(i, k);
        i = k;
      }
      if (flag === '-I') replace = value.replace(/^['"]|['"]$/g, '');
      continue;
    }
    // Flags without a value (`-0`, `-r`, `-t`, `-p`, `-x`), alone or grouped; `-l` and `-e` take
    // theirs attached, if any.
    if (!/^-[0rtpx]+$|^-[le]\S*$/.test(w)) return null;
  }
  if (i >= end) return null;
  const stop = line.indexOf('|', i);
  let command = line.slice(i, stop < 0 || stop > end ? end : stop).trimEnd();
  if (command.length === 0) return null;
  // The items go where the replacement string stands, or after the command's own words.
  command = replace !== null && replace.length > 0 ? command.split(replace).join(ITEM) : `${command} ${ITEM}`;
  return { command, at: i, everything: listsEverything(listing), filters: filtersOf(listing) };
}

/** Options of a listing that narrow it to some items. */
const NARROWING = /^--?(?:name|iname|path|filter|query|selector|label|tag|l|prefix|match|newer|mtime|older)$/;

/** The values a listing is narrowed by: the word after each narrowing option, or after its `=`. */
function filtersOf(listing: string): string[] {
  const w = listing.trim().split(/\s+/, 32);
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i] as string;
    const eq = t.indexOf('=');
    if (NARROWING.test(eq > 0 ? t.slice(0, eq) : t)) {
      const v = eq > 0 ? t.slice(eq + 1) : w[i + 1];
      // A label selector's value names the items (`env=test` → `test`).
      if (v !== undefined && v.length > 0) out.push(v.slice(v.lastIndexOf('=') + 1));
    }
  }
  return out;
}

/**
 * Whether a listing command selects everything: a `find` over the root or a whole tree with no
 * name or age test, or a client's list verb (`ls`, `list`, `find`) with no filter or query flag.
 */
function listsEverything(listing: string): boolean {
  const w = listing.trim().split(/\s+/);
  if (w.length < 2 || w.length > 16) return false;
  if (
    w.some((t) => /^--?(?:name|iname|path|filter|query|selector|label|tag|l|prefix|match|newer|mtime|older)\b/.test(t))
  )
    return false;
  if (w.some((t) => /^(?:grep|head|tail)$/.test(t))) return false;
  return w.slice(1).some((t) => t === 'ls' || t === 'list' || t === 'find' || t === '/' || /^(?:ls|list)$/.test(t));
}

/** A filter value that picks disposable items: test, development, preview or scratch ones. */
const SCRATCH_FILTER =
  /^(?:test|tests|testing|dev|development|tmp|temp|scratch|sandbox|preview|review|ephemeral|ci|e2e|qa|demo|pr-?\d+)$/i;

/** Whether every value a listing is narrowed by picks disposable items (`-l env=test`). */
export function scratchFilters(filters: readonly string[]): boolean {
  return filters.length > 0 && filters.every((f) => SCRATCH_FILTER.test(f.replace(/^['"]|['"]$/g, '')));
}
