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
 * Longest line read this way (a request bent by slips may sit in a long paragraph); the walk is
 * linear and allocates only where a word changes.
 */
const MAX_LINE = 4096;
/**
 * Longest line read without a first look: the reading costs several microseconds on a line of 200
 * code units, which every ordinary request with no finding would pay, so a longer line is read only
 * when one of its words is near a verb that destroys or takes (`nearVerb`), or when it asks for its
 * typos to be fixed and the result run (`lenient`, up to 400 code units).
 */
const MAX_UNLOOKED = 160;
/** Verbs a long line's first look searches for, bent by a slip. */
const LOOK_VERBS =
  'delete remove destroy drop truncate purge wipe erase shred format dump steal upload disable send ignore forget'.split(
    ' ',
  );
/** The look verbs in order of first letter, with their letter masks, in parallel arrays. */
const LOOK_WORDS: readonly string[] = [...LOOK_VERBS].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
const LOOK_MASKS: Int32Array = Int32Array.from(LOOK_WORDS, letterMask);
/** Where the look verbs of each first letter start in `LOOK_WORDS` (27 entries: the last is the end). */
const LOOK_FROM: Int32Array = Int32Array.from(
  { length: 27 },
  (_, k) => LOOK_WORDS.filter((w) => w.charCodeAt(0) < 97 + k).length,
);

/**
 * Per first letter, one bit per word length within one of a look verb's length (bit `len` set
 * when some verb with that first letter is `len - 1` to `len + 1` letters long).
 */
const LOOK_LENGTHS: Int32Array = Int32Array.from({ length: 26 }, (_, k) => {
  let bits = 0;
  for (const w of LOOK_WORDS) if (w.charCodeAt(0) === 97 + k) bits |= 7 << (w.length - 1);
  return bits;
});

/**
 * Whether some word of `line` is one slip from a verb of `LOOK_VERBS` (an edit, two neighbours
 * swapped or a letter doubled), its first letter kept. One pass, no allocation.
 */
function nearVerb(line: string): boolean {
  const n = line.length;
  let i = 0;
  while (i < n) {
    let c = line.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const s = i;
    let mask = 0;
    while (i < n) {
      c = line.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      mask |= 1 << (c - 97);
      i++;
    }
    const len = i - s;
    if (len < 3 || len > 10) continue;
    const first = (line.charCodeAt(s) | 32) - 97;
    // Most words have no look verb of their first letter within one of their length.
    // first is a letter index, below LOOK_LENGTHS.length = 26
    if (((LOOK_LENGTHS[first]! >> len) & 1) === 0) continue;
    // first + 1 < LOOK_FROM.length = 27; k < LOOK_WORDS.length = LOOK_MASKS.length
    const to = LOOK_FROM[first + 1]!;
    for (let k = LOOK_FROM[first]!; k < to; k++) {
      const w = LOOK_WORDS[k]!;
      if (Math.abs(w.length - len) > 1 || fewBits(mask ^ LOOK_MASKS[k]!) > 2) continue;
      if (distance(line, s, len, w, AS_WRITTEN) === 1 || swappedOrDoubled(line, s, len, w, AS_WRITTEN)) return true;
    }
  }
  return false;
}
/** Shortest and longest word corrected. */
const MIN_WORD = 4;
const MAX_WORD = 16;

/** Subcommands, flags, paths and nouns, beside the program names. */
const WORDS = `
delete remove destroy drop truncate purge wipe erase shred format overwrite nuke empty scrape
namespace namespaces bucket buckets volume volumes cluster clusters instance instances database databases
table tables schema collection collections objects recursive force grace period prune system
push checkout orphan origin master reset hard clean rebase branch history commit
from where customers users orders accounts payments production update insert deletemany deleteone dropdatabase
shadow passwd sudoers group gshadow credentials authorized_keys known_hosts id_rsa id_ed25519
bash_history zsh_history bashrc zshrc profile crontab cron systemd services service
zero random urandom boot root home proc mnt sda sdb nvme disk disks partition
chmod chown chattr setuid iptables firewall firewalld ufw defender protection realtime monitoring
security event events eventlog logs audit auditd disable stop kill send steal dump leak
keychain password passwords token tokens private secret secrets upload download execute
reverse listener payload encrypt decrypt ransom keylogger ransomware miner xmrig
main etc dev var usr opt bin sbin lib tmp
apparmor selinux setenforce teardown fail2ban clamav wazuh osquery sysmon sentinel crowdstrike
config netrc npmrc pypirc kube docker gnupg git-credentials hosts
msiexec certutil regsvr32 rundll32 mshta bitsadmin powershell schtasks vssadmin wevtutil bcdedit netsh
doctl gcloud kubectl terraform droplet droplets instance project projects workspace workspaces repository
permanently everything archived repositories personal private address addresses messages emails inbox
forward exfiltrate silently hidden backdoor startup registry scheduled install installer download
downloads macro macros monero followers reviews comments advertising snapshots versions recycle
https rclone membership layoff layoffs
run post done list iex diskpart
control currentcontrolset settings gradle properties type name exec
`;

