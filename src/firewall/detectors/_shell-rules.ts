/**
 * The shell detector's rules: each speaks of one simple command, already unwrapped, as
 * (program, flags, operands and their target classes, redirections).
 *
 * @internal Not part of the public API.
 */
import type { Severity } from '../types.js';
import { judgeEsxi } from './_shell-esxi.js';
import { type Cmd, type Redir, UNKNOWN, type Word } from './_shell-lex.js';
import { judgeMacos } from './_shell-macos.js';
import { classify, resolvePath, Target } from './_shell-path.js';
import { TASK_RUNNERS } from './_shell-words.js';

/** An operand that names a file or device: a path, a home-relative path, or a variable. */
const PATH_LIKE = /^[/~.$]|\//;

/** One finding family: id, category, description; the severity is chosen per occurrence. */
export interface RuleId {
  readonly id: string;
  readonly category: string;
  readonly description: string;
}

function r(id: string, category: string, description: string): RuleId {
  return Object.freeze({ id: `shell.${id}`, category, description });
}

const D = 'destructive';
const S = 'system-modification';
const C = 'credential-exfiltration';
const X = 'remote-code-execution';

/** Every finding the shell detector reports. */
export const RULES = Object.freeze({
  rmRoot: r(
    'rm-recursive-root',
    D,
    'recursive deletion of the filesystem root, a system directory or a home directory',
  ),
  rmCwd: r(
    'rm-recursive-everything',
    D,
    'recursive deletion of everything in the working directory or of personal data',
  ),
  rmSensitive: r('rm-sensitive-file', D, 'deletion of account, credential, boot or system configuration files'),
  wipe: r('disk-wipe', D, 'overwrites, formats or repartitions a disk or device, or shreds system files'),
  forkBomb: r('fork-bomb', D, 'a fork bomb that exhausts the process table'),
  chmodSystem: r(
    'chmod-system',
    D,
    'changes permissions or ownership recursively on the root, system or home directories',
  ),
  git: r('git-destructive', D, 'a git command that discards work or rewrites shared history'),
  kill: r('kill-all', D, 'kills every process or the init process'),
  power: r('shutdown', D, 'shuts down, halts or reboots the machine'),
  crontabRemove: r('crontab-remove', D, "removes the user's cron table"),
  truncate: r('truncate-system', D, 'empties system, account or log files'),
  history: r('history-clear', S, 'clears or disables the shell history'),
  logClear: r('log-clear', S, 'deletes or empties system logs or the audit trail'),
  audit: r('defense-disable', S, 'disables auditing, SELinux, AppArmor, a firewall or a security service'),
  macos: r('macos-protection-disable', S, 'disables a macOS protection (SIP, Gatekeeper, quarantine, firewall)'),
  rootShell: r('root-shell', S, 'opens an interactive root shell'),
  setuid: r('setuid', S, 'sets the setuid or setgid bit on a file'),
  accountRead: r('account-file-read', C, 'reads password hashes, account or sudoers files'),
  accountWrite: r('account-file-write', S, 'writes to account, password, sudoers or PAM files'),
  accountChange: r('account-change', S, 'creates a user, grants administrator groups or changes a root password'),
  rcWrite: r('rc-write', S, 'writes to a shell startup file'),
  preload: r('library-preload', S, 'preloads a library into every program started (LD_PRELOAD, DYLD_INSERT_LIBRARIES)'),
  cron: r('cron-persist', S, 'installs a cron job'),
  systemd: r('systemd-persist', S, 'creates or enables a systemd service'),
  launchd: r('launchd-persist', S, 'installs or loads a launchd agent or daemon'),
  authKeys: r('authorized-keys-write', S, 'adds a key to authorized_keys'),
  credRead: r('credential-read', C, 'reads private keys or credential stores'),
  credExfil: r('credential-exfil', C, 'sends private keys or credential stores off the machine'),
  deviceWrite: r('device-write', D, 'writes directly to a disk or memory device'),
  pipeShell: r('remote-pipe-shell', X, 'runs code downloaded from the network'),
  decodeRun: r('decode-and-run', X, 'decodes an obfuscated payload and runs it'),
  computed: r('computed-command', X, 'runs a command whose name or text is computed at run time'),
  reverseShell: r('reverse-shell', X, 'connects a shell to a network socket'),
  reverseTunnel: r(
    'reverse-tunnel',
    X,
    "opens a way from a remote host into this machine's SSH or onto every interface (ssh -R)",
  ),
  downloadExec: r('download-execute', X, 'downloads a file and runs it'),
  systemWrite: r('system-file-write', S, 'overwrites files in system directories'),
  move: r('move-system', D, 'moves the filesystem root, a system directory or a home directory away'),
  cloud: r('infra-destroy', D, 'destroys cloud resources, clusters, containers, volumes or datastores in bulk'),
  backups: r('backup-delete', D, 'deletes backups or snapshots, which a recovery needs'),
  vmStop: r('vm-stop', D, 'powers off or kills every virtual machine of a host, or keeps them from starting again'),
  hypervisor: r(
    'hypervisor-protection-disable',
    S,
    'lets an ESXi host run unsigned code or leave lockdown, or stops it keeping core dumps',
  ),
  hide: r('file-hide', S, "hides a file from the user's view or sets a program file's dates back"),
  appTamper: r('app-bundle-tamper', S, 'changes the code, signature or property list of an installed application'),
  remoteAccess: r(
    'remote-access-enable',
    S,
    'opens the machine to remote login, remote events, guest or automation access',
  ),
  trustRoot: r('trust-root-add', S, 'adds a trusted root certificate, whose certificates are then all believed'),
  proxy: r('proxy-redirect', S, "sends the machine's web traffic through a proxy"),
  personalSend: r('personal-data-send', 'privacy', 'sends a home directory or its personal folders to another host'),
  collect: r('repeated-capture', 'privacy', 'captures the screen or the clipboard over and over into a file'),
  passwordPrompt: r('password-dialog', C, 'asks for a password in a dialog made to look like the system'),
});

/** Where a rule reports. */
export type Report = (rule: RuleId, severity: Severity) => void;

/** A command with its wrappers peeled. */
export interface View {
  /** Lowercased base name of the program. */
  prog: string;
  /** The words after the program. */
  args: Word[];
  cmd: Cmd;
  /** Run through sudo, doas or su. */
  elevated: boolean;
  /** Reads its operands from standard input (xargs). */
  fromStdin: boolean;
  /** What it writes, when known (the text piped into `tee`). */
  content?: string;
}

/** Flags and operands, order-independent: `-rf`, `-r -f`, `--recursive`, flags after operands. */
export interface Opts {
  short: string;
  long: Set<string>;
  operands: Word[];
}

/** Splits arguments into flags and operands; `--` ends the flags. `valued` short flags take a value. */
export function opts(args: readonly Word[], valued = ''): Opts {
  let short = '';
  const long = new Set<string>();
  const operands: Word[] = [];
  let ended = false;
  for (let k = 0; k < args.length; k++) {
    // k < args.length; j < t.length below
    const w = args[k]!;
    const t = w.t;
    if (!ended && t === '--') {
      ended = true;
      continue;
    }
    if (!ended && t.length > 1 && t[0] === '-' && t.indexOf(UNKNOWN) < 0) {
      if (t[1] === '-') {
        const eq = t.indexOf('=');
        long.add(eq < 0 ? t.slice(2) : t.slice(2, eq));
      } else {
        for (let j = 1; j < t.length; j++) {
          const ch = t[j]!;
          short += ch;
          if (valued.indexOf(ch) >= 0) {
            if (j === t.length - 1) k++;
            break;
          }
        }
      }
      continue;
    }
    operands.push(w);
  }
  return { short, long, operands };
}

/** The text of a command for evidence, short. */
export function render(prog: string, args: readonly Word[]): string {
  let s = prog;
  for (const a of args) {
    if (s.length > 100) return `${s} …`;
    s += ` ${a.t.replaceAll(UNKNOWN, '$?')}`;
  }
  return s;
}

const SECURITY_SERVICES = new Set([
  'auditd',
  'firewalld',
  'apparmor',
  'ufw',
  'iptables',
  'ip6tables',
  'nftables',
  'netfilter-persistent',
  'selinux',
  'falco',
  'osqueryd',
  'falcon-sensor',
  'clamav-daemon',
  'clamav-freshclam',
  'clamd',
  'fail2ban',
  'sshguard',
  'wazuh-agent',
  'ossec',
  'rsyslog',
  'syslog',
  'syslog-ng',
  'systemd-journald',
  'auditbeat',
  'aide',
  'tripwire',
  'crowdstrike',
  'sentinelone',
  'mdatp',
  'snort',
  'suricata',
]);

/** A volume name that says it holds a datastore's files or production data. */
const DATA_VOLUME =
  /(?:^|[-_.])(?:data|db|pg|pgdata|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|elastic(?:search)?|minio|uploads?|media|backups?|prod|production|live)(?:$|[-_.\d])|data$/i;

/** A volume name that says development, tests or scratch. */
const DEV_VOLUME =
  /(?:^|[-_.])(?:dev|devel|development|test|tests|testing|local|scratch|tmp|temp|ci|e2e|sandbox)(?:$|[-_.\d])/i;

