/**
 * Canonical paths and what they name, for the shell detector: `//`, `/./`, `..`, trailing `/*`
 * and `/.` are resolved lexically, `~`, `$HOME` (already `~` here), `/home/x`, `/Users/x` and
 * `/root` are a home, a glob in the first component is matched against the top-level directories
 * of a Linux or macOS system, and the result is one {@link Target} class.
 *
 * @internal Not part of the public API.
 */
import { globMatch, UNKNOWN } from './_shell-lex.js';

/** What a path names, for the rules. */
export enum Target {
  None = 0,
  /** `/`, `/*` */
  Root,
  /** a top-level system directory or one level under it (`/etc`, `/usr/share`, `/var/lib`) */
  System,
  /** a home directory as a whole (`~`, `/home/x`, `/Users/x`, `/root`) */
  Home,
  /** the user's own documents (`~/Documents`, `~/Desktop`, …) */
  UserData,
  /** everything in the working directory (`.`, `*`, `./*`, `..`) */
  Cwd,
  /** account and privilege files (`/etc/shadow`, `/etc/passwd`, `/etc/sudoers`, …) */
  Account,
  /** shell startup files (`.bashrc`, `.profile`, `/etc/profile`, …) */
  Rc,
  /** keys and credential stores (`~/.ssh/id_*`, `~/.aws/credentials`, `.netrc`, …) */
  Credential,
  /** `authorized_keys` */
  AuthKeys,
  /** block and memory devices (`/dev/sda`, `/dev/nvme0n1`, `/dev/mem`) */
  Device,
  /** system logs and shell history */
  Log,
  /** cron tables */
  Cron,
  /** systemd units */
  Systemd,
  /** launchd agents and daemons */
  Launchd,
  /** other files under system directories (boot loader, configuration) */
  SystemFile,
  /**
   * settings that guard the machine: what the boot loader and the security modules start with
   * (`/etc/default/grub`, `/etc/grub.d/*`, `/etc/selinux/config`) and who may log in over SSH
   * (`/etc/ssh/sshd_config`)
   */
  GuardConfig,
  /** device event rules, which may run a program on every event (`/etc/udev/rules.d/*`) */
  Hook,
}

/** Files that set how the system boots, which security modules it starts with, and who logs in over SSH. */
const GUARD_CONFIG =
  /^\/etc\/(?:default\/grub|grub\.d\/[^/]+|selinux\/config|sysconfig\/selinux|ssh\/sshd_config|ssh\/sshd_config\.d\/[^/]+)$/;
/**
 * The system's own secrets: a cluster's administrator kubeconfigs and CA keys, TLS and host private
 * keys, VPN keys, a k3s server's join token.
 */
const SYSTEM_SECRETS =
  /^\/(?:etc\/(?:kubernetes\/(?:admin|super-admin|controller-manager|scheduler|kubelet)\.conf|kubernetes\/pki\/.+\.key|rancher\/k3s\/k3s\.yaml|ssl\/private\/.+|pki\/tls\/private\/.+|letsencrypt\/(?:live|archive)\/.+\/privkey\d*\.pem|ssh\/ssh_host_\w+_key|ipsec\.secrets|wireguard\/.+\.conf|openvpn\/.+\.key)|var\/lib\/rancher\/k3s\/server\/(?:node-)?token)$/;
/** Device event rules. */
const DEVICE_HOOKS = /^\/(?:etc|lib|usr\/lib|run)\/udev\/rules\.d\/[^/]+$/;

/** Top-level directories of Linux and macOS systems. */
const SYSTEM_TOP = new Set([
  'bin',
  'boot',
  'dev',
  'etc',
  'lib',
  'lib32',
  'lib64',
  'libx32',
  'opt',
  'proc',
  'sbin',
  'srv',
  'sys',
  'usr',
  'var',
  'System',
  'Library',
  'Applications',
  'private',
  'Volumes',
  'cores',
  'snap',
  'mnt',
  'media',
]);
/**
 * Directories under `/var/lib` (and `/var/opt`) where databases, container engines and cluster
 * stores keep their data: a path in one of them is a system directory at any depth (removing
 * `/var/lib/postgresql/16/main` destroys a database), while the rest of `/var/lib` below its first
 * level stays ordinary (`rm -rf /var/lib/apt/lists/*` is routine in image builds).
 */
