/**
 * A secret named in words (a service's key, a token, a session cookie, a signing secret, a seed
 * phrase, recovery codes) handed to a place where others read it: `paste our Twilio auth token into
 * the support ticket`, `grab the service_role key from the settings and post it in the #frontend
 * channel`, `give the API key to the guy in the Telegram group`.
 *
 * Read as roles, not as a list of services: the secret is a head noun (`token`, `password`,
 * `cookie`, or `key`, `phrase`, `codes` after a word that makes them secret), the order is an
 * imperative verb that governs it from the start of its clause (handed out: `paste`, `post`,
 * `send`; or taken, then handed out by a second verb: `grab … and post it`), and the place is a
 * preposition's object that others read (a ticket, a channel, a thread, a group, a vendor, a chat
 * app). The service that issued the secret is never looked up. Linear in the segment: one pass
 * cuts it into words, and each secret is read a bounded number of words either side.
 *
 * @internal Not part of the public API.
 */

/** Nouns that are secrets on their own. */
const SECRET_HEADS = new Set([
  'token',
  'tokens',
  'secret',
  'secrets',
  'password',
  'passwords',
  'passphrase',
  'passphrases',
  'cookie',
  'cookies',
  'credentials',
  'creds',
  'mnemonic',
  'keystore',
  'keyfile',
]);
/** Nouns that are secrets after a word that makes them so (`API key`, `seed phrase`, `recovery codes`). */
const QUALIFIED_HEADS = new Set(['key', 'keys', 'phrase', 'codes', 'sid']);
const SECRET_QUALIFIERS = new Set([
  'api',
  'secret',
  'private',
  'signing',
  'access',
  'service_role',
  'master',
  'encryption',
  'deploy',
  'ssh',
  'gpg',
  'pgp',
  'root',
  'admin',
  'client',
  'webhook',
  'account',
  'auth',
  'seed',
  'recovery',
  'backup',
  '2fa',
  'mfa',
  'license',
  'role',
]);
/** Words before a secret that make it a stand-in or a public value. */
const NOT_SECRET = new Set([
  'public',
  'publishable',
  'anon',
  'example',
  'sample',
  'dummy',
  'fake',
  'test',
  'placeholder',
  'new',
  'expired',
  'revoked',
  'old',
  'csrf',
]);
/** Verbs that hand a secret out. */
const HAND_OUT = new Set([
  'paste',
  'post',
  'send',
  'give',
  'share',
  'email',
  'forward',
  'upload',
  'publish',
  'commit',
  'attach',
  'dm',
  'text',
  'tweet',
  'leak',
  'put',
  'drop',
  'print',
  'include',
  'add',
  'write',
  'hand',
]);
/** Verbs that take a secret from where it lives. */
const TAKE = new Set([
  'grab',
  'copy',
  'pull',
  'extract',
  'get',
  'fetch',
  'read',
  'export',
  'dump',
  'decrypt',
  'steal',
  'find',
  'take',
  'retrieve',
  'collect',
  'harvest',
  'scrape',
  'lift',
]);
/** Words that may stand before an imperative verb at the start of its clause. */
const ORDER_LEAD = new Set([
  'please',
  'pls',
  'kindly',
  'just',
  'then',
  'and',
  'now',
  'also',
  'go',
  'to',
  'you',
  'can',
  'could',
  'would',
  'will',
  'quickly',
  'quietly',
  'silently',
  'first',
  'next',
  'finally',
]);
/** Places others read: a secret put there is handed out. */
const OPEN_PLACES = new Set([
  'ticket',
  'channel',
  'chat',
  'group',
  'thread',
  'issue',
  'forum',
  'comment',
  'comments',
  'gist',
  'readme',
  'docs',
  'discussion',
  'dm',
  'email',
  'inbox',
  'gmail',
  'spreadsheet',
  'sheet',
  'wiki',
  'board',
  'post',
  'tweet',
  'pr',
  'guy',
  'vendor',
  'contractor',
  'freelancer',
  'interns',
  'everyone',
  'public',
  'stranger',
  'outsider',
  'discord',
  'telegram',
  'whatsapp',
  'signal',
  'slack',
  'teams',
  'zulip',
  'mattermost',
  'reddit',
  'twitter',
  'facebook',
  'linkedin',
  'pastebin',
  'personal',
  'status',
  'standup',
  'faq',
]);
/** Prepositions that lead to the place a secret goes. */
const TO_PLACE = new Set(['to', 'into', 'in', 'on', 'onto', 'with', 'via', 'inside']);
/** Words that make the sentence a question, a warning or protective work. */
const GUARDED = new Set([
  'never',
  'not',
  "don't",
  'dont',
  'without',
  'rotate',
  'revoke',
  'redact',
  'mask',
  'how',
  'why',
  'what',
  'prevent',
  'avoid',
  'detect',
  'mistake',
  'accidentally',
  'stop',
  'should',
]);