const ORDINARY_SERVICES = new Set([
  // Services that defend the machine: enabling them is hardening, not persistence.
  'auditd',
  'fail2ban',
  'ufw',
  'firewalld',
  'apparmor',
  'clamav-daemon',
  'clamav-freshclam',
  'unattended-upgrades',
  'rsyslog',
  'osqueryd',
  'docker',
  'containerd',
  'nginx',
  'apache2',
  'httpd',
  'ssh',
  'sshd',
  'postgresql',
  'mysql',
  'mariadb',
  'redis',
  'redis-server',
  'mongod',
  'kubelet',
  'cron',
  'crond',
  'networkmanager',
  'bluetooth',
  'cups',
  'chronyd',
  'ntp',
  'php-fpm',
  'elasticsearch',
  'rabbitmq-server',
  'grafana-server',
  'prometheus',
  'node_exporter',
  'jenkins',
  'gitlab-runner',
  'tailscaled',
  'nfs-server',
  'libvirtd',
  'podman',
  'snapd',
]);

/** Programs that read files they are given. */
export const READERS = new Set([
  'cat',
  'tac',
  'less',
  'more',
  'head',
  'tail',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'awk',
  'strings',
  'od',
  'xxd',
  'hexdump',
  'base64',
  'nl',
  'bat',
  'sort',
  'uniq',
  'cut',
  'unshadow',
  'sqlite3',
  'john',
  'hashcat',
  'zip',
  'tar',
  '7z',
  'gpg',
  'openssl',
  'vi',
  'vim',
  'nano',
  'sed',
  'cp',
  'scp',
  'rsync',
  'curl',
  'wget',
  'nc',
  'ncat',
  'socat',
  'dd',
]);
/** Programs that send data off the machine. */
export const SENDERS = new Set([
  'curl',
  'wget',
  'nc',
  'ncat',
  'netcat',
  'socat',
  'scp',
  'rsync',
  'sftp',
  'ftp',
  'tftp',
  'telnet',
  'mail',
  'sendmail',
  'http',
  'https',
  'aws',
  'gsutil',
  'rclone',
  'openssl',
]);
/** Interactive editors. */
export const EDITORS = new Set(['vi', 'vim', 'nvim', 'nano', 'emacs', 'ed', 'pico', 'joe', 'mcedit']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'csh', 'tcsh', 'pwsh']);
/** Interpreters that run a program they read. */
export const INTERPRETERS = new Set([
  ...SHELLS,
  'python',
  'python2',
  'python3',
  'perl',
  'ruby',
  'node',
  'nodejs',
  'php',
  'lua',
  'source',
  '.',
  'tclsh',
  'osascript',
  'deno',
  'bun',
]);
/** A sed substitution: its delimiter, pattern and replacement. */
const SED_SUBST = /^s(.)((?:\\.|(?!\1).)*)\1((?:\\.|(?!\1).)*)\1/s;

/**
 * What a `sed` script puts in its files: the replacement of each substitution, and the lines that
 * a deletion (`/pattern/d`) takes out. A script of another kind is read whole.
 */
function sedWrites(args: readonly Word[]): string {
  const out: string[] = [];
  for (const w of args) {
    if (w.t.startsWith('-') || (w.t.startsWith('/') && !/\/d\b/.test(w.t))) continue;
    const m = SED_SUBST.exec(w.t);
    if (m !== null) out.push(m[3] as string);
    else if (/\/d\b/.test(w.t)) out.push(w.t);
  }
  return out.length > 0 ? out.join('\n') : args.map((w) => w.t).join(' ');
}

/**
 * Settings that open a root shell at boot, drop the boot loader's password, turn a protection off,
 * or open root, password or empty-password logins over SSH.
 */
const WEAKENED_GUARD =
  /init=\\?\/|rd\.break|\bsingle\b|superusers|password_pbkdf2|^\/.*password.*\/d|selinux=0|apparmor=0|audit=0|enforcing=0|lockdown=none|sig_enforce=0|SELINUX=(?:disabled|permissive)|(?:PermitRootLogin|PasswordAuthentication|PermitEmptyPasswords)\s+yes/im;

const SUSPICIOUS_CONTENT =
  /(curl|wget|\bnc\b|ncat|socat|\/dev\/tcp|\/dev\/udp|base64|LD_PRELOAD|alias (sudo|ls|cd|su|ssh)=|python[0-9.]* -c|perl -e|bash -i|mkfifo|chmod \+s|nohup|xxd)/;

function isInterpreter(p: string): boolean {
  return INTERPRETERS.has(p) || /^python[0-9.]*$/.test(p);
}

/** Is this program an interpreter, given its canonical name. */
export { isInterpreter };

function classes(ws: readonly Word[]): Target[] {
  return ws.map((w) => classify(w.t));
}

/**
 * A word that names everything under the root when the variable it begins with is unset
 * (`$dir/*`, `"$dir/"*`): where a script or an agent's shell lacks the variable, `rm -rf $dir/*`
 * empties the filesystem. (`rm` itself refuses `/` alone, so `"$dir/"` is not counted.)
 * `${dir:?}/*` stops instead, and a variable assigned on the line is known.
 */
function rootIfUnset(w: Word): boolean {
  if (!w.unset || w.sub || w.t.charCodeAt(0) !== 1) return false;
  const rest = w.t.slice(1);
  return rest.indexOf('*') >= 0 && classify(rest) === Target.Root;
}

function has(ts: readonly Target[], ...want: Target[]): boolean {
  for (const t of ts) if (want.indexOf(t) >= 0) return true;
  return false;
}