const DATA_STORES = new Set([
  'postgresql',
  'pgsql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongo',
  'redis',
  'docker',
  'containerd',
  'containers',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'etcd',
  'kubelet',
  'rabbitmq',
  'influxdb',
  'clickhouse',
  'couchdb',
  'neo4j',
  'zookeeper',
  'kafka',
  'minio',
  'mssql',
  'libvirt',
  'lxd',
  'vault',
  'consul',
]);
/** Second-level directories that hold nothing the system needs. */
const SCRATCH = new Set(['/var/tmp', '/var/cache', '/usr/local', '/usr/src', '/private/tmp', '/opt/homebrew']);
/** Names of folders that hold a server's data, backups or shared files. */
const DATA_DIRS = new Set([
  'data',
  'backup',
  'backups',
  'db',
  'database',
  'databases',
  'uploads',
  'storage',
  'share',
  'shares',
  'shared',
  'archive',
  'archives',
  'files',
  'mail',
  'repos',
  'repositories',
  'exports',
  'records',
]);
/** Top levels whose children are not the system's own (applications, mounts). */
const SHALLOW = new Set(['opt', 'srv', 'mnt', 'media', 'Volumes', 'Applications', 'snap']);
const USER_DATA = new Set([
  'Documents',
  'Desktop',
  'Pictures',
  'Music',
  'Movies',
  'Videos',
  'Library',
  '.config',
  '.local',
  'Downloads',
  // Where a developer keeps every project: all of their work at once.
  'projects',
  'Projects',
  'code',
  'repos',
  'workspace',
  'src',
  'git',
  'Dropbox',
  'OneDrive',
]);
const ACCOUNT = new Set([
  '/etc/shadow',
  '/etc/gshadow',
  '/etc/passwd',
  '/etc/group',
  '/etc/sudoers',
  '/etc/master.passwd',
  '/etc/security/opasswd',
  '/etc/pam.d',
  '/etc/doas.conf',
]);
const RC_NAMES = new Set([
  '.bashrc',
  '.bash_profile',
  '.bash_login',
  '.bash_logout',
  '.profile',
  '.zshrc',
  '.zshenv',
  '.zprofile',
  '.zlogin',
  '.cshrc',
  '.tcshrc',
  '.kshrc',
  '.inputrc',
]);
const RC_SYSTEM = new Set([
  '/etc/profile',
  '/etc/bash.bashrc',
  '/etc/bashrc',
  '/etc/zshrc',
  '/etc/zsh/zshrc',
  '/etc/environment',
  '/etc/ld.so.preload',
  // Boot scripts: what they hold runs as root at every start (ESXi's `local.sh` included).
  '/etc/rc.local',
  '/etc/rc.local.d/local.sh',
]);
const CRED_FILES = new Set([
  '.netrc',
  '.git-credentials',
  '.pgpass',
  '.my.cnf',
  '.npmrc',
  '.pypirc',
  '.boto',
  '.s3cfg',
  '.vault-token',
]);
const CRED_ANYWHERE = new Set(['wp-config.php', 'rclone.conf', 'credentials.tfrc.json', '.htpasswd', 'htpasswd']);
const CRED_DIRS = new Set(['.ssh', '.aws', '.kube', '.docker', '.gnupg', '.azure', '.gcloud', '.oci']);
const HISTORY = new Set([
  '.bash_history',
  '.zsh_history',
  '.sh_history',
  '.ash_history',
  '.history',
  '.python_history',
  '.mysql_history',
  '.psql_history',
]);
const DEVICE_PREFIX = [
  'sd',
  'hd',
  'vd',
  'xvd',
  'nvme',
  'mmcblk',
  'disk',
  'rdisk',
  'md',
  'dm-',
  'mapper',
  'mem',
  'kmem',
  'port',
  'loop',
  'sr',
];

/**
 * Whether `canonical` leaves `path` as it is: no `~` first, no empty part but a leading `/` (no
 * `//`, no trailing `/`), no `.` or `..` part, and no `*`, `.*` or `{*,.*}` as the last part.
 */
