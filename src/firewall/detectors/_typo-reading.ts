/**
 * A reading of a line through slips of the keyboard and digits written for letters, as the model
 * that acts on it reads it: `kubctl delte namspace prod --forse`, `crul … | sudo bsah`,
 * `cp /3tc/sh4d0w /tmp/x`, `chm0d 644`. Only words close to a word of a fixed vocabulary change
 * (programs, their subcommands and flags, system paths, the nouns of dangerous requests): one
 * letter missing, extra, changed or two letters swapped, or digits read as the letters they
 * stand for (`0` o, `1` i or l, `3` e, `4` a, `5` s, `7` t). Every other word stays as written, so
 * the reading only differs where a word was bent toward one of these. Linear in the line, and
 * without allocation for a word that stays: each word is compared in place with the few
 * vocabulary words that share its first letter and come within one of its length.
 *
 * @internal Not part of the public API.
 */
import { PROGRAMS, SHELL_FIRST } from './_shell-words.js';

/**
 * Longest line read this way: a request bent by slips is short, and in long text the reading costs
 * more than it finds.
 */
const MAX_LINE = 160;
/** Shortest and longest word corrected. */
const MIN_WORD = 4;
const MAX_WORD = 16;

/** Subcommands, flags, paths and nouns, beside the program names. */
const WORDS = `
delete remove destroy drop truncate purge wipe erase shred format overwrite nuke empty
namespace namespaces bucket buckets volume volumes cluster clusters instance instances database databases
table tables schema collection collections objects recursive force grace period prune system
push checkout orphan origin master reset hard clean rebase branch history commit
from where customers users orders accounts payments production
shadow passwd sudoers group gshadow credentials authorized_keys known_hosts id_rsa id_ed25519
bash_history zsh_history bashrc zshrc profile crontab cron systemd services service
zero random urandom boot root home proc mnt sda sdb nvme disk disks partition
chmod chown chattr setuid iptables firewall firewalld ufw defender protection realtime monitoring
security event events eventlog logs audit auditd disable stop kill
keychain password passwords token tokens private secret secrets upload download execute
reverse listener payload encrypt decrypt ransom keylogger ransomware miner xmrig
main etc dev var usr opt bin sbin lib tmp
`;

/** Shortest vocabulary word a slip is read toward: shorter ones sit one slip from common words. */
const MIN_TARGET = 5;
/** Short words read through slips all the same. */
const SHORT_TARGETS = ['curl', 'bash', 'sudo', 'push'];
/** Real words one slip from a vocabulary word (`remote`, `month`): never read as slips. */
const WORDS_AS_WRITTEN = new Set(
  `utils print prints month fails remote base were share shared scheme uses clear icon secure news rest wheel
white breach minor even tales raise expert passed whole meine ordner until false where while mount shred
bases bush cash wash push pash rush sudoku pseudo curb curly curls hurl cure bass bath bake branch
reset reads ready rails tables orders events users miners mines nice mine matter plus openssh tale pasted
remover grave audited torch taken unload wipes upset`.split(/\s+/),
);
/** Vocabulary words by first letter and length (`(letter - a) * 32 + length`). */
let byShape: string[][] | null = null;
/** The letters each bucket word holds, one bit per letter, beside `byShape`. */
let masksByShape: number[][] = [];

/** One bit per letter a–z of `t`. */
function letterMask(t: string): number {
  let m = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
  }
  return m;
}

/** Bits set in `x`, at most three counted (a slip changes the letters present by two at most). */
function fewBits(x: number): number {
  let n = 0;
  let v = x;
  while (v !== 0 && n < 3) {
    v &= v - 1;
    n++;
  }
  return n;
}

function shape(first: number, length: number): number {
  return (first - 97) * 32 + length;
}

function build(): string[][] {
  const buckets: string[][] = Array.from({ length: 26 * 32 }, () => []);
  const add = (w: string): void => {
    const l = w.toLowerCase();
    if (l.length < 3 || l.length > MAX_WORD || !/^[a-z][a-z0-9_]*$/.test(l)) return;
    const b = buckets[shape(l.charCodeAt(0), l.length)] as string[];
    if (!b.includes(l)) b.push(l);
  };
  for (const p of PROGRAMS) add(p);
  for (const p of SHELL_FIRST) add(p);
  for (const w of WORDS.split(/\s+/)) if (w !== '') add(w);
  masksByShape = buckets.map((b) => b.map(letterMask));
  return buckets;
}

/** Reading modes of a character: as written, digits as letters with `1` as i, with `1` as l. */
const AS_WRITTEN = 0;
const LEET_I = 1;
const LEET_L = 2;
/** The letter each digit stands for (`0` o, `3` e, `4` a, `5` s, `7` t; `1` by mode), else 0. */
const DIGIT_LETTER = [111, 0, 0, 101, 97, 115, 0, 116, 0, 0];

/** Character `k` of the word at `s`, in lowercase, read in `mode`. */
function code(line: string, s: number, k: number, mode: number): number {
  const c = line.charCodeAt(s + k);
  if (c >= 65 && c <= 90) return c + 32;
  if (mode === AS_WRITTEN || c < 48 || c > 57) return c;
  if (c === 49) return mode === LEET_I ? 105 : 108;
  return DIGIT_LETTER[c - 48] || c;
}