/** What a write to a target of class `t` is, as (rule, severity); null when ordinary. */
function writeFinding(t: Target, content: string): [RuleId, Severity] | null {
  switch (t) {
    case Target.Account:
      return [RULES.accountWrite, 'critical'];
    case Target.Rc: {
      if (SUSPICIOUS_CONTENT.test(content) || content.indexOf(UNKNOWN) >= 0) return [RULES.rcWrite, 'high'];
      if (/^\s*(export|alias|source|\.|eval "\$\(|PATH=|[A-Z_]+=)/.test(content)) return [RULES.rcWrite, 'low'];
      return [RULES.rcWrite, 'medium'];
    }
    case Target.AuthKeys:
      return [RULES.authKeys, 'high'];
    case Target.Cron:
      return [RULES.cron, 'high'];
    case Target.Systemd:
      return [RULES.systemd, 'high'];
    case Target.Launchd:
      return [RULES.launchd, 'high'];
    case Target.Device:
      return [RULES.deviceWrite, 'critical'];
    case Target.Log:
      return [RULES.logClear, 'high'];
    case Target.SystemFile:
      return [RULES.systemWrite, 'medium'];
    case Target.GuardConfig:
      // A boot straight into a root shell, the boot loader's password taken out, a security module
      // or the audit turned off at boot, root or password logins opened over SSH; a timeout, a
      // splash screen or a hardening is ordinary.
      return WEAKENED_GUARD.test(content) || content.indexOf(UNKNOWN) >= 0 ? [RULES.systemWrite, 'high'] : null;
    case Target.Hook:
      // A device rule that runs a program (`RUN+="…"`) runs it as root on every matching event.
      return /\bRUN\s*\+?=/.test(content) || content.indexOf(UNKNOWN) >= 0 ? [RULES.systemWrite, 'high'] : null;
    case Target.Credential:
      return [RULES.credRead, 'medium'];
    default:
      return null;
  }
}

/** Commands that only open or poke a port when redirected to `/dev/tcp`. */
const PROBES: ReadonlySet<string> = new Set(['', ':', 'true', 'echo', 'printf']);

/**
 * Whether a `/dev/tcp` redirect `rd` of `v` is a port probe: a plain `<` on standard input or `>`
 * on standard output, on a command that reads and sends nothing (no operand but flags, or an empty
 * `printf ''`), and the command's only redirect.
 */
function devTcpProbe(v: View, rd: Redir): boolean {
  if (!PROBES.has(v.prog) || v.cmd.redirs.length !== 1) return false;
  if (!((rd.op === '<' && rd.fd === 0) || (rd.op === '>' && rd.fd === 1))) return false;
  return v.args.every((a) => (a.t.startsWith('-') && v.prog === 'echo') || (a.t === '' && v.prog === 'printf'));
}

/** Findings of the redirections of a command (`> /dev/sda`, `>> ~/.bashrc`, `< /etc/shadow`). */
export function judgeRedirs(v: View, content: string, report: Report): void {
  for (const rd of v.cmd.redirs) {
    const t = rd.target.t;
    if (t.startsWith('/dev/tcp/') || t.startsWith('/dev/udp/')) {
      // A port opened or poked by an empty command (`</dev/tcp/db/5432`, `echo > /dev/tcp/h/p`)
      // is a probe: no program reads or writes the connection.
      if (!devTcpProbe(v, rd)) report(RULES.reverseShell, 'critical');
      continue;
    }
    if (rd.op.startsWith('<')) {
      if (rd.op === '<' && classify(t) === Target.Account && /shadow|master\.passwd/.test(t))
        report(RULES.accountRead, 'critical');
      continue;
    }
    if (kernelWeakened(t, content)) {
      report(RULES.audit, 'high');
      continue;
    }
    const cls = classify(t);
    const f = writeFinding(cls, content);
    if (f !== null) {
      // An empty write onto a log or history file clears it.
      report(f[0], f[1]);
    } else if (cls === Target.Root || cls === Target.System) {
      report(RULES.systemWrite, 'medium');
    }
  }
}

const OF = /^of=/;

/**
 * A kernel protection switched off, as a sysctl name and value (`kernel.randomize_va_space=0`,
 * `kernel.yama.ptrace_scope = 0`, `kernel.modules_disabled` left off, `fs.protected_symlinks=0`).
 */
const KERNEL_WEAKENED =
  /\bkernel[./](?:randomize_va_space|kptr_restrict|dmesg_restrict|yama[./]ptrace_scope|unprivileged_bpf_disabled|kexec_load_disabled)\s*=?\s*0\b|\bfs[./]protected_(?:symlinks|hardlinks|regular|fifos)\s*=?\s*0\b|\bkernel[./]unprivileged_userns_clone\s*=?\s*1\b/;

/**
 * Whether a write of `content` onto `target` switches a kernel protection off: the value written
 * into its file under `/proc/sys`, or its line written into a sysctl configuration file.
 */
function kernelWeakened(target: string, content: string): boolean {
  if (target.startsWith('/proc/sys/')) return KERNEL_WEAKENED.test(`${target.slice(10)}=${content.trim()}`);
  if (target === '/etc/sysctl.conf' || target.startsWith('/etc/sysctl.d/')) return KERNEL_WEAKENED.test(content);
  return false;
}

/**
 * Whether a `chmod` or `chown` takes rights away from an account file rather than giving them:
 * owned by root (`chown root:root`), or a mode with no write for the group or others and no
 * setuid bit (`440`, `0600`, `go-w`, `o-rwx`). Hardening a sudoers drop-in is ordinary upkeep.
 */
function tightens(p: string, mode: string, ops: readonly Word[]): boolean {
  if (p === 'chown' || p === 'chgrp') {
    const owner = ops[0]?.t ?? '';
    return p === 'chown' ? /^root(?:[:.](?:root|wheel|shadow))?$/.test(owner) : /^(?:root|wheel|shadow)$/.test(owner);
  }
  return /^0?[0-7][0-5][0-5]$/.test(mode) || /^[ugoa]*-[rwx]+$/.test(mode);
}

/** Judges one unwrapped command. */
export function judge(v: View, report: Report): void {
  const p = v.prog.startsWith('mkfs') || v.prog === 'mkdosfs' || v.prog === 'mkntfs' ? 'mkfs' : v.prog;
  const a = v.args;
  judgeMacos(p, a, report);
  judgeEsxi(p, a, v.fromStdin, report);
  if (RESET_RUNNERS.has(p)) databaseReset(p, a, report);
  switch (p) {
    case 'rm':
    case 'unlink':
    case 'rmdir':
    case 'srm': {
      const o = opts(a);
      const recursive = /[rR]/.test(o.short) || o.long.has('recursive') || p === 'srm';
      const cls = classes(o.operands);
      if (o.long.has('no-preserve-root')) report(RULES.rmRoot, 'critical');
      if (recursive && has(cls, Target.Root, Target.System, Target.Home)) report(RULES.rmRoot, 'critical');
      else if (recursive && o.operands.some(rootIfUnset)) report(RULES.rmRoot, 'medium');
      else if (recursive && has(cls, Target.Cwd, Target.UserData)) report(RULES.rmCwd, 'high');
      if (has(cls, Target.Account, Target.Device)) report(RULES.rmSensitive, 'critical');
      else if (has(cls, Target.Credential, Target.AuthKeys, Target.Rc, Target.SystemFile))
        report(RULES.rmSensitive, 'high');
      if (has(cls, Target.Log)) report(logOrHistory(o.operands), 'high');
      if (o.operands.some((w) => BACKUP_PATH.test(w.t) || BACKUP_PATH.test(canonicalText(w.t))))
        report(RULES.backups, 'medium');
      if (v.fromStdin && recursive && o.operands.length === 0) report(RULES.rmCwd, 'medium');
      return;
    }
    case 'mv': {
      const o = opts(a, 'tS');
      const src = o.operands.slice(0, -1);
      const cls = classes(src);
      const dest = o.operands[o.operands.length - 1]?.t ?? '';
      if (has(cls, Target.Root, Target.System, Target.Home)) report(RULES.move, 'critical');
      else if (dest === '/dev/null' && src.length > 0) report(RULES.rmCwd, 'high');
      else if (has(cls, Target.Account)) report(RULES.accountWrite, 'critical');
      else if (has(cls, Target.Log)) report(logOrHistory(src), 'high');
      else {
        judgeFiles(v, report);
      }
      return;
    }
    case 'kubectl':
    case 'oc': {
      const words = a.map((w) => w.t);
      // `get` after global options (`kubectl -n prod get …`).
      const gi = words.indexOf('get');
      if (gi >= 0 && gi <= 4 && /^secrets?$/.test(words.slice(gi + 1).find((t) => !t.startsWith('-')) ?? '')) {
        // A secret's data printed (`-o yaml`, `-o json`, `-o jsonpath=…`): the credentials themselves.
        const k = words.findIndex((t) => t === '-o' || t.startsWith('-o') || t.startsWith('--output'));
        const flag = k < 0 ? '' : (words[k] ?? '');
        const format = flag === '-o' || flag === '--output' ? (words[k + 1] ?? '') : flag;
        if (/yaml|json|template/.test(format)) report(RULES.credRead, 'medium');
        return;
      }
      // `delete` after global options (`kubectl -n kube-system delete …`).
      const di = words.indexOf('delete');
      if (di < 0 || di > 4 || dryRun(words)) return;
      const all = words.some((t) => t === '--all' || t === '-A' || t === '--all-namespaces');
      // Operands after `delete`, without the values of options that take one (`-n previews`).
      const names = words
        .slice(di + 1)
        .filter(
          (t, i, all) =>
            !t.startsWith('-') && !/^(-n|--namespace|-l|--selector|-o|--output|--context)$/.test(all[i - 1] ?? ''),
        );
      const kind = names[0] ?? '';
      if (
        /^(ns|namespace|namespaces|node|nodes|pv|persistentvolume|persistentvolumes|pvc|pvcs|persistentvolumeclaim|persistentvolumeclaims|crd|crds|customresourcedefinition)$/.test(
          kind,
        ) ||
        all
      )
        report(RULES.cloud, !all && scratchNames(names.slice(1)) ? 'low' : 'high');
      return;
    }
    case 'pulumi': {
      const words = a.map((w) => w.t);
      if (words[0] === 'destroy' && !words.includes('--preview-only')) {
        const targets = words.filter((t, i) => words[i - 1] === '--target' || t.startsWith('--target='));
        report(RULES.cloud, targets.length === 0 ? 'high' : scratchNames(targets) ? 'low' : 'medium');
      }
      return;
    }
    case 'terraform':
    case 'tofu':
    case 'terragrunt': {
      const words = a.map((w) => w.t);
      if (words.includes('destroy') || (words.includes('apply') && words.includes('-destroy'))) {
        const targets = words.filter((t) => t.startsWith('-target=')).map((t) => t.slice(8));
        report(RULES.cloud, targets.length === 0 ? 'high' : scratchNames(targets) ? 'low' : 'medium');
      }
      return;
    }
    case 'docker':
    case 'podman': {
      const words = a.map((w) => w.t);
      const sub = words.filter((t) => !t.startsWith('-'));
      if (
        (sub[0] === 'system' || sub[0] === 'volume' || sub[0] === 'image' || sub[0] === 'container') &&
        sub[1] === 'prune'
      ) {
        // Images, stopped containers and build cache come back with a rebuild; volumes hold data.
        report(RULES.cloud, sub[0] === 'volume' || words.includes('--volumes') ? 'medium' : 'low');
      } else if (
        (sub[0] === 'rm' || sub[0] === 'rmi' || (sub[0] === 'volume' && sub[1] === 'rm')) &&
        a.some((w) => w.sub)
      ) {
        // Removing a computed list (`$(docker ps -aq …)`) is everyday cleanup; forced, it stops
        // running containers too. Volumes hold data, as with a prune.
        const forced = words.some((t) => t === '--force' || /^-[a-z]*f/.test(t));
        report(RULES.cloud, forced || sub[0] === 'volume' ? 'medium' : 'low');
      } else if (sub[0] === 'volume' && (sub[1] === 'rm' || sub[1] === 'remove') && sub.length > 2) {
        // Named volumes hold what the containers stored: a volume whose name says a datastore's
        // files, uploads, backups or production is that data, gone with it (high). Other names
        // (a cache, a build volume) are everyday cleanup unless forced.
        const names = sub.slice(2);
        const forced = words.some((t) => t === '--force' || /^-[a-z]*f/.test(t));
        // Volumes named for development or tests (`pgdata-dev`, `myapp_test_db`) are rebuilt at will.
        const kept = names.filter((n) => !DEV_VOLUME.test(n) && !scratchNames([n]));
        const data = kept.some((n) => DATA_VOLUME.test(n));
        report(RULES.cloud, data ? 'high' : forced && kept.length > 0 ? 'medium' : 'low');
      }
      return;
    }
    case 'aws': {
      const w = a.map((x) => x.t);
      if (dryRun(w)) return;
      const cmd = `${w[0] ?? ''} ${w[1] ?? ''}`;
      if (cmd === 's3 rm' && w.includes('--recursive')) {
        // A prefix below the bucket that names scratch data (`s3://b/tmp/build-1832/`).
        const keys = w.filter((t) => t.startsWith('s3://')).map((t) => t.slice(5).split('/').slice(1).join('/'));
        report(RULES.cloud, keys.length > 0 && keys.every((k) => k !== '' && scratchNames([k])) ? 'low' : 'high');
      } else if (cmd === 's3 rb' && w.includes('--force')) report(RULES.cloud, 'high');
      else if (w[0] === 's3api' && /^delete-bucket/.test(w[1] ?? '')) report(RULES.cloud, 'high');
      else if (
        /^(delete-db-instance|delete-db-cluster|delete-table|delete-stack|delete-cluster|delete-bucket|delete-file-system|delete-repository|delete-secret)$/.test(
          w[1] ?? '',
        )
      )
        report(RULES.cloud, 'high');
      else if (/^(terminate-instances|delete-volume|delete-snapshot|delete-function)$/.test(w[1] ?? ''))
        report(RULES.cloud, 'medium');
      else if (
        w[0] === 'iam' &&
        /^(delete-|detach-|put-user-policy|attach-user-policy|create-access-key)/.test(w[1] ?? '')
      )
        report(RULES.cloud, 'medium');
      return;
    }
    case 'gsutil': {
      const w = a.map((x) => x.t);
      const sub = w.find((t) => !t.startsWith('-'));
      if ((sub === 'rm' && w.some((t) => /^-[a-zA-Z]*[rR]/.test(t))) || sub === 'rb') report(RULES.cloud, 'high');
      return;
    }
    case 'gcloud':
    case 'az': {
      const w = a.map((x) => x.t);
      const del = w.indexOf('delete');
      if (
        del >= 0 &&
        /^(projects|group|sql|container|clusters|instances|storage|buckets|databases|functions|vm|aks|cosmosdb|keyvault)$/.test(
          w[del - 1] ?? w[0] ?? '',
        )
      ) {
        // Names after `delete`, and the values of `--name` / `-n` (az): all scratch, or not.
        const names = w
          .slice(del + 1)
          .filter(
            (t, i, all) => !t.startsWith('-') && !/^--?(zone|region|project|resource-group|g)$/.test(all[i - 1] ?? ''),
          );
        report(RULES.cloud, w[del - 1] !== 'projects' && scratchNames(names) ? 'low' : 'high');
      } else if (w[0] === 'storage' && w[1] === 'rm' && w.some((t) => t === '--recursive' || /^-[a-zA-Z]*r/.test(t)))
        report(RULES.cloud, 'high');
      return;
    }
    case 'pip':
    case 'pip3':
    case 'uv':
    case 'uvx':
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'gem':
    case 'pipx':
    case 'npx':
    case 'pnpx':
    case 'bunx':
    case 'choco':
    case 'cinst':
    case 'composer': {
      // An install runs the package's build and install scripts: from plain HTTP or a bare IP
      // address, whoever is on the path or behind that address chooses the code. A runner (`npx`,
      // `pipx run`) installs and runs at once.
      const runner = p === 'npx' || p === 'pnpx' || p === 'bunx' || p === 'uvx' || p === 'cinst';
      if (
        !runner &&
        // `config set` / `set`: every later install comes from there.
        !a.some(
          (w) =>
            w.t === 'install' ||
            w.t === 'add' ||
            w.t === 'i' ||
            w.t === 'run' ||
            w.t === 'require' ||
            w.t === 'set' ||
            w.t === 'config',
        )
      )
        return;
      const remote = (t: string) =>
        /^(git\+)?http:\/\/|^(git\+)?https?:\/\/\d{1,3}(\.\d{1,3}){3}[:/]/i.test(t) &&
        !/^(git\+)?https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])[:/]/i.test(t);
      if (a.some((w) => remote(w.t))) report(RULES.downloadExec, 'high');
      return;
    }
    case 'wp': {
      // WordPress's command line installing a plugin or theme from an archive over plain HTTP or
      // from a bare address: PHP that the site then runs with its database and files.
      const w = a.map((x) => x.t);
      if ((w[0] === 'plugin' || w[0] === 'theme') && w[1] === 'install') {
        const remote = (t: string) =>
          /^http:\/\/|^https?:\/\/\d{1,3}(\.\d{1,3}){3}[:/]/i.test(t) &&
          !/^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])[:/]/i.test(t);
        if (w.some(remote)) report(RULES.downloadExec, 'high');
      }
      break;
    }
    case 'deno':
    case 'bun': {
      // A script run straight from a URL: Deno's permission flags are its sandbox, so a remote
      // script with them all (`-A`), or with leave to run programs or write files, or from a bare
      // IP address, runs whatever that host serves; Bun has no sandbox at all.
      const w = a.map((x) => x.t);
      const sub = w.find((t) => !t.startsWith('-'));
      if (sub !== 'run' && sub !== 'x' && sub !== 'eval' && !(sub ?? '').startsWith('http')) break;
      const url = w.find((t) => /^https?:\/\//i.test(t));
      if (url === undefined || /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+)[:/]/i.test(url)) break;
      const ip = /^https?:\/\/\d{1,3}(\.\d{1,3}){3}[:/]/i.test(url);
      const granted = w.some((t) => t === '-A' || t === '--allow-all' || /^--allow-(run|write|ffi|sys)\b/.test(t));
      if (ip) report(RULES.downloadExec, 'critical');
      else if (granted || p === 'bun') report(RULES.downloadExec, 'high');
      break;
    }
    case 'helm': {
      if (dryRun(a.map((w) => w.t))) return;
      const sub = a.find((w) => !w.t.startsWith('-'))?.t;
      // A release comes back with an install and its volumes outlive it; production is asked about.
      if (sub === 'uninstall' || sub === 'delete' || sub === 'del' || sub === 'un')
        report(RULES.cloud, a.some((w) => /prod/i.test(w.t)) ? 'medium' : 'low');
      return;
    }
    case 'restic': {
      // `forget` drops the snapshots it names, or those its keep policy leaves out: named by a
      // list computed when it runs (`$(restic snapshots …)`, a listing through `xargs`), or by a
      // policy that keeps none, it is every snapshot, and `prune` then deletes their data.
      const o = opts(a, 'r');
      const w = a.map((x) => x.t);
      const forget = w.indexOf('forget');
      if (forget < 0) return;
      const keeps = w.flatMap((t, i) =>
        /^--keep-/.test(t) ? [t.includes('=') ? t.slice(t.indexOf('=') + 1) : (w[i + 1] ?? '')] : [],
      );
      const ids = o.operands.filter((x) => x.t !== 'forget' && !/^(?:--keep-\w+|[0-9]+[a-z]?)$/.test(x.t));
      const computed =
        (v.fromStdin && ids.length === 0) ||
        (ids.length > 0 && ids.every((x) => x.sub || x.dyn || x.t.indexOf(UNKNOWN) >= 0));
      const none = keeps.length > 0 && keeps.every((k) => /^0+[a-z]*$/.test(k));
      if (computed || none) report(RULES.backups, 'high');
      return;
    }
    case 'virsh': {
      // libvirt: `undefine` with the storage flags deletes the machine's disk images with it;
      // `vol-delete` and `vol-wipe` a disk image, `pool-delete` the pool's directory or device.
      // `destroy` only powers a machine off and is not judged here.
      const w = a.map((x) => x.t);
      const sub = w.find((t) => !t.startsWith('-')) ?? '';
      const names = w.filter((t) => !t.startsWith('-') && t !== sub);
      const storage = w.some((t) =>
        /^--(?:remove-all-storage|storage|wipe-storage|delete-storage-volume-snapshots)/.test(t),
      );
      if ((sub === 'undefine' && storage) || sub === 'vol-delete' || sub === 'vol-wipe' || sub === 'pool-delete')
        report(RULES.cloud, scratchNames(names) ? 'low' : 'high');
      return;
    }
    case 'bq': {
      // `bq rm -r -d dataset` deletes a dataset and its tables; `-t` a table; `-f` skips the prompt.
      const o = opts(a);
      if (a.some((w) => w.t === 'rm') && (/[rdt]/.test(o.short) || o.long.has('recursive') || o.long.has('dataset')))
        report(RULES.cloud, /f/.test(o.short) || o.long.has('force') ? 'high' : 'medium');
      return;
    }
    case 'firebase': {
      const w = a.map((x) => x.t);
      if (
        w.includes('firestore:delete') &&
        (w.includes('--all-collections') || w.includes('-r') || w.includes('--recursive'))
      )
        report(RULES.cloud, 'high');
      else if (w.includes('database:remove')) report(RULES.cloud, 'high');
      return;
    }
    case 'heroku': {
      const sub = a.find((w) => !w.t.startsWith('-'))?.t ?? '';
      if (sub === 'pg:reset' || sub === 'apps:destroy' || sub === 'destroy') {
        // `--app review-pr-212`: a review app named as disposable.
        const names = a.filter((w, i) => !w.t.startsWith('-') && /^(-a|--app|--confirm)$/.test(a[i - 1]?.t ?? ''));
        report(RULES.cloud, names.length > 0 && scratchNames(names.map((w) => w.t)) ? 'low' : 'high');
      }
      return;
    }
    case 'supabase': {
      // `supabase db reset` rebuilds the local database; linked or by URL it resets the remote one.
      const w = a.map((x) => x.t);
      if (w[0] === 'db' && w[1] === 'reset' && w.some((t) => t === '--linked' || t.startsWith('--db-url')))
        report(RULES.cloud, 'high');
      return;
    }
    case 'redis-cli': {
      if (a.some((w) => /^(flushall|flushdb)$/i.test(w.t))) report(RULES.cloud, 'high');
      return;
    }
    case 'sysctl':
      if (KERNEL_WEAKENED.test(a.map((w) => w.t).join(' '))) report(RULES.audit, 'high');
      return;
    case 'log':
      // macOS's unified log erased: every process's record gone at once.
      if (a[0]?.t === 'erase') report(RULES.logClear, 'high');
      break;
    case 'sqlite3':
    case 'sqlite': {
      // The privacy consent database written by hand: a program given the camera, the screen or
      // full disk access without the owner's consent.
      const text = a.map((w) => w.t).join(' ');
      if (/com\.apple\.TCC\/TCC\.db|\/TCC\.db\b/.test(text) && /\b(insert|update|replace|delete)\b/i.test(text))
        report(RULES.macos, 'high');
      // The files it opens are read like any other program's (a browser's saved logins).
      break;
    }
    case 'shred':
    case 'wipe': {
      const o = opts(a, 'nsz');
      // Prose ("wipe my old laptop's disk", "shred the notes") names no file: only paths count;
      // a folder under the system's temporary directory holds nothing kept.
      const all = o.operands.filter((w) => PATH_LIKE.test(w.t));
      const paths = all.filter((w) => !TEMP_PATH.test(w.t));
      if (all.length > 0 && paths.length === 0) {
        report(RULES.wipe, 'low');
        return;
      }
      const cls = classes(paths);
      if (
        // `wipe` an absolute path; `wipe .venv` in a README is the English verb on a project folder.
        (p === 'wipe' && paths.some((w) => /^[/~$]/.test(w.t))) ||
        has(cls, Target.Device, Target.Root, Target.System, Target.Home, Target.Account, Target.SystemFile)
      )
        report(RULES.wipe, 'critical');
      else if (has(cls, Target.Log)) report(logOrHistory(paths), 'high');
      else if (has(cls, Target.Credential, Target.AuthKeys, Target.Rc)) report(RULES.rmSensitive, 'high');
      // A file of the working tree (`./tmp/key.pem`), or one named file in a folder of one's home
      // (`~/notes/draft.txt`), is shredded like it is deleted: ordinary work.
      else if (paths.length > 0)
        report(RULES.wipe, paths.some((w) => /^[/~$]/.test(w.t) && !ownHomeFile(w.t)) ? 'medium' : 'low');
      return;
    }
    case 'dd': {
      for (const w of a) {
        if (!OF.test(w.t)) continue;
        const cls = classify(w.t.slice(3));
        if (cls === Target.Device || cls === Target.Account || cls === Target.Root || cls === Target.System)
          report(RULES.wipe, 'critical');
        else if (cls === Target.SystemFile) report(RULES.systemWrite, 'high');
      }
      return;
    }
    case 'mkfs':
    case 'mkswap':
    case 'mke2fs':
    case 'wipefs':
    case 'blkdiscard':
    case 'sgdisk':
    case 'sfdisk':
    case 'fdisk':
    case 'parted':
    case 'newfs':
    case 'cfdisk':
    case 'gdisk': {
      const o = opts(a);
      if (p === 'fdisk' && /l/.test(o.short)) return; // listing
      if (p === 'parted' && a.some((w) => w.t === 'print' || w.t === '-l')) return;
      if (has(classes(o.operands), Target.Device) || p === 'wipefs' || p === 'blkdiscard')
        report(RULES.wipe, 'critical');
      return;
    }
    case 'zpool':
    case 'zfs': {
      // A pool or dataset destroyed takes its data and snapshots with it.
      if (a[0]?.t === 'destroy' || (p === 'zpool' && a[0]?.t === 'labelclear')) {
        // One snapshot (`zfs destroy tank/scratch/cache@old`, no `-r`) of a dataset named as
        // scratch: a restore point of nothing kept.
        // In prose the words after the dataset are not datasets: only names with `/` or `@` count.
        const ops = a.slice(1).filter((w) => !w.t.startsWith('-') && /[/@]/.test(w.t));
        const one =
          p === 'zfs' &&
          ops.length === 1 &&
          !a.slice(1).some((w) => /^-[a-zA-Z]*[rR]/.test(w.t)) &&
          /^[\w./-]+@[\w.:-]+$/.test(ops[0]?.t ?? '') &&
          scratchNames([(ops[0]?.t ?? '').split('@')[0] ?? '']);
        report(RULES.wipe, one ? 'low' : 'critical');
      }
      return;
    }
    case 'lvremove':
    case 'vgremove':
    case 'pvremove': {
      // A volume named as scratch (`/dev/vg_lab/lv_scratch`) holds nothing kept.
      const operands = a.filter((w) => !w.t.startsWith('-'));
      // In prose the words after the volume are not volumes: the paths, or the first operand.
      const paths = operands.filter((w) => w.t.includes('/'));
      const names = (paths.length > 0 ? paths : operands.slice(0, 1)).map((w) => w.t.split('/').slice(-1)[0] ?? '');
      if (names.length > 0) report(RULES.wipe, scratchNames(names) ? 'low' : 'critical');
      return;
    }
    case 'gh':
    case 'glab': {
      // A hosted repository deleted takes its issues, reviews and releases with it.
      const w = a.map((x) => x.t);
      if (
        (w[0] === 'repo' && w[1] === 'delete') ||
        (w[0] === 'api' && w.includes('DELETE') && w.some((t) => /^\/?repos\/[^/]+\/[^/]+\/?$/.test(t)))
      )
        report(RULES.cloud, 'high');
      return;
    }
    case 'diskutil': {
      const sub = a[0]?.t.toLowerCase() ?? '';
      if (/^(erasedisk|erasevolume|zerodisk|randomdisk|secureerase|partitiondisk|reformat)$/.test(sub))
        report(RULES.wipe, 'critical');
      return;
    }
    case 'hdparm':
      if (a.some((w) => /^--(security-erase|security-erase-enhanced|trim-sector-ranges)/.test(w.t)))
        report(RULES.wipe, 'critical');
      return;
    case 'chmod':
    case 'chown':
    case 'chgrp': {
      const o = opts(a);
      const recursive = /R/.test(o.short) || o.long.has('recursive');
      const ops = o.operands;
      const mode = p === 'chmod' ? (ops[0]?.t ?? '') : '';
      const targets = p === 'chmod' || p === 'chown' || p === 'chgrp' ? ops.slice(1) : ops;
      const cls = classes(targets);
      if (p === 'chmod' && /(^|[ugoa,]*)[+=][rwxXt]*s|^[0-7]?[2-7][0-7]{3}$/.test(mode)) {
        const shellish = targets.some((w) => {
          const b = base(w.t);
          return SHELLS.has(b) || isInterpreter(b) || /^(find|vim?|less|more|awk|nmap|cp|env|tar|zip|nano)$/.test(b);
        });
        report(RULES.setuid, shellish ? 'critical' : 'high');
      }
      const wide = p === 'chmod' && /^(0?777|0?666|a\+rwx|o\+w|a\+w|ugo\+rwx|0?000|a-rwx|o\+rwx)$/.test(mode);
      if (has(cls, Target.Root)) report(RULES.chmodSystem, recursive || wide ? 'critical' : 'high');
      else if (has(cls, Target.System, Target.Home)) {
        if (recursive) report(RULES.chmodSystem, wide || p !== 'chmod' ? 'critical' : 'high');
        else if (wide) report(RULES.chmodSystem, 'high');
      }
      if (has(cls, Target.Account) && !tightens(p, mode, ops))
        report(RULES.accountWrite, wide || p !== 'chmod' ? 'critical' : 'high');
      return;
    }
    case 'chattr':
      if (classes(a).some((c) => c === Target.Account || c === Target.Log || c === Target.Root || c === Target.System))
        report(RULES.accountWrite, 'high');
      return;
    case 'git':
      // Letters cased at random (`GIt clean -dfX`) say nothing of the flags' case either.
      // A flag cluster whose only capital is `X` (`-fX`, `-dfX`) is written as meant; `-fDX` is not.
      judgeGit(a, report, !v.cmd.words.some((w) => /[A-Z]/.test(w.t) && !/^-[a-z]*X[a-z]*$/.test(w.t)));
      return;
    case 'kill': {
      const o = opts(a);
      if (o.operands.some((w) => w.t === '-1' || w.t === '1')) report(RULES.kill, 'critical');
      else if (a.some((w) => w.t === '-1')) report(RULES.kill, 'critical');
      return;
    }
    case 'killall5':
      report(RULES.kill, 'critical');
      return;
    case 'killall':
    case 'pkill': {
      const o = opts(a, 'usUgGPt');
      const ops = o.operands.map((w) => w.t);
      if (ops.some((t) => /^(init|systemd|sshd|launchd|kernel_task|auditd|sshd?)$/.test(t))) report(RULES.kill, 'high');
      else if (/u/.test(o.short) && a.some((w) => w.t === 'root')) report(RULES.kill, 'high');
      else if (p === 'killall') report(RULES.kill, ops.length === 0 ? 'medium' : 'low');
      return;
    }
    case 'shutdown':
    case 'reboot':
    case 'halt':
    case 'poweroff':
      if (!a.some((w) => w.t === '-c' || w.t === '--help')) report(RULES.power, 'high');
      return;
    case 'init':
    case 'telinit':
      if (a[0] !== undefined && /^[06]$/.test(a[0].t)) report(RULES.power, 'high');
      return;
    case 'systemctl':
    case 'service':
      judgeService(p, a, report);
      return;
    case 'crontab': {
      const o = opts(a, 'u');
      if (/r/.test(o.short)) report(RULES.crontabRemove, 'high');
      // An interactive edit of one's own crontab is ordinary work; what it adds is not known here.
      else if (/e/.test(o.short)) report(RULES.cron, 'low');
      else if (!/l/.test(o.short) && (o.operands.length > 0 || v.cmd.pipeIn)) report(RULES.cron, 'high');
      return;
    }
    case 'at':
    case 'batch':
      return;
    case 'truncate': {
      const o = opts(a, 'sr');
      const cls = classes(o.operands);
      if (has(cls, Target.Log)) report(logOrHistory(o.operands), 'high');
      else if (has(cls, Target.Account)) report(RULES.truncate, 'critical');
      else if (has(cls, Target.System, Target.SystemFile, Target.Rc, Target.Credential)) report(RULES.truncate, 'high');
      return;
    }
    case 'history':
      if (a.some((w) => w.t === '-c' || w.t === '-cw' || w.t === '-wc' || w.t === '-d')) report(RULES.history, 'high');
      return;
    case 'unset':
      if (a.some((w) => /^(HISTFILE|HISTSIZE|HISTFILESIZE|PROMPT_COMMAND)$/.test(w.t))) report(RULES.history, 'high');
      return;
    case 'set':
      if (a.some((w) => w.t === '+o') && a.some((w) => w.t === 'history')) report(RULES.history, 'high');
      return;
    case 'journalctl':
      // A vacuum that keeps days, megabytes or several files of journal is retention, which leaves
      // the recent entries; one that keeps seconds, bytes or one file empties the journal.
      if (
        a.some(
          (w, k) =>
            /^--(vacuum-(time|size|files)|flush|rotate)/.test(w.t) &&
            !w.t.startsWith('--flush') &&
            !journalKept(w.t.includes('=') ? w.t.slice(w.t.indexOf('=') + 1) : (a[k + 1]?.t ?? ''), w.t),
        )
      )
        report(RULES.logClear, 'high');
      return;
    case 'auditctl': {
      const o = opts(a, 'ewkpaAF');
      if (/D/.test(o.short) || a.some((w, k) => w.t === '-e' && a[k + 1]?.t === '0') || a.some((w) => w.t === '-e0'))
        report(RULES.audit, 'high');
      return;
    }
    case 'setenforce':
      if (a[0] !== undefined && /^(0|permissive)$/i.test(a[0].t)) report(RULES.audit, 'high');
      return;
    case 'aa-teardown':
    case 'aa-disable':
      report(RULES.audit, 'high');
      return;
    case 'apparmor_parser':
      if (a.some((w) => w.t === '-R' || w.t === '--remove')) report(RULES.audit, 'high');
      return;
    case 'ufw':
      if (a[0]?.t === 'disable' || (a[0]?.t === 'default' && a[1]?.t === 'allow')) report(RULES.audit, 'high');
      return;
    case 'iptables':
    case 'ip6tables':
    case 'iptables-legacy':
    case 'iptables-nft': {
      const flush = a.some((w) => w.t === '-F' || w.t === '--flush' || w.t === '-X');
      const accept = a.some((w, k) => (w.t === '-P' || w.t === '--policy') && a[k + 2]?.t === 'ACCEPT');
      if (flush || accept) report(RULES.audit, 'high');
      return;
    }
    case 'nft':
      if (a[0]?.t === 'flush' && a[1]?.t === 'ruleset') report(RULES.audit, 'high');
      return;
    case 'pfctl':
      if (a.some((w) => w.t === '-d')) report(RULES.audit, 'high');
      return;
    case 'csrutil':
      if (a[0]?.t === 'disable' || (a[0]?.t === 'authenticated-root' && a[1]?.t === 'disable'))
        report(RULES.macos, 'critical');
      return;
    case 'spctl':
      if (a.some((w) => /^--(master-disable|global-disable|disable)$/.test(w.t))) report(RULES.macos, 'high');
      // The user's approval of kernel extensions turned off: any signed extension loads unasked.
      else if (a[0]?.t === 'kext-consent' && a[1]?.t === 'disable') report(RULES.macos, 'high');
      return;
    case 'systemextensionsctl':
      // Developer mode: system extensions load from anywhere, unnotarized.
      if (a[0]?.t === 'developer' && a[1]?.t === 'on') report(RULES.macos, 'high');
      return;
    case 'kextload':
    case 'kmutil': {
      // A kernel extension loaded from a place anyone writes (a temporary folder, Downloads, a
      // user's home), not from where installers put them.
      if (p === 'kmutil' && a[0]?.t !== 'load') return;
      const paths = a.filter((w) => !w.t.startsWith('-') && /\.kext\/?$/.test(w.t));
      if (paths.some((w) => !/^\/(?:System\/)?Library\/Extensions\//.test(w.t))) report(RULES.macos, 'high');
      return;
    }
    case 'socketfilterfw':
      if (a.some((w) => w.t === '--setglobalstate') && a.some((w) => w.t === 'off')) report(RULES.macos, 'high');
      return;
    case 'fdesetup':
      if (a[0]?.t === 'disable') report(RULES.macos, 'high');
      return;
    case 'tmutil':
      // One local snapshot named by its date stamp (`deletelocalsnapshots 2026-12-01-101500`) goes,
      // not every snapshot of a volume (`deletelocalsnapshots /`).
      if (a[0]?.t === 'deletelocalsnapshots' && /^\d{4}-\d\d-\d\d(?:-\d{6})?$/.test(a[1]?.t ?? ''))
        report(RULES.macos, 'low');
      else if (a[0]?.t === 'disable' || a[0]?.t === 'deletelocalsnapshots' || a[0]?.t === 'delete')
        report(RULES.macos, 'high');
      return;
    case 'xattr':
      if (a.some((w) => w.t === 'com.apple.quarantine') && a.some((w) => /^-[a-z]*[dc]/.test(w.t)))
        report(RULES.macos, 'low');
      return;
    case 'defaults': {
      if (a[0]?.t !== 'write') return;
      const text = a.map((w) => w.t).join(' ');
      if (
        /LSQuarantine|com\.apple\.alf|globalstate|GKAutoRearm|AutoUpdate|com\.apple\.security|SoftwareUpdate|loginwindow LoginHook|LogoutHook/i.test(
          text,
        )
      )
        report(RULES.macos, 'high');
      if (/LaunchAgents|LaunchDaemons/.test(text)) report(RULES.launchd, 'high');
      return;
    }
    case 'launchctl': {
      const sub = a[0]?.t ?? '';
      if (/^(load|bootstrap|submit|enable)$/.test(sub)) report(RULES.launchd, 'medium');
      else if (
        /^(unload|bootout|disable|remove)$/.test(sub) &&
        a.some((w) => /com\.apple\.(alf|security|auditd|syslogd|xprotect|mrt)/i.test(w.t))
      )
        report(RULES.audit, 'high');
      return;
    }
    case 'sudo':
    case 'su':
    case 'doas':
    case 'pkexec':
    case 'run0':
      // Reached only when nothing follows the wrapper but its options: a root shell.
      report(RULES.rootShell, 'high');
      return;
    case 'useradd':
    case 'adduser':
    case 'usermod':
    case 'gpasswd':
    case 'addgroup':
    case 'groupmod':
    case 'dscl':
    case 'sysadminctl':
    case 'dseditgroup':
    case 'chpasswd':
    case 'passwd':
    case 'newusers':
    case 'userdel':
    case 'deluser': {
      const text = a.map((w) => w.t).join(' ');
      const admin = /\b(sudo|wheel|admin|root|adm|docker|shadow|disk)\b/.test(text);
      if (/(^| )-o( |$)|-u 0\b|--uid[ =]0\b|--non-unique/.test(text)) report(RULES.accountChange, 'critical');
      else if (p === 'passwd') {
        if (a.some((w) => w.t === 'root') || a.some((w) => /^-(d|-delete)$/.test(w.t)))
          report(RULES.accountChange, 'high');
      } else if (p === 'chpasswd' || p === 'newusers') report(RULES.accountChange, 'high');
      else if (p === 'userdel' || p === 'deluser') {
        if (a.some((w) => w.t === 'root')) report(RULES.accountChange, 'critical');
      } else if (p === 'dscl' || p === 'dseditgroup' || p === 'sysadminctl') {
        if (/-create|-append|-addUser|-edit|-passwd|-o edit|-a /.test(text))
          report(RULES.accountChange, admin ? 'high' : 'medium');
      } else if (admin) report(RULES.accountChange, 'high');
      else if (p === 'useradd' || p === 'adduser') report(RULES.accountChange, 'low');
      return;
    }
    case 'visudo': {
      // `-c` (alone or bundled: `-cf FILE`, `-qc`) and `--check` parse the file and write nothing.
      const o = opts(a, 'fx');
      if (o.short.indexOf('c') < 0 && !o.long.has('check')) report(RULES.accountWrite, 'medium');
      return;
    }
    case 'vipw':
    case 'vigr':
      report(RULES.accountWrite, 'high');
      return;
    case 'ssh-copy-id':
      return;
    default:
  }
  judgeFiles(v, report);
}

