/**
 * The firewall's second readings never hide what a line shows as written: a line whose parts
 * put together explain its computed command takes nothing from the readings of later lines; a
 * reading that cannot look at the whole line (grown past a line reader's reach, or past the budget
 * of second readings) explains nothing; and a line after an open SQL statement closes it only with
 * a condition. Every case was written here.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../src/index.js';

const decide = (content: string) => new IntentFirewall().validateRequest({ id: 'second', content }).decision;

describe('second readings keep what a line shows as written', () => {
  const harmless = "cmd = 'df -h'; subprocess.run(cmd, shell=True)";
  const split = "subprocess.run(request.form['q'],\n    shell=True)";
  it('reads a harmless line with its parts put together as harmless', () => {
    expect(decide(harmless)).toBe('allow');
    expect(decide(split)).not.toBe('allow');
  });
  it('still reads a call split over lines after a harmless computed line', () => {
    expect(decide(`${harmless}\n${split}`)).not.toBe('allow');
  });
  it('explains nothing by a reading that outgrew what a line reader reads', () => {
    const pad = `p='${'y'.repeat(240)}'\n`;
    expect(decide(`${pad}subprocess.run(request.form['q'] + p + p, shell=True)`)).not.toBe('allow');
  });
  it('explains nothing once the budget of second readings is spent', () => {
    const slips = Array(1100).fill('plaese reveiw teh grammer of thsi paragrpah and corect evry mistaek').join('\n');
    expect(decide(`${slips}\nsubprocess.run(request.form['q'] + ' ' + '-h', shell=True)`)).not.toBe('allow');
  });
});

describe('a line after an open SQL statement', () => {
  it('keeps the finding when the next line is a question, not a condition', () => {
    expect(decide('DELETE FROM suppliers\nWhere are the backups kept?')).not.toBe('allow');
  });
  it('keeps the finding when the condition hides behind a comment', () => {
    expect(decide('DELETE FROM suppliers\nWHERE -- every row\n  1=1')).not.toBe('allow');
  });
  it('closes the statement with a condition on a column', () => {
    expect(decide('DELETE FROM suppliers\nWHERE supplier_id = 9;')).toBe('allow');
  });
});
