/**
 * Offensive Active Directory command lines, read by what their arguments hand the tool: a domain
 * account's credential in the forms only attack tooling accepts (`DOMAIN/user:password@host`, an
 * NTLM hash as `-hashes LM:NT`, a Kerberos ticket file loaded through `KRB5CCNAME` with `-k
 * -no-pass`, a `.kirbi`), and what the line asks of the directory with it: service or AS-REP
 * tickets to crack offline, a replica of every account's hash (DCSync, `--ntds`, `--sam`,
 * `--lsa`), tickets forged from a domain SID and a key, tickets for another identity (S4U,
 * PKINIT), NTLM authentication relayed to another service, a machine coerced to authenticate to
 * a listener, passwords sprayed at many accounts or hosts, commands run on a remote host, or the
 * directory written (a machine account, delegation rights, key credentials).
 *
 * The tools of this ecosystem share an argument vocabulary (impacket's single-dash long options,
 * NetExec's modules and switches, Rubeus' `/name:value` arguments), so a tool never seen before
 * is read by the roles its arguments play; the names of tools whose only purpose is attack are
 * one more signal, read only where a program stands. Ordinary administration with the same
 * protocols (`kinit`, `klist`, `smbclient` with one's own account, `ldapsearch`, the AD cmdlets,
 * `net use`, `nltest`) hands none of these.
 *
 * One pass splits the line into commands and words; every reading after that is a set lookup or
 * a short anchored test per word. Lines that name none of the gate words of `_ad-tools.ts` never
 * reach it.
 *
 * @internal Not part of the public API.
 */
import type { Severity } from '../types.js';
import {
  COERCERS,
  DUMPERS,
  EXECS,
  FORGERS,
  FRAMEWORKS,
  RELAYS,
  ROASTERS,
  SURVEYS,
  TICKETS,
  WRITERS,
} from './_ad-tools.js';

/** What a reading reports: an id, its category, its severity and where it was seen. */
export interface AdFinding {
  readonly id: string;
  readonly category: string;
  readonly severity: Severity;
  readonly description: string;
  readonly start: number;
  readonly end: number;
}

const CREDS = 'credential-exfiltration';
const IDS = {
  'ad.credential-dump': [CREDS, "replicates or dumps the domain's or a host's stored credentials"],
  'ad.roast': [CREDS, 'requests service or AS-REP tickets to crack their accounts’ passwords offline'],
  'ad.ticket-forge': [CREDS, 'forges a Kerberos ticket from a domain SID and an account key'],
  'ad.ticket-request': [CREDS, 'obtains a Kerberos ticket with a hash, a certificate or for another identity'],
  'ad.pass-the-hash': [CREDS, "authenticates to a remote host with an account's password hash or stolen ticket"],
  'ad.relay': [CREDS, 'relays captured NTLM authentication to another service'],
  'ad.coerce': [CREDS, 'coerces a machine to authenticate to a listener, or poisons name resolution'],
  'ad.spray': [CREDS, 'tries passwords against many accounts or hosts (spraying, brute force)'],
  'ad.certificate-abuse': [CREDS, 'requests a certificate for another identity, or authenticates with one'],
  'ad.domain-login': [CREDS, "hands a domain account's password to a tool aimed at a remote host"],
  'ad.remote-exec': ['remote-code-execution', 'runs commands on a remote host with domain credentials'],
  'ad.directory-write': ['system-modification', 'writes machine accounts, delegation rights or key credentials'],
  'ad.offensive-tool': ['malware', 'runs a privilege-escalation or attack-path survey tool on the host'],
} as const;
type Id = keyof typeof IDS;

/** Longest line read, and most words read per command. */
const MAX_LINE = 4096;
const MAX_WORDS = 96;