function logOrHistory(ops: readonly Word[]): RuleId {
  return ops.some((w) => /history/.test(w.t)) ? RULES.history : RULES.logClear;
}

/** Reads and writes of sensitive files by general-purpose programs. */
/**
 * A path inside a directory of backups or snapshots (`/mnt/backups/db.tar.gz`, `~/snapshots/*`):
 * deleting it is how recovery is prevented before damage (ATT&CK T1490).
 */
const BACKUP_PATH = /(^|\/)(backups?|snapshots?)(\/|$)/i;

/** A source directory named for being empty (`/tmp/empty/`, `./void`, `blank_dir/`). */
const EMPTY_DIR = /(^|\/)(empty|void|blank|nothing|null)([-_.]?(dir|directory|folder|[0-9]+))?\/?$/i;

function judgeFiles(v: View, report: Report): void {
  const p = v.prog;
  const a = v.args;
  if (
    p === 'tee' ||
    p === 'cp' ||
    p === 'mv' ||
    p === 'ln' ||
    p === 'install' ||
    p === 'rsync' ||
    (p === 'sed' && a.some((w) => /^-[a-zE]*i|^--in-place/.test(w.t)))
  ) {
    const o = opts(a, p === 'sed' ? 'ef' : p === 'install' ? 'mogt' : p === 'cp' || p === 'mv' ? 'tS' : '');
    const ops =
      p === 'sed' ? o.operands.slice(o.short.indexOf('e') >= 0 || o.short.indexOf('f') >= 0 ? 0 : 1) : o.operands;
    // tee writes every operand; cp, mv, ln, install write the last one; sed -i its files.
    const written = p === 'tee' || p === 'sed' ? ops : ops.slice(-1);
    const content = p === 'sed' ? sedWrites(a) : (v.content ?? '');
    for (const w of written) {
      if (p !== 'tee' && p !== 'sed' && ops.length < 2) break;
      const cls = classify(w.t);
      if (p === 'ln' && cls === Target.Log) {
        if (ops.some((x) => x.t === '/dev/null')) report(RULES.history, 'high');
        continue;
      }
      const f = writeFinding(cls, content);
      if (f !== null && !(cls === Target.Credential && p === 'cp')) report(f[0], f[1]);
      else if ((cls === Target.Root || cls === Target.System) && (p === 'tee' || p === 'sed'))
        report(RULES.systemWrite, 'medium');
    }
    if (p === 'rsync' && a.some((w) => /^--del(ete(-\w+)?)?$/.test(w.t))) {
      // `--delete` removes whatever the source lacks: from an empty or unrelated source it empties
      // the destination, so a system directory or a home as destination is a recursive delete.
      const dst = classify(ops[ops.length - 1]?.t ?? '');
      if (ops.length >= 2 && (dst === Target.Root || dst === Target.System || dst === Target.Home))
        report(RULES.rmRoot, 'high');
      else if (
        ops.length >= 2 &&
        ops.slice(0, -1).every((w) => EMPTY_DIR.test(w.t)) &&
        /^[/~]/.test(ops[ops.length - 1]?.t ?? '')
      )
        // The empty-directory wipe (`rsync -a --delete /tmp/empty/ /srv/data/`): nothing is copied,
        // and everything in the destination goes.
        report(RULES.rmCwd, 'high');
    }
    if (p === 'cp' || p === 'rsync') {
      const src = ops.slice(0, -1);
      const dst = ops[ops.length - 1]?.t ?? '';
      const remote = /^[^/]*:/.test(dst) && !/^[a-zA-Z]:\\/.test(dst);
      // A copy into another credential file of this machine (`cp /etc/kubernetes/admin.conf
      // ~/.kube/config`, a backup beside the original) puts the secret where it is meant to be.
      if (classes(src).some((c) => c === Target.Credential) && (remote || classify(dst) !== Target.Credential))
        report(remote ? RULES.credExfil : RULES.credRead, remote ? 'critical' : 'high');
      if (src.some((w) => /\/etc\/(shadow|gshadow|master\.passwd)$/.test(canonicalText(w.t))))
        report(RULES.accountRead, 'critical');
    }
    return;
  }
  if (EDITORS.has(p)) {
    const cls = classes(a);
    if (has(cls, Target.Account)) report(RULES.accountWrite, 'high');
    else if (has(cls, Target.Cron, Target.Systemd, Target.Launchd, Target.AuthKeys))
      report(RULES.systemWrite, 'medium');
    return;
  }
  if (p === 'scp' || p === 'sftp') {
    const ops = opts(a, 'iPoFcJlS').operands;
    const dst = ops[ops.length - 1]?.t ?? '';
    if (classes(ops.slice(0, -1)).some((c) => c === Target.Credential) && /^[^/]*:/.test(dst))
      report(RULES.credExfil, 'critical');
    return;
  }
  if (p === 'curl' || p === 'http' || p === 'https' || p === 'wget') searchIndexWipe(a, report);
  if (READERS.has(p) || SENDERS.has(p)) {
    const isSender = SENDERS.has(p) && p !== 'openssl';
    for (const w of a) {
      let t = w.t;
      // curl -F file=@~/.ssh/id_rsa, --data-binary @file, -T file
      const at = t.indexOf('@');
      if (isSender && at >= 0 && at < t.length - 1) t = t.slice(at + 1);
      const cls = classify(t);
      // Physical or kernel memory, or another process's: keys and passwords in the clear.
      if (!isSender && MEMORY.test(canonicalText(t))) report(RULES.credRead, 'high');
      if (cls === Target.Credential || cls === Target.AuthKeys) {
        if (cls === Target.AuthKeys && !isSender) continue;
        report(isSender ? RULES.credExfil : RULES.credRead, isSender ? 'critical' : 'medium');
      } else if (cls === Target.Account) {
        const c = canonicalText(t);
        if (/\/(shadow|gshadow|master\.passwd)$/.test(c)) report(RULES.accountRead, 'critical');
        else if (isSender) report(RULES.credExfil, 'critical');
        else if (/\/(passwd|sudoers)$|sudoers\.d/.test(c) && !EDITORS.has(p)) report(RULES.accountRead, 'medium');
      }
    }
  }
}