/**
 * The wider vocabulary of dangerous requests in prose (their acts, targets, manners and the words
 * around them), read only through the slips that seldom turn one English word into another: two
 * neighbours swapped, a letter doubled or left out, or an extra letter in a longer word (never one
 * letter changed, which turns `after` into `alter` and `stack` into `stalk`).
 */
const BROAD_WORDS = `
obliterate annihilate demolish eradicate deprovision decommission deletion removal overwrite corrupt scrub
reformat unmount permanently irreversibly entire entirely backups backup snapshot storage droplet server
servers machine machines deployment deployments container containers images repository depot revisions
folder folders directory directories drive drives partitions filesystem
passphrase credential apikey keystore kubeconfig privkey session cookies cookie browser chrome firefox
saved vault wallet mnemonic recovery authenticator hashes hashdump mimikatz lsass minidump comsvcs security
azure google amazon github gitlab access library keychains
preload journal journald journalctl syslog rsyslog defender antivirus startup autostart kernel module
modules bootloader fstab resolv sshd_config
ignore disregard previous prior earlier above instructions instruction guidelines rules policy policies
restrictions prompt developer override jailbreak pretend roleplay unrestricted unfiltered uncensored
confidential reveal repeat verbatim forget remember approve approved approval confirm confirmation
permission payment transfer transfers assistant summarizer summary company conversation conversations
customer details verification verify tenant tenants filter configured refund credit account accounts
select insert alter keyspace exists cascade column columns records replica cassandra postgres postgresql
mongodb couchbase payroll
location locations phone numbers number social passport passports license licence medical diagnosis
diagnoses patient patients pregnant pregnancy health salary salaries employee employees coworker neighbour
neighbor journalist family relatives dossier stalk stalking tracking whereabouts personal identity birthday
download execute executes installer script scripts payloads python python3 invoke expression webclient
urllib requests netcat connect callback dropper loader destination
ratings followers likes profiles comments newsletter newsletters mailing subscribe unsubscribe promotion
advertise bulk blast texts flood twilio whatsapp telegram linkedin twitter instagram facebook youtube reddit
wikipedia articles rotating proxies captcha
keystrokes encrypts rootkit botnet trojan spreads spread stealer infostealer mining cryptominer
persistence undetectable evade evasion obfuscate obfuscated polymorphic quietly memory process processes
inject injection scraper track cards
decode decoded encode encoded reversed string hexadecimal cipher variable variables concatenate
every everyone everybody general results already keeping useless lists private without anyone nobody
regsvr rundll scrobj
swaks sendmail mailx hydra nmap sqlmap msfvenom metasploit meterpreter rubeus bloodhound hashcat
crackmapexec impacket psexec procdump secretsdump
`;

/** Shortest vocabulary word a slip is read toward: shorter ones sit one slip from common words. */
const MIN_TARGET = 5;
/** Short words read through slips all the same. */
const SHORT_TARGETS = ['curl', 'bash', 'sudo', 'push'];
/**
 * Short words read through the slips that rarely make another word: two neighbours swapped or a
 * letter doubled (`drpo`, `hoem`, `/ect`, `wegt`, `DROPP`, `rmm`).
 */
const SWAP_TARGETS = new Set([
  'rm',
  'dd',
  'cat',
  'drop',
  'home',
  'send',
  'etc',
  'wget',
  'root',
  'kill',
  'keys',
  'user',
  'find',
  'run',
]);
/**
 * Flag words read after their dash through two neighbours swapped or a letter doubled (`-tpye f`,
 * `-nmae`, `-exce`): find's flags that pick what it acts on.
 */
const FLAG_WORDS = new Set(['type', 'name', 'exec']);
/** Real words one slip from a vocabulary word (`remote`, `month`): never read as slips. */
const WORDS_AS_WRITTEN = new Set(
  `utils print prints month fails remote base were share shared scheme uses clear icon secure news rest wheel
white breach minor even tales raise expert passed whole meine ordner until false where while mount shred
bases bush cash wash push pash rush sudoku pseudo curb curly curls hurl cure bass bath bake branch
reset reads ready rails tables orders events users miners mines nice mine matter plus openssh tale pasted
remover grave audited torch taken unload wipes upset updated updates inserts finds fiend protect protects
projected instant confit ghosts urn
spring sprint likely liked cookie cards carts caret modules models moduled cancer answer abode adobe sense
saver lover loader lodger entre seed sealed sells spells storey story stores strong sting posted stale stall phony`.split(
    /\s+/,
  ),
);
/** The words of the first vocabulary (programs and {@link WORDS}), read through any one slip. */
let core: Set<string> = new Set();
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
    if ((l.length < 3 && !SWAP_TARGETS.has(l)) || l.length > MAX_WORD || !/^[a-z][a-z0-9_]*$/.test(l)) return;
    const b = buckets[shape(l.charCodeAt(0), l.length)] as string[];
    if (!b.includes(l)) b.push(l);
  };
  for (const p of PROGRAMS) add(p);
  for (const p of SHELL_FIRST) add(p);
  for (const w of WORDS.split(/\s+/)) if (w !== '') add(w);
  core = new Set<string>();
  for (const b of buckets) for (const w of b) core.add(w);
  for (const w of BROAD_WORDS.split(/\s+/)) if (w !== '') add(w);
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

