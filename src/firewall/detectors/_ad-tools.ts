/**
 * The vocabulary of `_ad-attack.ts`: the words that open its reading in the shared gate, and the
 * names of offensive Active Directory tools grouped by what they do (read where a program stands,
 * as one signal beside what the arguments hand the tool). Names are lower case, without
 * extension, impacket's `impacket-` prefix or a build's `_linux_amd64` suffix.
 *
 * @internal Not part of the public API.
 */

/**
 * Words that open the reading (lower case, matched case-insensitively by the shared gate): the
 * argument vocabulary and the tool names. Kept to words that ordinary text rarely holds.
 */
export const AD_GATE_WORDS: readonly string[] = `krb5ccname .ccache .kirbi -hashes --hashes -nthash -aeskey -no-pass
dc-ip -just-dc -ntds --ntds --sam --lsa -domain-sid -impersonate impersonateuser -request -usersfile
smb2support --delegate-access --escalate-user -computer-pass -delegate-to -delegate-from -cert-pfx -pfx-pass
kerberoast asreproast timeroast dcsync relayx petitpotam printerbug dementor coerce_ coercer dfscoerce
shadowcoerce mitm6 responder kerbrute rubeus bruteuser passwordspray continue-on-success lsassy secretsdump
ticketer getuserspns getnpusers gettgt getst. gettgtpkinit getnthash exec.py impacket- evil-winrm netexec nxc
crackmapexec sharpwmi whisker keycredential certipy certify altname gpppassword seatbelt sharpup winpeas
sharphound bloodhound sharpdump safetykatz samdump2 pwdump addcomputer rbcd bloodyad -upn /ptt /rc4: /aes256:
/ticket: kerberosrequestor spnticket admpwd mslaps-password mslaps-encrypted managedpassword`.split(/\s+/);

/**
 * Gate words that need a look around them: a script named with its extension, then a `@` or a
 * `-u … -p` pair (where impacket-style targets and credential pairs are handed to a tool the
 * other words do not name); the SAM hive named as a word on a line that also names SYSTEM.
 */
export const AD_GATE_CHECKED: readonly {
  readonly w: string;
  readonly start?: boolean;
  readonly end?: boolean;
  readonly check: (s: string, at: number, to: number) => boolean;
}[] = [
  { w: '.py', check: (s, _at, to) => s.indexOf('@', to) > 0 || USER_PASS.test(s.slice(to, to + 512)) },
  { w: 'sam', start: true, end: true, check: (s) => HIVE_SYSTEM.test(s) },
];
/** A `-u <user>` then a `-p` switch. */
const USER_PASS = /\s-u\s+\S+\s(?:[^\n]*?\s)?-p\s/i;
/** The SYSTEM hive as a word of its own (`system`, `system.save`, `…\\config\\SYSTEM`). */
const HIVE_SYSTEM = /(?:^|[\s\\/])system(?:\.\w{1,5})?(?:\s|$)/i;

/** Dumpers of stored credentials. */
export const DUMPERS: ReadonlySet<string> = new Set([
  'secretsdump',
  'lsassy',
  'sharpdump',
  'safetykatz',
  'samdump2',
  'pwdump',
  'nanodump',
  'dploot',
  'get-gpppassword',
  'donpapi',
]);
/** Requesters of service or AS-REP tickets to crack offline. */
export const ROASTERS: ReadonlySet<string> = new Set([
  'getuserspns',
  'getnpusers',
  'targetedkerberoast',
  'invoke-kerberoast',
  'get-domainspnticket',
  'request-spnticket',
  'timeroast',
  'kerberoast',
]);
/** Forgers of tickets. */
export const FORGERS: ReadonlySet<string> = new Set(['ticketer', 'goldenpac']);
/** Requesters of tickets with a hash, a certificate or for another identity. */
export const TICKETS: ReadonlySet<string> = new Set(['gettgt', 'getst', 'gettgtpkinit', 'getnthash', 'gets4uticket']);
/** NTLM and Kerberos relays. */
export const RELAYS: ReadonlySet<string> = new Set(['ntlmrelayx', 'smbrelayx', 'krbrelayx', 'multirelay']);
/** Coercers of machine authentication and name-resolution poisoners. */
export const COERCERS: ReadonlySet<string> = new Set([
  'petitpotam',
  'printerbug',
  'dementor',
  'coercer',
  'dfscoerce',
  'shadowcoerce',
  'spoolsample',
  'mitm6',
  'responder',
]);
/** Remote shells and command runners. */
export const EXECS: ReadonlySet<string> = new Set(['psexec', 'smbexec', 'wmiexec', 'dcomexec', 'atexec', 'evil-winrm']);
/** Writers of machine accounts, delegation, key credentials and ACLs. */
export const WRITERS: ReadonlySet<string> = new Set([
  'addcomputer',
  'rbcd',
  'pywhisker',
  'whisker',
  'dacledit',
  'owneredit',
]);
/** Privilege-escalation surveys and attack-path collectors run on a host. */
export const SURVEYS: ReadonlySet<string> = new Set([
  'seatbelt',
  'sharpup',
  'winpeas',
  'winpeasany',
  'winpeasx64',
  'winpeasx86',
  'sharphound',
  'invoke-bloodhound',
  'powerup',
  'invoke-allchecks',
  'sharpwmi',
]);
/** Frameworks whose subcommands or modules decide what they do. */
export const FRAMEWORKS: ReadonlySet<string> = new Set(['nxc', 'netexec', 'crackmapexec', 'cme', 'kerbrute', 'rubeus']);