/** Memory read as a file: `/dev/mem`, `/dev/kmem`, `/proc/kcore`, `/proc/<pid>/mem`. */
const MEMORY = /^\/(dev\/k?mem|proc\/kcore|proc\/[0-9]+\/mem|proc\/self\/mem)$/;

/**
 * An HTTP DELETE of every index of a search cluster: `_all`, `*` or a wildcard pattern as the
 * index (`curl -X DELETE host:9200/_all`, `…/logs-*`), the Elasticsearch and OpenSearch way to
 * drop all their data.
 */
function searchIndexWipe(a: readonly Word[], report: Report): void {
  // `POST …/_delete_by_query` with a query that matches every document.
  if (a.some((w) => w.t.includes('_delete_by_query')) && a.some((w) => /match_all/.test(w.t))) {
    report(RULES.cloud, 'high');
    return;
  }
  let del = false;
  // k < a.length
  for (let k = 0; k < a.length; k++) {
    const t = a[k]!.t;
    if (/^-X(DELETE)?$|^--request(=DELETE)?$/i.test(t) && (/DELETE$/i.test(t) || /^DELETE$/i.test(a[k + 1]?.t ?? '')))
      del = true;
    if (/^DELETE$/.test(t) && k === 0) del = true;
  }
  if (!del) return;
  for (const w of a) {
    const m = /^(?:https?:\/\/)?[^/\s]+(\/[^?\s]*)/.exec(w.t);
    if (m === null) continue;
    // group 1 is not optional, so a match always has it
    const index = m[1]!.split('/')[1] ?? '';
    if (index === '_all' || index === '*' || (index.includes('*') && !index.startsWith('.'))) {
      report(RULES.cloud, 'high');
      return;
    }
  }
}

