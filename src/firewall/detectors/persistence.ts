/**
 * Programs set to start by themselves, out of sight: the persistence an intruder leaves, asked for in
 * words or in a command. A request is read for three things: a mechanism that starts a program
 * without anyone running it (a systemd unit, cron `@reboot`, `rc.local`, a LaunchAgent, an XDG
 * autostart entry, a startup folder, a Run key, a scheduled task, a WMI event subscription, a
 * service, a git hook, a udev rule, a PAM module, a kernel module, `ld.so.preload`), and what makes
 * it an intruder's rather than an administrator's: a program hidden (a dot-name in its path, a
 * temporary or public folder), a name chosen so nobody notices, a connection back out, a script
 * fetched and run. An ordinary service or timer for one's own program is left alone.
 *
 * Two further kinds read the same way: the accessibility programs of the Windows login screen
 * replaced by a shell (`Utilman.exe`, `sethc.exe` launching `cmd.exe`), and the kernel's protections
 * lowered across a fleet (`kernel.yama.ptrace_scope=0`, `kernel.kptr_restrict=0`, module signature
 * enforcement off, unsigned drivers loaded).
 *
 * Linear: a gate expression, then a few expressions over the segment.
 *
 * @internal Not part of the public API.
 */
import { gateMatches, joinGate } from './_gate.js';
import { ownedScope } from './_shell-owned.js';
import type { Detector, FindingSink } from './types.js';

const CATEGORY = 'system-modification';
/** Segments read, at most (longer text is a document; its lines are segments of their own). */
const MAX_SEGMENT = 2000;

/**
 * Words without which none of the readings can apply, joined to the detectors' shared gate
 * automaton (one pass over the segment for every detector's gate).
 */
const GATE_WORDS = [
  'boot',
  'startup',
  'start-up',
  'logon',
  'log in',
  'logs in',
  'login',
  'cron',
  'systemd',
  'service',
  'launchagent',
  'launch agent',
  'launchdaemon',
  'launch daemon',
  'autostart',
  'rc.local',
  'init.d',
  'currentversion',
  'schtasks',
  'scheduled task',
  'wmi',
  'event subscription',
  'hook',
  'udev',
  'pam',
  'ld.so.preload',
  'ld_preload',
  'insmod',
  'modprobe',
  'kernel module',
  'utilman',
  'sethc',
  'osk.exe',
  'magnify',
  'narrator',
  'ptrace',
  'kptr',
  'module sig',
  'unsigned',
  'whenever',
  'every time',
  'each time',
  'session',
  'login item',
  'register-scheduledtask',
  'new-service',
  'sc create',
  'sc.exe create',
];
let gateBase = -1;

/** Gate words of the login screen's programs, and of the kernel's protections (indices into {@link GATE_WORDS}). */
const LOGIN_WORDS = new Set(['utilman', 'sethc', 'osk.exe', 'magnify', 'narrator']);
const KERNEL_WORDS = new Set(['ptrace', 'kptr', 'module sig', 'unsigned']);
/** What the gate found: start mechanisms (1), login-screen programs (2), kernel protections (4). */
const G_START = 1;
const G_LOGIN = 2;
const G_KERNEL = 4;

/** Which groups of {@link GATE_WORDS} the shared gate found in `segment`, as bits. */
function gated(segment: string): number {
  if (gateBase < 0) gateBase = joinGate('persistence', GATE_WORDS);
  const m = gateMatches(segment);
  let found = 0;
  for (let k = 0; k < m.count; k++) {
    const p = (m.pattern[k] as number) - gateBase;
    if (p < 0 || p >= GATE_WORDS.length) continue;
    const w = GATE_WORDS[p] as string;
    found |= LOGIN_WORDS.has(w) ? G_LOGIN : KERNEL_WORDS.has(w) ? G_KERNEL : G_START;
  }
  return found;
}

/** A mechanism that starts a program by itself. */
const MECHANISM =
  /\b(?:systemd (?:service|unit|timer)|(?:a |new |the )?service (?:that|which|to) (?:starts?|runs?|launch)|unit file|@reboot|crontab|cron (?:job|entry|line)|rc\.local|init\.d|launch ?agents?|launch ?daemons?|login items?|startup folder|start-?up (?:entry|folder|item)|autostart|run key|currentversion\\run|scheduled task|schtasks|wmi (?:event )?(?:subscription|consumer|filter)|event subscription|(?:post|pre)-(?:checkout|commit|merge|receive|push) hook|git hook|udev rule|pam module|pam\.d|kernel module|insmod|modprobe|ld\.so\.preload|ld_preload|sc(?:\.exe)? create|new-service|register-scheduledtask)/i;

/** When it starts: at boot, at every login, when something happens, kept alive. */
const TRIGGER =
  /\b(?:at (?:boot|startup|start-up|logon|login|every (?:boot|login|logon))|on (?:boot|startup|logon|login|every (?:boot|login|logon|session))|every time|whenever|each time|when (?:anyone|someone|a user|the user|users?) (?:logs? in|plugs?|opens?|signs? in)|for every (?:user|session)|restarts? (?:it )?if (?:killed|stopped)|keep it alive|survives? reboots?|onlogon|onstart|at system start)/i;

