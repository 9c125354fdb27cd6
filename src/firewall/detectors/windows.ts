/**
 * The `windows` detector: cmd and PowerShell command lines read as (program, arguments) after
 * undoing cmd's and PowerShell's escapes. Destructive deletes and formats, persistence (registry
 * Run keys, services, scheduled tasks, accounts), backup and shadow-copy deletion, log clearing,
 * Defender and firewall tampering, credential dumping, and living-off-the-land binaries that
 * download or run code. `-EncodedCommand` payloads are decoded and examined again.
 *
 * @internal Not part of the public API.
 */

import type { Severity } from '../types.js';
import { adAttackReading } from './_ad-attack.js';
import { AD_GATE_CHECKED, AD_GATE_WORDS } from './_ad-tools.js';
import { type GateWord, SHARED_GATE, WINDOWS_BIT } from './_code-gate.js';
import { resolveComputedNames } from './_code-names.js';
import { ownRemovableMedium } from './_shell-owned.js';
import { charCodeText } from './_windows-charcodes.js';
import {
  assignment,
  type Canon,
  canon,
  commands,
  decodeBase64Text,
  needsUnescape,
  origin,
  programName,
  substitute,
  type Word,
} from './_windows-norm.js';
import { BARE_PROXIES, roleReading } from './_windows-roles.js';
import { windowsSlipReading } from './_windows-slips.js';
import { weakenedSetting } from './_windows-weaken.js';
import type { Detector, FindingSink } from './types.js';

const DESTRUCTIVE = 'destructive';
const SYSTEM = 'system-modification';
const CREDS = 'credential-exfiltration';
const RCE = 'remote-code-execution';

/** Fixed per id: [category, description]. */
const IDS = {
  'windows.delete-system': [DESTRUCTIVE, 'deletes a drive root or a Windows system, program or profile directory'],
  'windows.format-drive': [DESTRUCTIVE, 'formats or wipes a disk or volume'],
  'windows.bulk-remove': [
    DESTRUCTIVE,
    'removes every object a cmdlet lists (accounts, mailboxes, machines, resources)',
  ],
  'windows.wipe-free-space': [DESTRUCTIVE, 'overwrites the free space of a volume (cipher /w)'],
  'windows.backup-delete': [DESTRUCTIVE, 'deletes shadow copies or backups, or disables boot recovery'],
  'windows.registry-persistence': [SYSTEM, 'writes a registry key that starts programs or changes security policy'],
  'windows.service-create': [SYSTEM, 'creates or repoints a Windows service'],
  'windows.scheduled-task': [SYSTEM, 'creates or changes a scheduled task'],
  'windows.account-create': [SYSTEM, 'creates a local or domain account or sets its password'],
  'windows.admin-group': [SYSTEM, 'adds an account to an administrators group'],
  'windows.log-clear': [SYSTEM, 'clears event logs or disables auditing'],
  'windows.defender-tamper': [SYSTEM, 'disables Microsoft Defender or excludes paths from it'],
  'windows.firewall-disable': [SYSTEM, 'turns the Windows firewall off'],
  'windows.protection-off': [
    SYSTEM,
    'switches a Windows protection off by its setting (SMB signing, LSA protection, account control, application control)',
  ],
  'windows.system-permissions': [SYSTEM, 'grants every user full control or write on the Windows or program folders'],
  'windows.amsi-bypass': [SYSTEM, 'disables the antimalware scan interface (AMSI)'],
  'windows.credential-dump': [CREDS, 'dumps credentials (LSASS memory, SAM or NTDS, mimikatz)'],
  'windows.lolbin-download': [RCE, 'downloads a file with a system binary (certutil, bitsadmin)'],
  'windows.lolbin-exec': [
    RCE,
    'runs remote or script code through a system binary (mshta, regsvr32, rundll32, msiexec, msbuild, wmic, …)',
  ],
  'windows.alternate-stream': [RCE, "writes, reads or runs a file's alternate data stream (file.txt:name)"],
  'windows.env-hijack': [
    SYSTEM,
    'points a system directory variable (windir, SystemRoot, ComSpec) elsewhere, then starts a system program',
  ],
  'windows.download-exec': [RCE, 'downloads code and runs it (IEX of a web download, execution policy bypass)'],
  'windows.iex-computed': [RCE, 'runs a computed string with Invoke-Expression'],
  'windows.encoded-command': [RCE, 'runs a base64-encoded PowerShell command'],
  'windows.shellcode-loader': ['malware', 'allocates executable memory and runs it from PowerShell'],
} as const;
type Id = keyof typeof IDS;

/** The gate group of the Active Directory words, and the bit it is reported under. */
const AD_GROUP = 16;
const AD_BIT = AD_GROUP * WINDOWS_BIT;

