/**
 * VMware ESXi administration tools read by program, subcommand path, flags and scope: `esxcli`
 * (its namespaces after the global options), `vim-cmd` (its `service/action` word), `vmkfstools`,
 * the host's management services stopped through `/etc/init.d` or `service`, the VM processes
 * (`vmx`) killed by name, and files under `/vmfs/volumes` deleted in bulk.
 *
 * A VM action's scope is read from its target: one literal id (`power.off 12`) is one machine an
 * administrator names; a target left out, a variable (a loop over `vm process list` or
 * `getallvms`), or ids fed on standard input (`xargs`) is every machine the host runs.
 *
 * Each reading looks at a handful of words: bounded by the command's length.
 *
 * @internal Not part of the public API.
 */
import { UNKNOWN, type Word } from './_shell-lex.js';
import { classify, Target } from './_shell-path.js';
import { type Report, RULES } from './_shell-rules.js';

/** `esxcli`'s options before the namespace that take a value as the next word. */
const ESXCLI_VALUED = new Set(['-s', '--server', '-u', '--username', '-p', '--password', '-f', '--formatter', '-h']);
/** Management and logging services of the host: stopping one cuts it from vCenter or its logs. */
const HOST_SERVICES = /^(?:hostd|vpxa|rhttpproxy|vmsyslogd|vmware-fdm|sfcbd(?:-watchdog)?|vobd|vsanmgmtd)$/;
/** A welcome message that reads as a ransom note. */
const RANSOM_NOTE = /encrypt|decrypt|ransom|bitcoin|\bbtc\b|monero|\.onion|\btor\b|\bpay\b|locked|restore your|leak/i;
/** A log directory on the host's RAM disk: logs written there are gone at the next boot. */
const VOLATILE_DIR = /^\/(?:tmp|dev|var\/tmp|var\/run|proc)(?:\/|$)/;
/** Every file of a datastore or of each of its VMs, or a VM's disk and configuration files by a glob. */
const VM_FILES = /^\/vmfs\/volumes\/[^/]+\/(?:\*\/)*\*$|\*[^/]*\.(?:vmdk|vmx|vmsd|vmsn|vswp|vmem|nvram|vmxf|vmss)\*?$/i;
/** A VM's disk, memory or configuration file. */
const VM_FILE = /\.(?:vmdk|vmx|vmem|vswp|nvram|vmsn|vmss)$/i;
/** A copy kept beside the original. */
const BACKUP_NAME = /\.(?:bak|orig|old|save|backup)$|~$/;

/** The hypervisor's installed files and settings, its boot scripts. */
const HOST_TREE = /^\/(?:usr\/lib\/vmware|etc\/vmware|etc\/rc\.local\.d|bootbank|altbootbank)\//;
/** Directories programs are run from. */
const PROGRAM_DIR = /^\/(?:usr\/(?:local\/)?)?s?bin\//;
/** Files whose contents run at boot, on a schedule or at login. */
const STARTUP = new Set([Target.Rc, Target.Cron, Target.Systemd, Target.Launchd, Target.Account, Target.SystemFile]);

/** The datastores' mount point or one datastore as a whole. */
const DATASTORE_ROOT = /^\/vmfs(?:\/volumes(?:\/+[^/]+)?)?\/*$/;

/** The value of a flag written `--flag value`, `--flag=value`, `-f value` or `-f=value`. */
function flagValue(a: readonly Word[], ...f: string[]): string | undefined {
  for (let k = 0; k < a.length; k++) {
    const t = (a[k] as Word).t;
    const eq = t.indexOf('=');
    const name = eq < 0 ? t : t.slice(0, eq);
    if (f.indexOf(name) < 0) continue;
    if (eq >= 0) return t.slice(eq + 1);
    return a[k + 1]?.t;
  }
  return undefined;
}

const FALSE = /^(?:false|0|no|off|f)$/i;
const TRUE = /^(?:true|1|yes|on|t)$/i;

/** Whether one of flags `f` is given a value that `value` matches. */
function flagIs(a: readonly Word[], value: RegExp, ...f: string[]): boolean {
  const v = flagValue(a, ...f);
  return v !== undefined && value.test(v);
}

/** Whether a word is unknown until the command runs (a variable, a substitution). */
function unresolved(t: string): boolean {
  return t.indexOf(UNKNOWN) >= 0 || t.startsWith('$') || t.startsWith('`');
}

/** `esxcli`'s namespace path and the words after it, its global options skipped. */
function esxcliPath(a: readonly Word[]): { path: string; rest: readonly Word[] } {
  let k = 0;
  while (k < a.length && (a[k] as Word).t.startsWith('-')) {
    const t = (a[k] as Word).t;
    k += ESXCLI_VALUED.has(t) ? 2 : 1;
  }
  const parts: string[] = [];
  while (k < a.length && parts.length < 5 && /^[a-zA-Z][\w.]*$/.test((a[k] as Word).t)) parts.push((a[k++] as Word).t);
  return { path: parts.join(' ').toLowerCase(), rest: a.slice(k) };
}

