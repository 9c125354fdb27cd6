/**
 * ESXi command lines read by program, subcommand path, flags and scope (`_shell-esxi.ts` and the
 * paths `_shell-path.ts` knows on a hypervisor): every VM stopped or its snapshots dropped, the
 * host's firewall, logs and signature checks switched off, files of the datastores deleted or
 * encrypted, startup files edited or backdated. Every case was written here; ordinary host
 * administration (one named VM, a signed depot, a persistent log directory) stays quiet.
 */
import { shellDetector } from '../../../src/firewall/detectors/shell.js';
import { idsOf, principleTables } from './_scan.js';

const ids = (text: string) => idsOf(shellDetector, text);

/** [principle, finding id, text]. */
const POSITIVES: ReadonlyArray<readonly [string, string, string]> = [
  ['a forced kill of a VM world', 'shell.vm-stop', 'esxcli vm process kill -t force -w 66120'],
  [
    'kills over every world the host lists',
    'shell.vm-stop',
    "esxcli vm process list | awk '/World ID/ {print $3}' | while read w; do esxcli vm process kill --type=soft --world-id=$w; done",
  ],
  ['a kill with no world named', 'shell.vm-stop', 'esxcli vm process kill -t hard'],
  [
    'every VM id fed to power.off on standard input',
    'shell.vm-stop',
    "vim-cmd vmsvc/getallvms | awk 'NR>1 {print $1}' | xargs -n1 vim-cmd vmsvc/power.off",
  ],
  [
    'power.off inside a loop over getallvms',
    'shell.vm-stop',
    'for id in $(vim-cmd vmsvc/getallvms | sed 1d | cut -d\' \' -f1); do vim-cmd vmsvc/power.off "$id"; done',
  ],
  ['a reset of a VM the command does not name', 'shell.vm-stop', 'vim-cmd vmsvc/power.reset $VMID'],
  [
    'snapshots of every VM removed',
    'shell.backup-delete',
    "for v in $(vim-cmd vmsvc/getallvms | awk 'NR>1{print $1}'); do vim-cmd -H esx-07 vmsvc/snapshot.removeall $v; done",
  ],
  ['every snapshot of one VM removed', 'shell.backup-delete', 'vim-cmd -U root vmsvc/snapshot.removeall 44'],
  ['a VM destroyed', 'shell.infra-destroy', 'vim-cmd vmsvc/destroy 8'],
  ['autostart switched off for the host', 'shell.vm-stop', 'vim-cmd hostsvc/autostartmanager/enable_autostart no'],
  ['the VM processes killed by name', 'shell.vm-stop', 'killall -9 vmx'],
  ['the host agent stopped through its init script', 'shell.vm-stop', '/etc/init.d/hostd stop'],
  ['the log daemon stopped by service', 'shell.vm-stop', 'service vmsyslogd stop'],
  ['the host firewall switched off', 'shell.defense-disable', 'esxcli network firewall set -e 0'],
  ['the firewall letting everything in', 'shell.defense-disable', 'esxcli network firewall set --default-action=true'],
  ['the firewall unloaded', 'shell.defense-disable', 'esxcli network firewall unload'],
  [
    'a ruleset opened to every address',
    'shell.defense-disable',
    'esxcli network firewall ruleset set --ruleset-id=webAccess --allowed-all=true',
  ],
  ['logs sent to the RAM disk', 'shell.log-clear', 'esxcli system syslog config set --logdir=/var/tmp/x'],
  ['the remote log host emptied', 'shell.log-clear', "esxcli system syslog config set --loghost=''"],
  [
    'core dumps to the network switched off',
    'shell.hypervisor-protection-disable',
    'esxcli system coredump network set --enable false',
  ],
  [
    'an update with its signatures unchecked',
    'shell.hypervisor-protection-disable',
    'esxcli software vib update --no-sig-check -d /tmp/.c/depot.zip',
  ],
  [
    'the acceptance level lowered',
    'shell.hypervisor-protection-disable',
    'esxcli --server esx-07.lab software acceptance set -l CommunitySupported',
  ],
  [
    'execInstalledOnly switched off',
    'shell.hypervisor-protection-disable',
    'esxcli system settings kernel set --setting=execInstalledOnly --value=false',
  ],
  [
    'the encryption settings no longer requiring installed code',
    'shell.hypervisor-protection-disable',
    'esxcli system settings encryption set --require-exec-installed-only=F',
  ],
  [
    'lockdown left as another user',
    'shell.hypervisor-protection-disable',
    'vim-cmd -U dcui vimsvc/auth/lockdown_mode_exit',
  ],
  ['the ESXi shell opened', 'shell.remote-access-enable', 'vim-cmd hostsvc/enable_esx_shell'],
  [
    "root's password changed",
    'shell.account-change',
    "esxcli system account set --id root --password 'Tr0ub4dor&3' --password-confirmation 'Tr0ub4dor&3'",
  ],
  [
    'a ransom note as the welcome message',
    'shell.system-file-write',
    'esxcli system welcomemsg set --message "Your VMs are locked. Send 0.5 BTC to recover them."',
  ],
  ['a datastore wiped', 'shell.infra-destroy', 'rm -rf /vmfs/volumes/vsan-ds-02'],
  ['every disk of every VM deleted by a glob', 'shell.infra-destroy', 'rm -f /vmfs/volumes/ds-b/*/*.vmdk'],
  ['disks found and deleted', 'shell.infra-destroy', "find /vmfs/volumes/ds-b -name '*-flat.vmdk' -delete"],
  [
    "a VM's disk encrypted in place",
    'shell.infra-destroy',
    'openssl aes-256-cbc -salt -in /vmfs/volumes/ds-b/db-01/db-01-flat.vmdk -out /vmfs/volumes/ds-b/db-01/db-01.locked -pass pass:k',
  ],
  [
    'disks deleted over every datastore',
    'shell.infra-destroy',
    'for d in /vmfs/volumes/*; do vmkfstools -U $d/fill.vmdk; done',
  ],
  ['a boot script appended to', 'shell.rc-write', "echo '/scratch/.k/run &' >> /etc/rc.local.d/local.sh"],
  ['a boot script backdated', 'shell.file-hide', 'touch -r /etc/vmware/esx.conf /etc/rc.local.d/local.sh'],
  ['a program backdated', 'shell.file-hide', 'touch --reference=/bin/busybox /sbin/watchdog-probe'],
  [
    'a web console page made writable by all',
    'shell.system-file-write',
    'chmod o+w /usr/lib/vmware/hostd/docroot/ui/index.html',
  ],
  [
    'a page put into the web console',
    'shell.system-file-write',
    'cp /tmp/n.html /usr/lib/vmware/hostd/docroot/index.html',
  ],
  ['persistent logs deleted', 'shell.log-clear', 'rm -f /scratch/log/hostd.log'],
  ["root's ash history deleted", 'shell.history-clear', 'rm /.ash_history'],
];

