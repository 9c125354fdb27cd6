/**
 * Intent extraction: which action a request asks for (word-aware verbs, weighted by where they
 * stand), and the paths and URLs it names.
 *
 * @internal Not part of the public API.
 */
import type { IntentAction } from './types.js';

/** Actions in a fixed order (ties between equally supported actions go to the earlier mention, then this order). */
export const ACTIONS: readonly IntentAction[] = ['read', 'create', 'update', 'delete', 'execute', 'send'];

/** Verbs and their inflections, matched as whole words on normalized text. A word belongs to its first list. */
const VERBS: Readonly<Record<Exclude<IntentAction, 'unknown'>, string>> = {
  read:
    'read reads reading show shows showing shown showed view views viewing viewed display displays displaying ' +
    'displayed list lists listing listed get gets getting got fetch fetches fetching fetched retrieve retrieves ' +
    'retrieving retrieved open opens opening opened print prints printing printed cat look looks looking looked ' +
    'check checks checking checked inspect inspects inspecting inspected find finds finding found search searches ' +
    'searching searched query queries querying queried select summarize summarizes summarizing summarized ' +
    'summarise summarises summarising summarised explain explains explaining explained describe describes ' +
    'describing described analyze analyzes analyzing analyzed analyse analyses analysing analysed review reviews ' +
    'reviewing reviewed tell ls grep count counts counting counted browse browsing dump dumps dumping dumped ' +
    'download downloads downloading downloaded curl wget head tail less',
  create:
    'create creates creating created make makes making made add adds adding added generate generates generating ' +
    'generated build builds building built mkdir touch insert inserts inserting inserted write writes writing ' +
    'wrote written compose composes composing composed draft drafts drafting drafted init initialize initializes ' +
    'initialise register registers registering registered schedule schedules scheduling scheduled book books ' +
    'booking booked plot plots plotting plotted',
  update:
    'update updates updating updated modify modifies modifying modified edit edits editing edited change changes ' +
    'changing changed set sets setting rename renames renaming renamed move moves moving moved mv replace replaces ' +
    'replacing replaced patch patches patching patched fix fixes fixing fixed chmod chown configure configures ' +
    'configuring configured append appends appending appended overwrite overwrites overwriting overwrote ' +
    'overwritten upgrade upgrades upgrading upgraded adjust adjusts adjusting adjusted alter alters altering ' +
    'altered reset resets resetting convert converts converting converted format formats formatting formatted ' +
    'resize resizes resizing resized refactor refactors refactoring refactored merge merges merging merged enable ' +
    'enables enabling enabled disable disables disabling disabled translate translates translating translated ' +
    'sed tee',
  delete:
    'delete deletes deleting deleted remove removes removing removed erase erases erasing erased wipe wipes wiping ' +
    'wiped destroy destroys destroying destroyed drop drops dropping dropped purge purges purging purged rm rmdir ' +
    'unlink shred truncate truncates truncating truncated clear clears clearing cleared uninstall uninstalls ' +
    'uninstalling uninstalled kill kills killing killed terminate terminates terminating terminated discard ' +
    'discards discarding discarded nuke nukes nuking nuked prune prunes pruning pruned mkfs',
  execute:
    'run runs running ran execute executes executing executed exec launch launches launching launched start starts ' +
    'starting started invoke invokes invoking invoked call calls calling called eval spawn spawns spawning spawned ' +
    'sudo bash sh python python3 node trigger triggers triggering triggered deploy deploys deploying deployed ' +
    'install installs installing installed restart restarts restarting restarted reboot reboots rebooting ' +
    'rebooted shutdown compile compiles compiling source',
  send:
    'send sends sending sent email emails emailing emailed mail mails mailing mailed post posts posting posted ' +
    'upload uploads uploading uploaded share shares sharing shared publish publishes publishing published forward ' +
    'forwards forwarding forwarded transmit transmits transmitting transmitted notify notifies notifying notified ' +
    'message messages messaging messaged broadcast broadcasts broadcasting tweet tweets tweeting tweeted reply ' +
    'replies replying replied submit submits submitting submitted push pushes pushing pushed transfer transfers ' +
    'transferring transferred export exports exporting exported dm scp rsync blast',
};

/** Words after which a verb is an instruction rather than a mention ("please delete", "can you run"). */
const LEADS = new Set([
  'please',
  'kindly',
  'now',
  'then',
  'and',
  'also',
  'just',
  'you',
  'to',
  'lets',
  'let',
  'first',
  'next',
  'finally',
  'pls',
  'plz',
  'sudo',
  'go',
]);

/** Length of the longest word of {@link LEADS}. */
const LEAD_MAX = Math.max(...[...LEADS].map((w) => w.length));
/** Per word length (up to {@link LEAD_MAX}), a bit per first letter of a word of {@link LEADS}. */
const LEAD_FIRST = new Int32Array(LEAD_MAX + 1);
// w.length ≤ LEAD_MAX < LEAD_FIRST.length, and every lead starts with a lowercase letter
for (const w of LEADS) LEAD_FIRST[w.length] = LEAD_FIRST[w.length]! | (1 << (w.charCodeAt(0) - 97));

/** Characters that end a clause: a verb right after one starts an instruction. */
const CLAUSE_END = asciiSet('.!?;:,([{>-*#&|');

