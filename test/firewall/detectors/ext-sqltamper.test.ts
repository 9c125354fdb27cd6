/**
 * SQL hidden from a filter but not from its database, read as the engine reads it
 * (`_sql-canon.ts`): `%uXXXX`, overlong UTF-8 and double URL encodings, HTML entities, versioned
 * and inline comments, `#` and `--` comments closed by an encoded newline, `+` for a space,
 * and comparisons rewritten through `GREATEST`, `LEAST`,
 * `BETWEEN` or `SIGN`; and a blind probe that waits on a delay inside a condition's call
 * (`_sql-inject.ts`). Ordinary queries written the same ways, CSS `truncate` and prose about SQL
 * stay allowed. Every case was written here.
 */
import { describe, expect, it } from 'vitest';
import { sqlCanonical } from '../../../src/firewall/detectors/_sql-canon.js';
import { decisionTable } from './_scan.js';

/** `%uXXXX` spelling of every character of `s`. */
const u = (s: string) => [...s].map((c) => `%u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`).join('');
/** Overlong two-byte UTF-8 for spaces and punctuation, as a lax decoder accepts it. */
const overlong = (s: string) =>
  s.replace(/[^A-Za-z0-9]/g, (c) => {
    const v = c.charCodeAt(0);
    return `%${(0xc0 | (v >> 6)).toString(16).toUpperCase()}%${(0x80 | (v & 0x3f)).toString(16).toUpperCase()}`;
  });

const HIDDEN: readonly string[] = [
  // Unicode percent escapes and overlong UTF-8.
  u('DROP TABLE vendors;'),
  u("' or 7=7--"),
  overlong('TRUNCATE TABLE ledger_lines;'),
  overlong('1 UNION SELECT login, passwd FROM staff--'),
  // Hash and dash comments that an encoded newline closes, between the words.
  'DELETE%23qPzW%0AFROM%23kkT%0Ainvoice_rows;',
  'ALTER--Zq%0ATABLE--xx%0Apayroll--r%0ADROP--k%0ACOLUMN--m%0Aiban;',
  // Versioned comments whose text MySQL runs.
  "'/*!OR*/3=3#",
  '9 /*!40100UNION SELECT email, pwd_hash FROM clients*/--',
  "' OR/*!12345*/5=5-- ",
  // Comparisons rewritten so that no `=` or `>` of a tautology shows.
  "' OR GREATEST(9,8+1)=9-- ",
  '" OR LEAST(6,5+1)=5+1 #',
  "' OR 4 NOT BETWEEN 0 AND 3-- ",
  "' OR SIGN((8)-(2))=1-- ",
  // Wrappers around the compared numbers, and tokens spliced before punctuation.
  "' OR binary 4=binary 4#",
  'DELETE FROM crm 2.e.Contacts;',
  // Blind probes that wait on a delay inside a condition's call.
  '2 AND IF(ASCII(MID(USER(),2,1))>77,SLEEP(4),0)',
  '3 AND GREATEST(IF(ORD(LEFT(VERSION(),1))>52,SLEEP(2),0),0)=0',
  // `+` for a space in a URL-encoded value, with the `&&` encoded.
  '5+%26%26+IF(ORD(MID(SCHEMA(),1,1))>64,SLEEP(6),0)',
];

const ORDINARY: readonly string[] = [
  // Ordinary queries written the same ways stay ordinary.
  u('SELECT name FROM vendors WHERE id = 12'),
  overlong('SELECT total FROM ledger_lines WHERE id = 3'),
  'SELECT%23aa%0Aemail%23bb%0AFROM%23cc%0Aclients%23dd%0AWHERE%23ee%0Aid%23ff%0A=%23gg%0A5',
  'SELECT id FROM parts WHERE weight BETWEEN 4 AND 9',
  'SELECT GREATEST(price, floor_price) FROM quotes WHERE id = 8',
  'SELECT CHAR(72,105) AS greeting',
  'SELECT 0x48656c6c6f AS word',
  'SELECT * FROM items WHERE sku LIKE 0x4142',
  // CSS, prose about SQL, URLs and arithmetic with the same marks.
  '.title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; } /* truncate long names */',
  'Why does MySQL run the text inside /*!50000 ... */ comments when other engines ignore it?',
  'https://example.com/search?q=drop+shipping+suppliers&page=2',
  'The query param was%20encoded twice (%2520) by the proxy, so the search for "cats and dogs" failed.',
  'Use GREATEST(a, b) to pick the larger of two columns and LEAST(a, b) for the smaller.',
  'if (retries > 3 && sleep(500)) { log("waiting") }',
  "SELECT IF(stock > 0, 'in', 'out') FROM products WHERE id = 4",
];

decisionTable('SQL read as its database reads it', HIDDEN, ORDINARY);

describe('the canonical reading', () => {
  it('decodes percent, Unicode and overlong forms and reads comments as spaces', () => {
    expect(sqlCanonical(u('DROP TABLE vendors;'))).toEqual(['DROP TABLE vendors;']);
    expect(sqlCanonical(overlong('DROP TABLE t1;'))).toEqual(['DROP TABLE t1;']);
    expect(sqlCanonical('DROP%23xy%0ATABLE--q%0At2;')).toEqual(['DROP TABLE t2;']);
    expect(sqlCanonical('1/*!AND*/(/*!SELECT*/2)')).toEqual(['1 AND (SELECT 2)']);
  });
  it('joins a word split by empty comments as a second reading', () => {
    expect(sqlCanonical('DR/**/OP TA/**/BLE t3;')).toEqual(['DROP TABLE t3;']);
    expect(sqlCanonical('SELECT/**/id/**/FROM/**/t4')).toEqual(['SELECT id FROM t4']);
  });
  it('writes rewritten comparisons back', () => {
    expect(sqlCanonical("' OR GREATEST(9,8+1)=9")).toEqual(["' OR 9>8"]);
    expect(sqlCanonical("' OR 4 NOT BETWEEN 0 AND 3")).toEqual(["' OR 4>3"]);
    expect(sqlCanonical("' OR SIGN((5)-(2))=1")).toEqual(["' OR 5>2"]);
  });
  it('leaves text with no rewriting alone', () => {
    expect(sqlCanonical('SELECT name FROM vendors WHERE id = 12')).toEqual([]);
    expect(sqlCanonical('a\tb and c\td')).toEqual([]);
  });
});
