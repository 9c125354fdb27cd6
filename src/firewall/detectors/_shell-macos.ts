/**
 * macOS administration tools read by program, subcommand and what they act on: the keychain
 * (`security`), consent and protection switches (`tccutil`, `csrutil`, `lsregister`, `sfltool`,
 * `profiles`), remote and guest access (`systemsetup`, `sysadminctl`, `safaridriver`, the Remote
 * Desktop agent's `kickstart`), directory accounts (`dscl`), Finder's hidden bit and dates
 * (`SetFile`, `chflags`), the code and property lists inside installed applications (`codesign`,
 * `plutil`, copies into a bundle), the web proxy (`networksetup`), libraries loaded by `ssh-keygen`,
 * the unified log searched for tokens (`log show`) and downloads opened by URL (`open`).
 *
 * Each reading looks at a handful of words: bounded by the command's length.
 *
 * @internal Not part of the public API.
 */
import type { Word } from './_shell-lex.js';
import { type Report, RULES } from './_shell-rules.js';

/** A path inside an application bundle installed for every user, or inside the system. */
const INSTALLED_BUNDLE =
  /^(?:\/System)?\/(?:Applications|Library)\/(?:[^/]+\/)*[^/]+\.(?:app|framework|bundle|plugin)\/Contents\//i;
/** Where a program or a system file lives: backdating one hides when it was put there. */
const PROGRAM_PATH = /^\/(?:usr|bin|sbin|System|Library|Applications|opt)\/|\.(?:app|dylib|plist|kext)\/?$/i;
/** Directories a library is installed into by packages (a smart-card provider from there is ordinary). */
const LIBRARY_HOME =
  /^\/(?:usr\/(?:local\/)?lib|opt\/homebrew\/lib|Library\/(?:OpenSC|Frameworks|Security)|System\/Library)\//;
/** Keychain items that hold another program's secret: a browser's key, Wi-Fi, the account's own. */
const FOREIGN_SECRET =
  /safe storage|airport|wi-?fi|icloud|apple ?id|login|keychain|1password|bitwarden|lastpass|slack|teams|outlook|exchange/i;
