/**
 * Roles of the arguments of Windows programs used as proxies ("living off the land"): what a line
 * fetches, what it loads, what it runs, and where that lives. A signed system or developer binary
 * is harmless by name; it turns dangerous by what its arguments hand it: a remote URL or a share
 * as the thing fetched or opened, a DLL, script or installer file from a place any user or a
 * download can write, another command line to start, a file's alternate data stream, a memory
 * dump of a process chosen by its id, or the directory database of a domain controller.
 *
 * The readings here look at roles, not at a list of binaries: a program written as an executable
 * (`x.exe`, a path to one) whose arguments play one of those roles. Three small tables carry what
 * the roles cannot: programs that only inspect, copy or edit the files they are given
 * ({@link INERT}), programs whose everyday work is opening URLs or running commands
 * ({@link NETWORK}, {@link LAUNCHERS}), and the handful of system proxies that are usually typed
 * without `.exe` ({@link BARE_PROXIES}: living-off-the-land catalogs document them that way).
 *
 * @internal Not part of the public API.
 */

/** What a role reading found: a finding id of the `windows` detector and its severity. */
export type RoleFinding =
  | readonly ['windows.lolbin-exec' | 'windows.lolbin-download' | 'windows.alternate-stream', 'high' | 'critical']
  | readonly ['windows.credential-dump', 'high' | 'critical'];

/** A remote location: a web or FTP URL, or a UNC path (`\\host\share\…`). Lower-case input. */
const REMOTE = /^(?:(?:https?|ftp):\/\/|\\\\[\w.$-]+\\)/;

/**
 * A place any user or a download can write, where a system binary should never find code to
 * run: `C:\Users\Public`, temp directories, AppData, ProgramData, Downloads, or a share.
 */
const WRITABLE =
  /^(?:[a-z]:\\users\\public\\|[a-z]:\\(?:windows\\)?te?mp\\|%te?mp%|\$env:te?mp|%(?:local)?appdata%|\$env:(?:local)?appdata|[a-z]:\\programdata\\|%programdata%|[a-z]:\\users\\[^\\]+\\(?:appdata|downloads)\\|%userprofile%\\(?:appdata|downloads)\\|\\\\)/;

/** Files that are code when a program loads or runs them (libraries, programs, scripts, installers' scripts). */
const CODE_EXT =
  /\.(?:exe|dll|ocx|cpl|scr|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|wsc|sct|hta|inf|xsl|msc|xbap|xoml|chm|url)$/;

