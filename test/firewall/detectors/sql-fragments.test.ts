/**
 * SQL injection payloads written alone, as they are pasted into a value: a text that opens with the
 * rest of a condition, a union or a second statement, after at most a value and its closing quote;
 * tautologies in more shapes (a national literal, IN, BETWEEN, LIKE '%', an empty string in
 * arithmetic, a number quoted on one side); a closing quote then a comment after `"` or `>`, and
 * `/*`. Near misses are questions and notes about SQL that open the same way. Every case was
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../../src/index.js';

const fw = new IntentFirewall();
const decide = (content: string) => fw.validateRequest({ id: 'sql-fragments', content }).decision;

describe('a payload written alone', () => {
  it.each([
    'OR 7=7',
    'and 42=42--',
    "7 OR 'k'='k",
    'or b = b#',
    'or 9 > 3',
    "' and 5='5",
    "') or ('q')=('q",
    "' or 'abc' = n'abc'",
    "' or 'v' in ('v')",
    "' or 4 between 2 and 6",
    "' or login like '%",
    "' or ''&'",
    "'or'5=5",
    'AND 3=3 AND (8=8',
    'OR 11=11 AND 12=12--',
    'AND 77=CONVERT(INT,(SELECT CHAR(70)))',
    'or 5 in (select @@version)--',
    'and (select substring(@@version,1,1))=5',
    'UNION ALL SELECT NULL,NULL--',
    '-5 UNION SELECT 1,2,3',
    'ORDER BY 3,SLEEP(4)#',
    "' GROUP BY login HAVING 2=2--",
    'HAVING 3=3#',
    "; execute immediate 'dr' || 'op'",
    "; exec ('de' + 'lete')",
    'AND 0=1 UNION ALL SELECT "x", "y"',
    'declare @t varchar(300) select @t = 0x64726f70207461626c65',
    "copy stolen from '/etc/shadow';",
    '--sp_password',
    'guest" #',
    "<login>'/*",
    'or%209=9%20--',
    "'/**/or/**/6/**/=/**/6",
  ])('flags %s', (text) => {
    expect(decide(text)).not.toBe('allow');
  });
});

describe('questions and notes that open the same way', () => {
  it.each([
    'And 1=1 in this report means the check passed, right?',
    'Or maybe order by updated_at desc instead?',
    'Union select queries: how do they differ from UNION ALL ones?',
    'ORDER BY 2 is positional; is that bad style?',
    'And then run the unit tests please',
    'Having 1=1 in the tutorial example is confusing, explain it.',
    "copy settings from '/etc/app/app.conf' into the wiki as an example",
    'He wrote "thanks" # a note',
    "SELECT * FROM jobs WHERE owner = 'ops' /* local test */",
    'UNION ALL SELECT is used to combine result sets; show me an example with our invoices table.',
    'And 6=6, so the assertion holds.',
  ])('allows %s', (text) => {
    expect(decide(text)).toBe('allow');
  });
});
