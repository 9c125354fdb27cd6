/**
 * The grammar of the resources detector (`resources.ts`): word classes, the gate, and the judges of
 * an act's sentence.
 *
 * @internal Not part of the public API.
 */
import { F_BREAK, fnvStep, lastTokens, TokenBuffer, tokenize, wordHash } from './_harmful-lex.js';
import { WordSlots } from './_word-slots.js';
import type { FindingSink } from './types.js';

// Word classes (bits).
/** Destroys or empties (`delete`, `drop`, `wipe`, `flush`, `terminate`). */
const DEL = 1 << 0;
/** Shows or hands over contents (`print`, `show`, `dump`, `export`). */
const SHOW = 1 << 1;
/** Takes out in bulk on its own (`dump`, `export`, `exfiltrate`): no destination needed. */
const BULKSHOW = 1 << 2;
/** Switches off (`disable`, `stop`, `uninstall`). */
const OFF = 1 << 3;
/** A whole data store (`database`, `disk`, `bucket`, `cluster`, `infrastructure`). */
const WHOLE = 1 << 4;
/** Records of a store (`rows`, `keys`, `objects`, `users`): one of them is ordinary work, many are not. */
const PART = 1 << 5;
/** What makes recovery possible (`backups`, `snapshots`, `replicas`). */
const BACKUP = 1 << 6;
/** A secret store (`vault`, `keychain`, `kubeconfig`). */
const STORE = 1 << 7;
/** Secret items (`secrets`, `passwords`, `tokens`, `credentials`). */
const ITEM = 1 << 8;
/** A defence a person may switch off on their own machine (`firewall`, `selinux`, `defender`). */
const GUARD = 1 << 9;
/** A defence an organization runs (`edr`, `crowdstrike`, `cloudtrail`, `sysmon`). */
const ORG_GUARD = 1 << 10;
/** Audit records (`audit`, `event`, `cloudtrail` before `logs`). */
const AUDIT = 1 << 11;
/** How much: `all`, `every`, `entire`, `everything`. */
const BULK = 1 << 12;
/** Whose: `production`, `prod`, `live`, `customer`, `company`. */
const PROD = 1 << 13;
/** Ordinary: `test`, `scratch`, `tmp`, `preview`, `local`, `old`, `expired`, `my`. */
const SAFE = 1 << 14;
/** Not asked: `not`, `never`, `dont`, `without`, `prevent`. */
const NEG = 1 << 15;
/** A question or an explanation: `how`, `what`, `why`, `explain`. */
const ASK = 1 << 16;
/** Detection and defence work: `detect`, `alert`, `monitor`, `sigma`. */
const DEF = 1 << 17;
/** Where contents go: `here`, `chat`, `slack`, `email`, `gist`, `webhook`, `log`. */
const SINK = 1 << 18;
/** Contents, not names: `values`, `decoded`, `plaintext`, `contents`. */
const VALUES = 1 << 19;
/** Recovery made impossible: `permanently`, `unrecoverable`, `irreversibly`. */
const FINAL = 1 << 20;
/** Covertly: `silently`, `quietly`, `secretly`, `unnoticed`. */
const COVERT = 1 << 21;
/** Many machines: `fleet`, `machines`, `hosts`, `servers`, `endpoints`, `laptops`. */
const MANY = 1 << 22;
/** Metadata rather than contents (`names`, `arn`, `policy`, `count`): an item after it is not read. */
const META = 1 << 23;
/** Rebuilt after (`recreate`, `reseed`, `regenerate`, `restore`, `migrate`). */
const REBUILD = 1 << 24;
/** A sending verb that is also a destination (`paste`, `email`, `post`, `upload`, `send`). */
const SEND = 1 << 25;
/** A disk or a volume: what `format` acts on. */
const DEVICE = 1 << 26;
/** `format`: destroys only a disk, a partition or a volume. */
const FORMAT = 1 << 27;
/** People's records in bulk (`users`, `customers`, `patients`): a weight of their own. */
const PEOPLE = 1 << 28;
/** Ends the object of an act: a preposition or a conjunction (`in`, `from`, `and`, `that`). */
const ENDS = 1 << 29;
/** Stands for what a place holds (`everything`, `contents`, `data`): the place is the target. */
const HOLDS = 1 << 30;
/** Ends a clause: `and`, `then`, `but`, `so`, `before`, `after`. */
const CLAUSE = 1 << 31;