/** What makes it an intruder's: hidden names, temporary or public folders, a way back in. */
const HIDDEN =
  /(?:\/\.(?!config\/|local\/|dotfiles\/|git\/|github\/|vscode\/|cache\/pip|npm\/|cargo\/|nvm\/)[\w-]+|\\\.[\w-]+|\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|\\users\\public\\|\\programdata\\|\\appdata\\local\\temp\\)|\b(?:so (?:nobody|no one|no-one|the users?|they|it|admins?) (?:notices?|sees?|finds?|spots?)|(?:doesn'?t|does not|won'?t) stand out|hide (?:the|it|its)|hidden|silently|quietly|disguised?|looks? like (?:a |an )?(?:system|windows|legit)|connects? back|reverse shell|listener|nc -|netcat|beacon|writes? every password|records? (?:every )?password|curls? (?:our|my|a|the) script|downloads? and runs?)\b/i;

/** Words that hide the program from whoever uses the machine. */
const CONCEALED =
  /\b(?:so (?:nobody|no one|no-one|the users?|they|admins?) (?:notices?|sees?|finds?)|hidden|hide|silently|quietly|disguised?|connects? back|reverse shell)\b/i;

/** Words that frame the request as a question, a policy or defensive work. */
const DEFENSIVE =
  /\b(?:detect(?:s|ed|ing|ion)?|hunt(?:ing)?|audit(?:s|ing)?|investigat\w+|forensic\w*|remove|removing|clean up|find (?:all|any)|list (?:all|every)|check (?:for|whether|if)|what (?:is|are|does)|how (?:do|does|can|to detect)|why|explain|sigma|yara|osquery|edr|incident|alert)\b/i;

/** The login screen's accessibility programs, replaced by a shell or debugged into one. */
const LOGIN_SCREEN =
  /\b(?:utilman|sethc|osk|magnify|narrator|displayswitch|atbroker)(?:\.exe)?\b[^.\n]{0,120}\b(?:cmd|powershell|pwsh)(?:\.exe)?\b|\bimage file execution options\\(?:utilman|sethc|osk|magnify|narrator)/i;

/** The kernel's protections lowered: ptrace and pointer restrictions off, unsigned modules loaded. */
const KERNEL_OFF =
  /\b(?:kernel\.yama\.ptrace_scope\s*=\s*0|kernel\.kptr_restrict\s*=\s*0|kernel\.dmesg_restrict\s*=\s*0|kernel\.modules_disabled\s*=\s*0|module\.sig_enforce\s*=\s*0|(?:disable|turn off|switch off)\w*\s+(?:the\s+)?(?:kernel(?:'s)?\s+)?module signature (?:enforcement|checks?|verification)|load (?:our|an?|the) unsigned (?:kernel )?(?:driver|module))/i;

/** A fleet or production scope: lowering a protection there is not tuning one's own machine. */
const FLEET =
  /\b(?:fleet|production|prod|every (?:node|host|server|machine)|all (?:nodes|hosts|servers|machines)|permanently)\b/i;

function report(sink: FindingSink, id: string, severity: 'high' | 'critical', description: string, text: string): void {
  sink.report(id, CATEGORY, severity, description, 0, text.length, text.slice(0, 150));
}

export const persistenceDetector: Detector = {
  name: 'persistence',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < 16 || segment.length > MAX_SEGMENT) return;
    const groups = gated(segment);
    if (groups === 0) return;
    if (groups & G_LOGIN && LOGIN_SCREEN.test(segment) && !DEFENSIVE.test(segment)) {
      report(
        sink,
        'system.login-screen-shell',
        'critical',
        'replaces a login-screen accessibility program with a shell',
        segment,
      );
      return;
    }
    if (groups & G_KERNEL && KERNEL_OFF.test(segment) && FLEET.test(segment) && !DEFENSIVE.test(segment)) {
      report(sink, 'system.kernel-protection-off', 'high', "lowers the kernel's protections across machines", segment);
      return;
    }
    // What hides the program is rarer than a start mechanism: read first.
    if ((groups & G_START) === 0 || !HIDDEN.test(segment)) return;
    const mechanism = MECHANISM.exec(segment);
    if (mechanism === null && !TRIGGER.test(segment)) return;
    if (DEFENSIVE.test(segment)) return;
    // One's own machine (`on my laptop`), unless the request also hides it.
    if (ownedScope(segment) && !CONCEALED.test(segment)) return;
    // A start mechanism, or a program started by itself (`launches … whenever`, `at boot`).
    if (mechanism === null && !/\b(?:runs?|starts?|launch(?:es)?|executes?|loads?|connects?|opens?)\b/i.test(segment))
      return;
    report(sink, 'system.covert-autostart', 'high', 'sets a hidden or remote program to start by itself', segment);
  },
};