function canonicalText(t: string): string {
  return resolvePath(t.startsWith('../') ? `/${t.replace(/^(\.\.\/)+/, '')}` : t);
}

/** The base name of a path, lowercased. */
export function base(t: string): string {
  const slash = t.lastIndexOf('/');
  return (slash < 0 ? t : t.slice(slash + 1)).toLowerCase();
}

/** Programs through which a web framework's database tasks run: the task runners, and what starts them. */
export const RESET_RUNNERS = new Set([...TASK_RUNNERS, 'python', 'python3', 'npx', 'pnpm', 'yarn', 'bunx', 'console']);

/**
 * Framework tasks that drop or empty the whole database: Rails `db:drop` / `db:reset` /
 * `db:schema:load`, Django `flush`, Laravel `migrate:fresh` / `db:wipe`, Prisma `migrate reset`,
 * Sequelize `db:drop`, TypeORM and Doctrine `schema:drop`, Flyway `clean`, Liquibase `dropAll`,
 * Ecto `ecto.drop` / `ecto.reset`, EF Core `database drop`.
 */
const RESET_TASK =
  /(^| )(db:drop(:all)?|db:reset|db:schema:load|db:wipe|migrate:fresh|migrate:reset|flush|schema:drop|doctrine:database:drop|ecto\.drop|ecto\.reset|dropall|drop-all)( |$)|(^| )migrate reset( |$)|(^| )database drop( |$)/i;