// Classes of the second table (`CLASS2`).
/** A running unit or a part of a store that is a store of its own (`table`, `instance`, `namespace`). */
const UNIT = 1 << 0;
/** A sentence-initial auxiliary that asks (`is`, `does`, `should`). */
const AUXQ = 1 << 1;
/** Irregular plurals and mass nouns (`indices`, `data`). */
const MANY_OF = 1 << 2;
/** First words of two-word acts (`tear` down, `blow` away, `turn` off): the gate counts them as acts. */
const HALF_ACT = 1 << 3;
/** First words of two-word targets (`resource` group, `storage` account): the gate counts them as targets. */
const HALF_TARGET = 1 << 4;
/** A defence named as the owner of something else (`firewall rule`, `antivirus scan`, `Defender notification`). */
const NAMED_GUARD = 1 << 5;
/** A negation that binds the next verb (`not`, `never`, `dont`, `without`). */
const STRICT_NEG = 1 << 6;
/** Made-up secrets: `test`, `dummy`, `sample`, `mock`, `placeholder`. */
const FAKE = 1 << 7;
/** Sets something up (`add`, `create`, `give`, `install`, `schedule`). */
const CREATE = 1 << 8;
/** What runs again by itself (`cron`, `launchdaemon`, `systemd`, `autostart`). */
const MECH = 1 << 9;
/** An account (`account`, `user`, `login`). */
const ACCOUNT = 1 << 10;
/** Full rights (`admin`, `administrator`, `root`, `superuser`). */
const ADMIN = 1 << 11;
/** Rights without a password (`passwordless`, `nopasswd`). */
const NOPASS = 1 << 12;
/** The set-user-id bit (`setuid`, `suid`). */
const SUID = 1 << 13;
/** A shell or an interpreter (`bash`, `sh`, `python`). */
const SHELLBIN = 1 << 14;
/** Reaches back to someone (`reconnect`, `beacon`, `callback`, `c2`). */
const CONNECT = 1 << 15;
/** Kept from the machine's owner (`hidden`, `backdoor`, `invisible`). */
const BACKDOOR = 1 << 16;
/** A preposition that opens where an act takes place (`in`, `from`, `on`, `inside`). */
const PLACE = 1 << 17;
/** A determiner: a verb's word after it is a noun or an adjective (`an empty branch`, `the drop`). */
const DETERMINER = 1 << 18;

const LEXICON: ReadonlyArray<readonly [number, string]> = [
  [
    DEL,
    'delete deletes deleting drop drops dropping remove removes removing wipe wipes wiping erase erases erasing purge purges purging destroy destroys destroying truncate truncates empty empties clear clears flush flushes nuke nukes nuking terminate terminates terminating reset resets trash obliterate annihilate zap deprovision teardown decommission decommissions decommissioning expire',
  ],
  // Data destroyed in place: overwritten, scrambled or corrupted rather than removed.
  [DEL, 'overwrite overwrites overwriting corrupt corrupts corrupting scramble scrambles scrambling'],
  [FORMAT, 'format formats reformat'],
  [
    SHOW,
    'print prints show display displays reveal reveals output list read get fetch retrieve cat echo grab collect copy extract pull take',
  ],
  [
    BULKSHOW | SHOW,
    'dump dumps dumping export exports exporting exfiltrate exfiltrates steal steals harvest harvests siphon',
  ],
  [OFF, 'disable disables disabling stop stops uninstall uninstalls deactivate kill bypass unload suspend'],
  [
    WHOLE,
    'database databases db dbs disk disks drive drives partition partitions filesystem volume volumes bucket buckets cluster clusters infrastructure infra tenant organization organisation org workspace keyspace dataset datasets warehouse warehouses nas',
  ],
  [
    PART,
    'record records row rows object objects blob blobs key keys document documents item items entry entries data message messages branch branches role roles user customer account container containers pod pods domain domains',
  ],
  [PART, 'emails mails'],
  // Content a service holds for its people: photos in a library, pages of a wiki, issues of a tracker.
  [PART, 'photos pictures videos pages issues tickets posts notes recordings attachments'],
  [PART | PEOPLE, 'users customers subscribers members employees patients students accounts clients orders invoices'],
  [DEVICE, 'disk disks drive drives partition partitions filesystem volume volumes'],
  [BACKUP, 'backup backups snapshot snapshots replica replicas archive archives'],
  // What brings deleted data back: a recycle bin, shadow copies.
  [BACKUP, 'recycle shadow'],
  [BACKUP, 'tape tapes'],
  [STORE, 'vault vaults keychain keychains kubeconfig keystore keyring 1password lastpass bitwarden keepass dashlane'],
  [ITEM, 'secret secrets password passwords token tokens credential credentials creds cookies cookie apikey apikeys'],
  [
    GUARD,
    'firewall firewalls ufw iptables firewalld selinux apparmor defender antivirus av gatekeeper sip xprotect uac amsi applocker bitlocker smartscreen nftables pf ipfw fail2ban auditd clamav falco wazuh osquery sysmon crowdstrike sentinelone edr',
  ],
  [
    ORG_GUARD,
    'edr xdr crowdstrike falcon sentinelone sentinel cylance sophos carbonblack sysmon osquery wazuh auditd guardduty cloudtrail defenderforcloud mdatp tamper',
  ],
  [AUDIT, 'audit security auditing cloudtrail trail trails auditd syslog eventlog'],
  [BULK, 'all every each entire whole everything everyone everybody complete'],
  [HOLDS, 'everything contents content rest version versions copy copies'],
  [ENDS, 'in from on of at for to with inside under across within into onto by that which who or'],
  [ENDS | CLAUSE, 'and then so but because before after while'],
  [PROD, 'production prod live primary company companys corporate org organizations'],
  [
    SAFE,
    'test tests testing scratch tmp temp temporary dev development sandbox preview demo local localhost old older oldest unused stale orphaned merged expired empty duplicate duplicates cache cached caches build dist throwaway sample dummy fixture fixtures mock ephemeral my mine own personal disposable example e2e qa feature unneeded obsolete leftover leftovers outdated retention ci staging stage uat modules matching except minikube dataframe df array list dict dictionary map cart spreadsheet sheet csv json variable component state form page',
  ],
  [NEG, 'not never dont doesnt shouldnt cant cannot wont without avoid prevent prevents preventing protect protecting'],
  [ASK, 'how what why whether explain explains describe describes meaning means difference happens happen'],
  [
    DEF,
    'detect detects detecting detection alert alerts alerting monitor monitors monitoring sigma yara splunk siem rule rules playbook hunt hunting flag flags warn warns block blocks',
  ],
  [
    SINK,
    'here chat slack email mail gist pastebin webhook ticket issue discord telegram comment thread pr readme wiki public log logs channel',
  ],
  [VALUES, 'values value decoded decode plaintext plain contents content cleartext base64'],
  [FINAL, 'permanently unrecoverable irreversibly irrecoverably forever'],
  [COVERT, 'silently quietly secretly covertly unnoticed stealthily hidden undetected'],
  [MANY, 'fleet machines hosts servers endpoints laptops workstations computers devices nodes'],
  [
    META,
    'names name arn arns id ids uri url path paths metadata policy policies rule rules field fields length strength requirement requirements rotation expiry expiration count number size type types fingerprint reset hint prompt notification notifications sound sounds warning warnings popup popups scan scans exception exceptions exclusion exclusions tips tip advice guide guidance practices checklist training awareness manager managers generator format label labels mount mounts option options setting settings column columns line lines reference references definition definitions config block section location connection string driver file files image images iso template templates icon button tab',
  ],
  [
    REBUILD,
    'recreate recreates reseed regenerate rebuild restore restores migrate migrations reimport reinstall rerun reapply',
  ],
  [SEND, 'paste post send email mail upload share forward publish tweet commit'],
];

