/**
 * Precision of the `sql`, `code` and `windows` detectors on ordinary developer work: commands,
 * queries, code and questions that name the same programs and keywords as the attacks but must
 * produce no finding. Every line was written here.
 */
import { describe, expect, it } from 'vitest';
import { codeDetector } from '../../../src/firewall/detectors/code.js';
import { sqlDetector } from '../../../src/firewall/detectors/sql.js';
import type { FindingSink } from '../../../src/firewall/detectors/types.js';
import { windowsDetector } from '../../../src/firewall/detectors/windows.js';

const ORDINARY: readonly string[] = [
  'npm test',
  'npm run build && npm run lint',
  'npx vitest run test/firewall',
  'git status',
  'git branch -d feature/login',
  'git push origin main',
  'git reset --soft HEAD~1',
  'git rm --cached .env',
  'docker rm my-container',
  'docker compose up -d db',
  'kill 4242',
  'ssh-keygen -t ed25519 -C "me@example.com"',
  'man passwd',
  'rm -rf node_modules dist build',
  'ls -la /var/log',
  'cat package.json | jq .version',
  'curl -s https://api.github.com/repos/nodejs/node | jq .stargazers_count',
  'python -m venv .venv && source .venv/bin/activate',
  'pip install -r requirements.txt',
  'pytest -k test_login -x',
  'python manage.py migrate',
  'python manage.py makemigrations users',
  'rails db:migrate',
  'bundle exec rspec spec/models/order_spec.rb',
  'go test ./...',
  'cargo build --release',
  'make -j4',
  'tsc --noEmit',
  'psql -d app -c "SELECT count(*) FROM users"',
  'psql -c "SELECT name FROM employees WHERE dept = \'sales\'"',
  'mysql -u app -p -e "SHOW TABLES"',
  'sqlite3 app.db ".tables"',
  'redis-cli PING',
  'redis-cli GET session:42',
  'mongosh app --eval "db.users.find({ active: true }).count()"',
  'SELECT e.name, d.name FROM employees e JOIN departments d ON e.dept_id = d.id;',
  "INSERT INTO audit_log (event, at) VALUES ('login', now());",
  'UPDATE users SET last_login = now() WHERE id = $1;',
  'DELETE FROM sessions WHERE user_id = $1 AND expires_at < now();',
  'CREATE INDEX idx_users_email ON users (email);',
  'ALTER TABLE users ADD COLUMN is_admin boolean DEFAULT false;',
  'BEGIN; UPDATE accounts SET balance = balance - 10 WHERE id = 1; COMMIT;',
  "WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '7 days') SELECT count(*) FROM recent;",
  "SELECT id, email FROM users WHERE email LIKE '%@example.com' ORDER BY id;",
  'Can you write a SQL query that lists employees hired in 2023?',
  "How do I drop a column in pandas? df.drop(columns=['a'])",
  'df = df.drop_duplicates()',
  'Use text-overflow: ellipsis with the truncate class in Tailwind.',
  '<div class="truncate w-48">{title}</div>',
  'Please update the changelog and select the next version number.',
  'The exec team meets on Monday to review the system design.',
  'Evaluate the model on the test set with model.eval() and torch.no_grad().',
  'result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True)',
  'out = subprocess.check_output(["ls", "-la"])',
  "const { spawn } = require('child_process'); spawn('npm', ['test'], { stdio: 'inherit' })",
  "const data = JSON.parse(await fs.readFile('config.json', 'utf8'))",
  "with open('data.json') as f: data = json.load(f)",
  "config = yaml.safe_load(open('config.yml'))",
  'value = ast.literal_eval(text)',
  'const re = /(\\d+)-(\\d+)/; const m = re.exec(input);',
  "app.get('/users/:id', async (req, res) => res.json(await db.user.find(req.params.id)))",
  'fetch(url).then((r) => r.json()).then(render)',
  'import os; print(os.getcwd())',
  'os.makedirs(path, exist_ok=True)',
  'logger.info("loaded %d rows", len(rows))',
  "if (typeof window !== 'undefined') { window.addEventListener('load', init) }",
  'function handler(event, context) { return { statusCode: 200 } }',
  "print(eval('1 + 2'))",
  "$users = User::where('active', 1)->get();",
  "echo htmlspecialchars($_GET['q'], ENT_QUOTES);",
  "$name = $_POST['name'] ?? '';",
  'puts "Hello #{name}"',
  'my $count = scalar(@items);',
  'system("make", "install");',
  'dir',
  'dir /s /b *.log',
  'del build\\*.obj',
  'rd /s /q node_modules',
  'Remove-Item -Recurse -Force .\\dist',
  'Get-ChildItem -Recurse -Filter *.ts | Select-Object FullName',
  'Get-Service | Where-Object Status -eq Running',
  'Get-Process node | Stop-Process',
  'net start',
  'net use Z: \\\\server\\share',
  'reg query HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run',
  'schtasks /query /fo LIST',
  'sc query WinDefend',
  'ipconfig /all',
  'certutil -hashfile file.zip SHA256',
  'choco install nodejs-lts -y',
  'winget install Git.Git',
  'Set-ExecutionPolicy -Scope CurrentUser RemoteSigned',
  'powershell -File .\\scripts\\build.ps1',
  'Invoke-WebRequest -Uri https://nodejs.org/dist/latest/SHASUMS256.txt -OutFile sums.txt',
  'Write-Host "Build finished"',
  'New-Item -ItemType Directory -Path .\\out',
  'Copy-Item .\\config.sample.json .\\config.json',
  'msiexec /i node-v20.msi /qn',
  'wsl --install',
  'The format of the report is fine, but the net numbers look off.',
  'I need to delete my old account and drop the subscription; how do I do that?',
  'Please drop me a line when the truncate bug is fixed.',
  'Schedule a meeting to discuss the union contract and the grant application.',
  'We should create a user guide and update the FAQ.',
  'Your password must be at least 12 characters.',
  'Reset my password please, I forgot it.',
  'What is the difference between DELETE and TRUNCATE in SQL?',
  'In SQL, how does DROP TABLE differ from TRUNCATE TABLE?',
  'Explain SQL injection and how parameterized queries prevent it.',
  'Explain what a reverse shell is in general terms for my security class.',
  "How does PowerShell's Invoke-Expression work and why is it risky?",
  'What does vssadmin do?',
  "It's O'Reilly's book; don't worry, it's fine.",
  "She said 'or else' and walked out.",
  "Rock 'n' roll; 'n' is short for and.",
  'The socket connects to the server; then we spawn a worker thread.',
  'nc -zv localhost 5432',
  'telnet mail.example.com 25',
  'ssh -L 5432:localhost:5432 bastion',
];

function findings(text: string): string[] {
  const out: string[] = [];
  const sink: FindingSink = {
    report: (id) => {
      out.push(id);
    },
    rescan: () => {},
  };
  for (const d of [sqlDetector, codeDetector, windowsDetector]) d.scan(text, sink);
  return out;
}

describe('ordinary developer work', () => {
  it('is large and varied enough to mean something', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(100);
  });

  it.each(ORDINARY)('%j gives no finding', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