const NEAR_MISSES: readonly string[] = [
  'esxcli vm process list',
  'esxcli vm process kill --type=soft --world-id=66120',
  'vim-cmd vmsvc/getallvms',
  'vim-cmd vmsvc/power.off 12',
  'vim-cmd vmsvc/power.on 12',
  'vim-cmd vmsvc/power.shutdown 7',
  'vim-cmd vmsvc/snapshot.create 9 pre-upgrade',
  'vim-cmd vmsvc/snapshot.remove 12 5',
  'vim-cmd hostsvc/autostartmanager/enable_autostart true',
  'vim-cmd hostsvc/disable_ssh',
  'esxcli system maintenanceMode set --enable true',
  'esxcli software vib list',
  'esxcli software vib install -d /vmfs/volumes/datastore1/depot/ESXi-8.0U3-depot.zip',
  'esxcli software acceptance set --level PartnerSupported',
  'esxcli --formatter=csv network firewall ruleset list',
  'esxcli network firewall set --enabled true',
  'esxcli network firewall ruleset set --ruleset-id=dns --enabled=true',
  'esxcli system syslog config set --logdir=/vmfs/volumes/datastore1/logs',
  'esxcli system syslog config set --loghost=udp://10.9.0.4:514',
  'esxcli system coredump partition list',
  'esxcli system settings kernel set -s execInstalledOnly -v TRUE',
  "esxcli system welcomemsg set -m 'Authorized use only. Activity is logged.'",
  '/etc/init.d/hostd restart',
  'service ntpd status',
  'pkill -HUP vmsyslogd-helper',
  'rm -f /vmfs/volumes/datastore1/depot/ESXi-8.0U1-depot.zip',
  'find /vmfs/volumes/datastore1 -name "*.log" -mtime +30',
  'vmkfstools -c 20G -d thin /vmfs/volumes/datastore1/web-02/data.vmdk',
  'vmkfstools -i /vmfs/volumes/datastore1/tmpl/tmpl.vmdk /vmfs/volumes/datastore1/web-05/web-05.vmdk -d thin',
  'touch -r notes.md summary.md',
  'cat /etc/rc.local.d/local.sh',
  'chmod 755 /vmfs/volumes/datastore1/scripts/backup.sh',
  'cp /usr/lib/vmware/hostd/docroot/index.html /tmp/index.bak',
  'cp /etc/vmware/esx.conf /etc/vmware/esx.conf.bak',
  'rm -f /vmfs/volumes/datastore1/isos/*',
  'service ntpd stop',
  'service "$SVC" restart',
  "esxcli system syslog config set --logdir=''",
];

principleTables('ESXi commands by subcommand and scope', ids, POSITIVES, NEAR_MISSES);