/** Every class of noun an act can take. */
const TARGETS = WHOLE | PART | BACKUP | STORE | ITEM | GUARD | ORG_GUARD | DEVICE;

/** The second table: classes past the first 32 bits. */
const LEXICON2: ReadonlyArray<readonly [number, string]> = [
  [
    UNIT,
    'table tables collection collections index indices indexes topic topics instance instances vm vms droplet droplets server servers repo repos repository repositories app apps queue queues stream streams mailbox mailboxes channel channels site sites project projects namespace namespaces schema schemas environment environments deployment deployments subscription subscriptions zone zones space spaces workspace workspaces organization organizations org orgs tenant tenants board boards wiki wikis runner runners pipeline pipelines bucket buckets volume volumes cluster clusters base bases',
  ],
  // Data stores by product (`the Redis cache`, `the Neo4j graph`, `our Kafka`): a unit the act empties
  // only with a word of how much or whose (`the whole`, `every`, `on production`).
  [
    UNIT,
    'graph graphs redis memcached memcache mongo mongodb postgres postgresql mysql mariadb elasticsearch opensearch cassandra scylla neo4j kafka rabbitmq etcd consul dynamodb firestore bigquery snowflake redshift influxdb clickhouse couchdb cockroachdb spanner cosmosdb pinecone qdrant weaviate solr meilisearch typesense',
  ],
  [AUXQ, 'is are was were does do did should shall'],
  [MANY_OF, 'indices indexes data repositories entries branches'],
  [HALF_ACT, 'tear blow turn switch shut rid forget forgets forgetting'],
  [HALF_TARGET, 'resource storage'],
  [STRICT_NEG, 'not never dont without'],
  [PLACE, 'in from on at inside within under across where'],
  [DETERMINER, 'a an the this these those its their your my our his her'],
  [
    CREATE,
    'add adds create creates give gives set sets install installs make makes enable register schedule plant drop',
  ],
  [
    MECH,
    'cron crontab launchdaemon launchdaemons launchagent launchagents systemd autostart autorun startup runonce rclocal',
  ],
  [ACCOUNT, 'account accounts user users login'],
  [ADMIN, 'admin administrator administrators root superuser sudoer sudoers'],
  [NOPASS, 'passwordless nopasswd'],
  [SUID, 'setuid suid'],
  [SHELLBIN, 'bash sh zsh dash shell python python3 perl ruby'],
  [CONNECT, 'reconnect reconnects callback callbacks beacon beacons c2 reverse'],
  [BACKDOOR, 'hidden backdoor invisible stealth stealthy unlisted'],
  [FAKE, 'test tests testing dummy sample samples example mock mocked fixture fixtures demo fake placeholder'],
];

const SLOTS = new WordSlots(11);
const CLASS = new Uint32Array(SLOTS.capacity);
const CLASS2 = new Uint32Array(SLOTS.capacity);
for (const [table, lexicon] of [
  [CLASS, LEXICON],
  [CLASS2, LEXICON2],
] as const) {
  for (const [c, words] of lexicon) {
    for (const w of words.split(' ')) {
      const s = SLOTS.slot(wordHash(w));
      table[s] = table[s]! | c;
    }
  }
}