/** Whether the word from `a` and `t` from `b` are the same to their ends. */
function sameRest(line: string, s: number, n: number, a: number, t: string, b: number, mode: number): boolean {
  if (n - a !== t.length - b) return false;
  for (let k = 0; a + k < n; k++) if (code(line, s, a + k, mode) !== t.charCodeAt(b + k)) return false;
  return true;
}

/**
 * How `line[s, s + n)` (in lowercase, read in `mode`) stands to `t`: 0 the same, 1 one slip away
 * past the first letter (one letter changed, missing or extra, or two neighbours swapped), 2
 * anything else. No allocation.
 */
function distance(line: string, s: number, n: number, t: string, mode: number): number {
  const m = t.length;
  let i = 0;
  while (i < n && i < m && code(line, s, i, mode) === t.charCodeAt(i)) i++;
  if (i === n && i === m) return 0;
  if (i === 0) return 2;
  if (n === m) {
    if (sameRest(line, s, n, i + 1, t, i + 1, mode)) return 1;
    return i + 1 < n &&
      code(line, s, i, mode) === t.charCodeAt(i + 1) &&
      code(line, s, i + 1, mode) === t.charCodeAt(i) &&
      sameRest(line, s, n, i + 2, t, i + 2, mode)
      ? 1
      : 2;
  }
  if (n === m + 1) return sameRest(line, s, n, i + 1, t, i, mode) ? 1 : 2;
  if (n + 1 === m) return sameRest(line, s, n, i, t, i + 1, mode) ? 1 : 2;
  return 2;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * The vocabulary word `line[s, s + n)` reads as, or null: the word itself when it is one (then
 * null, nothing to change, unless digits stood for letters), else the one word a slip away.
 */
function reading(line: string, s: number, n: number, buckets: string[][], digits: boolean): string | null {
  for (let mode = digits ? LEET_I : AS_WRITTEN; mode <= (digits ? LEET_L : AS_WRITTEN); mode++) {
    const first = code(line, s, 0, mode);
    if (first < 97 || first > 122) return null;
    let found: string | null = null;
    let mask = 0;
    for (let k = 0; k < n; k++) {
      const c = code(line, s, k, mode) - 97;
      if (c >= 0 && c < 26) mask |= 1 << c;
    }
    for (let len = n - 1; len <= n + 1; len++) {
      if (len < 3 || len > MAX_WORD) continue;
      const at = shape(first, len);
      const words = buckets[at] as string[];
      const masks = masksByShape[at] as number[];
      for (let q = 0; q < words.length; q++) {
        // One slip changes which letters the word holds by two at most: most words differ by more.
        if (fewBits(mask ^ (masks[q] as number)) > 2) continue;
        const t = words[q] as string;
        const d = distance(line, s, n, t, mode);
        if (d === 0) return digits ? t : null;
        if (d === 1 && n >= MIN_WORD && (t.length >= MIN_TARGET || SHORT_TARGETS.includes(t))) {
          if (found !== null && found !== t) return null;
          found = t;
        }
      }
    }
    if (found !== null) {
      const w = line.slice(s, s + n).toLowerCase();
      return WORDS_AS_WRITTEN.has(w) || inflected(w, found) ? null : found;
    }
  }
  return null;
}

/** Whether `w` is `r` with an ending added or dropped (`tests`, `user`, `deleted`): no slip. */
function inflected(w: string, r: string): boolean {
  const [a, b] = w.length > r.length ? [w, r] : [r, w];
  return a.startsWith(b) && (a.length - b.length === 1 ? /[sd]$/.test(a) : a.endsWith('ed'));
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `line` with every word one slip (or digits for letters) away from the vocabulary replaced by
 * that word, or null when no word changes or the line is longer than 160 code units.
 */
export function typoReading(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  byShape ??= build();
  const buckets = byShape;
  let out = '';
  let last = 0;
  let changed = false;
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const s = i;
    let letters = 0;
    let digits = 0;
    while (i < n) {
      const d = line.charCodeAt(i);
      if (isLetter(d)) letters++;
      else if (isDigit(d)) digits++;
      else if (d !== 95) break;
      i++;
    }
    const len = i - s;
    // dd's operands with digits for letters (`1f=`, `0f=`).
    if (len === 2 && digits === 1 && line.charCodeAt(i) === 61) {
      const two = line
        .slice(s, i)
        .toLowerCase()
        .replace(/[0-9]/, (d) => LEET[d] ?? d);
      if (two === 'if' || two === 'of') {
        out += line.slice(last, s) + two;
        last = i;
        changed = true;
      }
      continue;
    }
    if (len < 3 || len > MAX_WORD || letters === 0) continue;
    if (digits === 0 && len < MIN_WORD) continue;
    const r = reading(line, s, len, buckets, digits > 0);
    if (r === null) continue;
    out += line.slice(last, s) + r;
    last = i;
    changed = true;
  }
  return changed ? out + line.slice(last) : null;
}