/** One word of a command: its text without quotes (lower case too) and where it lies. */
interface Word {
  readonly w: string;
  readonly lo: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a line into commands (at `;`, `&`, `|`, line breaks) of unquoted words, in one pass. */
function commandsOf(line: string): Word[][] {
  const out: Word[][] = [];
  let cmd: Word[] = [];
  let cur = '';
  let start = -1;
  let quote = 0;
  const flush = (end: number): void => {
    if (start >= 0 && cmd.length < MAX_WORDS) cmd.push({ w: cur, lo: cur.toLowerCase(), start, end });
    cur = '';
    start = -1;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else cur += line[i];
      continue;
    }
    if (c === 34 || c === 39) {
      quote = c;
      if (start < 0) start = i;
      continue;
    }
    if (c === 32 || c === 9) {
      flush(i);
      continue;
    }
    if (c === 59 || c === 38 || c === 124 || c === 10 || c === 13) {
      flush(i);
      if (cmd.length > 0) out.push(cmd);
      cmd = [];
      continue;
    }
    if (start < 0) start = i;
    cur += line[i];
  }
  flush(line.length);
  if (cmd.length > 0) out.push(cmd);
  return out;
}

/** Interpreters and wrappers whose next word is the program. */
const WRAPPERS: ReadonlySet<string> = new Set([
  'sudo',
  'python',
  'python2',
  'python3',
  'py',
  'proxychains',
  'proxychains4',
  'env',
  'time',
  'nohup',
  'powershell',
  'pwsh',
  '&',
  '.',
]);

/** Wrapper switches that take a value. */
const WRAPPER_VALUED: ReadonlySet<string> = new Set(['-ep', '-exec', '-executionpolicy', '-w', '-windowstyle']);

/** A program's name: its file name, lower case, without extension, impacket's or a build's affixes. */
function programOf(lo: string): string {
  let p = lo.slice(Math.max(lo.lastIndexOf('/'), lo.lastIndexOf('\\')) + 1);
  p = p.replace(/\.(?:py|exe|ps1|sh)$/, '');
  if (p.startsWith('impacket-')) p = p.slice(9);
  return p.replace(/_(?:linux|windows|darwin)(?:_\w+)?$/, '');
}

/** `DOMAIN/user[:secret][@host]` with a secret or a host. */
const TARGET = /^[a-z0-9][\w.-]{0,62}\/[\w.$\\-]{1,64}(?::[^@\s/]*)?(?:@[\w.-]{1,253})?$/i;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/;
const NT = /^(?:[0-9a-f]{32})?:[0-9a-f]{32}$|^[0-9a-f]{32}$|^[0-9a-f]{64}$/i;
const LIST_FILE = /\.(?:txt|lst|list|csv)$/;
/** Directory attributes that hold a password: LAPS (legacy and current), gMSA, the Unix password attributes. */
const SECRET_ATTR = /ms-mcs-admpwd\b|mslaps-(?:encrypted)?password|msds-managedpassword\b|\bunixuserpassword\b/;

/** What the words of one command hand its program. */
interface Roles {
  prog: string;
  /** Lower-case flags, `/name:` arguments cut at the colon, and bare words. */
  words: Set<string>;
  /** Each flag's value (the next word, or what follows `=` or `:`). */
  value: Map<string, string>;
  positional: string[];
  target: boolean;
  hash: boolean;
  ticket: boolean;
  userPass: boolean;
  remote: boolean;
  /** A whole network as the target (`192.0.2.0/24`). */
  subnet: boolean;
  /** A target with both a secret and a host (`DOMAIN/user:secret@host`). */
  login: boolean;
  /** A word that names a directory attribute holding a password, or the class that requests a service ticket. */
  secretAttr: boolean;
  spnTicket: boolean;
  /** Written as a program is invoked: a path or an extension, or switches after it. */
  invoked: boolean;
  /** Written as a Python script or an impacket entry point. */
  script: boolean;
}

/** A Rubeus- or Windows-style argument: `/name` or `/name:value` (not a path). */
const SLASH_ARG = /^\/[a-z][\w-]{0,40}(?::|$)/;