/**
 * Whether `line[s, s + n)` (lowercase, read in `mode`) is `t` with two neighbours swapped or one
 * letter doubled: the slips a short word takes without turning into another word.
 */
function swappedOrDoubled(line: string, s: number, n: number, t: string, mode: number): boolean {
  const m = t.length;
  let i = 0;
  while (i < n && i < m && code(line, s, i, mode) === t.charCodeAt(i)) i++;
  if (i === 0) return false;
  if (n === m) {
    return (
      i + 1 < n &&
      code(line, s, i, mode) === t.charCodeAt(i + 1) &&
      code(line, s, i + 1, mode) === t.charCodeAt(i) &&
      sameRest(line, s, n, i + 2, t, i + 2, mode)
    );
  }
  return (
    n === m + 1 && code(line, s, i, mode) === code(line, s, i - 1, mode) && sameRest(line, s, n, i + 1, t, i, mode)
  );
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
      if (len < 2 || len > MAX_WORD) continue;
      const at = shape(first, len);
      const words = buckets[at] as string[];
      const masks = masksByShape[at] as number[];
      for (let q = 0; q < words.length; q++) {
        // One slip changes which letters the word holds by two at most: most words differ by more.
        if (fewBits(mask ^ (masks[q] as number)) > 2) continue;
        const t = words[q] as string;
        const d = distance(line, s, n, t, mode);
        // A path's part in capitals (`/etc/SHADOW`, a look-alike capital read as drawn) is the file.
        if (d === 0)
          return digits || (line.charCodeAt(s - 1) === 47 && hasCapital(line, s, n) && core.has(t)) ? t : null;
        if (d === 1 && !core.has(t) && !rareSlip(line, s, n, t, mode)) continue;
        if (d === 1 && (n >= MIN_WORD || lenient(line)) && (t.length >= MIN_TARGET || SHORT_TARGETS.includes(t))) {
          if (found !== null && found !== t) return null;
          found = t;
        } else if (
          d === 1 &&
          (SWAP_TARGETS.has(t) ||
            (FLAG_WORDS.has(t) && line.charCodeAt(s - 1) === 45) ||
            (t.length >= 3 && core.has(t) && t !== 'from' && standsAlone(line, s, s + n))) &&
          ((lenient(line) && SWAP_TARGETS.has(t)) || swappedOrDoubled(line, s, n, t, mode))
        ) {
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

/**
 * Whether `line[s, s + n)`, one slip from the wider-vocabulary word `t`, is so by a slip that
 * seldom makes another word: two neighbours swapped or a letter doubled, a letter left out of a
 * word of five letters or more, or an extra letter in one of six or more.
 */
function rareSlip(line: string, s: number, n: number, t: string, mode: number): boolean {
  if (swappedOrDoubled(line, s, n, t, mode)) return true;
  if (n + 1 === t.length) return n >= 5;
  return n === t.length + 1 && n >= 6;
}

/** Whether `line[s, s + n)` holds a capital past its first letter (`SHADOW`, `ShADOW`, not `Users`). */
function hasCapital(line: string, s: number, n: number): boolean {
  for (let k = s + 1; k < s + n; k++) {
    const c = line.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Whether `w` is `r` with an ending added or dropped (`tests`, `user`, `deleted`): no slip. */
function inflected(w: string, r: string): boolean {
  const [a, b] = w.length > r.length ? [w, r] : [r, w];
  if (!a.startsWith(b)) return false;
  // A last letter doubled (`tarr`, `shredd`) is a slip, not an ending.
  if (a.length - b.length === 1) return /[sdry]$/.test(a) && a.charCodeAt(a.length - 1) !== a.charCodeAt(a.length - 2);
  return /(?:ed|er|es|ly)$/.test(a);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `line` with every word one slip (or digits for letters) away from the vocabulary replaced by
 * that word, or null when no word changes, the line is longer than 4,096 code units, or a line
 * longer than 160 holds no word near a verb that destroys or takes.
 */
export function typoReading(text: string): string | null {
  if (text.length > MAX_LINE || (text.length > MAX_UNLOOKED && !nearVerb(text) && !lenient(text))) return null;
  let joined = joinSpelledOut(text);
  if (text.includes('w/')) {
    // `w/` and `w/o` standing alone: `with`, `without`.
    const w = (joined ?? text)
      .replace(/(?<![\w/.])w\/o(?![\w/])/gi, 'without')
      .replace(/(?<![\w/.])w\/(?=\s)/gi, 'with');
    if (w !== (joined ?? text)) joined = w;
  }
  const line = joined ?? text;
  // Whether the line is leetspeak, settled at its first word with both letters and digits.
  let leet: boolean | null = null;
  // Whether an SQL statement's verb came before, written or read through a slip.
  let sql = false;
  // Whether that verb was written in capitals: the line holds an SQL statement, not prose.
  let statement = false;
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
    if (len > MAX_WORD) continue;
    if (digits === 0 && i + 1 < n) {
      // A word broken by a stray space or hyphen (`pass word`, `key-logger`, `dele te`).
      const e = brokenWord(line, s, i, buckets);
      if (e > 0) {
        out += line.slice(last, s) + line.slice(s, i).toLowerCase() + line.slice(i + 1, e).toLowerCase();
        last = e;
        i = e;
        changed = true;
        continue;
      }
    }
    let r: string | null = null;
    // In an SQL statement in capitals a single letter is a table's alias (`JOIN riders u ON u.id`).
    if (len <= 6 && (digits === 0 || len <= 2 || isDigit(line.charCodeAt(i - 1))) && !(statement && len === 1))
      r = shorthand(line, s, i);
    if (r === null && letters === 0) continue;
    if (r === null && digits === 0)
      r = commandSlip(line, s, i) ?? schemeSlip(line, s, i) ?? subcommandSlip(line, s, i) ?? callSlip(line, s, i);
    if (r === null && len === 2 && digits === 0) r = pathSkeleton(line, s);
    if (r === null && digits > 0 && letters >= 3) r = digitsAfter(line, s, i, letters, buckets);
    if (r === null && len >= 3) r = reading(line, s, len, buckets, digits > 0);
    if (r === null && digits === 0 && len >= 3) r = unvoweled(line, s, i);
    if (r === null && digits > 0) {
      leet ??= leetLine(line);
      if (leet) r = leetWord(line, s, i);
    }
    const c0 = line.charCodeAt(s);
    if (c0 >= 65 && c0 <= 90 && letters === len && len >= 3 && len <= 9 && capitals(line, s, i)) {
      // A statement in capitals: its keywords after its verb are read through a slip too.
      if (r === null && sql) r = sqlKeyword(line, s, len);
      if (!sql && len >= 4 && len <= 8) sql = SQL_VERBS.has(r ?? line.slice(s, i).toLowerCase());
      statement ||= sql;
    } else if (!sql && r !== null && SQL_VERBS.has(r)) sql = true;
    if (r === null) continue;
    out += line.slice(last, s) + r;
    last = i;
    changed = true;
  }
  if (changed) return out + line.slice(last);
  return joined;
}

/**
 * Where the word after `line[s, e)` ends when the two, kept apart by one space or hyphen, are one
 * vocabulary word of six letters or more broken in two (`pass word`, `ransom-ware`, `dele te`),
 * neither half a vocabulary word itself (`event log` stays) and the word no program's name; else 0. Compared in place, without allocation.
 */
function brokenWord(line: string, s: number, e: number, buckets: string[][]): number {
  const gap = line.charCodeAt(e);
  if (gap !== 32 && gap !== 45) return 0;
  let j = e + 1;
  while (j < line.length && isLetter(line.charCodeAt(j))) j++;
  const total = e - s + j - e - 1;
  if (j === e + 1 || total < 6 || total > MAX_WORD) return 0;
  if (j < line.length && (isDigit(line.charCodeAt(j)) || line.charCodeAt(j) === 95)) return 0;
  const words = buckets[shape(line.charCodeAt(s) | 32, total)];
  if (words === undefined || words.length === 0) return 0;
  for (const t of words) {
    let k = 0;
    for (; k < total; k++) {
      const c = line.charCodeAt(k < e - s ? s + k : s + k + 1) | 32;
      if (c !== t.charCodeAt(k)) break;
    }
    // A program's name is a phrase when broken (`shut down`, `time out`).
    if (k < total || SHELL_FIRST.has(t)) continue;
    const head = buckets[shape(line.charCodeAt(s) | 32, e - s)] ?? [];
    const a = line.slice(s, e).toLowerCase();
    const b = line.slice(e + 1, j).toLowerCase();
    if (head.includes(a) || (buckets[shape(b.charCodeAt(0), b.length)] ?? []).includes(b)) return 0;
    return j;
  }
  return 0;
}

/** Verbs that start an SQL statement. */
const SQL_VERBS = new Set(['select', 'delete', 'drop', 'truncate', 'update', 'insert', 'alter', 'merge']);
/** Keywords that follow an SQL statement's verb. */
const SQL_KEYWORDS = [
  'from',
  'where',
  'table',
  'into',
  'values',
  'join',
  'order',
  'group',
  'keyspace',
  'database',
  'schema',
  'exists',
  'cascade',
  'column',
  'null',
  'limit',
  'index',
  'view',
];

/** Whether `line[s, e)` is all capitals. */
function capitals(line: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = line.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * The SQL keyword a word in capitals after a statement's verb is one slip from (`FORM`, `WHRE`,
 * `TABEL`, `NUL`), or null: any slip for a keyword of five letters or more, a swap, a doubled or a
 * dropped letter for a shorter one (`INFO` stays).
 */
function sqlKeyword(line: string, s: number, n: number): string | null {
  for (const k of SQL_KEYWORDS) {
    if (Math.abs(k.length - n) > 1) continue;
    const d = distance(line, s, n, k, AS_WRITTEN);
    if (d === 0) return null;
    if (d === 1 && (k.length >= 5 || n + 1 === k.length || swappedOrDoubled(line, s, n, k, AS_WRITTEN))) return k;
  }
  return null;
}

/**
 * A word of letters and then digits (`pyhton3`, `regsvrr32`): its letters read through a slip
 * with the digits kept after them, or null when they read as nothing else.
 */
function digitsAfter(line: string, s: number, e: number, letters: number, buckets: string[][]): string | null {
  for (let k = s; k < s + letters; k++) if (!isLetter(line.charCodeAt(k))) return null;
  const r = reading(line, s, letters, buckets, false);
  return r === null ? null : r + line.slice(s + letters, e);
}

/**
 * Text-speak and clipped words, as the model reads them (`u`, `ur`, `pls`, `4`, `2`, `b4`, `w/o`,
 * `msg`, `db`, `srv`, `kys`, `dl`, `addr`): only a word standing alone, never part of a path, a
 * flag, a file name or a variable.
 */
const SHORTHAND = new Map<string, string>(
  `u you|ur your|urs yours|r are|pls please|plz please|plse please|pleez please|thx thanks|thnx thanks|ty thanks
2 to|4 for|b4 before|msg message|msgs messages|pw password|pwds passwords|pws passwords|pswd password
db database|dbs databases|srv server|svr server|srvr server|kys keys|ky key|n and|dl download|dlt delete
rmv remove|tbl table|tbls tables|addr address|addy address|ths this|cn can|gimme give me|wanna want to
evry every|rite right|teh the|cmd command|creds credentials
acct account|accts accounts|ppl people|phn phone|num number|yr your|smth something|abt about|usr user
usrs users|pic photo|pics photos|txt text|msging messaging|pswds passwords|evry1 everyone|every1 everyone
any1 anyone|some1 someone|no1 nobody
sys system|prv private|pvt private|sec secret|frnds friends|em them|ya you|da the|dat that|dis this
rn right now|asap now|k okay|pwd password|th the|fr for|ll all|m me`
    .split(/[|\n]/)
    .map((p) => {
      const k = p.indexOf(' ');
      return [p.slice(0, k), p.slice(k + 1)] as [string, string];
    }),
);
/** Shorthand read only after a word that owns it (`the db pwd`, `root pw`): alone it is a command. */
const AFTER_OWNER = new Set(['pwd', 'rn', 'k', 'r', 'n', 'u', '2', '4', 'th', 'fr', 'll', 'm']);
const OWNERS = new Set(
  'the my ur your his her their our db database root admin prod srv server wifi email mail user account ssh sudo my'.split(
    ' ',
  ),
);

/** The word before `s` in `line`, lowercase, up to 12 letters, or ''. */
function wordBefore(line: string, s: number): string {
  let e = s - 1;
  while (e >= 0 && line.charCodeAt(e) === 32) e--;
  let b = e;
  while (b >= 0 && b > e - 12 && (isLetter(line.charCodeAt(b)) || isDigit(line.charCodeAt(b)))) b--;
  return line.slice(b + 1, e + 1).toLowerCase();
}

/** Whether `line[s, e)` stands alone: no path, flag, dot, sigil or `=` joined to it. */
function standsAlone(line: string, s: number, e: number): boolean {
  const b = s > 0 ? line.charCodeAt(s - 1) : 32;
  const a = e < line.length ? line.charCodeAt(e) : 32;
  // - / . $ % = @ _ \ ~ :
  const joinedBefore =
    b === 45 || b === 47 || b === 46 || b === 36 || b === 37 || b === 61 || b === 64 || b === 92 || b === 126;
  const joinedAfter =
    a === 47 || a === 61 || a === 92 || a === 95 || (a === 46 && e + 1 < line.length && line.charCodeAt(e + 1) > 32);
  return !joinedBefore && !joinedAfter;
}

/** A word of up to six characters as one number (lowercase codes in base 128), with no allocation. */
function wordKey(line: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) {
    const c = line.charCodeAt(k);
    h = h * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}

let shorthandKeys: Map<number, string> | null = null;

/** The reading of a shorthand word at `line[s, e)`, or null. */
function shorthand(line: string, s: number, e: number): string | null {
  if (shorthandKeys === null) {
    shorthandKeys = new Map();
    for (const [k, v] of SHORTHAND) shorthandKeys.set(wordKey(k, 0, k.length), v);
  }
  const r = shorthandKeys.get(wordKey(line, s, e));
  if (r === undefined || !standsAlone(line, s, e)) return null;
  const w = line.slice(s, e).toLowerCase();
  if (AFTER_OWNER.has(w)) {
    const before = wordBefore(line, s);
    if (w === 'pwd' || w === 'r' || w === 'k') return OWNERS.has(before) ? r : null;
    // `rn` before flags is `rm` (see commandSlip); `n`, `u`, `2`, `4` need words on both sides.
    const next = line.charCodeAt(e + 1) || 0;
    if (before === '' || e >= line.length || !(isLetter(next) || next === 47 || next === 126)) return null;
    // A loop's variable (`for n in …`, `for u in …`).
    if (before === 'for' && line.startsWith(' in ', e)) return null;
    if (w === 'rn' && line.charCodeAt(e + 1) === 45) return null;
  }
  return r;
}

/** Short programs a slip in command position is read toward. */
const SHORT_PROGRAMS = ['rm', 'dd', 'cat', 'curl', 'wget', 'bash', 'sudo', 'chmod', 'chown', 'mkfs', 'shred'];
let programNames: Set<string> | null = null;

/**
 * A word in command position (first on the line, after `sudo`, a pipe, `;`, `&` or a label's
 * colon) and followed by a flag, a url or a path, one slip past its first letter from a short
 * program (`rn -rf /`, `Rum -rf /`, `crl -s http://…`, `shrd -u /etc/…`): that program. A word that
 * is a program itself stays.
 */
function commandSlip(line: string, s: number, e: number): string | null {
  const n = e - s;
  if (n < 2 || n > 6 || line.charCodeAt(e) !== 32) return null;
  const a = line.charCodeAt(e + 1);
  // - / ~ or a url
  if (!(a === 45 || a === 47 || a === 126 || (a === 104 && line.startsWith('http', e + 1)))) return null;
  let b = s - 1;
  while (b >= 0 && line.charCodeAt(b) === 32) b--;
  const before = b < 0 ? 0 : line.charCodeAt(b);
  // | ; & : `
  const lead = b < 0 || before === 124 || before === 59 || before === 38 || before === 58 || before === 96;
  if (!lead && !(b >= 3 && /(?:^|\s)sudo$/i.test(line.slice(Math.max(0, b - 4), b + 1)))) return null;
  if (programNames === null) {
    programNames = new Set<string>();
    for (const p of PROGRAMS) programNames.add(p.toLowerCase());
    for (const p of SHELL_FIRST) programNames.add(p.toLowerCase());
  }
  const w = line.slice(s, e).toLowerCase();
  if (programNames.has(w)) return null;
  for (const t of SHORT_PROGRAMS)
    if (Math.abs(t.length - n) <= 1 && distance(line, s, n, t, AS_WRITTEN) === 1) return t;
  return null;
}

/** URL schemes a slip before `://` is read toward. */
const SCHEMES = ['http', 'https'];

/**
 * A word right before `://` one slip from a URL scheme (`htp://`, `htps://`, `htttp://`): that
 * scheme, so a download written with a bent scheme is read as the download it names.
 */
function schemeSlip(line: string, s: number, e: number): string | null {
  const n = e - s;
  if (n < 3 || n > 6 || line.charCodeAt(e) !== 58 || !line.startsWith('://', e)) return null;
  let found: string | null = null;
  for (const t of SCHEMES) {
    const d = distance(line, s, n, t, AS_WRITTEN);
    // A scheme as written (`https` is one slip from `http`) stays.
    if (d === 0) return null;
    if (d === 1) found = t;
  }
  return found;
}

/** Calls that run the code they are given (Lua's `load`, `dofile`; `eval`, `exec`). */
const RUNNING_CALLS = ['load', 'loadstring', 'dofile', 'eval', 'exec'];

/**
 * A word right before `(` that is a call of {@link RUNNING_CALLS} with two neighbours swapped or a
 * letter doubled (`laod(s)()`, `exce(src)`, `evall(x)`): that call. Those slips seldom make
 * another name, so the reading needs no request to fix the line.
 */
function callSlip(line: string, s: number, e: number): string | null {
  const n = e - s;
  if (n < 4 || n > 11 || line.charCodeAt(e) !== 40) return null;
  for (const t of RUNNING_CALLS) {
    if (Math.abs(t.length - n) > 1) continue;
    if (distance(line, s, n, t, AS_WRITTEN) === 0) return null;
    if (swappedOrDoubled(line, s, n, t, AS_WRITTEN)) return t;
  }
  return null;
}

/**
 * Subcommands that act (add a key, run a script, delete or destroy a resource), read in the slot
 * after a program's name.
 */
const SUBCOMMANDS = [
  'add',
  'run',
  'set',
  'exec',
  'delete',
  'remove',
  'destroy',
  'install',
  'import',
  'apply',
  'purge',
  'stop',
  'disable',
];

/**
 * A word in the subcommand slot (second on a line that asks for its typos to be fixed and the
 * result run, after a first word of letters in command position: `reg ad …`, `uv rnu …`,
 * `pip instal …`) one slip from a subcommand of {@link SUBCOMMANDS}, and no subcommand
 * itself: that subcommand. Only in such a line, where the request itself says the words are bent;
 * a line that does not ask stays as written (`git ad` is a slip nobody asked to run).
 */
function subcommandSlip(line: string, s: number, e: number): string | null {
  const n = e - s;
  if (n < 2 || n > 8 || line.charCodeAt(e) !== 32) return null;
  // The word before: letters only, after the line's start, a pipe, `;`, `&` or `sudo `.
  let b = s - 1;
  if (b < 0 || line.charCodeAt(b) !== 32) return null;
  while (b >= 0 && line.charCodeAt(b) === 32) b--;
  const pe = b + 1;
  while (b >= 0 && isLetter(line.charCodeAt(b))) b--;
  if (pe - b - 1 < 2 || (b >= 0 && line.charCodeAt(b) !== 32)) return null;
  let a = b;
  while (a >= 0 && line.charCodeAt(a) === 32) a--;
  // | ; & or the line's start
  const lead = line.charCodeAt(a);
  if (a >= 0 && lead !== 124 && lead !== 59 && lead !== 38 && lead !== 10) return null;
  let found: string | null = null;
  for (const t of SUBCOMMANDS) {
    if (Math.abs(t.length - n) > 1) continue;
    const d = distance(line, s, n, t, AS_WRITTEN);
    if (d === 0) return null;
    // A short subcommand is read only through a slip that seldom makes a word: a letter left out,
    // two neighbours swapped or one doubled (`ad`, `rnu`, `sett`; `sat` and `rub` stay).
    if (d !== 1 || (t.length <= 4 && n >= t.length && !swappedOrDoubled(line, s, n, t, AS_WRITTEN))) continue;
    if (found !== null && found !== t) return null;
    found = t;
  }
  // The request to fix and run is asked last: few words get this far.
  return found !== null && lenient(line) ? found : null;
}

/**
 * A line that asks for its typo to be fixed and the result run ("fix the typo and run", "my phone
 * autocorrected this, run the right one"): short words are read through any one slip there.
 */
const FIX_AND_RUN =
  /\b(?:fix|correct|autocorrect\w*|typo\w*|spell\w*|misspel\w*)\b[^\n]{0,80}?\b(?:run|execute|exec)\b|\b(?:run|execute|exec)\b[^\n]{0,200}?\b(?:fix|correct)\w* (?:the |my )?(?:spelling|typos?|slips)\b/i;

/** The line {@link lenient} read last, and its answer. */
let lenientLine: string | null = null;
let lenientAnswer = false;

/**
 * Whether short words of `line` are read through any one slip: a line of up to 400 code units that
 * asks for its typo to be fixed and the result run ({@link FIX_AND_RUN}). Asked only once a word
 * is a slip away from a short one, which few lines hold, and kept for the line's other words.
 */
function lenient(line: string): boolean {
  if (line !== lenientLine) {
    lenientAnswer = line.length <= 400 && FIX_AND_RUN.test(line);
    lenientLine = line;
  }
  return lenientAnswer;
}

/**
 * Words written without their vowels (`dlt`, `rmv`, `pswrd`, `drctry`, `dtbs`), read as the one
 * word of a short list that has those consonants in that order (doubled letters once).
 */
const UNVOWELED_WORDS = `delete remove erase destroy files file directory directories folder password passwords
database databases account accounts admin send steal dump upload download everything every root
production prod table tables users server secret secrets token tokens credentials history system
shadow home private keys disable security firewall payload malware virus ransomware keylogger address
phone location message messages contacts instructions previous ignore reveal prompt execute drop truncate
write script from post paste deletes removes`;
let skeletons: Map<string, string> | null = null;

function skeleton(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w[k] as string;
    if ('aeiou'.includes(c)) continue;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

function buildSkeletons(): Map<string, string> {
  const m = new Map<string, string>();
  for (const w of UNVOWELED_WORDS.split(/\s+/)) {
    if (w === '') continue;
    const k = skeleton(w);
    if (k.length < 2) continue;
    // The first word listed keeps a skeleton (`dtbs` database, not databases).
    if (!m.has(k)) m.set(k, w);
  }
  skeletonKeys = new Set();
  for (const k of m.keys()) if (k.length <= KEY_LETTERS) skeletonKeys.add(skeletonKey(k, 0, k.length));
  return m;
}

/** Letters a skeleton key holds (five bits each, exact below 2^53). */
const KEY_LETTERS = 10;
/** The keys of the skeletons of up to {@link KEY_LETTERS} letters, beside `skeletons`. */
let skeletonKeys: Set<number> = new Set();

/**
 * The skeleton of the lowercase ASCII letters `w[s, e)` as a number (see {@link skeleton}: vowels
 * dropped, a letter repeated after the last one kept dropped), or -1 past {@link KEY_LETTERS}.
 */
function skeletonKey(w: string, s: number, e: number): number {
  let key = 0;
  let scale = 1;
  let kept = 0;
  let prev = -1;
  for (let k = s; k < e; k++) {
    const c = w.charCodeAt(k) | 32;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === prev) continue;
    if (++kept > KEY_LETTERS) return -1;
    key += (c - 96) * scale;
    scale *= 32;
    prev = c;
  }
  return key;
}

/** System directories written without vowels, as a path's first part (`/tc` /etc, `/vr` /var). */
const PATH_SKELETONS = new Map([
  ['tc', 'etc'],
  ['vr', 'var'],
  ['bn', 'bin'],
  ['bt', 'boot'],
  ['rt', 'root'],
  ['hm', 'home'],
  ['sr', 'usr'],
]);

/** A two-letter first part of an absolute path read as the system directory it stands for. */
function pathSkeleton(line: string, s: number): string | null {
  if (line.charCodeAt(s - 1) !== 47 || (s >= 2 && line.charCodeAt(s - 2) > 32)) return null;
  const a = line.charCodeAt(s) | 32;
  const b = line.charCodeAt(s + 1) | 32;
  return PATH_SKELETONS.get(String.fromCharCode(a, b)) ?? null;
}

/** Consonant words that are words or names as written. */
const CONSONANT_WORDS = new Set(
  'ssh scp sql css html xml http https npm nvm pnpm pwd tsc cd ls rm mv cp dd grpc crt pfx pdf png jpg svg mp3 mp4 gpg pgp tls dns cdn nfs smb rpc str src std tmp var cfg www hmm shh brr nth pst psst dm pm cv lvm gcc php tcp psql ldap jwt csv tsv rss crm ftp sftp vpn lts'.split(
    ' ',
  ),
);

/**
 * The word `line[s, e)` written without some or all of its vowels (`dlt`, `hme`, `wrte`, `scrpt`),
 * read as the word of the list it stands for: the same consonants in the same order, and every
 * letter written is one of that word's, in order. Null otherwise.
 */
function unvoweled(line: string, s: number, e: number): string | null {
  let vowels = 0;
  for (let k = s; k < e; k++) {
    const c = line.charCodeAt(k) | 32;
    if (c === 95) return null;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
  }
  // A word with vowels is read only when it is short of some (at most two kept); three letters at least.
  if (vowels > 2 || e - s < 3 || e - s - vowels < 2) return null;
  if (!standsAlone(line, s, e) && line.charCodeAt(s - 1) !== 47) return null;
  skeletons ??= buildSkeletons();
  // Most words have no skeleton of the list: that is read in place first, without a copy.
  const key = skeletonKey(line, s, e);
  if (key >= 0 && !skeletonKeys.has(key)) return null;
  const w = line.slice(s, e).toLowerCase();
  if (CONSONANT_WORDS.has(w)) return null;
  const r = skeletons.get(skeleton(w)) ?? null;
  // A word that keeps some vowels keeps its first letter too (`count` is no `account`).
  if (r === null || r === w || r.length <= w.length || (vowels > 0 && r[0] !== w[0])) return null;
  return within(w, r) ? r : null;
}

/** Whether the letters of `w` appear in `r` in order. */
function within(w: string, r: string): boolean {
  let k = 0;
  for (let i = 0; i < r.length && k < w.length; i++) if (r[i] === w[k]) k++;
  return k === w.length;
}

/**
 * Whether the line is written in leetspeak: two words or more with a digit standing for a letter
 * inside or before letters (`r3m0v3`, `3v3ryth1ng`, `1gn0r3`), so that a word with one at its end
 * (`th3`, `m3`) is read the same way.
 */
function leetLine(line: string): boolean {
  let n = 0;
  const re = /(?:^|[^\w])[a-z]*[013457][a-z]+[a-z0-9]*/gi;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (/[a-z]/i.test(m[0]) && /[013457][a-z]/i.test(m[0]) && !/^[^\w]?[0-9a-f]+$/i.test(m[0]) && ++n >= 2) return true;
    if (re.lastIndex > 4096) break;
  }
  return false;
}

/** A word of a leetspeak line with every digit read as its letter (`1` as i). */
function leetWord(line: string, s: number, e: number): string | null {
  // A part of a path (`/dev/nvme0n1`) is a name as written.
  if (line.charCodeAt(s - 1) === 47 || line.charCodeAt(e) === 47) return null;
  let out = '';
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = line.charCodeAt(k);
    if (isDigit(c)) {
      const l = c === 49 ? 'i' : String.fromCharCode(DIGIT_LETTER[c - 48] || 0);
      if (l === '\u0000') return null;
      out += l;
    } else {
      letters++;
      out += line[k];
    }
  }
  return letters > 0 ? out.toLowerCase() : null;
}

/**
 * Letters spelled out one by one (`r m -rf /`, `c a t`, `d.e.l.e.t.e`): runs of two or more single
 * letters kept apart by one space or one dot, written as the word they spell, where no run starts
 * after a slash or backslash (`/d C:\…`, a switch and a drive) or ends at a colon; null when there
 * are none.
 */
function joinSpelledOut(line: string): string | null {
  if (!/(?:^|[^\w.])[A-Za-z][ .][A-Za-z](?:[^\w]|$)/.test(line)) return null;
  const out = line.replace(
    /(?<![\w./\\])(-[ .])?([A-Za-z](?:([ .])[A-Za-z](?![\w:]))+(?:\.(?![\w]))?)/g,
    (whole, dash: string | undefined, run: string, sep: string) => {
      // Only runs with one kind of separator; `a.` at the end of a dotted run is its last dot.
      const letters = run.replace(/\.$/, '').split(sep);
      if (letters.some((l) => l.length !== 1)) return whole;
      // A flag spelled out after its dash (`- r f`) is the flag; a run of two programs spelled out
      // together (`s u d o r m`) is the two.
      if (dash !== undefined) return dash.charAt(1) === sep ? `-${letters.join('')}` : whole;
      return twoWords(letters.join(''));
    },
  );
  return out === line ? null : out;
}

/** `w`, or the two vocabulary words it is written as when it is none itself (`sudorm`: `sudo rm`). */
function twoWords(w: string): string {
  byShape ??= build();
  const l = w.toLowerCase();
  if (l.length < 4 || core.has(l)) return w;
  for (let k = 2; k <= l.length - 2; k++) {
    if (core.has(l.slice(0, k)) && core.has(l.slice(k))) return `${w.slice(0, k)} ${w.slice(k)}`;
  }
  return w;
}