function isCanonical(path: string): boolean {
  const n = path.length;
  if (n === 0 || path.charCodeAt(0) === 126) return false;
  let from = path.charCodeAt(0) === 47 ? 1 : 0;
  for (let i = from; i <= n; i++) {
    if (i < n && path.charCodeAt(i) !== 47) continue;
    const len = i - from;
    if (len === 0) return false;
    if (path.charCodeAt(from) === 46 && (len === 1 || (len === 2 && path.charCodeAt(from + 1) === 46))) return false;
    from = i + 1;
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last !== '*' && last !== '.*' && last !== '{*,.*}';
}

/** `a/b/../c` → `a/c`, `//` and `/./` collapsed, trailing `/`, `/.`, `/*` dropped. */
export function canonical(path: string): string {
  // Most paths are written canonical already: one pass tells, without splitting and joining.
  if (isCanonical(path)) return path;
  let p = path;
  let home = false;
  if (p === '~' || p.startsWith('~/')) {
    home = true;
    p = p.slice(1);
  } else if (p.startsWith('~') && /^~[a-z_][a-z0-9_-]*(\/|$)/.test(p)) {
    const slash = p.indexOf('/');
    home = true;
    p = slash < 0 ? '' : p.slice(slash);
  }
  const abs = home || p.startsWith('/');
  const out: string[] = [];
  let up = 0;
  const parts = p.split('/');
  for (let k = 0; k < parts.length; k++) {
    // k < parts.length
    const seg = parts[k]!;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0) out.pop();
      else if (!abs) up++;
      continue;
    }
    out.push(seg);
  }
  // Trailing `*` (every entry) means the directory itself.
  while (
    out.length > 0 &&
    (out[out.length - 1] === '*' || out[out.length - 1] === '.*' || out[out.length - 1] === '{*,.*}')
  )
    out.pop();
  const body = out.join('/');
  if (home) return body.length === 0 ? '~' : `~/${body}`;
  if (abs) return `/${body}`;
  const rel = '../'.repeat(up) + body;
  if (rel.length === 0) return path.length > 0 && (path.startsWith('*') || path.startsWith('.')) ? '.' : '';
  return rel.endsWith('/') ? rel.slice(0, -1) : rel;
}

const GLOB_NAMES_ETC = ['shadow', 'gshadow', 'passwd', 'group', 'sudoers', 'profile', 'crontab', 'hosts'];