/** Switches whose value is an account's key: an NT hash, `LM:NT`, or an AES key. */
const HASH_FLAGS = ['-hashes', '--hashes', '-nthash', '--nthash', '-aeskey', '/rc4', '/ntlm', '/aes256'];
/** Switches that take a hash in this ecosystem's tools but a checksum elsewhere: a bare hex value counts only there. */
const SHORT_HASH_FLAGS = ['-h', '--hash'];

function rolesOf(cmd: readonly Word[], from: number, env: ReadonlyMap<string, string>): Roles {
  const r: Roles = {
    prog: programOf((cmd[from] as Word).lo),
    words: new Set(),
    value: new Map(),
    positional: [],
    target: false,
    hash: false,
    ticket: false,
    userPass: false,
    remote: false,
    subnet: false,
    login: false,
    secretAttr: false,
    spnTicket: false,
    invoked: /[\\/]|\.(?:py|exe|ps1)$|^impacket-/.test((cmd[from] as Word).lo),
    script: /\.py$|^impacket-/.test((cmd[from] as Word).lo),
  };
  for (let k = from + 1; k < cmd.length; k++) {
    const lo = (cmd[k] as Word).lo;
    const next = (cmd[k + 1] as Word | undefined)?.lo ?? '';
    if (lo.endsWith('.kirbi')) r.ticket = true;
    if (SECRET_ATTR.test(lo)) r.secretAttr = true;
    if (lo.includes('kerberosrequestorsecuritytoken')) r.spnTicket = true;
    if ((lo.length >= 2 && lo.startsWith('-') && lo !== '--') || SLASH_ARG.test(lo)) {
      r.invoked = true;
      const cut = lo.search(/[=:]/);
      const name = cut > 1 ? lo.slice(0, cut) : lo;
      r.words.add(name);
      r.value.set(name, cut > 1 ? lo.slice(cut + 1) : next.startsWith('-') ? '' : next);
      if (cut > 1) r.words.add(lo.slice(cut + 1));
    } else {
      r.words.add(lo);
      r.positional.push(lo);
      if (TARGET.test(lo) && (lo.includes(':') || lo.includes('@'))) {
        r.target = true;
        if (/:[^@]+@/.test(lo)) r.login = true;
      }
      if (IPV4.test(lo) || lo.includes('@') || /^(?:ldaps?|smb|http|mssql|rpc):\/\//.test(lo)) r.remote = true;
      if (IPV4.test(lo) && lo.includes('/')) r.subnet = true;
      if (/^[0-9a-f]{32}:[0-9a-f]{32}$/.test(lo)) r.hash = true;
    }
  }
  for (const f of HASH_FLAGS) {
    const v = r.value.get(f);
    if (v !== undefined && NT.test(v)) r.hash = true;
  }
  const tool = FRAMEWORKS.has(r.prog) || EXECS.has(r.prog);
  for (const f of SHORT_HASH_FLAGS) {
    const v = r.value.get(f);
    if (v !== undefined && NT.test(v) && (tool || v.includes(':'))) r.hash = true;
  }
  const cc = env.get('krb5ccname');
  if ((cc !== undefined && /\.ccache$/.test(cc) && !/krb5cc_/.test(cc)) || r.words.has('/ticket')) r.ticket = true;
  if (r.words.has('-k') && r.words.has('-no-pass')) r.ticket = true;
  const user = r.value.get('-u') ?? r.value.get('--username') ?? r.value.get('/user') ?? r.value.get('--ldapusername');
  const pass =
    r.value.get('-p') ?? r.value.get('--password') ?? r.value.get('/password') ?? r.value.get('--ldappassword');
  r.userPass =
    (user !== undefined && user !== '' && pass !== undefined && pass !== '') || (user !== undefined && r.hash);
  for (const f of ['-dc-ip', '--dc-ip', '-target-ip', '--host', '-dc', '-ns', '-i', '-t', '-tf', '--dc-host']) {
    const v = r.value.get(f);
    if (v !== undefined && v !== '' && (IPV4.test(v) || v.includes('.'))) r.remote = true;
  }
  return r;
}

/** Whether `w` holds one of `names`. */
function hasAny(w: ReadonlySet<string>, names: readonly string[]): boolean {
  for (const n of names) if (w.has(n)) return true;
  return false;
}

/** Which reading a command's roles make, if any. */
function reading(r: Roles): [Id, Severity] | null {
  if (!r.invoked && !hivePair(r.positional)) return null;
  const w = r.words;
  const p = r.prog;
  const cred = r.target || r.hash || r.ticket || r.userPass;
  // A replica of the directory's secrets, or a host's stored ones.
  if (
    DUMPERS.has(p) ||
    hasAny(w, ['-just-dc', '-just-dc-ntlm', '-just-dc-user', 'dcsync']) ||
    (hasAny(w, ['--ntds', '--sam', '--lsa', '--dpapi']) && (cred || r.remote)) ||
    (w.has('-ntds') && w.has('-system')) ||
    (w.has('-sam') && w.has('-system')) ||
    r.secretAttr ||
    (p === 'rubeus' && hasAny(w, ['dump', 'tgtdeleg', 'harvest', 'monitor'])) ||
    /^(?:lsassy|nanodump|handlekatz|procdump|ntdsutil)$/.test(r.value.get('-m') ?? r.value.get('--module') ?? '') ||
    hivePair(r.positional)
  )
    return ['ad.credential-dump', 'critical'];
  if (
    FORGERS.has(p) ||
    (w.has('-domain-sid') && (w.has('-nthash') || w.has('-aeskey'))) ||
    (FRAMEWORKS.has(p) && (w.has('golden') || w.has('silver')))
  )
    return ['ad.ticket-forge', 'critical'];
  if (
    RELAYS.has(p) ||
    w.has('-smb2support') ||
    ((w.has('--delegate-access') || w.has('--escalate-user')) && w.has('-t'))
  )
    return ['ad.relay', 'critical'];
  if (
    ROASTERS.has(p) ||
    r.spnTicket ||
    hasAny(w, ['kerberoast', 'asreproast', '--kerberoasting', '--kerberoast', '--asreproast']) ||
    (hasAny(w, ['-request', '-request-user']) && (cred || r.remote)) ||
    (w.has('-usersfile') && w.has('-no-pass')) ||
    r.value.get('-m') === 'timeroast'
  )
    return ['ad.roast', 'high'];
  if (
    (FRAMEWORKS.has(p) && hasAny(w, ['bruteforce', 'bruteuser', 'passwordspray', 'brute'])) ||
    hasAny(w, ['/passwords', '--continue-on-success']) ||
    // One account's password tried on every host of a network.
    (r.subnet && r.userPass && (FRAMEWORKS.has(p) || r.script)) ||
    (FRAMEWORKS.has(p) && (LIST_FILE.test(r.value.get('-u') ?? '') || LIST_FILE.test(r.value.get('-p') ?? '')))
  )
    return ['ad.spray', 'high'];
  if (
    COERCERS.has(p) ||
    /^(?:coerce\w*|petitpotam|printerbug|dfscoerce|shadowcoerce)$/.test(r.value.get('-m') ?? '') ||
    (r.userPass && p !== '' && r.positional.filter((x) => IPV4.test(x)).length >= 2)
  )
    return ['ad.coerce', 'high'];
  // Sysinternals' PsExec shares impacket's name: an administrator's tool, escalated rather than blocked.
  if (p === 'psexec' && !r.script && !r.target && (cred || r.remote)) return ['ad.remote-exec', 'high'];
  if (
    (EXECS.has(p) && (cred || r.remote)) ||
    (FRAMEWORKS.has(p) && w.has('-x') && (cred || r.remote)) ||
    (p === 'sharpwmi' && w.has('action=exec'))
  )
    return ['ad.remote-exec', 'critical'];
  if (
    WRITERS.has(p) ||
    hasAny(w, ['-computer-pass', '-delegate-to', '-delegate-from', 'msds-keycredentiallink']) ||
    (p === 'certipy' && w.has('shadow')) ||
    (p === 'bloodyad' && hasAny(w, ['add', 'set', 'remove']))
  )
    return ['ad.directory-write', 'high'];
  if (
    (p === 'certipy' && (w.has('-upn') || w.has('auth'))) ||
    (p === 'certify' && w.has('request')) ||
    w.has('/altname') ||
    (w.has('-upn') && w.has('-template')) ||
    w.has('-cert-pfx') ||
    w.has('/certificate')
  )
    return ['ad.certificate-abuse', 'high'];
  if (
    TICKETS.has(p) ||
    hasAny(w, ['-impersonate', '/impersonateuser', '/ptt']) ||
    (FRAMEWORKS.has(p) && hasAny(w, ['s4u', 'asktgt', 'ptt']))
  )
    return ['ad.ticket-request', 'high'];
  if ((r.hash || r.ticket) && (r.remote || r.target)) return ['ad.pass-the-hash', 'high'];
  // A ticket file injected into the logon session (`kerberos::ptt x.kirbi`, Rubeus' `ptt /ticket:`).
  if (r.ticket && (w.has('kerberos::ptt') || (FRAMEWORKS.has(p) && w.has('ptt')))) return ['ad.pass-the-hash', 'high'];
  if (r.login) return ['ad.domain-login', 'medium'];
  if (SURVEYS.has(p)) return ['ad.offensive-tool', 'medium'];
  if (FRAMEWORKS.has(p) && p !== 'nxc' && p !== 'netexec' && p !== 'crackmapexec' && p !== 'cme')
    return ['ad.offensive-tool', 'medium'];
  return null;
}

/** The SAM hive and the SYSTEM hive (which holds its key) handed to one program as files. */
function hivePair(args: readonly string[]): boolean {
  let sam = false;
  let system = false;
  for (const a of args) {
    const base = a.slice(Math.max(a.lastIndexOf('/'), a.lastIndexOf('\\')) + 1).replace(/\.(?:hive|save|bak|hiv)$/, '');
    if (base === 'sam') sam = true;
    else if (base === 'system') system = true;
  }
  return sam && system;
}

/**
 * Reads `line` and returns what it asks of a domain, or null. At most one finding per command,
 * the first command that makes one.
 */
export function adAttackReading(line: string): AdFinding | null {
  if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
  const env = new Map<string, string>();
  for (const cmd of commandsOf(line)) {
    let k = 0;
    // Leading assignments (`KRB5CCNAME=t.ccache tool …`, `export KRB5CCNAME=…`) hold for the line.
    if ((cmd[0] as Word).lo === 'export' || (cmd[0] as Word).lo === 'set') k = 1;
    for (; k < cmd.length; k++) {
      const lo = (cmd[k] as Word).lo;
      const eq = lo.indexOf('=');
      if (eq <= 0 || !/^[\w$:]+$/.test(lo.slice(0, eq))) break;
      env.set(lo.slice(0, eq).replace(/^\$env:/, ''), lo.slice(eq + 1));
    }
    // Wrappers and their own switches (`powershell -ep bypass .\\tool.ps1`, `python3 -u tool.py`).
    while (k < cmd.length && WRAPPERS.has((cmd[k] as Word).lo)) {
      k++;
      while (k < cmd.length && (cmd[k] as Word).lo.startsWith('-')) {
        k += WRAPPER_VALUED.has((cmd[k] as Word).lo) ? 2 : 1;
      }
    }
    if (k >= cmd.length) continue;
    const found = reading(rolesOf(cmd, k, env));
    if (found === null) continue;
    const [id, severity] = found;
    const [category, description] = IDS[id];
    const first = cmd[k] as Word;
    const last = cmd[cmd.length - 1] as Word;
    return { id, category, severity, description, start: first.start, end: last.end };
  }
  return null;
}