/** Two-word heads read as one class: `secrets manager`, `key vault`, `event logs`, `turn off`. */
const H = {
  forget: wordHash('forget'),
  forgets: wordHash('forgets'),
  forgetting: wordHash('forgetting'),
  turn: wordHash('turn'),
  encrypted: wordHash('encrypted'),
  switch: wordHash('switch'),
  shut: wordHash('shut'),
  off: wordHash('off'),
  down: wordHash('down'),
  tear: wordHash('tear'),
  blow: wordHash('blow'),
  away: wordHash('away'),
  get: wordHash('get'),
  rid: wordHash('rid'),
  secrets: wordHash('secrets'),
  password: wordHash('password'),
  manager: wordHash('manager'),
  key: wordHash('key'),
  vault: wordHash('vault'),
  logs: wordHash('logs'),
  log: wordHash('log'),
  history: wordHash('history'),
  protection: wordHash('protection'),
  realtime: wordHash('realtime'),
  time: wordHash('time'),
  resource: wordHash('resource'),
  group: wordHash('group'),
  that: wordHash('that'),
  this: wordHash('this'),
  one: wordHash('one'),
  which: wordHash('which'),
  account: wordHash('account'),
  service: wordHash('service'),
  private: wordHash('private'),
  ssh: wordHash('ssh'),
  api: wordHash('api'),
  access: wordHash('access'),
  session: wordHash('session'),
  cookie: wordHash('cookie'),
  my: wordHash('my'),
  own: wordHash('own'),
  deploy: wordHash('deploy'),
  bash: wordHash('bash'),
  shell: wordHash('shell'),
  zsh: wordHash('zsh'),
  command: wordHash('command'),
  and: wordHash('and'),
  windows: wordHash('windows'),
  event: wordHash('event'),
  cookies: wordHash('cookies'),
  storage: wordHash('storage'),
};

/** Acts. */
const ACTS = DEL | SHOW | OFF | FORMAT;

/** What each word counts as to the gates: 1 an act, 2 a target, 3 both (by slot, built once). */
const GATE_KIND = new Uint8Array(SLOTS.capacity);
for (let k = 0; k < SLOTS.capacity; k++) {
  const c = CLASS[k]!;
  const c2 = CLASS2[k]!;
  const act = c & ACTS || c2 & (CREATE | HALF_ACT);
  const target = c & (TARGETS | AUDIT) || c2 & (UNIT | HALF_TARGET | MECH | NOPASS | SUID | ADMIN);
  GATE_KIND[k] = (act ? 1 : 0) | (target ? 2 : 0);
}

/**
 * Cheap gate: whether some word of `segment` is an act and some word a target, read by hashing
 * ASCII words in one pass (a word with other letters is not an act, and the tokenizer reads it).
 */
function gate(segment: string): boolean {
  let seen = 0;
  const n = segment.length;
  const empty = wordHash('');
  let h = empty;
  let prev = h;
  let len = 0;
  let last = 0;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? segment.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      prev = h;
      h = fnvStep(h, c);
      last = c;
      len++;
      continue;
    }
    if (len > 1) {
      let k = SLOTS.find(h);
      if (k < 0 && last === 115 && len > 3) k = SLOTS.find(prev);
      if (k >= 0) seen |= GATE_KIND[k]!;
      if (seen === 3) return true;
    }
    h = empty;
    len = 0;
  }
  return false;
}

/** {@link gate} over tokens already read: some token an act, some a target. */
function gateTokens(b: TokenBuffer): boolean {
  let seen = 0;
  for (let i = 0; i < b.length; i++) {
    let k = SLOTS.find(b.hash[i]!);
    if (k < 0 && b.stem[i] !== b.hash[i]) k = SLOTS.find(b.stem[i]!);
    if (k >= 0) seen |= GATE_KIND[k]!;
    if (seen === 3) return true;
  }
  return false;
}

/** Tokens read before the act for a question, a negation or whose data it is. */
const BEFORE = 10;
/** Tokens read after the act, to the end of its sentence. */
const AFTER = 16;

const own = new TokenBuffer();
/** The tokens read: this module's own, or those the harmful detector left for the same segment. */
let buf = own;
let sink: FindingSink | null = null;
let text = '';

/** The slot of token `i`'s word, or of its stem when the word itself is not listed; -1 when neither is. */
function slotOf(i: number): number {
  const s = SLOTS.find(buf.hash[i]!);
  if (s >= 0 || buf.stem[i] === buf.hash[i]) return s;
  return SLOTS.find(buf.stem[i]!);
}

/** Whether token `i` is the first of its sentence (or of the window). */
function starts(i: number): boolean {
  return i === 0 || (buf.flags[i]! & F_BREAK) !== 0;
}

const cls = new Uint32Array(buf.hash.length);
const cls2 = new Uint32Array(buf.hash.length);

/** Whether the character at `k` joins two words into one name (`_`, or `-` between letters). */
function joined(k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c === 95) return true;
  if (c !== 45 || k === 0 || k + 1 >= text.length) return false;
  const a = text.charCodeAt(k - 1) | 32;
  const b = text.charCodeAt(k + 1) | 32;
  return a >= 97 && a <= 122 && b >= 97 && b <= 122;
}