/** A command line given as an argument: a shell or a script host started with its own arguments. */
const SHELL_CALL =
  /(?:^|[\s"'=:>])(?:[a-z]:\\[^\s"']*\\)?(?:cmd(?:\.exe)?\s+\/[ckr]\b|powershell(?:\.exe)?\s+-|pwsh(?:\.exe)?\s+-|[cw]script(?:\.exe)?\s|mshta(?:\.exe)?\s|rundll32(?:\.exe)?\s|regsvr32(?:\.exe)?\s)/;

/**
 * Programs that inspect, copy, edit, sign, hash, pack or stop the files and processes they are
 * given: a program path among their arguments is data, not something they run.
 */
const INERT: ReadonlySet<string> = new Set([
  'certutil',
  'sigcheck',
  'sigcheck64',
  'signtool',
  'dumpbin',
  'corflags',
  'ildasm',
  'ilspy',
  'strings',
  'strings64',
  '7z',
  '7za',
  'tar',
  'icacls',
  'cacls',
  'attrib',
  'takeown',
  'where',
  'taskkill',
  'tasklist',
  'notepad',
  'notepad++',
  'code',
  'wordpad',
  'copy',
  'xcopy',
  'robocopy',
  'move',
  'del',
  'fc',
  'comp',
  'findstr',
  'type',
  'more',
  'sort',
  'handle',
  'handle64',
  'listdlls',
  'procmon',
  'procexp',
  'vmmap',
  'depends',
  'sha256sum',
  'md5sum',
  'gpg',
  'defender',
  'mpcmdrun',
  'netsh',
  'sc',
  'reg',
  'schtasks',
  'msiexec',
  'winget',
]);

/** Programs whose everyday work is fetching or opening what a URL or a share names. */
const NETWORK: ReadonlySet<string> = new Set([
  'curl',
  'wget',
  'git',
  'ssh',
  'scp',
  'sftp',
  'ftp',
  'winget',
  'choco',
  'scoop',
  'npm',
  'npx',
  'pnpm',
  'yarn',
  'pip',
  'pip3',
  'python',
  'python3',
  'py',
  'node',
  'java',
  'docker',
  'kubectl',
  'helm',
  'az',
  'aws',
  'gcloud',
  'nuget',
  'dotnet',
  'gh',
  'mstsc',
  'ping',
  'nslookup',
  'tracert',
  'telnet',
  'explorer',
  'net',
  'pushd',
  'msedge',
  'chrome',
  'firefox',
  'iexplore',
  'brave',
  'opera',
  'vivaldi',
  'code',
  'teams',
  'ms-teams',
  'onedrive',
  'rclone',
  'azcopy',
  'robocopy',
  'xcopy',
  'copy',
]);

/** Browsers: a URL is a page to show, unless it names a program or a script to save. */
const BROWSERS: ReadonlySet<string> = new Set(['msedge', 'chrome', 'firefox', 'iexplore', 'brave', 'opera', 'vivaldi']);

/** Programs whose everyday work is running the command they are given. */
const LAUNCHERS: ReadonlySet<string> = new Set([
  'cmd',
  'powershell',
  'pwsh',
  'start',
  'runas',
  'wt',
  'ssh',
  'docker',
  'kubectl',
  'wsl',
  'bash',
  'code',
  'git',
  'schtasks',
  'forfiles',
  'psexec',
  'psexec64',
  'call',
  'time',
  'measure-command',
  'hyperfine',
  'nohup',
]);

/**
 * System proxies usually typed without `.exe` whose roles the readings below apply to, as
 * living-off-the-land catalogs document them (control panel and console hosts, installers of INF
 * and managed code, debuggers, transform and script runners).
 */
export const BARE_PROXIES: ReadonlySet<string> = new Set([
  'mmc',
  'control',
  'infdefaultinstall',
  'installutil',
  'regasm',
  'regsvcs',
  'msxsl',
  'cdb',
  'ntsd',
  'windbg',
  'mofcomp',
  'pcwrun',
  'xwizard',
  'appvlp',
  'presentationhost',
  'ieexec',
  'dnscmd',
  'wuauclt',
]);

/** Programs that copy or fetch files: a program among their arguments is what they move, not what they run. */
const COPIERS: ReadonlySet<string> = new Set([
  'curl',
  'wget',
  'scp',
  'azcopy',
  'rclone',
  'robocopy',
  'xcopy',
  'copy',
  'git',
  'bitsadmin',
]);

/**
 * A switch whose name says its value is a program to start (`/launch:`, `--processStart`,
 * `-appvscript`, `-exec=`, `-callBack`, `-preTraceCmd`, `-setuppath`, `--createShortcut=`).
 */
const LAUNCH_SWITCH =
  /^(?:--?|\/)?[a-z-]*(?:launch|exec|start|run|script|cmd|command|callback|setuppath|shortcut)[a-z-]*(?:[:=]|$)/;

/** Files a launch switch starts: programs, scripts and installer packages. */
const RUNNABLE = /\.(?:exe|com|bat|cmd|ps1|vbs|js|hta|msi|scr|cpl)$/;

/** A path argument that climbs out of its folder and carries a command (`/../../$(calc).exe`, `"/../; x.exe ;"`). */
const INJECTED_PATH = /(?:\.\.[\\/]){2}[\s\S]{0,200}?(?:\$\(|;\s*[\w.-]+\.exe\b)/;

/** A UNC path whose host is an IP address, or a WebDAV share: a program there is fetched to run. */
const FETCHED_PROGRAM =
  /^\\\\(?:\d{1,3}(?:\.\d{1,3}){3}|[\w.-]+@(?:ssl|\d+))\\|^\\\\[\w.-]+\\davwwwroot\\|^\\\\[^\\]+\\webdav\\/;

/** Process-memory dumpers by name, and switches that ask for a whole process image. */
const DUMP_SWITCH = /^(?:[-/](?:ma|mp|dumpfull|full|hang)|--dumptype|full|0x0*1100?(?::\d+)?)$/;

/** Longest argument examined, in code units. */
const MAX_ARG = 400;

/**
 * The values an argument carries: the argument itself, and for a switch (`/x:v`, `-x=v`,
 * `--x=v`) the value after its first `:` or `=`, and after its last `=` (`-dest:runCommand="…"`).
 */
function values(arg: string): string[] {
  const a = arg.length > MAX_ARG ? arg.slice(0, MAX_ARG) : arg;
  const out = [strip(a)];
  const c0 = a.charCodeAt(0);
  if (c0 === 47 || c0 === 45) {
    // The first of `:`, `=` and `,` (`/root,C:\…`) ends the switch's name.
    let first = -1;
    for (let i = 1; i < a.length && i < 48; i++) {
      const c = a.charCodeAt(i);
      if (c === 58 || c === 61 || c === 44) {
        first = i;
        break;
      }
    }
    if (first > 0) out.push(strip(a.slice(first + 1)));
    const last = a.lastIndexOf('=');
    if (last > first) out.push(strip(a.slice(last + 1)));
    // A URL glued to its switch (`/zhttp://…`).
    const url = a.search(/(?:https?|ftp):\/\//);
    if (url > 1) out.push(strip(a.slice(url)));
  } else {
    const eq = a.indexOf('=');
    if (eq > 0 && /^[a-z_][\w-]*$/.test(a.slice(0, eq))) out.push(strip(a.slice(eq + 1)));
  }
  return out;
}

function strip(v: string): string {
  let a = 0;
  let b = v.length;
  while (a < b && (v.charCodeAt(a) === 34 || v.charCodeAt(a) === 39)) a++;
  while (b > a && (v.charCodeAt(b - 1) === 34 || v.charCodeAt(b - 1) === 39 || v.charCodeAt(b - 1) === 44)) b--;
  return v.slice(a, b);
}

/** File extensions whose alternate streams a line names in living-off-the-land use. */
const STREAM_HOST =
  /(?:^|[\\/])[\w .-]*\.(?:txt|log|dat|bin|tmp|exe|dll|zip|cab|ini|jpg|png|gif|pdf|docx?|xlsx?|ps1|bat|cmd|vbs|js|hta|lnk|b64|base64|json|xml|csv|msi|iso|img|evtx|db|dmp|ttt|tar|gz)$/;

/**
 * Whether `v` names an alternate data stream of a file: `file.ext:stream` (a path allowed
 * before it, the stream name starting with a letter; a drive letter alone, a URL, `host:port`
 * and `file:line` are not).
 */
export function alternateStream(v: string): boolean {
  const colon = v.lastIndexOf(':');
  if (colon < 3 || colon > v.length - 2) return false;
  if (v.indexOf('://') >= 0) return false;
  const c = v.charCodeAt(colon + 1);
  if (!(c >= 97 && c <= 122)) return false;
  const stream = v.slice(colon + 1);
  if (!/^[a-z][\w.$-]{0,40}$/.test(stream) || stream === '$data') return false;
  return STREAM_HOST.test(v.slice(0, colon));
}

/** Whether a value is code at a remote or user-writable place. */
function foreignCode(v: string): boolean {
  return CODE_EXT.test(v) && (REMOTE.test(v) || WRITABLE.test(v));
}

/**
 * The role reading of one program and its arguments (lower case, quotes stripped). `word` is
 * the program as written; `prog` its name without directory and `.exe`. Null when no argument
 * plays a dangerous role.
 */
export function roleReading(word: string, prog: string, args: readonly string[]): RoleFinding | null {
  const written = word.endsWith('.exe') || BARE_PROXIES.has(prog);
  let stream = false;
  let remote = false;
  let foreign = false;
  let remoteCode = false;
  let pid = false;
  let dumpSwitch = false;
  let launched = false;
  let injected = false;
  const n = Math.min(args.length, 64);
  for (let i = 0; i < n; i++) {
    const arg = args[i] as string;
    if (DUMP_SWITCH.test(arg)) dumpSwitch = true;
    if (/^\d{2,6}$/.test(arg)) pid = true;
    if (!injected && arg.indexOf('..') >= 0 && INJECTED_PATH.test(arg)) injected = true;
    if (!launched && LAUNCH_SWITCH.test(arg)) {
      // The switch's own value, or the next word when the switch ends the argument.
      const own = values(arg);
      const v = own.length > 1 ? (own[1] as string) : strip(args[i + 1] ?? '');
      if (RUNNABLE.test(v) || SHELL_CALL.test(` ${v}`)) launched = true;
    }
    for (const v of values(arg)) {
      if (v.length < 3) continue;
      if (!stream && v.indexOf(':', 2) > 0 && alternateStream(v)) stream = true;
      if (REMOTE.test(v)) {
        remote = true;
        if (CODE_EXT.test(v) || /\.(?:exe|dll|ps1|hta|bat)\.\w{2,4}$/.test(v)) remoteCode = true;
      }
      if (!foreign && foreignCode(v)) foreign = true;
    }
  }
  // An alternate data stream: code or data hidden behind an ordinary file's name.
  if (stream) return ['windows.alternate-stream', 'high'];
  // A command smuggled into a path argument, or a program run straight from an addressed share.
  if (injected) return ['windows.lolbin-exec', 'high'];
  // A program named as the value of a switch that starts it, on a program whose work is not
  // starting commands (`VSDiagnostics start 1 /launch:x.exe`, `Update.exe --processStart x.exe`,
  // `sftp -o ProxyCommand="cmd /c …"`).
  if (launched && !LAUNCHERS.has(prog)) return ['windows.lolbin-exec', 'high'];
  if (word.endsWith('.exe') && FETCHED_PROGRAM.test(word)) return ['windows.lolbin-exec', 'high'];
  if (!written || INERT.has(prog)) return null;
  // A process image written out by a dumper, the process chosen by its id (how LSASS is reached
  // when its name is kept off the line).
  if (pid && (dumpSwitch || prog.indexOf('dump') >= 0) && !BROWSERS.has(prog))
    return ['windows.credential-dump', 'high'];
  // A library, program or script from a share, a web server or a writable folder, handed to a
  // system binary that loads or starts it.
  if (foreign && !COPIERS.has(prog)) return ['windows.lolbin-exec', 'high'];
  // A URL or a share handed to a binary that is not a network client: it fetches what the URL
  // serves (Office applications, installers, updaters, diagnostics tools). Browsers only when
  // the URL names a program or a script.
  // A headless browser writing out what a URL serves (`--dump-dom … > file`) is a download too.
  if (
    remote &&
    (BROWSERS.has(prog) ? remoteCode || args.includes('--dump-dom') : !NETWORK.has(prog) && !COPIERS.has(prog))
  )
    return ['windows.lolbin-download', 'high'];
  // Another command line started by a program whose work is not starting commands: a signed
  // proxy running what its switch or its arguments give it.
  if (!LAUNCHERS.has(prog) && SHELL_CALL.test(args.slice(0, n).join(' '))) return ['windows.lolbin-exec', 'high'];
  return null;
}