const PRODUCTION = /prod|disable_database_environment_check/i;

/**
 * A framework's task that empties or drops the whole database: against production, high; with
 * the prompt that guards it switched off (`--force`, `--noinput`, `-f`), medium; else low, as
 * resetting a development database is ordinary work.
 */
function databaseReset(p: string, a: readonly Word[], report: Report): void {
  const text = a.map((w) => w.t).join(' ');
  if (p === 'flyway' ? !a.some((w) => w.t === 'clean') : !RESET_TASK.test(text)) return;
  if (PRODUCTION.test(text)) report(RULES.cloud, 'high');
  else if (/(^| )(--force|--noinput|--no-input|-f|--yes|-y)( |$)/.test(text)) report(RULES.cloud, 'medium');
  else report(RULES.cloud, 'low');
}

/**
 * A dry run that changes nothing, for tools whose own flag says so (`aws --dryrun`, `kubectl
 * --dry-run=client`, `helm --dry-run`); `--dry-run=none` is a real run.
 */
function dryRun(words: readonly string[]): boolean {
  return words.some(
    (t) => t === '--dryrun' || t === '--dry-run' || (t.startsWith('--dry-run=') && t !== '--dry-run=none'),
  );
}

/** One named file below a visible folder of the home (`~/notes/old-draft.txt`): no glob, no dot folder. */
function ownHomeFile(t: string): boolean {
  return /^~\/(?:[\w-][\w .-]{0,63}\/){1,4}[\w-][\w .-]{0,63}\.[A-Za-z0-9]{1,8}$/.test(t) && !/\/\./.test(t);
}