/** Classes of every token of the window, with two-word heads merged onto their second word. */
function classify(): void {
  const n = buf.length;
  for (let i = 0; i < n; i++) {
    const s = slotOf(i);
    cls[i] = s < 0 ? 0 : CLASS[s]!;
    cls2[i] = s < 0 ? 0 : CLASS2[s]!;
  }
  for (let i = 1; i < n; i++) {
    const a = buf.hash[i - 1]!;
    const b = buf.hash[i]!;
    // Verbs of two words.
    if ((a === H.turn || a === H.switch || a === H.shut) && b === H.off) cls[i] = cls[i]! | OFF;
    else if ((a === H.tear || a === H.shut) && b === H.down) cls[i] = cls[i]! | DEL;
    else if (a === H.blow && b === H.away) cls[i] = cls[i]! | DEL;
    else if (a === H.get && b === H.rid) cls[i] = cls[i]! | DEL;
    // Nouns of two words.
    if ((a === H.secrets || a === H.password) && b === H.manager) cls[i] = (cls[i]! & ~META) | STORE;
    else if (a === H.key && b === H.vault) cls[i] = cls[i]! | STORE;
    else if ((a === H.resource && b === H.group) || (a === H.storage && b === H.account)) cls[i] = cls[i]! | WHOLE;
    else if (
      (a === H.service && b === H.account) ||
      (a === H.private && b === H.key) ||
      (a === H.ssh && b === H.key) ||
      (a === H.api && b === H.key) ||
      (a === H.access && b === H.key) ||
      (a === H.session && (b === H.cookie || b === H.cookies))
    )
      cls[i] = cls[i]! | ITEM;
    if ((b === H.logs || b === H.log || b === H.history) && cls[i - 1]! & AUDIT) cls[i] = cls[i]! | ORG_GUARD;
    // A backup tool's `forget` drops snapshots from its repository: a deletion when what it takes,
    // within the next four words, is every backup or snapshot (`forget every snapshot in the repo`),
    // the noun ending the phrase (not `forget all the backups talk`).
    if (a === H.forget || a === H.forgets || a === H.forgetting) {
      let bulk = false;
      for (let j = i; j < n && j < i + 4; j++) {
        if (cls[j]! & BULK) bulk = true;
        else if (cls[j]! & BACKUP) {
          if (bulk && (j + 1 >= n || cls[j + 1]! & ENDS)) cls[i - 1] = cls[i - 1]! | DEL;
          break;
        }
      }
    }
    if (b === H.protection && (a === H.realtime || a === H.time)) cls[i] = cls[i]! | GUARD;
    // `api keys`, `ssh keys`: secret items, not a store's keys.
    if ((a === H.api || a === H.ssh || a === H.private || a === H.access || a === H.deploy) && cls[i]! & PART)
      cls[i] = cls[i]! | ITEM;
    // `bash history`, `shell history`: what was typed, erased to hide it.
    if (b === H.history && (a === H.bash || a === H.shell || a === H.zsh || a === H.command))
      cls[i] = cls[i]! | ORG_GUARD;
    // A noun before a word of metadata or program structure names it (`password policy`, `volume
    // mount`, `database file`): it is not what the act takes.
    if (cls[i]! & META) {
      if (cls[i - 1]! & GUARD) cls2[i - 1] = cls2[i - 1]! | NAMED_GUARD;
      cls[i - 1] = cls[i - 1]! & ~TARGETS;
      cls2[i - 1] = cls2[i - 1]! & ~UNIT;
    }
    // `Windows event logs`: audit records.
    if (a === H.windows && b === H.event) cls[i] = cls[i]! | AUDIT;
  }
  // Pieces of an identifier (`idx_orders_status`, `OPENAI_API_KEY`, `the-secret-parameter-value`)
  // are not nouns of the sentence; whose it is stays.
  for (let i = 0; i < n; i++) {
    if (joined(buf.start[i]! - 1) || joined(buf.end[i]!)) {
      cls[i] = cls[i]! & ~(TARGETS | PEOPLE | VALUES | SINK);
      cls2[i] = cls2[i]! & ~UNIT;
    }
  }
}

/** An act at token `v`: the third person counts only after `that`/`which`/`to` (a tool that deletes). */
function isAct(v: number): boolean {
  const h = buf.hash[v]!;
  if (buf.stem[v] === h) return true;
  // `deletes`, `drops`: a program described ("a script that deletes every bucket").
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const p = buf.hash[j]!;
    if (p === H.that || p === H.which) return true;
    if (starts(j)) break;
  }
  return false;
}

/** Whether the sentence around `v` asks a question or explains rather than requests. */
function asked(from: number, v: number): boolean {
  // `Is it safe to…`, `Should we…`: a sentence that opens with an auxiliary asks.
  if (starts(from) && cls2[from]! & AUXQ) return true;
  for (let j = from; j < v; j++) if (cls[j]! & ASK) return true;
  return false;
}

/**
 * Whether the text between tokens `j - 1` and `j` leaves prose: a flag, an assignment, a pipe, a
 * bracket or a colon (`kubectl delete pod -l app=web`, `db:reset`). The object of an act in words
 * ends there; the command detectors read the rest.
 */
function leavesProse(j: number): boolean {
  for (let k = buf.end[j - 1]!; k < buf.start[j]!; k++) {
    const c = text.charCodeAt(k);
    // = | ; & ( ) { } < > : [ ] and a dash that opens a word (a flag)
    if (c === 61 || c === 124 || c === 59 || c === 38 || c === 40 || c === 41 || c === 123 || c === 125) return true;
    if (c === 60 || c === 62 || c === 58 || c === 91 || c === 93) return true;
    if (c === 45 && (k === 0 || text.charCodeAt(k - 1) === 32)) return true;
  }
  return false;
}