/** A set of ASCII characters as a table by code unit: one typed-array read where a Set hashes. */
function asciiSet(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Whether code unit `c` is in the set `t` made by {@link asciiSet}. */
function inSet(t: Uint8Array, c: number): boolean {
  // c < 128 = t.length
  return c < 128 && t[c] === 1;
}

/** Every verb form and the index (in {@link ACTIONS}) of its action, built on first use. */
export interface VerbList {
  readonly words: readonly string[];
  readonly action: readonly number[];
}

let verbs: VerbList | undefined;

export function verbList(): VerbList {
  if (verbs) return verbs;
  const words: string[] = [];
  const action: number[] = [];
  const seen = new Set<string>();
  ACTIONS.forEach((a, k) => {
    for (const w of VERBS[a as Exclude<IntentAction, 'unknown'>].split(' ')) {
      if (seen.has(w)) continue;
      seen.add(w);
      words.push(w);
      action.push(k);
    }
  });
  verbs = { words, action };
  return verbs;
}

const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * Whether the verb starting at `s` of `text` (normalized) is an instruction: it starts the text or a
 * clause, or follows one of {@link LEADS}. Reads at most 27 characters back, never before `floor`
 * (the start of the text or of the part of it still held, which is always longer than that).
 */
export function isImperative(text: string, s: number, floor: number): boolean {
  let i = s - 1;
  while (i >= floor && text.charCodeAt(i) === 0x20) i--;
  if (i < floor) return true;
  const c = text.charCodeAt(i);
  if (inSet(CLAUSE_END, c)) return true;
  if (!isLetter(c)) return false;
  let j = i;
  while (j > floor && j > s - 26 && isLetter(text.charCodeAt(j - 1))) {
    j--;
    // A word longer than every lead is none of them: no need to find where it starts.
    if (i + 1 - j > LEAD_MAX) return false;
  }
  // Most words are no lead: the first letter and the length say so before a string is cut.
  // text[j] is a lowercase letter, so the shift is below 26.
  if ((LEAD_FIRST[i + 1 - j]! & (1 << (text.charCodeAt(j) - 97))) === 0) return false;
  return LEADS.has(text.slice(j, i + 1));
}

const LEADING = asciiSet('([{<');
const TRAILING = asciiSet(',.;:!?)]}>');
const URL = /^(?:https?|ftp|wss?|file|s3|gs):\/\/\S/;
const HAS_EXTENSION = /\/[^/]*\.[a-z0-9]{1,8}$/;

/** Classifies one whitespace-delimited token of normalized text as a path or URL, with surrounding punctuation trimmed. */
export function classifyToken(token: string): { kind: 'path' | 'url'; value: string } | null {
  let a = 0;
  let b = token.length;
  while (a < b && inSet(LEADING, token.charCodeAt(a))) a++;
  while (b > a && inSet(TRAILING, token.charCodeAt(b - 1))) b--;
  if (b === a) return null;
  const t = a === 0 && b === token.length ? token : token.slice(a, b);
  if (URL.test(t) || t.startsWith('www.')) return { kind: 'url', value: t };
  if (t.includes('://')) return null;
  const c0 = t.charCodeAt(0);
  if (
    c0 === 0x2f || // /
    (c0 === 0x7e && (t.length === 1 || t.charCodeAt(1) === 0x2f)) || // ~ or ~/…
    t.startsWith('./') ||
    t.startsWith('../') ||
    t.startsWith('$home/') ||
    (t.includes('/') && HAS_EXTENSION.test(t))
  ) {
    return { kind: 'path', value: t };
  }
  return null;
}

// a is an index into ACTIONS
const actionName = (a: number) => ACTIONS[a]!;

/**
 * The action with the most evidence (ties: the one mentioned first, then {@link ACTIONS} order),
 * its confidence, and every action mentioned in order of first mention. `weight[a]` sums 2 per
 * instruction and 1 per mention of action a; `firstAt[a]` is where it was first mentioned.
 */
export function weighIntent(
  weight: Float64Array,
  firstAt: Float64Array,
): { action: IntentAction; confidence: number; actions: IntentAction[] } {
  let best = -1;
  let total = 0;
  const mentioned: number[] = [];
  // a, best < ACTIONS.length, the length of weight and firstAt
  for (let a = 0; a < ACTIONS.length; a++) {
    const w = weight[a]!;
    total += w;
    if (w === 0) continue;
    mentioned.push(a);
    if (best < 0 || w > weight[best]! || (w === weight[best] && firstAt[a]! < firstAt[best]!)) {
      best = a;
    }
  }
  // Insertion sort by first mention (at most six entries; Array#sort costs more to set up).
  // 0 ≤ j < i < mentioned.length, and mentioned holds action indices
  for (let i = 1; i < mentioned.length; i++) {
    const a = mentioned[i]!;
    let j = i - 1;
    while (j >= 0 && firstAt[mentioned[j]!]! > firstAt[a]!) {
      mentioned[j + 1] = mentioned[j]!;
      j--;
    }
    mentioned[j + 1] = a;
  }
  if (best < 0) return { action: 'unknown', confidence: 0, actions: [] };
  // best ≥ 0 is an action index
  const bw = weight[best]!;
  return {
    action: actionName(best),
    // Share of the evidence for the chosen action, discounted when the evidence is thin: one
    // mention gives 0.5, one instruction 0.75, more instructions approach 1.
    confidence: (bw / total) * (1 - 0.5 ** bw),
    actions: mentioned.map(actionName),
  };
}