/**
 * Judges one `esxcli` (or `localcli`) command: VM processes killed, the firewall, syslog and
 * core dumps switched off, unsigned VIBs, the acceptance level and execInstalledOnly lowered,
 * the root password changed, a ransom note set as the welcome message.
 */
function judgeEsxcli(a: readonly Word[], fromStdin: boolean, report: Report): void {
  const { path, rest } = esxcliPath(a);
  switch (path) {
    case 'vm process kill': {
      const type = (flagValue(rest, '--type', '-t') ?? '').toLowerCase();
      const world = flagValue(rest, '--world-id', '-w');
      const every = world === undefined || unresolved(world) || fromStdin;
      // A soft kill of one named VM is the documented way out of a hung guest; a hard or forced
      // kill, or any kill of VMs the command does not name, takes machines down.
      if (every) report(RULES.vmStop, 'high');
      else if (type === 'force' || type === 'hard') report(RULES.vmStop, 'medium');
      return;
    }
    case 'network firewall set':
      // Switched off, or letting through what no rule names.
      if (flagIs(rest, FALSE, '--enabled', '-e') || flagIs(rest, TRUE, '--default-action', '-d'))
        report(RULES.audit, 'high');
      return;
    case 'network firewall unload':
      report(RULES.audit, 'high');
      return;
    case 'network firewall ruleset set':
      if (flagIs(rest, FALSE, '--enabled', '-e') || flagIs(rest, TRUE, '--allowed-all', '-a'))
        report(RULES.audit, 'medium');
      return;
    case 'system syslog config set': {
      const dir = flagValue(rest, '--logdir');
      const host = flagValue(rest, '--loghost');
      if (dir !== undefined && VOLATILE_DIR.test(dir)) report(RULES.logClear, 'high');
      else if (host === '') report(RULES.logClear, 'medium');
      return;
    }
    case 'system coredump file set':
    case 'system coredump partition set':
    case 'system coredump network set': {
      if (rest.some((w) => w.t === '--unconfigure' || w.t === '-u') || flagIs(rest, FALSE, '--enable', '-e'))
        report(RULES.hypervisor, 'medium');
      return;
    }
    case 'software vib install':
    case 'software vib update':
    case 'software profile install':
    case 'software profile update':
      if (rest.some((w) => w.t === '--no-sig-check')) report(RULES.hypervisor, 'high');
      return;
    case 'software acceptance set':
      if (/^community/i.test(flagValue(rest, '--level', '-l') ?? '')) report(RULES.hypervisor, 'high');
      return;
    case 'system settings kernel set': {
      const setting = flagValue(rest, '--setting', '-s') ?? '';
      if (/^execinstalledonly$/i.test(setting) && flagIs(rest, FALSE, '--value', '-v'))
        report(RULES.hypervisor, 'high');
      return;
    }
    case 'system settings encryption set':
      if (flagIs(rest, FALSE, '--require-exec-installed-only', '-e')) report(RULES.hypervisor, 'high');
      if (flagIs(rest, FALSE, '--require-secure-boot', '-s')) report(RULES.hypervisor, 'high');
      return;
    case 'system account set':
      // A password set on an account (root's above all) takes the host from whoever held it.
      if (flagValue(rest, '--password', '-p') !== undefined) {
        const id = flagValue(rest, '--id', '-i') ?? '';
        report(RULES.accountChange, id === 'root' || unresolved(id) ? 'high' : 'medium');
      }
      return;
    case 'system welcomemsg set':
      if (RANSOM_NOTE.test(flagValue(rest, '--message', '-m') ?? '')) report(RULES.systemWrite, 'high');
      return;
    default:
      return;
  }
}

/**
 * Judges one `vim-cmd` command by its `service/action` word: machines powered off, destroyed,
 * their snapshots removed, autostart switched off, SSH and the shell opened, lockdown left.
 */
function judgeVimCmd(a: readonly Word[], fromStdin: boolean, report: Report): void {
  // `vim-cmd -U dcui vimsvc/…` runs the action as another user.
  let k = 0;
  while (k < a.length && (a[k] as Word).t.startsWith('-')) k += 2;
  const action = (a[k]?.t ?? '').toLowerCase().replace(/^\/+/, '');
  const target = a[k + 1]?.t;
  const every = target === undefined || unresolved(target) || fromStdin;
  switch (action) {
    case 'vmsvc/power.off':
    case 'vmsvc/power.reset':
    case 'vmsvc/power.suspend':
      // One VM named by id is an administrator's; every VM at once is an outage.
      if (every) report(RULES.vmStop, 'high');
      return;
    case 'vmsvc/destroy':
    case 'vmsvc/unregister':
      report(RULES.cloud, every ? 'critical' : 'high');
      return;
    case 'vmsvc/snapshot.removeall':
      report(RULES.backups, every ? 'high' : 'medium');
      return;
    case 'hostsvc/autostartmanager/clear_autostart':
      report(RULES.vmStop, 'medium');
      return;
    case 'hostsvc/autostartmanager/enable_autostart':
      if (target !== undefined && FALSE.test(target)) report(RULES.vmStop, 'medium');
      return;
    case 'hostsvc/enable_ssh':
    case 'hostsvc/enable_esx_shell':
    case 'hostsvc/start_esx_shell':
      report(RULES.remoteAccess, 'medium');
      return;
    case 'vimsvc/auth/lockdown_mode_exit':
    case 'hostsvc/advopt/update':
      if (action.startsWith('vimsvc') || /execinstalledonly/i.test(target ?? '')) report(RULES.hypervisor, 'high');
      return;
    default:
      return;
  }
}