/** Whether token `i` is written in capitals (two letters or more). */
function capitals(i: number): boolean {
  const e = buf.end[i]!;
  if (e - buf.start[i]! < 2) return false;
  for (let k = buf.start[i]!; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Whether token `v` is a word of prose, not part of an identifier (`db:reset`, `drop_table`, `x.delete(`). */
function inProse(v: number): boolean {
  const s = buf.start[v]!;
  const e = buf.end[v]!;
  const p = s > 0 ? text.charCodeAt(s - 1) : 32;
  const q = e < text.length ? text.charCodeAt(e) : 32;
  // : _ . / - $ before; ( _ : - and . followed by a letter after (`drop-in`, `x.delete(`)
  if (p === 58 || p === 95 || p === 46 || p === 47 || p === 45 || p === 36) return false;
  if (q === 40 || q === 95 || q === 58 || q === 45) return false;
  // `DROP INDEX`, `DELETE FROM`: a statement in capitals, read by the SQL detector.
  if (v + 1 < buf.length && capitals(v) && capitals(v + 1)) return false;
  if (q === 46 && e + 1 < text.length && text.charCodeAt(e + 1) > 32) return false;
  return true;
}

/** Whether token `j` may be a noun: no class of an act, a clause or a preposition. */
function nounLike(j: number): boolean {
  return (cls[j]! & (ACTS | ENDS | NEG | ASK | DEF)) === 0 && (cls2[j]! & (PLACE | DETERMINER | CREATE | AUXQ)) === 0;
}

/** Whether token `j` names many: a plural (`tables`, `instances`) or a mass noun (`data`). */
function plural(j: number): boolean {
  return buf.stem[j] !== buf.hash[j] || (cls2[j]! & MANY_OF) !== 0;
}

function report(
  id: string,
  category: string,
  severity: 'high' | 'medium',
  description: string,
  a: number,
  b: number,
): void {
  const start = buf.start[a]!;
  let end = buf.end[b]!;
  if (end - start > 120) end = start + 120;
  sink!.report(id, category, severity, description, start, end, text.slice(start, end));
}

const BULK_DESTROY = 'destroys a data store, its records in bulk, production resources or their backups';
const STORE_DESTROY = 'destroys a whole data store or disk';

/**
 * Judges a deletion at `v` whose sentence ends before token `to`; returns whether what it takes is
 * scoped as ordinary by its own words (`from the test tenant`, `my old emails`, `unused volumes`).
 */
function judgeDeletion(v: number, to: number, around: number, safe: boolean): boolean {
  // The object runs to the first preposition, conjunction or command syntax: `delete all keys` from
  // `the prod cluster`, `empty the trash` in `the shared drive`. What stands for a place's contents
  // (`everything in`, `the contents of`) makes the place the object.
  let end = v + 1;
  let object = 0;
  let units = 0;
  let many = false;
  let last = -1;
  const take = (j: number): void => {
    const c = cls[j]!;
    if (c & TARGETS || cls2[j]! & UNIT) {
      last = j;
      units |= cls2[j]! & UNIT;
      if (plural(j)) many = true;
    }
  };
  // `each and every`: one word of quantity.
  let scope = 0;
  // Things of many named by words no table knows (`all the nomad jobs`, `every node and relationship`):
  // plurals with no class of their own, or machines; what they are is read from where they are.
  let unknownMany = false;
  while (end < to && !leavesProse(end)) {
    if (cls[end]! & ENDS && !(buf.hash[end] === H.and && cls[end - 1]! & BULK)) {
      // `all nodes and relationships`: `and` joins a second noun of the same object.
      if (!(buf.hash[end] === H.and && unknownMany && end + 1 < to && nounLike(end + 1))) break;
    }
    if (plural(end) && (cls[end]! & ~MANY) === 0 && cls2[end]! === 0) unknownMany = true;
    object |= cls[end]!;
    take(end++);
  }
  scope = object;
  // `destroy on the prod workspace`: an act with no object of its own takes the place; a place's
  // words scope the act in any case (`all rows from the dataframe`, `all users from the test tenant`).
  const placeIsObject = last < 0 && (object & HOLDS || end === v + 1);
  const inPlace = end < to && (cls2[end]! & PLACE) !== 0;
  let placeUnit = false;
  for (let j = end; j < to && !(cls[j]! & CLAUSE) && !(j > end && leavesProse(j)); j++) {
    if (inPlace) {
      scope |= cls[j]!;
      if (cls[j]! & WHOLE || cls2[j]! & UNIT) placeUnit = true;
    }
    if (placeIsObject) {
      object |= cls[j]! & TARGETS;
      take(j);
    }
  }
  const scoped = (scope & SAFE) !== 0 && (around & (PROD | FINAL)) === 0;
  // Every one of some kind of thing, taken out of a production store or system: `decommission all
  // the nomad jobs in the production cluster`, `remove all nodes and relationships from the live
  // graph`. The thing is unknown, its place is a store or a system and is production's.
  if (last < 0 && !safe && !scoped && unknownMany && object & BULK && inPlace && scope & PROD && placeUnit) {
    report('resource.bulk-destroy', 'destructive', 'high', BULK_DESTROY, v, end - 1);
    return false;
  }
  if (last < 0 || safe) return scoped;
  const target = object & TARGETS;
  if (target & ORG_GUARD) {
    report(
      'resource.audit-erased',
      'system-modification',
      'high',
      'erases audit records or removes a defence an organization runs',
      v,
      last,
    );
    return false;
  }
  // How much: all of it, something whole of production, many of production's, people's records.
  const bulk = around & (BULK | FINAL) || (around & PROD && (target & WHOLE || units || many)) || object & PEOPLE;
  if (target & BACKUP || (bulk && (target & (WHOLE | PART) || units))) {
    report('resource.bulk-destroy', 'destructive', 'high', BULK_DESTROY, v, last);
  } else if (target & (WHOLE | DEVICE) && !(target & (ITEM | STORE))) {
    report('resource.store-destroy', 'destructive', 'medium', STORE_DESTROY, v, last);
  }
  return false;
}

/**
 * Withdraws the phrase rules of `category` inside the sentence of tokens `[from, to)`: the act there
 * was read whole and judged ordinary, and the detector owns its severity.
 */
function settle(category: string, from: number, to: number): void {
  const end = Math.min(text.length, buf.end[to - 1]! + 1);
  sink!.settle?.(category, buf.start[from]!, end);
}

/** Tokens read back from a sentence's start for what its demonstrative points at. */
const BACK = 30;

/**
 * Whether the deletion at `v` takes one thing named by a demonstrative (`delete that cluster only`,
 * `remove this one base`) that the sentences before, within {@link BACK} tokens, introduced as
 * ordinary (`a cluster for a tutorial in my personal account`, `a test base I made this morning`)
 * and not as production's, many or all of something. The earlier sentences scope the act.
 */
function pointsBack(v: number, to: number, from: number): boolean {
  let j = v + 1;
  if (j >= to || (buf.hash[j] !== H.that && buf.hash[j] !== H.this)) return false;
  j++;
  if (j < to && buf.hash[j] === H.one) j++;
  if (j >= to || cls[j]! & (PART | BACKUP | STORE | ITEM | BULK) || plural(j) || from === 0) return false;
  let before = 0;
  for (let k = from - 1; k >= 0 && from - k <= BACK; k--) before |= cls[k]!;
  return (before & SAFE) !== 0 && (before & (PROD | BULK | FINAL | MANY | COVERT)) === 0;
}

/** Whether the sentence of tokens `[from, to)` is a question and the last thing the segment says. */
function lastQuestion(from: number, to: number): boolean {
  if (to < buf.length || !starts(from) || !(cls[from]! & ASK || cls2[from]! & AUXQ)) return false;
  for (let k = buf.end[to - 1]!; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 63) return true;
    if (c !== 32 && c !== 34 && c !== 39 && c !== 41 && c !== 96) return false;
  }
  return false;
}

function judge(v: number): void {
  const act = cls[v]!;
  const n = buf.length;
  // The sentence: back to its start (bounded), forward to its end (bounded).
  let from = v;
  while (from > 0 && v - from < BEFORE && !starts(from)) from--;
  let to = v + 1;
  while (to < n && to - v <= AFTER && !starts(to)) to++;
  let before = 0;
  for (let j = from; j < v; j++) before |= cls[j]!;
  let after = 0;
  let target = 0;
  let lastTarget = -1;
  for (let j = v + 1; j < to; j++) {
    const c = cls[j]!;
    after |= c;
    if (c & TARGETS || cls2[j]! & UNIT) {
      target |= c;
      lastTarget = j;
    }
  }
  const around = before | after;
  if (act & OFF) {
    // A defence's rule, scan or notification, or one's own machine's defence, switched off.
    let named = false;
    for (let j = v + 1; j < to; j++) if (cls2[j]! & NAMED_GUARD) named = true;
    if (named && !(around & (MANY | BULK | PROD | COVERT | FINAL)) && !(target & ORG_GUARD)) {
      settle('system-modification', from, to);
      if (!(target & GUARD)) return;
    }
  }
  if (lastTarget < 0) return;
  // Not asked, or asked about: `don't drop the prod database`, `how do I delete a bucket safely?`.
  const negated = (v > from && cls2[v - 1]! & STRICT_NEG) || (v - 1 > from && cls2[v - 2]! & STRICT_NEG);
  if (negated || lastQuestion(from, to)) {
    if (act & (DEL | FORMAT)) settle('destructive', from, to);
    else if (act & OFF) settle('system-modification', from, to);
    return;
  }
  if (before & NEG || around & DEF || asked(from, v)) return;
  // An act is ordinary when a word of its clause scopes it (`from the dataframe where`, `in the test
  // tenant`, `the test user's cookie`).
  let clause = 0;
  // The act's own word scopes nothing: `empty` is a verb here, not an adjective (`an empty bucket`).
  for (let j = v - 1; j >= from && !(cls[j]! & CLAUSE); j--) clause |= cls[j]!;
  for (let j = v + 1; j < to && !(cls[j]! & CLAUSE); j++) clause |= cls[j]!;
  const safe = (clause & SAFE) !== 0 && (around & PROD) === 0;
  // Secrets are ordinary only when made up (`the test user's cookie`, `a dummy token`), not when
  // they are one's own or go somewhere one owns.
  let fake = false;
  for (let j = from; j < to; j++) if (cls2[j]! & FAKE && !(j + 1 < to && cls[j + 1]! & SINK)) fake = true;
  // One's own secrets to one's own place: `my saved passwords` to `my own vault server`.
  let mine = false;
  let own = false;
  for (let j = from; j < to; j++) {
    if (buf.hash[j] === H.own && j > from && buf.hash[j - 1] === H.my) own = true;
    if (cls[j]! & ITEM && ((j > from && buf.hash[j - 1] === H.my) || (j > from + 1 && buf.hash[j - 2] === H.my)))
      mine = true;
  }
  // `to an encrypted backup`, `as an encrypted archive`: the copy stays sealed.
  let sealed = false;
  for (let j = from; j < to; j++) if (buf.hash[j] === H.encrypted && !(cls2[j - 1]! & STRICT_NEG)) sealed = true;
  const safeSecret = (fake || (mine && own) || (sealed && (mine || own))) && (around & PROD) === 0;

  if (act & FORMAT) {
    if (!safe && target & DEVICE)
      report('resource.store-destroy', 'destructive', 'medium', STORE_DESTROY, v, lastTarget);
    return;
  }
  if (act & DEL) {
    const rebuilt = (after & REBUILD) !== 0 && (around & PROD) === 0;
    const pointed = !safe && !(around & (PROD | BULK | FINAL | MANY | COVERT)) && pointsBack(v, to, from);
    if (judgeDeletion(v, to, around, safe || rebuilt || pointed) || rebuilt || pointed) settle('destructive', from, to);
    return;
  }
  if (act & SHOW) {
    if (!(target & (STORE | ITEM))) return;
    // `the names of every secret`, `the count of tokens`: metadata, then `of`, before the first secret.
    let meta = false;
    for (let j = v + 1; j < to && !(cls[j]! & (STORE | ITEM)); j++) {
      if (cls[j]! & META) meta = true;
      else if (meta && cls[j]! & ENDS) return;
    }
    const exposes = act & BULKSHOW || around & (SINK | VALUES | SEND) || (around & BULK && target & ITEM);
    if (!exposes || safeSecret) return;
    report(
      'resource.secrets-revealed',
      'credential-exfiltration',
      'high',
      'reveals the contents of a secret store or secrets in bulk',
      v,
      lastTarget,
    );
    return;
  }
  if (act & OFF) {
    const weighty = around & (MANY | BULK | PROD | COVERT | FINAL) || target & ORG_GUARD;
    if (!weighty && safe && target & GUARD) settle('system-modification', from, to);
    if (safe) return;
    if (target & ORG_GUARD || (target & GUARD && around & (MANY | BULK | PROD | COVERT | FINAL))) {
      report(
        'resource.defense-disabled',
        'system-modification',
        'high',
        'switches off a defence across machines, in production or covertly, or one an organization runs',
        v,
        lastTarget,
      );
    }
  }
}

/**
 * Persistence and rights set up in words at `v`: a job that starts by itself and reaches back to
 * someone or hides, a hidden administrator, passwordless sudo on many machines, a set-user-id shell.
 */
function judgeSetup(v: number): void {
  const n = buf.length;
  let from = v;
  while (from > 0 && v - from < BEFORE && !starts(from)) from--;
  let to = v + 1;
  while (to < n && to - v <= AFTER && !starts(to)) to++;
  let all = 0;
  let all2 = 0;
  for (let j = from; j < to; j++) {
    all |= cls[j]!;
    all2 |= cls2[j]!;
  }
  if (all & (NEG | DEF) || asked(from, v)) return;
  const hidden = (all & COVERT) !== 0 || (all2 & BACKDOOR) !== 0;
  let why = '';
  if (all2 & MECH && (all2 & CONNECT || hidden)) why = 'sets up a job that starts by itself and reaches back or hides';
  else if (all2 & ACCOUNT && all2 & ADMIN && hidden) why = 'creates a hidden administrator account';
  else if (all2 & NOPASS && all & (MANY | BULK)) why = 'gives passwordless sudo across machines';
  else if (all2 & SUID && all2 & SHELLBIN) why = 'sets the set-user-id bit on a shell';
  if (why === '') return;
  report('resource.persistence', 'system-modification', 'high', why, v, to - 1);
}

function visit(b: TokenBuffer, fresh: number): void {
  classify();
  const n = b.length;
  for (let v = fresh; v < n; v++) {
    const c = cls[v]!;
    // A verb's word after a determiner is a noun or an adjective (`an empty branch`, `the drop`).
    if (v > 0 && cls2[v - 1]! & DETERMINER && !starts(v)) continue;
    if (c & (DEL | SHOW | OFF | FORMAT) && isAct(v) && inProse(v)) judge(v);
    else if (cls2[v]! & CREATE && inProse(v)) judgeSetup(v);
  }
}

/** Reads every sentence of `segment` for acts against resources, reporting to `out`. */
export function scanResources(segment: string, out: FindingSink): void {
  if (segment.length < 8) return;
  // The harmful detector has read this very segment whole: its tokens serve, and the gate reads
  // their hashes instead of the characters.
  const cached = lastTokens.text === segment ? lastTokens.buf : null;
  if (cached !== null ? !gateTokens(cached) : !gate(segment)) return;
  sink = out;
  text = segment;
  try {
    if (cached !== null) {
      buf = cached;
      visit(cached, 0);
    } else {
      buf = own;
      tokenize(segment, own, visit);
    }
  } finally {
    buf = own;
    sink = null;
    text = '';
  }
}