/** What a unified-log search for credentials asks for. */
const SECRET_PREDICATE = /bearer|passw|token|secret|api[-_ ]?key|authorization|eyJ|AKIA/i;
/** A URL that downloads an archive, an installer or a script when opened in a browser. */
const DOWNLOAD_URL = /^https?:\/\/[^\s]+\.(?:zip|dmg|pkg|mpkg|app|command|sh|tar|tgz|gz|jar|scpt)(?:[?#]|$)/i;
/**
 * Process names of security and monitoring agents: antivirus, endpoint detection, firewalls,
 * auditing. Killing one blinds the machine's defences. The catalog is the knowledge here: these
 * are product names, matched as parts of a `pkill -f` pattern too.
 */
const SECURITY_AGENTS =
  /^(?:auditd|syslogd?|rsyslogd|osqueryd|santad?|xprotect\w*|mrt|lulu|blockblock|little ?snitch\w*|falcon\w*|sentinel\w*|jamf\w*|esets?\w*|eset|sophos\w*|cbosxsensorservice|esensor|nessusd|wazuh\w*|ossec\w*|crowdstrike\w*|mdatp|wdav\w*|clamd|freshclam|fail2ban\w*)$/i;

/** The operands of `a`: words that are not flags, skipping the values of `valued` flags. */
function operands(a: readonly Word[], valued: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let k = 0; k < a.length; k++) {
    const t = (a[k] as Word).t;
    if (t.startsWith('-')) {
      if (valued.has(t)) k++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The value after flag `f`, or undefined. */
function flagValue(a: readonly Word[], ...f: string[]): string | undefined {
  for (let k = 0; k + 1 < a.length; k++) if (f.indexOf((a[k] as Word).t) >= 0) return (a[k + 1] as Word).t;
  return undefined;
}

function hasWord(a: readonly Word[], ...t: string[]): boolean {
  for (const w of a) if (t.indexOf(w.t) >= 0) return true;
  return false;
}

/** A process or pattern names a security agent (`pkill -f "LuLu|santad"` names two). */
export function namesSecurityAgent(pattern: string): boolean {
  if (pattern.length > 256) return false;
  for (const part of pattern.split('|')) {
    const name = part.replace(/^[\^(\s]+|[$)\s]+$/g, '');
    const last = name.slice(name.lastIndexOf('/') + 1);
    if (SECURITY_AGENTS.test(name) || SECURITY_AGENTS.test(last)) return true;
  }
  return false;
}

/** Judges one macOS administration command; reports nothing for any other program. */
export function judgeMacos(p: string, a: readonly Word[], report: Report): void {
  const sub = a[0]?.t ?? '';
  switch (p) {
    case 'security': {
      // The keychain read out: every saved password (`dump-keychain -d`), one printed (`-w`, `-g`),
      // keys and identities exported.
      if (sub === 'dump-keychain') report(RULES.credRead, 'high');
      // One secret a script stored under its own name (`-s myapi -w`) is how scripts read theirs; a
      // browser's master key (`Chrome Safe Storage`), a Wi-Fi or account password, or whatever
      // comes first (no service named) is another program's.
      else if (/^find-(?:generic|internet)-password$/.test(sub) && hasWord(a, '-w', '-g', '-wg', '-gw')) {
        const named = flagValue(a, '-s', '-l', '-a', '-D');
        if (named === undefined || FOREIGN_SECRET.test(named)) report(RULES.credRead, 'high');
      } else if (sub === 'export' && /ident|priv/.test(flagValue(a, '-t') ?? 'identities'))
        report(RULES.credRead, 'medium');
      // A root of trust added: every certificate it signs is believed, a proxy's included.
      else if (sub === 'add-trusted-cert') {
        const system = hasWord(a, '-d') || /System\.keychain/.test(flagValue(a, '-k') ?? '');
        report(RULES.trustRoot, system ? 'high' : 'medium');
      }
      // The rules that guard administrator rights rewritten.
      else if (sub === 'authorizationdb' && a[1]?.t === 'write') report(RULES.macos, 'high');
      return;
    }
    case 'tccutil':
      // Consent decisions erased: for every service (`All`) or one service of every application.
      if (sub === 'reset') report(RULES.macos, 'medium');
      return;
    case 'csrutil':
      // Netboot servers allowed past SIP, SIP enabled with its parts left out, or its settings cleared.
      if (sub === 'netboot' && a[1]?.t === 'add') report(RULES.macos, 'high');
      else if (sub === 'enable' && hasWord(a, '--without', '--no-internal')) report(RULES.macos, 'high');
      else if (sub === 'clear') report(RULES.macos, 'medium');
      return;
    case 'lsregister':
      // The Launch Services database dropped: every application's bindings and trust records.
      if (hasWord(a, '-delete', '-kill')) report(RULES.macos, 'medium');
      return;
    case 'sfltool':
      // Background task records reset: login items and launch agents added since go unreported.
      if (sub === 'resetbtm' || sub === 'resetbtmdb') report(RULES.macos, 'medium');
      return;
    case 'profiles':
      // A configuration or management profile taken off: the policies it enforced go with it.
      if (sub === 'remove' || hasWord(a, '-R', '-D')) report(RULES.macos, 'medium');
      return;
    case 'systemsetup':
      // Remote login (SSH) or remote Apple events switched on.
      if (a.some((w, k) => /^-setremote(?:login|appleevents)$/i.test(w.t) && /^(?:on|yes)$/i.test(a[k + 1]?.t ?? '')))
        report(RULES.remoteAccess, 'high');
      return;
    case 'sysadminctl':
      // Guest access to the machine or to its file shares switched on.
      if (a.some((w, k) => /^-(?:guestAccount|smbGuestAccess|afpGuestAccess)$/.test(w.t) && a[k + 1]?.t === 'on'))
        report(RULES.remoteAccess, 'high');
      else if (hasWord(a, '-deleteUser')) report(RULES.accountChange, 'high');
      else if (hasWord(a, '-resetPasswordFor')) report(RULES.accountChange, 'medium');
      return;
    case 'safaridriver':
      // Remote automation of the browser allowed: its sessions, cookies and pages driven by a client.
      if (hasWord(a, '--enable')) report(RULES.remoteAccess, 'medium');
      return;
    case 'kickstart':
      // The Remote Desktop agent turned on or its access opened.
      if (hasWord(a, '-activate') || (hasWord(a, '-access') && hasWord(a, '-on'))) report(RULES.remoteAccess, 'high');
      return;
    case 'dscl': {
      // `dscl NODE [-]command …`: a password set, a record created, changed or removed.
      const cmd = (a[1]?.t ?? '').replace(/^-/, '');
      if (cmd === 'passwd' || cmd === 'delete') report(RULES.accountChange, 'high');
      else if (/^(?:create|append|merge|change)$/.test(cmd)) report(RULES.accountChange, 'medium');
      return;
    }
    case 'setfile': {
      // Finder's invisible bit set (`-a V`; lowercase clears), or a program's dates set back.
      if (/V/.test(flagValue(a, '-a') ?? '')) report(RULES.hide, 'medium');
      if (
        hasWord(a, '-d', '-m') &&
        operands(a, new Set(['-a', '-c', '-t', '-d', '-m'])).some((t) => PROGRAM_PATH.test(t))
      )
        report(RULES.hide, 'medium');
      return;
    }
    case 'chflags':
      if (hasWord(a, 'hidden')) report(RULES.hide, 'medium');
      return;
    case 'codesign': {
      // An installed application signed again, ad hoc, or its signature taken off: its code no
      // longer has to be the vendor's.
      const signs = flagValue(a, '-s', '--sign') === '-' && hasWord(a, '-f', '--force');
      const strips = hasWord(a, '--remove-signature');
      if (
        (signs || strips) &&
        operands(a, new Set(['-s', '--sign'])).some((t) => /^\/(?:System\/)?(?:Applications|Library)\//.test(t))
      )
        report(RULES.appTamper, 'medium');
      return;
    }
    case 'plutil':
    case 'plistbuddy':
      // The property list inside an installed application edited.
      if (
        (p === 'plistbuddy' || a.some((w) => /^-(?:insert|replace|remove)$/.test(w.t))) &&
        a.some((w) => INSTALLED_BUNDLE.test(w.t))
      )
        report(RULES.appTamper, 'medium');
      return;
    case 'ditto':
    case 'cp':
    case 'mv':
    case 'install':
    case 'rsync': {
      // A file put inside an installed application: its libraries or executables replaced.
      const ops = operands(a, new Set(['-m', '-o', '-g', '-e', '-t']));
      const dest = ops[ops.length - 1] ?? '';
      if (ops.length >= 2 && INSTALLED_BUNDLE.test(dest)) report(RULES.appTamper, 'medium');
      return;
    }
    case 'networksetup':
      // The machine's web traffic sent through a proxy or a proxy configuration named by URL.
      if (
        a.some(
          (w, k) =>
            /^-set(?:secure)?webproxy$|^-setsocksfirewallproxy$|^-setautoproxyurl$/i.test(w.t) &&
            (a[k + 2]?.t ?? '') !== '',
        )
      )
        report(RULES.proxy, 'medium');
      return;
    case 'ssh-keygen': {
      // A PKCS#11 provider loaded from outside the directories packages install into.
      const lib = flagValue(a, '-D');
      if (lib !== undefined && !LIBRARY_HOME.test(lib)) report(RULES.preload, 'medium');
      return;
    }
    case 'log':
      // The unified log searched for tokens and passwords that programs wrote there.
      if ((sub === 'show' || sub === 'stream') && SECRET_PREDICATE.test(flagValue(a, '--predicate') ?? ''))
        report(RULES.credRead, 'medium');
      return;
    case 'open':
      // A browser sent to a download that it unpacks or runs.
      if (operands(a, new Set(['-a', '-b'])).some((t) => DOWNLOAD_URL.test(t))) report(RULES.downloadExec, 'medium');
      return;
    case 'pkill':
    case 'killall': {
      // A security agent killed; or every process of one user (`pkill -u name`, no pattern).
      const pattern = operands(a, new Set(['-u', '-U', '-g', '-G', '-P', '-t', '-s', '-F']));
      if (pattern.some(namesSecurityAgent)) report(RULES.audit, 'high');
      else if (p === 'pkill' && pattern.length === 0 && flagValue(a, '-u', '-U') !== undefined)
        report(RULES.kill, 'medium');
      return;
    }
    default:
  }
}