/** Resolves a glob in the first component (and in a file name under `/etc`) against known names. */
function resolveGlob(p: string): string {
  if (p.indexOf('*') < 0 && p.indexOf('?') < 0 && p.indexOf('[') < 0) return p;
  const parts = p.split('/');
  if (parts[0] !== '' || parts.length < 2) return p;
  // parts.length ≥ 2 here, and parts[2] is read only when parts.length === 3
  const first = parts[1]!;
  if (/[*?[]/.test(first) && first !== '*' && first.length <= 32) {
    for (const name of SYSTEM_TOP) {
      if (globMatch(first, name)) {
        parts[1] = name;
        break;
      }
    }
  }
  if (parts[1] === 'etc' && parts.length === 3 && /[*?[]/.test(parts[2]!) && parts[2]!.length <= 32) {
    for (const name of GLOB_NAMES_ETC) {
      if (globMatch(parts[2]!, name)) {
        parts[2] = name;
        break;
      }
    }
  }
  return parts.join('/');
}

/** The path a word names once canonical and its glob resolved (`/etc/sha*` → `/etc/shadow`). */
export function resolvePath(word: string): string {
  return resolveGlob(canonical(word));
}

/**
 * The class of a path written as a shell word (already unquoted). A path that names nothing as
 * written but does in lower case (`/VAR/LIB/POSTGRESQL`, `/Etc/Shadow`) is read in lower case: a
 * case-insensitive file system (macOS by default) resolves it, and a model acting on it types it so.
 */
export function classify(word: string): Target {
  const cls = classifyAsWritten(word);
  if (cls !== Target.None || !/[A-Z]/.test(word)) return cls;
  return classifyAsWritten(word.toLowerCase());
}

function classifyAsWritten(word: string): Target {
  if (word.length === 0 || word.length > 1024 || word.startsWith('-')) return Target.None;
  if (word.indexOf(UNKNOWN) >= 0) {
    // `$UNKNOWN/…` names nothing known; but an unknown part after a known prefix still does.
    const k = word.indexOf(UNKNOWN);
    if (k === 0) return Target.None;
    word = word.slice(0, k);
    if (!word.endsWith('/')) return Target.None;
  }
  let p = canonical(word);
  if (p.startsWith('../')) {
    // Climbing out of the working directory toward a system path (`../../etc/passwd`).
    const rest = p.replace(/^(\.\.\/)+/, '');
    // split always returns at least one part
    const top = rest.split('/')[0]!;
    if (!SYSTEM_TOP.has(top) || rest === top) return p === '..' ? Target.Cwd : Target.None;
    p = `/${rest}`;
  }
  if (p === '.' || p === '..' || p === '*' || p === '.*') return Target.Cwd;
  p = resolveGlob(p);
  if (p === '/') return Target.Root;
  if (p === '~') return Target.Home;
  const parts = p.split('/');
  // split always returns at least one part; parts[0] is read under parts.length === 2
  const name = parts[parts.length - 1]!;
  // Files that hold credentials wherever they sit: a WordPress site's database password and salts,
  // an rclone remote's tokens, Terraform Cloud's token, a web server's password hashes.
  if (CRED_ANYWHERE.has(name)) return Target.Credential;
  if (p.startsWith('~/')) return homeChild(parts.slice(1), name);
  if (parts[0] !== '') {
    // Relative: only dotfiles of the working directory count (it may be home).
    if (RC_NAMES.has(name) && parts.length === 1) return Target.Rc;
    if (
      (CRED_FILES.has(name) && parts.length === 1) ||
      (parts.length === 2 && CRED_DIRS.has(parts[0]!) && credFile(name))
    )
      return Target.Credential;
    return Target.None;
  }
  // p starts with '/' and is not '/', so parts.length ≥ 2; parts[2] is read under parts.length > 2
  const top = parts[1]!;
  // `/home`, `/Users`: every user's home at once.
  if ((top === 'home' || top === 'Users') && parts.length === 2) return Target.Home;
  if ((top === 'home' || top === 'Users') && parts.length >= 3) {
    if (parts.length === 3) return parts[2] === 'Shared' ? Target.System : Target.Home;
    return homeChild(parts.slice(3), name);
  }
  if (top === 'root') return parts.length === 2 ? Target.Home : homeChild(parts.slice(2), name);
  if (top === 'dev') {
    if (parts.length === 2) return Target.System;
    const dev = parts[2]!;
    for (const d of DEVICE_PREFIX) if (dev.startsWith(d)) return Target.Device;
    return Target.None;
  }
  if (ACCOUNT.has(p) || (parts.length === 4 && (p.startsWith('/etc/sudoers.d/') || p.startsWith('/etc/pam.d/'))))
    return Target.Account;
  if (RC_SYSTEM.has(p) || p.startsWith('/etc/profile.d/')) return Target.Rc;
  if (
    p.startsWith('/etc/cron') ||
    p.startsWith('/var/spool/cron') ||
    p.startsWith('/etc/anacrontab') ||
    p.startsWith('/usr/lib/cron/tabs')
  )
    return Target.Cron;
  if (
    (p.startsWith('/etc/systemd/') ||
      p.startsWith('/lib/systemd/system/') ||
      p.startsWith('/usr/lib/systemd/system/')) &&
    parts.length >= 4
  )
    return Target.Systemd;
  if (
    p.startsWith('/Library/LaunchAgents') ||
    p.startsWith('/Library/LaunchDaemons') ||
    p.startsWith('/System/Library/LaunchDaemons')
  )
    return Target.Launchd;
  if (p === '/var/log' || p.startsWith('/var/log/') || p.startsWith('/var/audit') || p === '/var/adm')
    return parts.length === 3 ? Target.System : Target.Log;
  // ESXi keeps its persistent logs under `/scratch/log`, and root's history at `/` (its home).
  if (p === '/scratch/log' || p.startsWith('/scratch/log/') || (parts.length === 2 && HISTORY.has(top)))
    return Target.Log;
  // Secrets mounted into a container (a Kubernetes service account token, Docker secrets).
  if (p.startsWith('/var/run/secrets/') || p.startsWith('/run/secrets/')) return Target.Credential;
  if (SYSTEM_SECRETS.test(p)) return Target.Credential;
  if (GUARD_CONFIG.test(p)) return Target.GuardConfig;
  if (DEVICE_HOOKS.test(p)) return Target.Hook;
  // A server's data by its folder's name: a top-level folder (`/data`, `/backups`), one under the
  // folders that hold services and mounts (`/srv/data`, `/mnt/shares`), or one level inside an
  // application there (`/opt/app/data`).
  if (
    p[0] === '/' &&
    DATA_DIRS.has(parts[parts.length - 1] as string) &&
    (parts.length === 2 || ((SHALLOW.has(top) || top === 'data') && parts.length <= 4))
  )
    return Target.UserData;
  if (!SYSTEM_TOP.has(top)) return Target.None;
  if (parts.length === 2) return Target.System;
  if (top === 'var' && (parts[2] === 'lib' || parts[2] === 'opt') && DATA_STORES.has(parts[3] as string))
    return Target.System;
  if (parts.length === 3 && !SHALLOW.has(top) && !SCRATCH.has(p)) return Target.System;
  // A file directly in /etc (hosts, fstab, resolv.conf) or anything the boot loader reads.
  if ((top === 'etc' && parts.length === 3) || top === 'boot') return Target.SystemFile;
  return Target.None;
}

function credFile(name: string): boolean {
  return name.startsWith('id_')
    ? !name.endsWith('.pub')
    : name === 'credentials' ||
        name === 'config' ||
        name === 'config.json' ||
        name.endsWith('.pem') ||
        name.endsWith('.key') ||
        name === 'known_hosts' ||
        name === 'accessTokens.json';
}

/** The class of a path under a home directory, given its components below the home. */
function homeChild(parts: string[], name: string): Target {
  if (parts.length === 0) return Target.Home;
  // parts is not empty
  const first = parts[0]!;
  if (parts.length === 1) {
    if (RC_NAMES.has(first)) return Target.Rc;
    if (HISTORY.has(first)) return Target.Log;
    if (CRED_FILES.has(first)) return Target.Credential;
    if (CRED_DIRS.has(first)) return Target.Credential;
    if (USER_DATA.has(first)) return Target.UserData;
    return Target.None;
  }
  if (first === '.ssh' && name === 'authorized_keys') return Target.AuthKeys;
  if (first === '.ssh' && (name === 'authorized_keys2' || name === 'rc')) return Target.AuthKeys;
  if (CRED_DIRS.has(first)) {
    if (first === '.gnupg' || credFile(name)) return Target.Credential;
    return Target.None;
  }
  if (first === 'Library' && parts[1] === 'LaunchAgents') return Target.Launchd;
  if (first === '.config' && parts[1] === 'systemd') return Target.Systemd;
  if (first === '.config' && (parts[1] === 'gcloud' || parts[1] === 'gh') && parts.length >= 3)
    return Target.Credential;
  if (first === 'Library' && parts[1] === 'Keychains') return Target.Credential;
  // A browser's saved passwords and cookies, in any profile (Chrome, Chromium, Edge, Brave,
  // Firefox; Linux, macOS and Windows layouts).
  if (BROWSER_SECRETS.has(name) && BROWSER_DIRS.test(parts.join('/'))) return Target.Credential;
  return Target.None;
}

/** Files where browsers keep saved passwords, their keys and session cookies. */
const BROWSER_SECRETS = new Set([
  'Login Data',
  'logins.json',
  'key4.db',
  'key3.db',
  'Cookies',
  'cookies.sqlite',
  'Local State',
  'Web Data',
]);
const BROWSER_DIRS =
  /(google-chrome|chromium|Google\/Chrome|BraveSoftware|Microsoft\/Edge|microsoft-edge|\.mozilla\/firefox|Firefox\/Profiles|Chrome\/User Data)/;