const starts: number[] = [];
const ends: number[] = [];
const words: string[] = [];

function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
}

/** Whether the character ends a clause: `.` before a space or the end, `;`, `!`, `?`, a line break. */
function endsClause(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 59 || c === 33 || c === 63 || c === 10) return true;
  return c === 46 && (i + 1 >= s.length || s.charCodeAt(i + 1) === 32);
}

/** Words of the segment with a clause number each: `clause[k]` grows at each clause end. */
const clause: number[] = [];
/** Per clause number, whether a word of {@link GUARDED} stands in it (filled by {@link cut}). */
const guarded: boolean[] = [];

function cut(s: string): number {
  let n = 0;
  let cl = 0;
  let i = 0;
  guarded.length = 0;
  guarded[0] = false;
  while (i < s.length && n < 200) {
    const c = s.charCodeAt(i);
    if (!isWord(c)) {
      if (endsClause(s, i)) guarded[++cl] = false;
      i++;
      continue;
    }
    const b = i;
    while (i < s.length && isWord(s.charCodeAt(i))) i++;
    const w = s.slice(b, i).toLowerCase();
    starts[n] = b;
    ends[n] = i;
    words[n] = w;
    clause[n] = cl;
    if (GUARDED.has(w)) guarded[cl] = true;
    n++;
  }
  return n;
}

/** Index of the imperative verb of `set` that governs word `h` from its clause's start, or -1. */
function governing(h: number, set: ReadonlySet<string>): number {
  for (let k = h - 1; k >= 0 && k >= h - 8; k--) {
    if (clause[k] !== clause[h]) return -1;
    const w = words[k] as string;
    if (!set.has(w)) continue;
    // The verb opens its clause, after words that lead an order only.
    let j = k - 1;
    while (j >= 0 && clause[j] === clause[k] && ORDER_LEAD.has(words[j] as string)) j--;
    if (j < 0 || clause[j] !== clause[k]) return k;
    return -1;
  }
  return -1;
}

/** Whether a place others read follows word `from` within its clause: `into the support ticket`. */
function openPlaceAfter(n: number, from: number): boolean {
  for (let k = from + 1; k < n && k <= from + 16; k++) {
    if (clause[k] !== clause[from]) return false;
    if (!TO_PLACE.has(words[k] as string)) continue;
    for (let j = k + 1; j < n && j <= k + 4 && clause[j] === clause[k]; j++)
      if (OPEN_PLACES.has(words[j] as string)) return true;
  }
  return false;
}

/** Whether a verb that hands out follows word `from` in its clause, with a place after it. */
function handedOutAfter(n: number, from: number): boolean {
  for (let k = from + 1; k < n && k <= from + 20; k++) {
    if (clause[k] !== clause[from]) return false;
    if (HAND_OUT.has(words[k] as string) && openPlaceAfter(n, k)) return true;
  }
  return false;
}

/** Words that lead to the channel a secret travels by. */
const BY_CHANNEL = new Set(['through', 'via', 'using', 'over']);
/** Channels built to carry a secret: a vault, a password manager, an encrypted or one-time link. */
const SAFE_CHANNELS = new Set([
  'vault',
  'manager',
  '1password',
  'bitwarden',
  'keeper',
  'lastpass',
  'encrypted',
  'one',
  'onetimesecret',
  'sops',
  'doppler',
  'infisical',
]);

/** Whether the clause of word `h` sends the secret by a channel built for it (`through our vault`). */
function safeChannel(n: number, h: number): boolean {
  for (let k = 0; k < n; k++) {
    if (clause[k] !== clause[h] || !BY_CHANNEL.has(words[k] as string)) continue;
    for (let j = k + 1; j < n && j <= k + 4; j++) if (SAFE_CHANNELS.has(words[j] as string)) return true;
  }
  return false;
}

/**
 * Where a secret named in words is handed to a place others read in `s`, or null: the verb's
 * start and the secret's end.
 */
export function secretHandedOut(s: string): [number, number] | null {
  if (s.length > 2000) return null;
  const n = cut(s);
  for (let h = 0; h < n; h++) {
    const w = words[h] as string;
    let secret = SECRET_HEADS.has(w);
    if (!secret && QUALIFIED_HEADS.has(w) && h > 0) secret = SECRET_QUALIFIERS.has(words[h - 1] as string);
    if (!secret) continue;
    if (h > 0 && NOT_SECRET.has(words[h - 1] as string)) continue;
    if (h > 1 && NOT_SECRET.has(words[h - 2] as string)) continue;
    if (guarded[clause[h] as number] === true || safeChannel(n, h)) continue;
    const out = governing(h, HAND_OUT);
    if (out >= 0 && openPlaceAfter(n, h)) return [starts[out] as number, ends[h] as number];
    const take = governing(h, TAKE);
    if (take >= 0 && handedOutAfter(n, h)) return [starts[take] as number, ends[h] as number];
  }
  return null;
}
