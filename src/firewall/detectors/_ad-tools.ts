/**
 * The names of offensive Active Directory tools, grouped by what they do (`_ad-attack.ts` reads
 * them where a program stands, as one signal beside what the arguments hand the tool). Lower case,
 * without extension, impacket's `impacket-` prefix or a build's `_linux_amd64` suffix.
 *
 * @internal Not part of the public API.
 */

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