const SEP = /[&|;]/;
/** Whether the rest of the command after a delete names a drive, a variable, a home or a root. */
function deleteTarget(s: string, _at: number, to: number): boolean {
  let w = s.slice(to, to + 160);
  const cut = w.search(SEP);
  if (cut >= 0) w = w.slice(0, cut);
  // A delete held in a string (`$c = 'Remove-Item'`) or aimed at a variable is read too.
  return /^["']|[a-z]:|%|\$[a-z_{]|~|\\/i.test(w);
}

/**
 * What makes a line worth reading as a Windows command: a program in the shape it is used
 * (`reg add`, `net user`, `format c:`, a delete aimed at a drive or a system variable), a cmdlet,
 * or a PowerShell mark. Ordinary prose ("delete the temp files", "the net effect") has none.
 */
const GATE_WORDS: readonly GateWord[] = [
  ...['del', 'erase', 'rd', 'rmdir', 'ri', 'rm', 'remove-item'].map(
    (w): GateWord => ({ w, start: true, end: true, check: deleteTarget }),
  ),
  // A listing piped into a delete (`gci C:\Windows | ri -r -fo`): the listing names the targets.
  ...['gci', 'get-childitem', 'dir', 'ls', 'get-item', 'gi'].map(
    (w): GateWord => ({ w, start: true, end: true, check: (s, _a, to) => s.indexOf('|', to) > 0 }),
  ),
  // A cmdlet's listing piped into a removal (`Get-Mailbox … | Remove-Mailbox`): a pipe after it.
  { w: 'get-', start: true, check: (s, _a, to) => s.indexOf('|', to) > 0 },
  // A configuration cmdlet given an off or on value, and CiTool (see `_windows-weaken.ts`).
  {
    w: 'set-',
    start: true,
    check: (s, _a, to) =>
      /\s-[a-z0-9]{3,64}(?::|\s+)['"]?(?:\$?(?:false|true)|[01]|disabled?|enabled?)\b/i.test(s.slice(to, to + 600)),
  },
  { w: 'citool', start: true },
  { w: 'format', start: true, end: true, check: (s, _a, to) => /^\s+[a-z]:/i.test(s.slice(to, to + 8)) },
  {
    w: 'reg',
    start: true,
    check: (s, _a, to) => /^(\.exe)?\s+(add|save|export|import|copy|restore|load)\b/i.test(s.slice(to, to + 16)),
  },
  {
    w: 'sc',
    start: true,
    check: (s, _a, to) => /^(\.exe)?\s+(\\\\\S+\s+)?(create|config|stop|delete|failure)\b/i.test(s.slice(to, to + 80)),
  },
  {
    w: 'net',
    start: true,
    check: (s, _a, to) => /^(1|\.exe|1\.exe)?\s+(users?|localgroup|group|stop)\b/i.test(s.slice(to, to + 24)),
  },
  // diskpart's own dialect, dictated in a sentence ("select disk 1 and run clean all").
  ...['select disk', 'select disc'].map(
    (w): GateWord => ({ w, start: true, check: (st, _a, to) => /\bclean\b/i.test(st.slice(to, to + 120)) }),
  ),
  { w: 'iex', start: true, end: true },
  { w: 'iwr', start: true, end: true },
  { w: 'irm', start: true, end: true },
  ...[
    'schtasks',
    'scheduledtask',
    'vssadmin',
    'shadowcopy',
    'wbadmin',
    'bcdedit',
    'reagentc',
    'wevtutil',
    'auditpol',
    'fsutil',
    'diskpart',
    'cipher',
    'clear-disk',
    'format-volume',
    'initialize-disk',
    'itemproperty',
    'new-item',
    'set-item',
    'new-service',
    'stop-service',
    'set-service',
    'spsv',
    'localuser',
    'localgroupmember',
    'adgroupmember',
    'eventlog',
    'mppreference',
    'mpcmdrun',
    'windowsfeature',
    'netsh',
    'netfirewallprofile',
    'mimikatz',
    'sekurlsa',
    'lsadump',
    'lsass',
    'ntds',
    'config\\sam',
    'config\\security',
    'config\\system',
    'repair\\sam',
    'lazagne',
    'pypykatz',
    'vaultcmd',
    'certutil',
    'bitsadmin',
    'mshta',
    'regsvr32',
    'rundll32',
    'msiexec',
    'wmic',
    'cmstp',
    'installutil',
    'odbcconf',
    'msbuild',
    'esentutl',
    'forfiles',
    'pcalua',
    'hh.exe',
    'hh ',
    'cscript',
    'wscript',
    'icacls',
    'mavinject',
    'regasm',
    'regsvcs',
    'ieexec',
    'msdt',
    'invoke-expression',
    'downloadstring',
    'downloadfile',
    'downloaddata',
    'webclient',
    'powershell',
    'pwsh',
    'frombase64string',
    'scriptblock',
    'invokescript',
    'bitstransfer',
    'historysave',
    'invoke-webrequest',
    'invoke-restmethod',
    'get-childitem',
    'antivirusproduct',
    'amsi',
    'virtualalloc',
    // A program written as an executable or a library: the argument roles of `_windows-roles.ts`.
    '.exe',
    '.dll',
    'activate instance',
    'ac i ntds',
    '../../',
    '..\\..\\',
    'finger',
  ].map((w): GateWord => ({ w })),
  // System proxies typed without `.exe`, where a command starts.
  ...[...BARE_PROXIES].map((w): GateWord => ({ w, start: true, end: true, check: atCommandStart })),
  // cmd's `set` of a system directory variable (`set windir=…`, `set "SystemRoot=…"`).
  ...['windir', 'systemroot', 'comspec', 'programw6432'].map(
    (w): GateWord => ({ w, start: true, check: (s, _a, to) => s.charCodeAt(to) === 61 }),
  ),
  // Offensive Active Directory tooling's words (`_ad-attack.ts`), under a group of their own.
  ...AD_GATE_WORDS.map((w): GateWord => ({ w, group: AD_GROUP })),
  ...AD_GATE_CHECKED.map((g): GateWord => ({ ...g, group: AD_GROUP })),
];

/** Whether the word at `at` starts a command (the line's start, or after `&`, `|`, `(` or `/c`). */
function atCommandStart(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && s.charCodeAt(i) <= 32) i--;
  if (i < 0) return true;
  const c = s.charCodeAt(i);
  if (c === 38 || c === 124 || c === 40 || c === 34) return true;
  return i >= 1 && (s.charCodeAt(i) | 32) === 99 && s.charCodeAt(i - 1) === 47;
}

/** Directories whose deletion breaks the system or loses a user's data (canonical, lower case). */
const SYSTEM_DIRS = [
  'windows',
  'windows\\system32',
  'windows\\syswow64',
  'program files',
  'program files (x86)',
  'programdata',
  'users',
  'boot',
  'recovery',
  'system volume information',
];
const SYSTEM_VARS = [
  '%systemroot%',
  '%windir%',
  '%systemdrive%',
  '%programfiles%',
  '%programdata%',
  '%userprofile%',
  '%homedrive%',
  '%appdata%',
  '$env:systemroot',
  '$env:windir',
  '$env:systemdrive',
  '$env:programfiles',
  '$env:userprofile',
  '$env:appdata',
  '$home',
  '~',
];

/** A profile's own folders (documents, desktop, pictures, …), where a user's files live. */
const USER_FOLDER =
  /^(%userprofile%|\$env:userprofile|\$home|~|[a-z]:\\users\\[^\\]+)\\(documents|desktop|pictures|videos|music|downloads|onedrive[^\\]*|dropbox)\\?\*?$/;

/** Whether a path is one of a profile's own folders, whole. */
function userFolder(path: string): boolean {
  return USER_FOLDER.test(path.replace(/\//g, '\\'));
}

/** Whether a path is a drive root, a system directory (any depth under `windows`), or a profile root. */
function systemTarget(path: string): boolean {
  let p = path.replace(/\//g, '\\');
  while (p.endsWith('*') || p.endsWith('.') || p.endsWith('\\')) p = p.slice(0, -1);
  if (p === '' || p === '\\') return path.length > 0 && (path[0] === '\\' || path[0] === '/');
  for (const v of SYSTEM_VARS) {
    if (p === v) return true;
    if (
      p.startsWith(v) &&
      v !== '~' &&
      v !== '$home' &&
      p[v.length] === '\\' &&
      v !== '%appdata%' &&
      v !== '$env:appdata'
    ) {
      return v === '%systemroot%' || v === '%windir%' || v === '$env:systemroot' || v === '$env:windir';
    }
  }
  if (/^[a-z]:$/.test(p)) return true;
  if (/^[a-z]:\\/.test(p)) {
    const rest = p.slice(3);
    if (rest.startsWith('windows\\') || rest === 'windows') return true;
    for (const d of SYSTEM_DIRS) if (rest === d) return true;
    if (rest.startsWith('users\\') && rest.indexOf('\\', 6) < 0) return true;
  }
  return false;
}

/** Whether a PowerShell parameter is an abbreviation of `full` (`-r`, `-rec`, `-recurse`). */
function param(w: string, full: string, min = 2): boolean {
  if (!w.startsWith('-') || w.length < min) return false;
  const name = w.indexOf(':') > 0 ? w.slice(0, w.indexOf(':')) : w;
  return full.startsWith(name);
}

/** Common parameters of cmdlets that take a value. */
const VALUED = ['-erroraction', '-warningaction', '-informationaction', '-filter', '-include', '-exclude'];

const PERSISTENCE_KEYS = [
  '\\currentversion\\run',
  '\\currentversion\\policies\\explorer\\run',
  '\\winlogon',
  'image file execution options',
  'silentprocessexit',
  '\\policies\\',
  'appinit_dlls',
  '\\control\\lsa',
  '\\currentcontrolset\\services\\',
  '\\shell folders',
  '\\terminal server',
  '\\command processor',
  'userinitmprlogonscript',
  '\\shell\\open\\command',
  'enablelua',
  '\\windows defender',
  '\\safeboot',
  '\\print\\monitors',
  '\\securityproviders\\wdigest',
  'uselogoncredential',
  'localaccounttokenfilterpolicy',
  'consentpromptbehavioradmin',
  'disablerestrictedadmin',
  'runasppl',
];
const CREDENTIAL_HIVES = [
  'hklm\\sam',
  'hklm\\security',
  'hklm\\system',
  'hkey_local_machine\\sam',
  'hkey_local_machine\\security',
  'hkey_local_machine\\system',
];
const DEFENSE_SERVICES = new Set([
  'windefend',
  'sense',
  'wdnissvc',
  'wdfilter',
  'wdboot',
  'mpssvc',
  'eventlog',
  'wscsvc',
  'securityhealthservice',
  'sysmon',
  'sysmon64',
  'bfe',
]);
const ADMIN_GROUPS = [
  'administrators',
  'administratoren',
  'administrateurs',
  'domain admins',
  'enterprise admins',
  'remote desktop users',
  'backup operators',
];
const DOWNLOAD = [
  'downloadstring',
  'downloaddata',
  'downloadfile',
  'invoke-webrequest',
  'iwr ',
  'invoke-restmethod',
  'irm ',
  'net.webclient',
  'start-bitstransfer',
  'http://',
  'https://',
  'wget ',
  'curl ',
];

const PROGRAMS: ReadonlySet<string> = new Set([
  'del',
  'erase',
  'rd',
  'rmdir',
  'remove-item',
  'ri',
  'rm',
  'format',
  'format-volume',
  'clear-disk',
  'initialize-disk',
  'diskpart',
  'cipher',
  'reg',
  'set-itemproperty',
  'new-itemproperty',
  'sp',
  'new-item',
  'set-item',
  'sc',
  'new-service',
  'stop-service',
  'set-service',
  'spsv',
  'schtasks',
  'register-scheduledtask',
  'new-scheduledtask',
  'new-scheduledtaskaction',
  'set-scheduledtask',
  'net',
  'net1',
  'new-localuser',
  'enable-localuser',
  'icacls',
  'cacls',
  'add-localgroupmember',
  'add-adgroupmember',
  'vssadmin',
  'wbadmin',
  'bcdedit',
  'reagentc',
  'wmic',
  'wevtutil',
  'clear-eventlog',
  'remove-eventlog',
  'auditpol',
  'fsutil',
  'set-mppreference',
  'add-mppreference',
  'mpcmdrun',
  'uninstall-windowsfeature',
  'remove-windowsfeature',
  'netsh',
  'set-netfirewallprofile',
  'procdump',
  'procdump64',
  'ntdsutil',
  'vaultcmd',
  'certutil',
  'bitsadmin',
  'mshta',
  'regsvr32',
  'rundll32',
  'msiexec',
  'cmstp',
  'installutil',
  'odbcconf',
  'msbuild',
  'esentutl',
  'forfiles',
  'pcalua',
  'hh',
  'mavinject',
  'cscript',
  'wscript',
  'regasm',
  'regsvcs',
  'ieexec',
  'msdt',
  'powershell',
  'pwsh',
]);

/**
 * A path a user or a download can write, where a system binary should never find code to run:
 * `C:\Users\Public`, temp directories, AppData, ProgramData, Downloads, or a network share.
 */
const WRITABLE =
  /\\users\\public\\|\\temp\\|%temp%|\$env:temp|\\appdata\\|%appdata%|\\programdata\\|\\downloads\\|(^|\s|")\\\\/;

/** The SAM, SECURITY and SYSTEM hives as files: under `system32\config`, `repair`, or a shadow copy. */
const HIVE = /(system32\\config|\\repair|shadowcopy\d*\\windows\\system32\\config)\\(sam|security|system)\b(?!\.)/;

/** Words after which the next word is the program a command line starts (`cmd /c x.exe`, `start x.exe`). */
const WRAPPERS: ReadonlySet<string> = new Set(['/c', '/k', '/r', 'start', 'call', '-command', '-c', '.shell']);

/** Quoted command lines read inside one another, at most (`cmd /c "powershell -c '…'"`). */
const MAX_QUOTED_DEPTH = 3;

/** Most arguments of one program read. */
const MAX_ARGS = 64;

class Scan {
  private readonly done = new Set<Id>();

  constructor(
    private readonly seg: string,
    private readonly c: Canon,
    private readonly sink: FindingSink,
  ) {}

  report(id: Id, sev: Severity, start: number, end: number): void {
    if (this.done.has(id)) return;
    this.done.add(id);
    const [cat, desc] = IDS[id];
    // A disk the line names as the user's own removable medium (`the SD card from my camera`, `the
    // 16 GB SanDisk I just plugged in`): formatting or cleaning it is everyday work on one device.
    if (id === 'windows.format-drive' && ownRemovableMedium(this.seg)) {
      const a = origin(this.c, start);
      const b = Math.max(a, origin(this.c, end));
      this.sink.report(id, cat, 'low', desc, a, b, this.c.text.slice(start, Math.min(end, start + 96)));
      this.sink.settle?.(cat, 0, this.seg.length);
      return;
    }
    const a = origin(this.c, start);
    const b = Math.max(a, origin(this.c, end));
    let ev = this.c.text.slice(start, Math.min(end, start + 120)).replace(/\s+/g, ' ');
    if (ev.length > 96) ev = `${ev.slice(0, 95)}…`;
    this.sink.report(id, cat, sev, desc, a, b, ev);
  }

  /** One command: finds each program in it (after wrappers such as `cmd /c`) and reads its arguments. */
  command(words: Word[], depth = 0): void {
    for (let k = 0; k < words.length; k++) {
      // casts drop `undefined`: k < words.length, so words is not empty either
      const word = words[k] as Word;
      const prog = programName(word.w);
      // The roles of the program's arguments (what is fetched, loaded or run, and from where),
      // reported after the program's own reading so that its severity for the same finding stands.
      const role =
        k === 0 || WRAPPERS.has((words[k - 1] as Word).w)
          ? roleReading(
              word.w,
              prog,
              words.slice(k + 1, k + 1 + MAX_ARGS).map((x) => x.w),
            )
          : null;
      const last = (words[words.length - 1] as Word).end;
      // A protection switched off by the setting that holds it, whatever the program.
      if (
        (k === 0 || WRAPPERS.has((words[k - 1] as Word).w) || /^(?:set-|citool)/.test(prog)) &&
        weakenedSetting(
          prog,
          words.slice(k + 1, k + 1 + MAX_ARGS).map((x) => x.w),
        )
      )
        this.report('windows.protection-off', 'high', word.start, last);
      if (!PROGRAMS.has(prog)) {
        if (role !== null) this.report(role[0], role[1], word.start, last);
        const q = this.c.text.charCodeAt(word.start);
        if (depth < MAX_QUOTED_DEPTH && q === 34 && k > 0 && this.outerQuoted(words, k, depth)) return;
        if (depth < MAX_QUOTED_DEPTH && (q === 39 || q === 34) && word.w.indexOf(' ') > 0) {
          // A quoted command line (`cmd /c "del /s /q c:\*"`): its own commands, offsets kept.
          this.commandLine(word.w, word.start + 1, depth + 1);
        }
        continue;
      }
      const args = words.slice(k + 1, k + 1 + MAX_ARGS).map((x) => x.w);
      const text = args.join(' ');
      const stop = this.program(prog, args, text, word.start, last, words, k);
      if (role !== null) this.report(role[0], role[1], word.start, last);
      if (stop) return;
    }
  }

  /**
   * cmd's own rule for `cmd /c "…"`: when the command line after `/c` (or `/k`, `/r`) opens with a
   * quote and ends with one, cmd drops those two and runs what lies between, inner quotes and all
   * (`cmd /c "reg add "HKLM\…\Windows NT\…" /v … /f"`). Read as cmd reads it; true when it was.
   */
  private outerQuoted(words: Word[], k: number, depth: number): boolean {
    const flag = (words[k - 1] as Word).w;
    if (flag !== '/c' && flag !== '/k' && flag !== '/r') return false;
    const last = words[words.length - 1] as Word;
    const t = this.c.text;
    const close = last.end - 1;
    const open = (words[k] as Word).start;
    if (close <= open + 1 || t.charCodeAt(close) !== 34) return false;
    // A line that is one quoted word is read by the word's own reading.
    if (last === words[k] && t.indexOf('"', open + 1) === close) return false;
    this.commandLine(t.slice(open + 1, close), open + 1, depth + 1);
    return true;
  }

  /** The commands of `line`, which starts at `base` of the canonical text, read at `depth`, pipes and all. */
  private commandLine(line: string, base: number, depth: number): void {
    let prev: Word[] | null = null;
    for (const inner of commands(line)) {
      const moved = inner.map((x) => ({ w: x.w, start: x.start + base, end: x.end + base }));
      this.command(moved, depth);
      if (prev !== null) this.piped(prev, moved);
      prev = moved;
    }
  }

  /** Returns true when the rest of the command belongs to this program. */
  private program(
    prog: string,
    args: string[],
    text: string,
    start: number,
    end: number,
    words: Word[],
    k: number,
  ): boolean {
    const flags = (f: string): boolean => args.includes(f);
    const positional = args.filter((a) => !a.startsWith('/') && !a.startsWith('-'));
    switch (prog) {
      case 'del':
      case 'erase':
      case 'rd':
      case 'rmdir':
      case 'remove-item':
      case 'ri':
      case 'rm': {
        const recursive = args.some((a) => a === '/s' || param(a, '-recurse'));
        const targets = args.filter(
          (a, i) =>
            !a.startsWith('/') &&
            !(a.startsWith('-') && a.length > 1) &&
            !param(args[i - 1] ?? '', '-include', 3) &&
            !param(args[i - 1] ?? '', '-exclude', 3),
        );
        const cmdDel = prog === 'del' || prog === 'erase' || prog === 'rd' || prog === 'rmdir';
        // POSIX `rm` is the shell detector's; here only Windows paths.
        const hit = targets.find((t) => systemTarget(t) && (prog !== 'rm' || /^[a-z]:|^%|^\$env:/.test(t)));
        if (hit !== undefined && (recursive || hit.endsWith('*') || cmdDel)) {
          this.report('windows.delete-system', recursive || hit.endsWith('*') ? 'critical' : 'high', start, end);
        } else if (recursive && targets.some(userFolder)) {
          this.report('windows.delete-system', 'high', start, end);
        }
        return true;
      }
      case 'format':
        if (args.some((a) => /^[a-z]:\\?$/.test(a))) this.report('windows.format-drive', 'critical', start, end);
        return true;
      case 'format-volume':
      case 'clear-disk':
      case 'initialize-disk':
        this.report('windows.format-drive', 'critical', start, end);
        return true;
      case 'diskpart':
        if (/\bclean\b/.test(this.c.text)) this.report('windows.format-drive', 'high', start, end);
        return true;
      case 'cipher':
        if (args.some((a) => a.startsWith('/w'))) this.report('windows.wipe-free-space', 'high', start, end);
        return true;
      case 'reg': {
        const sub = args[0] ?? '';
        if (sub === 'save' || sub === 'export') {
          if (CREDENTIAL_HIVES.some((h) => (args[1] ?? '') === h || (args[1] ?? '') === h.replace('hklm', 'hklm:'))) {
            this.report('windows.credential-dump', 'critical', start, end);
          }
        } else if (sub === 'add' || sub === 'import' || sub === 'copy' || sub === 'restore' || sub === 'load') {
          this.registry(text, start, end);
        }
        return true;
      }
      case 'set-itemproperty':
      case 'new-itemproperty':
      case 'sp':
      case 'new-item':
      case 'set-item':
        if (/hk(lm|cu|ey_local_machine|ey_current_user)|registry::/.test(text)) this.registry(text, start, end);
        return true;
      case 'sc': {
        const sub = args.find((a) => !a.startsWith('\\\\')) ?? '';
        const svc = args[args.indexOf(sub) + 1] ?? '';
        if ((sub === 'stop' || sub === 'delete' || sub === 'config') && DEFENSE_SERVICES.has(svc)) {
          this.report(
            svc === 'mpssvc' || svc === 'bfe'
              ? 'windows.firewall-disable'
              : svc === 'eventlog'
                ? 'windows.log-clear'
                : 'windows.defender-tamper',
            'critical',
            start,
            end,
          );
        } else if (sub === 'create' || (sub === 'config' && text.includes('binpath'))) {
          this.report('windows.service-create', 'high', start, end);
        } else if (sub === 'failure' && text.includes('command=')) {
          this.report('windows.service-create', 'high', start, end);
        }
        return true;
      }
      case 'new-service':
        this.report('windows.service-create', 'high', start, end);
        return true;
      case 'stop-service':
      case 'set-service':
      case 'spsv': {
        const svc = positional.find((a) => DEFENSE_SERVICES.has(a));
        if (svc !== undefined && (prog !== 'set-service' || text.includes('disabled') || text.includes('stopped'))) {
          this.report(
            svc === 'mpssvc'
              ? 'windows.firewall-disable'
              : svc === 'eventlog'
                ? 'windows.log-clear'
                : 'windows.defender-tamper',
            'critical',
            start,
            end,
          );
        }
        return true;
      }
      case 'schtasks':
        if (flags('/create') || (flags('/change') && flags('/tr')))
          this.report('windows.scheduled-task', 'high', start, end);
        return true;
      case 'register-scheduledtask':
      case 'new-scheduledtask':
      case 'new-scheduledtaskaction':
      case 'set-scheduledtask':
        this.report('windows.scheduled-task', 'high', start, end);
        return true;
      case 'net':
      case 'net1':
        return this.net(args, text, start, end);
      case 'new-localuser':
        this.report('windows.account-create', 'high', start, end);
        return true;
      case 'enable-localuser':
        // The built-in Administrator or Guest switched back on: an account everyone knows the name of.
        if (/\b(administrator|guest|defaultaccount)\b/.test(text))
          this.report('windows.account-create', 'high', start, end);
        return true;
      case 'icacls':
      case 'cacls':
        // Full control or write for everyone on the system folders: any user can replace what runs as
        // SYSTEM. The inheritance flags (`(OI)(CI)F`) end the command's words: the line is read on.
        if (
          /\\windows(\\system32|\\syswow64)?\b|\\program files/.test(text) &&
          /\/grant\b[^/&|;]*\b(everyone|\*s-1-1-0|users|authenticated users|\*s-1-5-11|\*s-1-5-32-545)\s*:[\s()]*(?:(?:oi|ci|io|np)[\s()]+)*[fmw]\b/.test(
            this.c.text.slice(start, start + 300),
          )
        )
          this.report('windows.system-permissions', 'high', start, end);
        return true;
      case 'add-localgroupmember':
      case 'add-adgroupmember':
        if (ADMIN_GROUPS.some((g) => text.includes(g))) this.report('windows.admin-group', 'critical', start, end);
        return true;
      case 'vssadmin':
        if (
          (args[0] === 'delete' && (args[1] ?? '').startsWith('shadow')) ||
          (args[0] === 'resize' && (args[1] ?? '').startsWith('shadowstorage'))
        ) {
          this.report('windows.backup-delete', 'critical', start, end);
        }
        return true;
      case 'wbadmin':
        if (args[0] === 'delete') this.report('windows.backup-delete', 'critical', start, end);
        return true;
      // The recovery environment switched off: as with `recoveryenabled no`, a machine that fails
      // to boot can no longer repair or reset itself.
      case 'reagentc':
        if (args.some((a) => a === '/disable' || a === '-disable'))
          this.report('windows.backup-delete', 'critical', start, end);
        return true;
      case 'bcdedit':
        if (/recoveryenabled\s+(no|off|0|false)|bootstatuspolicy\s+ignoreallfailures/.test(text))
          this.report('windows.backup-delete', 'critical', start, end);
        else if (/(testsigning|nointegritychecks)\s+(on|yes|1|true)/.test(text))
          this.report('windows.defender-tamper', 'high', start, end);
        return true;
      case 'wmic':
        if (text.includes('shadowcopy') && text.includes('delete'))
          this.report('windows.backup-delete', 'critical', start, end);
        else if (text.includes('antivirusproduct') && text.includes('delete'))
          this.report('windows.defender-tamper', 'critical', start, end);
        else if (/process\s+call\s+create/.test(text)) this.report('windows.lolbin-exec', 'high', start, end);
        else if (/\/format:\s*['"]?https?:/.test(text)) this.report('windows.lolbin-exec', 'critical', start, end);
        return true;
      case 'wevtutil':
        if (
          args[0] === 'cl' ||
          args[0] === 'clear-log' ||
          ((args[0] === 'sl' || args[0] === 'set-log') && /\/e(nabled)?:false/.test(text))
        ) {
          this.report('windows.log-clear', 'high', start, end);
        }
        return true;
      case 'clear-eventlog':
      case 'remove-eventlog':
        this.report('windows.log-clear', 'high', start, end);
        return true;
      case 'auditpol':
        if (flags('/clear') || flags('/remove') || /\/(success|failure):disable/.test(text))
          this.report('windows.log-clear', 'high', start, end);
        return true;
      case 'fsutil':
        if (/usn\s+deletejournal/.test(text)) this.report('windows.log-clear', 'high', start, end);
        // A file's contents overwritten with zeros over a range (`file setzerodata offset=0 length=…`).
        else if (/\bfile\s+setzerodata\b/.test(text)) this.report('windows.wipe-free-space', 'high', start, end);
        return true;
      case 'set-mppreference':
      case 'add-mppreference':
        if (/-disable[a-z]+\s+(\$true|1|true)/.test(text) || /-disable[a-z]+:\s*\$true/.test(text))
          this.report('windows.defender-tamper', 'critical', start, end);
        else if (
          args.some(
            (a) =>
              param(a, '-exclusionpath', 4) || param(a, '-exclusionprocess', 11) || param(a, '-exclusionextension', 11),
          )
        ) {
          this.report('windows.defender-tamper', 'high', start, end);
        } else if (/-(mapsreporting|submitsamplesconsent|puaprotection)\s+(0|disabled|2)/.test(text))
          this.report('windows.defender-tamper', 'high', start, end);
        return true;
      case 'mpcmdrun':
        if (text.includes('-removedefinitions')) this.report('windows.defender-tamper', 'critical', start, end);
        return true;
      case 'uninstall-windowsfeature':
      case 'remove-windowsfeature':
        if (text.includes('defender')) this.report('windows.defender-tamper', 'critical', start, end);
        return true;
      case 'netsh':
        if (
          /advfirewall\s+set\s+\S+\s+state\s+off/.test(text) ||
          /firewall\s+set\s+opmode\s+(mode=)?disable/.test(text)
        ) {
          this.report('windows.firewall-disable', 'critical', start, end);
        }
        // Every saved Wi-Fi key shown in plaintext (`wlan show profile name=* key=clear`); one named
        // profile is a user looking up a password, unless the output leaves for a share.
        if (/wlan\s+show\s+profiles?\b/.test(text) && /\bkey\s*=\s*clear\b/.test(text)) {
          const every = !/\bname\s*=\s*(?!\*|"\*")/.test(text);
          const away = />\s*\\\\|\|\s*\S*(?:curl|invoke-webrequest|iwr|nc|ncat)\b/.test(this.c.text);
          if (every || away) this.report('windows.credential-dump', away ? 'critical' : 'high', start, end);
        }
        return true;
      case 'set-netfirewallprofile':
        if (/-enabled(:|\s)\s*(\$?false|0)/.test(text)) this.report('windows.firewall-disable', 'critical', start, end);
        return true;
      case 'procdump':
      case 'procdump64':
        if (text.includes('lsass')) this.report('windows.credential-dump', 'critical', start, end);
        return true;
      case 'ntdsutil':
        if (/\bifm\b|ac(tivate)?\s+i(nstance)?\s+ntds|snapshot/.test(text))
          this.report('windows.credential-dump', 'critical', start, end);
        return true;
      case 'vaultcmd':
        if (text.includes('/listcreds')) this.report('windows.credential-dump', 'high', start, end);
        return true;
      case 'certutil':
        if (
          (text.includes('-urlcache') || text.includes('/urlcache') || text.includes('-verifyctl')) &&
          /https?:|ftp:|\\\\/.test(text)
        ) {
          this.report('windows.lolbin-download', 'high', start, end);
        }
        return true;
      case 'bitsadmin':
        if ((flags('/transfer') || flags('/addfile') || flags('/download')) && /https?:|\\\\/.test(text))
          this.report('windows.lolbin-download', 'high', start, end);
        else if (flags('/setnotifycmdline')) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'mshta':
        // An application the user installed (`C:\Program Files\…\welcome.hta`) is what mshta is for.
        if (
          /https?:|javascript:|vbscript:|\\\\/.test(text) ||
          (/\.hta\b/.test(text) &&
            !/^[a-z]:\\(?:program files(?: \(x86\))?|windows)\\[^"]*\.hta$/.test(positional[0] ?? ''))
        )
          this.report('windows.lolbin-exec', 'critical', start, end);
        return true;
      case 'regsvr32':
        if (/\/i:\s*https?:|\/i:\s*\\\\/.test(text) || (text.includes('scrobj') && text.includes('/i:')))
          this.report('windows.lolbin-exec', 'critical', start, end);
        return true;
      case 'rundll32':
        if (text.includes('javascript:') || text.includes('vbscript:'))
          this.report('windows.lolbin-exec', 'critical', start, end);
        else if (text.includes('comsvcs') && text.includes('minidump'))
          this.report('windows.credential-dump', 'critical', start, end);
        else if (
          /url\.dll|shell32\.dll,\s*shellexec_rundll|advpack\.dll|ieadvpack|pcwutl\.dll|zipfldr\.dll|^\\\\|\s\\\\/.test(
            text,
          )
        ) {
          this.report('windows.lolbin-exec', 'high', start, end);
        } else if (rundllLoad(args)) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'msiexec':
        if (
          (flags('/i') || flags('-i') || flags('/package') || args.some((a) => a.startsWith('/i'))) &&
          /https?:|\\\\/.test(text)
        ) {
          this.report('windows.lolbin-exec', /(^|\s)[/-]q/.test(text) ? 'critical' : 'high', start, end);
        }
        return true;
      case 'cmstp':
        if (text.includes('.inf') && (flags('/s') || flags('/au')))
          this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'installutil':
        if (flags('/u') || text.includes('/logfile=')) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'odbcconf':
        if (/[/-]a\s*\{?\s*regsvr/.test(text)) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'msbuild':
        // Inline tasks in a project file run arbitrary code: a project from a writable place or
        // under another extension is a payload, not a build.
        if (WRITABLE.test(text) || /\.(xml|txt|log|dat|tmp)(\s|"|$)/.test(text))
          this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'esentutl':
        // `/y` copies through the database engine: from a share, or into an alternate data stream.
        if (flags('/y') && (/(^|\s|")\\\\/.test(text) || /\/d\s+\S*[a-z0-9]:[^\\\s]+\.(exe|dll|ps1|vbs|js)/.test(text)))
          this.report('windows.lolbin-download', 'high', start, end);
        return true;
      case 'forfiles':
      case 'pcalua':
      case 'mavinject':
        // A proxy that starts a program: suspicious when what it starts lives where users write, or
        // (mavinject) whenever it injects a library into a process.
        if (prog === 'mavinject' ? flags('/injectrunning') : WRITABLE.test(text))
          this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'cscript':
      case 'wscript':
        // The script host given a script on a share or a web server: code from elsewhere, run as given.
        if (/(^|\s|")\\\\[\w.-]+\\|https?:/.test(text)) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'hh':
      case 'ieexec':
        if (/https?:|\\\\/.test(text)) this.report('windows.lolbin-exec', 'critical', start, end);
        return true;
      case 'regasm':
      case 'regsvcs':
        if (flags('/u') || WRITABLE.test(text)) this.report('windows.lolbin-exec', 'high', start, end);
        return true;
      case 'msdt':
        // A troubleshooter given an answer file or a command line (the Follina technique).
        if (/[/-]af\s|it_browseforfile|it_rebrowseforfile|\$\(/.test(text))
          this.report('windows.lolbin-exec', 'critical', start, end);
        return true;
      case 'powershell':
      case 'pwsh':
        this.encoded(words, k);
        // A script file on a share or a web server, run as given.
        if (/(^|\s)-(f|fi|fil|file)\s+("?\\\\|"?https?:)/.test(text))
          this.report('windows.download-exec', 'high', start, end);
        return false;
      default:
        return false;
    }
  }

  /** `Get-ChildItem C:\Users -Recurse | Remove-Item -Force`: the listing names what the delete removes. */
  piped(from: Word[], to: Word[]): void {
    // casts drop `undefined`: commands() yields only non-empty word lists
    const del = programName((to[0] as Word).w);
    if (del !== 'remove-item' && del !== 'ri' && del !== 'rm' && del !== 'del' && del !== 'erase') return;
    // Only switches and the values of common parameters (`-ErrorAction SilentlyContinue`) may follow.
    if (to.slice(1).some((w, k, all) => !w.w.startsWith('-') && !VALUED.some((v) => param(all[k - 1]?.w ?? '', v, 3))))
      return;
    const list = programName((from[0] as Word).w);
    if (
      list !== 'get-childitem' &&
      list !== 'gci' &&
      list !== 'ls' &&
      list !== 'dir' &&
      list !== 'get-item' &&
      list !== 'gi'
    )
      return;
    const args = from.slice(1, 1 + MAX_ARGS).map((w) => w.w);
    if (!args.some((a) => systemTarget(a))) return;
    // Recursive on either side: `gci C:\x -Recurse | ri`, or `gci C:\x | ri -r` (a folder and its contents).
    const recursive =
      args.some((a) => param(a, '-recurse')) || to.slice(1).some((w) => param(w.w, '-recurse') || w.w === '/s');
    this.report(
      'windows.delete-system',
      recursive ? 'critical' : 'high',
      (from[0] as Word).start,
      (to[to.length - 1] as Word).end,
    );
  }

  private registry(text: string, start: number, end: number): void {
    if (
      text.includes('\\windows defender') ||
      text.includes('disableantispyware') ||
      text.includes('disablerealtimemonitoring')
    ) {
      this.report('windows.defender-tamper', 'critical', start, end);
    } else if (PERSISTENCE_KEYS.some((k) => text.includes(k))) {
      this.report('windows.registry-persistence', 'high', start, end);
    }
  }

  private net(args: string[], text: string, start: number, end: number): boolean {
    const sub = args[0] ?? '';
    const pos = args.slice(1).filter((a) => !a.startsWith('/'));
    const add = args.includes('/add') || args.includes('/ad');
    if (sub === 'user' || sub === 'users') {
      if (add || pos.length >= 2 || args.some((a) => a.startsWith('/active:y')))
        this.report('windows.account-create', 'high', start, end);
    } else if (sub === 'localgroup' || sub === 'group') {
      if (add && ADMIN_GROUPS.some((g) => text.includes(g))) this.report('windows.admin-group', 'critical', start, end);
    } else if (sub === 'stop') {
      const svc = pos[0] ?? '';
      if (DEFENSE_SERVICES.has(svc)) {
        this.report(
          svc === 'mpssvc'
            ? 'windows.firewall-disable'
            : svc === 'eventlog'
              ? 'windows.log-clear'
              : 'windows.defender-tamper',
          'critical',
          start,
          end,
        );
      }
    }
    return true;
  }

  /**
   * Every object a cmdlet lists, piped straight into a cmdlet that removes or clears them:
   * `Get-Mailbox -ResultSize Unlimited | Remove-Mailbox`, `Get-MgUser -All | ForEach-Object {
   * Remove-MgUser … }`, `Get-VM | Remove-VM -Force`. A listing narrowed to named objects (`-Identity`,
   * `-Name x`, a filter other than `*`) or filtered by a `Where-Object` between is not everything;
   * the shell's own objects (variables, modules, jobs) and files (read elsewhere) are left out.
   */
  private listedRemoval(t: string): void {
    const m = LISTED_REMOVAL.exec(t.length > 2000 ? t.slice(0, 2000) : t);
    if (m === null) return;
    const noun = m[4] as string;
    if (SHELL_NOUNS.has(noun) || SHELL_NOUNS.has(m[1] as string)) return;
    const args = m[2] as string;
    if (NARROWING.test(args) && !/-(?:filter|name)\s+['"]?\*['"]?(?:\s|$)/.test(args)) return;
    if (/\b(?:test|tmp|temp|scratch|sandbox|demo)\w*/.test(args)) return;
    this.report('windows.bulk-remove', 'high', m.index, m.index + m[0].length);
  }

  /** `powershell -enc <base64>` (any prefix of -EncodedCommand, or -ec): decode and look again. */
  private encoded(words: Word[], k: number): void {
    for (let j = k + 1; j < words.length - 1 && j < k + 16; j++) {
      // casts drop `undefined`: k < j < words.length - 1, so j + 1 is a word too
      const w = (words[j] as Word).w;
      if (!(w.startsWith('-') || w.startsWith('/'))) continue;
      const name = w.slice(1);
      if (name !== 'ec' && !(name.length >= 1 && 'encodedcommand'.startsWith(name))) continue;
      const payload = words[j + 1] as Word;
      // Base64 is case-sensitive: decode the segment's own text, not the lower-cased form.
      const a = origin(this.c, payload.start);
      const b = origin(this.c, payload.end);
      const raw = this.seg.slice(a, b).replace(/^['"]|['"]$/g, '');
      const decoded = decodeBase64Text(raw);
      // A payload that decodes to text is judged by what it says (the look again below); the
      // encoding alone, in a visible window, is how PowerShell takes a command with quotes in it.
      // A hidden window, or a payload that does not decode, keeps the encoding suspect.
      let hidden = false;
      for (let h = k + 1; h < j; h++) {
        const f = (words[h] as Word).w;
        if (
          /^[-/]w(?:i(?:n(?:d(?:o(?:w(?:s(?:t(?:y(?:le?)?)?)?)?)?)?)?)?)?$/.test(f) &&
          /^hid/.test(words[h + 1]?.w ?? '')
        )
          hidden = true;
      }
      const plain = decoded !== null && !hidden && /^[\x20-\x7e\t\r\n]{4,400}$/.test(decoded);
      // `false`: the decoded command was read whole and triggered nothing above low.
      const quiet = decoded !== null && this.sink.rescan(decoded, a, b, 'powershell -EncodedCommand') === false;
      this.report('windows.encoded-command', plain && quiet ? 'low' : 'medium', (words[k] as Word).start, payload.end);
      if (plain && quiet) this.sink.settle?.(RCE, origin(this.c, (words[k] as Word).start), b);
      return;
    }
  }

  /** Expressions read over the whole line: IEX of downloads, AMSI bypass, shellcode, inline credential tools. */
  line(): void {
    const t = this.c.text;
    if (t.indexOf('|') > 0 && t.indexOf('get-') >= 0) this.listedRemoval(t);
    // A disk selected and cleaned in diskpart's words, the program named or not: the sentence
    // dictates the script, and `clean` erases the disk's partitions (`clean all` every sector).
    const selected = DISKPART_CLEAN.exec(t);
    if (selected !== null && !/\b(?:what|why|explain\w*|never|don'?t|do not)\b|\?\s*$/.test(t))
      this.report('windows.format-drive', 'high', selected.index, selected.index + selected[0].length);
    const iex = findIex(t);
    const download = DOWNLOAD.some((d) => t.includes(d));
    if (iex >= 0) {
      if (download) this.report('windows.download-exec', 'critical', iex, t.length);
      else if (
        /frombase64string|-join|\[char\]|-bxor|\[array\]::reverse|-replace|gzipstream|deflatestream|\$/.test(
          t.slice(iex),
        ) &&
        !literalIex(this.seg)
      ) {
        // A string built from literal character codes is read as the command it spells: `false`
        // from the look again means it triggered nothing above low.
        const after = t.slice(iex).replace(/^(?:invoke-expression|iex)\s*/, '');
        const spelled = charCodeText(after);
        const a = origin(this.c, iex);
        const b = origin(this.c, t.length);
        const quiet = spelled !== null && this.sink.rescan(spelled, a, b, 'character codes') === false;
        this.report('windows.iex-computed', quiet ? 'low' : 'high', iex, t.length);
        if (quiet) this.sink.settle?.(RCE, a, b);
      }
    } else if (download) {
      const bypass = /-e(p|x[a-z]*)\s+(bypass|unrestricted)/.test(t);
      const hidden = /-w[a-z]*\s+(hidden|1)\b/.test(t);
      // Started as a program, or loaded into the running one (a .NET assembly from the downloaded
      // bytes, its entry point invoked; a script block made of the downloaded text).
      const runs =
        /start-process|invoke-item|\bsaps\s|(^|[;&])\s*(\.\\|&\s*)\S+\.(exe|bat|cmd|ps1)\b|&\s*\$/.test(t) ||
        /\bassembly\]?(?:::|\.)load(?:from|file)?\s*\(|\.entrypoint\.invoke\s*\(|scriptblock\]::create\s*\(/.test(t);
      const fetch =
        /downloadstring|downloadfile|downloaddata|net\.webclient|invoke-webrequest|iwr |start-bitstransfer|invoke-restmethod|irm /.test(
          t,
        );
      if (fetch && (bypass || hidden)) this.report('windows.download-exec', 'critical', 0, t.length);
      else if (fetch && runs) this.report('windows.download-exec', 'high', 0, t.length);
      else if (/downloadstring\s*\(/.test(t)) this.report('windows.download-exec', 'medium', 0, t.length);
    }
    const amsi = t.indexOf('amsiutils') >= 0 ? t.indexOf('amsiutils') : t.indexOf('amsiinitfailed');
    if (amsi >= 0 || (t.includes('amsiscanbuffer') && (t.includes('virtualprotect') || t.includes('patch')))) {
      this.report('windows.amsi-bypass', 'critical', Math.max(0, amsi), t.length);
    }
    if (
      t.includes('virtualalloc') &&
      (t.includes('createthread') || t.includes('marshal]::copy') || t.includes('getdelegateforfunctionpointer'))
    ) {
      this.report('windows.shellcode-loader', 'high', t.indexOf('virtualalloc'), t.length);
    }
    for (const tool of [
      'mimikatz',
      'sekurlsa::',
      'lsadump::',
      'privilege::debug',
      'kerberos::golden',
      'lazagne',
      'pypykatz',
      'invoke-mimikatz',
    ]) {
      const at = t.indexOf(tool);
      if (at >= 0) {
        this.report('windows.credential-dump', 'critical', at, at + tool.length);
        break;
      }
    }
    // PowerShell's command history: deleted, emptied or no longer saved.
    const hist = t.indexOf('historysave');
    if (
      hist >= 0 &&
      (/remove-item|clear-content|set-content|\b(del|rm|ri|erase)\s/.test(t) || t.includes('savenothing'))
    ) {
      this.report('windows.log-clear', 'high', hist, t.length);
    }
    // The directory database's instance opened by a directory tool (`activate instance ntds`,
    // `ac i ntds`) to snapshot, mount or export it: every domain account's hash.
    const inst = NTDS_INSTANCE.exec(t);
    if (inst !== null && /\b(?:ifm|snapshot|create|mount)\b/.test(t.slice(inst.index)))
      this.report('windows.credential-dump', 'critical', inst.index, t.length);
    // LSASS named to a debugger or dumper with a dump switch (`-hang -pn lsass.exe -o …`).
    const lsass = t.indexOf('lsass');
    if (lsass >= 0 && LSASS_DUMP.test(t)) this.report('windows.credential-dump', 'critical', lsass, lsass + 5);
    // A system directory variable pointed elsewhere, then a program started on the same line:
    // the program loads what it believes are system files from the new place.
    const hijack = ENV_HIJACK.exec(t);
    if (hijack !== null && /[&|]/.test(t.slice(hijack.index + hijack[0].length)))
      this.report('windows.env-hijack', 'high', hijack.index, t.length);
    // A path that climbs out of its folder into a command substitution (`/../../$(calc).exe`): the
    // parentheses end a word, so the line is read whole.
    const climb = CLIMB_SUBST.exec(t);
    if (climb !== null) this.report('windows.lolbin-exec', 'high', climb.index, climb.index + climb[0].length);
    // Text a network lookup prints, piped into a shell that runs it (`finger u@host | more | cmd`).
    const piped = NET_TO_SHELL.exec(t);
    if (piped !== null) this.report('windows.download-exec', 'critical', piped.index, t.length);
    const ntds = t.indexOf('ntds.dit');
    if (ntds >= 0 && /copy|esentutl|vssadmin|ntdsutil|robocopy|\\\\\?\\globalroot|harddiskvolumeshadowcopy/.test(t)) {
      this.report('windows.credential-dump', 'critical', ntds, ntds + 8);
    }
    // The registry hives that hold password hashes and the keys to them, read as files (a copy, a
    // read, a shadow copy's path): the hashes, offline.
    const hive = HIVE.exec(t);
    if (hive !== null) this.report('windows.credential-dump', 'high', hive.index, hive.index + hive[0].length);
    if (t.includes('win32_shadowcopy') && t.includes('delete'))
      this.report('windows.backup-delete', 'critical', t.indexOf('win32_shadowcopy'), t.length);
    // [Convert]::FromBase64String('…') with a literal: decode and look again.
    const fb = t.indexOf('frombase64string(');
    if (fb >= 0) {
      let q = fb + 17;
      while (t.charCodeAt(q) === 32) q++;
      const quote = t.charCodeAt(q);
      if (quote === 39 || quote === 34) {
        const close = t.indexOf(String.fromCharCode(quote), q + 1);
        if (close > q + 8) {
          const a = origin(this.c, q + 1);
          const b = origin(this.c, close);
          const decoded = decodeBase64Text(this.seg.slice(a, b));
          if (decoded !== null) this.sink.rescan(decoded, a, b, 'base64');
        }
      }
    }
  }
}

/**
 * rundll32's roles: `<library>,<entry point> <arguments>`. Dangerous when the library comes from
 * a share or a writable folder, the entry point is an export's ordinal (`#44`: no name to tell
 * what it does), the host is asked to run a COM object by class id (`-sta {…}`), or an argument
 * hands the entry point a URL or a program, script, INF or screen saver by path.
 */
function rundllLoad(args: readonly string[]): boolean {
  const first = args[0] ?? '';
  if (first === '-sta' || first === '/sta') return true;
  const comma = first.indexOf(',');
  const lib = comma < 0 ? first : first.slice(0, comma);
  let entry = comma < 0 ? (args[1] ?? '') : first.slice(comma + 1);
  if (entry === '' && comma >= 0) entry = args[1] ?? '';
  if (/^#\d+$/.test(entry.replace(/^,/, ''))) return true;
  if (
    /^(?:\\\\|[a-z]:\\users\\public\\|%te?mp%|[a-z]:\\(?:windows\\)?temp\\|[a-z]:\\programdata\\|%(?:local)?appdata%|[a-z]:\\users\\[^\\]+\\(?:appdata|downloads)\\)/.test(
      lib,
    )
  )
    return true;
  for (let i = 1; i < args.length && i < 16; i++) {
    const a = args[i] as string;
    if (/^(?:https?|ftp):\/\/|^\\\\/.test(a)) return true;
    if (a.indexOf('\\') > 0 && /\.(?:exe|dll|cpl|scr|inf|hta|sct|url|js|vbs|bat|cmd|ps1)$/.test(a)) return true;
  }
  return false;
}

/**
 * Whether every `iex` of the line runs a string built only from literals (`$a = 'Get-Date'; iex
 * ($a + ' -Format o')`, `iex (@('a','b') -join ' ')`): the code detector reads the line with the
 * string written out, and the string is judged as the command it is.
 */
function literalIex(seg: string): boolean {
  const r = resolveComputedNames(seg);
  if (r === null) return false;
  const t = r.toLowerCase();
  const at = findIex(t);
  return at >= 0 && /^(?:invoke-expression|iex)\s*\(?\s*'[^']*'\s*\)?\s*(?:;|$)/.test(t.slice(at));
}

/** Offset of an `iex` / `Invoke-Expression` used as a command, or -1. */
function findIex(t: string): number {
  for (const name of ['invoke-expression', 'iex', 'scriptblock]::create', 'invokescript']) {
    let from = 0;
    for (let guard = 0; guard < 64; guard++) {
      const at = t.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      const before = at === 0 ? 32 : t.charCodeAt(at - 1);
      const after = from >= t.length ? 32 : t.charCodeAt(from);
      const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
      if (!isWord(before) && !isWord(after) && before !== 46) return at;
    }
  }
  return -1;
}

/** The NTDS instance activated in ntdsutil's or dsdbutil's words, long or abbreviated. */
const NTDS_INSTANCE = /\bac(?:tivate)?\s+i(?:nstance)?\s+ntds\b/;
/** A dump asked of a process named lsass: a dumper's switch or a dump file. */
const LSASS_DUMP =
  /(?:^|\s)[-/](?:ma|mm|mp|hang|crash|dumpfull|full)\b[^\n]{0,80}\blsass\b|\blsass(?:\.exe)?\b[^\n]{0,80}(?:\.dmp\b|\s[-/](?:ma|o|hang|crash)\b)/;
/** A climbing path followed by `$(` in the same word. */
const CLIMB_SUBST = /(?:\.\.[\\/]){2}[^\s"'&|;]{0,80}\$\(/;
/** A network client's output piped, through filters, into a shell reading its standard input. */
const NET_TO_SHELL =
  /\b(?:finger|nslookup|curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)(?:\.exe)?\s[^|\n]{0,200}\|(?:[^|\n]{0,60}\|){0,3}\s*(?:cmd|powershell|pwsh)(?:\.exe)?\s*(?:$|&|-\s*$|-command\s+-\s*$)/;
/** cmd's `set` of a system directory variable at a command's start. */
const ENV_HIJACK = /(?:^|[&|(]\s*)set\s+"?(?:windir|systemroot|comspec|programw6432)=/;

/** A disk selected by number, then cleaned, in diskpart's words (within one line, bounded). */
const DISKPART_CLEAN = /\bselect\s+dis[kc]\s+\d{1,3}\b[^\n]{0,120}?\bclean\b/;

/** `Get-<noun> <args> | [ForEach-Object {] Remove-<noun>` (the line is lower-cased). */
const LISTED_REMOVAL =
  /\bget-([a-z][a-z0-9]{1,40})\b([^|\n]{0,160})\|\s*(?:(?:foreach-object|foreach|%)\s*\{\s*)?(remove|clear)-([a-z][a-z0-9]{1,40})\b/;
/** Arguments that narrow a listing to named objects. */
const NARROWING =
  /(?:^|\s)-(?:identity|id|userid|name|filter|ldapfilter|recipientfilter|top|first|skip|vmname|computername|displayname)\b/;
/** Objects of the shell itself or files, not a service's data. */
const SHELL_NOUNS: ReadonlySet<string> = new Set([
  'item',
  'childitem',
  'itemproperty',
  'content',
  'variable',
  'module',
  'job',
  'pssession',
  'psdrive',
  'alias',
  'event',
  'eventsubscriber',
  'typedata',
  'history',
  'printjob',
  'host',
  'location',
  'date',
  'process',
  'service',
]);

/** A cmd `set` of a variable, at the start of a command. */
const CMD_SET = /(?:^|[&|(]\s*)set\s+"?[a-z_]\w{0,63}=/i;

/** Reports what `_ad-attack.ts` reads in a line, with the command as evidence. */
function reportAdAttack(segment: string, sink: FindingSink): void {
  const f = adAttackReading(segment);
  if (f === null) return;
  let ev = segment.slice(f.start, Math.min(f.end, f.start + 120)).replace(/\s+/g, ' ');
  if (ev.length > 96) ev = `${ev.slice(0, 95)}…`;
  sink.report(f.id, f.category, f.severity, f.description, f.start, f.end, ev);
}

/** The `windows` detector. */
export const windowsDetector: Detector = Object.freeze({
  name: 'windows',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < 3) return;
    // Names a slip bent (`comsvc.dll, MiniDmp`, `regsvrr32`), read as they were meant.
    const slip = windowsSlipReading(segment);
    if (slip !== null) sink.rescan(slip, 0, segment.length, 'typos');
    const escaped = needsUnescape(segment);
    const c = escaped ? canon(segment) : null;
    const groups = SHARED_GATE.groups(c === null ? segment : c.text, WINDOWS_BIT, GATE_WORDS);
    if ((groups & AD_BIT) !== 0) reportAdAttack(segment, sink);
    // A name built from cmd variables (`set a=cert & %a%util …`) shows no gate word until expanded.
    if ((groups & WINDOWS_BIT) === 0 && !(segment.indexOf('%') >= 0 && CMD_SET.test(segment))) return;
    const cn = c ?? canon(segment);
    const s = new Scan(segment, cn, sink);
    let prev: Word[] | null = null;
    // PowerShell variables holding literals (`$c = 'Remove-Item'; & $c …`), read into later commands.
    const vars = new Map<string, string>();
    for (const words of commands(cn.text)) {
      if (assignment(words, vars)) continue;
      const cmd = vars.size === 0 ? words : substitute(words, vars);
      s.command(cmd);
      if (prev !== null) s.piped(prev, cmd);
      prev = cmd;
    }
    s.line();
  },
});