/** Name parts that say a resource is disposable, and parts that say it is not. */
const SCRATCH_PART =
  /^(tmp|temp|scratch|sandbox|preview|review|ephemeral|throwaway|disposable|playground|benchmark|experiment|e2e|pr[0-9]*|ci[0-9]*|build[0-9]*)$/;
const KEPT_PART = /^(prod|production|live|main|master|primary|customers?|billing|payments?|backups?|users?)$/;

/**
 * Whether every name (a namespace, an instance, a Terraform address, a storage prefix) carries a
 * part that says it is disposable (`preview-pr-1432`, `temp-benchmark-vm`,
 * `aws_instance.sandbox_runner`, `tmp/build-1832/`) and none that says it is kept (`prod-tmp`).
 */
/** A path under the system's temporary directory, below its top (`/tmp/run-12`, `$TMPDIR/x`). */
const TEMP_PATH = /^(?:\/tmp|\/var\/tmp|\/private\/tmp|\$TMPDIR|\$\{TMPDIR\})\/(?!\.\.)[^/\s]/;

/**
 * Whether a journal vacuum's value keeps the recent journal: a time of a day or more, a size of a
 * megabyte or more, two files or more.
 */
function journalKept(value: string, flag: string): boolean {
  const v = value.trim().toLowerCase();
  if (flag.startsWith('--vacuum-time'))
    return /^\d+\s*(?:d|day|days|w|week|weeks|m|month|months|y|year|years)$/.test(v) && !/^0+\D/.test(v);
  if (flag.startsWith('--vacuum-size')) return /^\d+\s*(?:m|mb|g|gb|t|tb)$/.test(v) && !/^0+\D/.test(v);
  if (flag.startsWith('--vacuum-files')) return /^\d+$/.test(v) && Number(v) >= 2;
  return false;
}

export function scratchNames(names: readonly string[]): boolean {
  if (names.length === 0) return false;
  return names.every((n) => {
    const parts = n.toLowerCase().split(/[-_./:=]+/);
    return parts.some((x) => SCRATCH_PART.test(x)) && !parts.some((x) => KEPT_PART.test(x));
  });
}

/** Whether the pathspecs of `git clean` (after its options; `-e` takes a pattern) are all scoped. */
function cleanIsScoped(rest: readonly Word[]): boolean {
  const specs: string[] = [];
  let ended = false;
  for (let i = 0; i < rest.length; i++) {
    // i < rest.length
    const t = rest[i]!.t;
    if (!ended && t === '--') ended = true;
    else if (!ended && (t === '-e' || t === '--exclude')) i++;
    else if (ended || !t.startsWith('-')) specs.push(t);
  }
  return specs.length > 0 && specs.every(scopedPathspec);
}

/** A pathspec for one directory or file inside the work tree: relative, below it, no glob magic. */
function scopedPathspec(t: string): boolean {
  if (t === '--' || t.length === 0 || t.startsWith('/') || t.startsWith('~') || t.startsWith(':')) return false;
  const parts = t.split('/').filter((x) => x !== '' && x !== '.');
  return parts.length > 0 && parts.every((x) => x !== '..' && !/[*?[]/.test(x));
}

const PROTECTED_BRANCH =
  /^(\+?(refs\/heads\/)?(main|master|prod|production|release|trunk|develop)|.*:(refs\/heads\/)?(main|master|prod|production|release|trunk|develop))$/i;

function judgeGit(a: readonly Word[], report: Report, cased: boolean): void {
  // Skip global options (-C dir, -c k=v, --git-dir=…).
  let k = 0;
  // k < a.length on both reads
  while (k < a.length && a[k]!.t.startsWith('-')) {
    const t = a[k]!.t;
    k += t === '-C' || t === '-c' || t === '--git-dir' || t === '--work-tree' ? 2 : 1;
  }
  const sub = a[k]?.t ?? '';
  const rest = a.slice(k + 1);
  const o = opts(rest);
  const ops = o.operands.map((w) => w.t);
  switch (sub) {
    case 'reset':
      if (o.long.has('hard') || o.long.has('merge')) report(RULES.git, 'medium');
      return;
    case 'clean':
      // Pathspecs that all name a directory inside the work tree (`-- build/ coverage/`) scope the
      // clean as `rm -rf build` would; none, or one that names the whole tree, does not.
      // `-X` removes only what .gitignore names (build output, caches), never untracked work.
      if (cased && (/f/.test(o.short) || o.long.has('force')) && /X/.test(o.short) && !/x/.test(o.short))
        report(RULES.git, 'low');
      else if ((/f/.test(o.short) || o.long.has('force')) && !cleanIsScoped(rest)) {
        report(RULES.git, /x/.test(o.short) && /d/.test(o.short) ? 'high' : 'medium');
      }
      return;
    case 'push': {
      const force = /f/.test(o.short) || o.long.has('force') || ops.some((t) => t.startsWith('+'));
      const lease = o.long.has('force-with-lease') || o.long.has('force-if-includes');
      const del = /d/.test(o.short) || o.long.has('delete') || ops.some((t) => t.startsWith(':'));
      const all = o.long.has('mirror') || o.long.has('all');
      const protectedRef = ops
        .slice(1)
        .some((t) => PROTECTED_BRANCH.test(t) || PROTECTED_BRANCH.test(t.replace(/^:/, '')));
      if ((force || del) && (protectedRef || all)) report(RULES.git, 'high');
      else if (o.long.has('mirror')) report(RULES.git, 'medium');
      else if (force && (ops.length <= 1 || lease === false)) report(RULES.git, ops.length <= 1 ? 'medium' : 'low');
      else if (lease && protectedRef) report(RULES.git, 'medium');
      return;
    }
    case 'checkout':
    case 'restore': {
      const dashdash = rest.findIndex((w) => w.t === '--');
      // `git restore --staged` alone only unstages: the working tree is left as it was.
      if (
        sub === 'restore' &&
        (o.long.has('staged') || /S/.test(o.short)) &&
        !o.long.has('worktree') &&
        !/W/.test(o.short)
      )
        return;
      const paths = sub === 'checkout' ? (dashdash >= 0 ? rest.slice(dashdash + 1).map((w) => w.t) : []) : ops;
      if (paths.some((t) => t === '.' || t === '*' || t === ':/' || t === './')) report(RULES.git, 'medium');
      else if (sub === 'checkout' && (/f/.test(o.short) || o.long.has('force')) && ops.length === 0)
        report(RULES.git, 'medium');
      return;
    }
    case 'branch':
      if (/D/.test(o.short) && ops.some((t) => /^(main|master|prod|production|release|trunk)$/.test(t)))
        report(RULES.git, 'medium');
      return;
    case 'stash':
      if (ops[0] === 'clear') report(RULES.git, 'medium');
      return;
    case 'reflog':
      if (ops[0] === 'expire' && rest.some((w) => /^--expire=(now|all)/.test(w.t))) report(RULES.git, 'medium');
      return;
    case 'filter-branch':
    case 'filter-repo':
      report(RULES.git, 'medium');
      return;
    case 'update-ref':
      if (/d/.test(o.short)) report(RULES.git, 'medium');
      return;
    default:
  }
}

function judgeService(p: string, a: readonly Word[], report: Report): void {
  // systemctl VERB UNIT… ; service UNIT VERB
  let verb: string;
  let units: string[];
  const words = a.filter((w) => !w.t.startsWith('-')).map((w) => w.t.toLowerCase());
  if (p === 'service') {
    verb = words[1] ?? '';
    units = words.slice(0, 1);
  } else {
    verb = words[0] ?? '';
    units = words.slice(1);
  }
  const names = units.map((u) => u.replace(/\.service$/, ''));
  if (/^(poweroff|reboot|halt|kexec|emergency|rescue)$/.test(verb) && p === 'systemctl') {
    report(RULES.power, 'high');
    return;
  }
  if (/^(stop|disable|mask|kill)$/.test(verb) && names.some((n) => SECURITY_SERVICES.has(n))) {
    report(RULES.audit, 'high');
    return;
  }
  if (verb === 'enable' || verb === 'link') {
    if (names.some((n) => !ORDINARY_SERVICES.has(n) && n.length > 0)) report(RULES.systemd, 'medium');
  }
}