/** Judges one ESXi administration command; reports nothing for any other program. */
export function judgeEsxi(p: string, a: readonly Word[], fromStdin: boolean, report: Report): void {
  switch (p) {
    case 'esxcli':
    case 'localcli':
      judgeEsxcli(a, fromStdin, report);
      return;
    case 'vim-cmd':
      judgeVimCmd(a, fromStdin, report);
      return;
    case 'vmkfstools': {
      // A disk deleted (`-U`) whose path is computed, as in a loop over every datastore.
      const del = a.findIndex((w) => w.t === '-U' || w.t === '--deletevmfsdisk');
      const disk = del >= 0 ? a[del + 1]?.t : undefined;
      if (disk !== undefined) report(RULES.cloud, unresolved(disk) ? 'high' : 'medium');
      return;
    }
    case 'service':
    case 'services.sh': {
      const svc = a[0]?.t ?? '';
      if (p === 'services.sh' ? svc === 'stop' : a[1]?.t === 'stop' && (HOST_SERVICES.test(svc) || unresolved(svc)))
        report(RULES.vmStop, 'high');
      return;
    }
    case 'pkill':
    case 'killall': {
      // The VM processes by name: every running machine at once.
      const last = a[a.length - 1]?.t ?? '';
      if (/^vmx(?:$|[-*.])/.test(last)) report(RULES.vmStop, 'high');
      return;
    }
    case 'cp':
    case 'mv':
    case 'install': {
      // A file put into the hypervisor's own installed tree (its web console's pages included).
      const dest = a[a.length - 1]?.t ?? '';
      if (a.length >= 2 && HOST_TREE.test(dest) && !BACKUP_NAME.test(dest)) report(RULES.systemWrite, 'medium');
      return;
    }
    case 'chmod': {
      // Write given to everyone on the hypervisor's own files or on a cron table.
      const mode = a.find((w) => !w.t.startsWith('/') && !w.t.startsWith('-'))?.t ?? '';
      const wide = /^[ao]*\+[rx]*w/.test(mode) || /^0?[0-7]{0,2}[2367]$/.test(mode);
      if (wide && a.some((w) => HOST_TREE.test(w.t) || classify(w.t) === Target.Cron))
        report(RULES.systemWrite, 'medium');
      return;
    }
    case 'touch': {
      // Another file's dates copied onto a boot script, a cron table or a program: what was put
      // there looks as old as the system.
      const ref = a.findIndex((w) => w.t === '-r' || w.t === '--reference' || w.t.startsWith('--reference='));
      if (ref < 0) return;
      for (let k = ref + (a[ref]?.t.startsWith('--reference=') ? 1 : 2); k < a.length; k++) {
        const t = (a[k] as Word).t;
        if (HOST_TREE.test(t) || PROGRAM_DIR.test(t) || STARTUP.has(classify(t))) {
          report(RULES.hide, 'medium');
          return;
        }
      }
      return;
    }
    case 'find': {
      // Disk files found under the datastores and deleted where they are found.
      const root = a[0]?.t ?? '';
      const del =
        a.some((w) => w.t === '-delete') ||
        a.some((w, k) => w.t === '-exec' && /(?:^|\/)(?:rm|shred)$/.test(a[k + 1]?.t ?? ''));
      if (del && /^\/vmfs(?:\/|$)/.test(root)) report(RULES.cloud, 'high');
      return;
    }
    case 'openssl':
    case 'gpg': {
      // A VM's disk or a datastore's files encrypted where they are.
      const enc = p === 'gpg' ? a.some((w) => /^-(?:c|-symmetric|e|-encrypt)$/.test(w.t)) : a[0]?.t !== 'dgst';
      if (enc && a.some((w) => w.t.startsWith('/vmfs/volumes/') && (VM_FILES.test(w.t) || VM_FILE.test(w.t))))
        report(RULES.cloud, 'high');
      return;
    }
    case 'rm':
    case 'unlink': {
      // Every file of a datastore, or every disk of its VMs, by a glob; or a datastore as a whole
      // (`find /vmfs/volumes -delete` reaches here as its starting point).
      for (const w of a)
        if (w.t.startsWith('/vmfs') && (DATASTORE_ROOT.test(w.t) || VM_FILES.test(w.t))) report(RULES.cloud, 'high');
      return;
    }
    default:
      if (HOST_SERVICES.test(p) && a[0]?.t === 'stop') report(RULES.vmStop, 'high');
      return;
  }
}
