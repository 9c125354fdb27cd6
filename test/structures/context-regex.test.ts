import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { type ContextSide, compileContext, matchContext } from '../../src/structures/context-regex.js';

/** Runs an expression next to the phrase at [start, end) of `text`, with the whole text as window. */
function check(source: string, side: ContextSide, text: string, phrase: string): boolean {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase ${phrase} not in ${text}`);
  const end = start + phrase.length;
  const p = compileContext(source, side, 'test', 'context');
  if (side === 'after') {
    return matchContext(p, text, end, text.length - end, text.charCodeAt(end - 1), -1, true);
  }
  return matchContext(p, text, start, start, text.charCodeAt(start), -1, true);
}

/** name, expression, side, text, phrase, expected. */
const TABLE: [string, string, ContextSide, string, string, boolean][] = [
  ['a literal right after the phrase', ' -rf', 'after', 'rm -rf /', 'rm', true],
  // Literals beyond ASCII: Cyrillic, CJK, accented Latin, and a surrogate pair.
  ['a Cyrillic literal', ' все', 'after', 'удали все базы', 'удали', true],
  ['a Cyrillic literal that differs', ' все', 'after', 'удали всю базу', 'удали', false],
  ['a CJK literal before', '所有.{0,4}', 'before', '把所有数据库删除', '删除', true],
  ['an accented literal in alternation', ' (café|thé)', 'after', 'un café', 'un', true],
  ['an astral literal', ' 😀', 'after', 'ok 😀', 'ok', true],
  ['must start at the phrase end', '-rf', 'after', 'rm -rf /', 'rm', false],
  ['a prefix of the window is enough', ' ', 'after', 'rm -rf /', 'rm', true],
  ['$ is the end of the text', ' /$', 'after', 'rm /', 'rm', true],
  ['$ does not hold before the end', ' /$', 'after', 'rm /x', 'rm', false],
  ['alternation and repetition', '( +-[a-z]+)* +(/|~)( |$)', 'after', 'rm -r -f ~', 'rm', true],
  ['a class excludes', '( +-[a-z]+)* +(/|~)( |$)', 'after', 'rm -r -f ~/x', 'rm', false],
  ['counted repetition', '( [a-z]+){0,2} instructions', 'after', 'ignore all previous instructions', 'ignore', true],
  [
    'counted repetition stops',
    '( [a-z]+){0,1} instructions',
    'after',
    'ignore all previous instructions',
    'ignore',
    false,
  ],
  ['\\b after the phrase', '\\b', 'after', 'rm x', 'rm', true],
  ['\\b inside a word fails', '\\b', 'after', 'rmx', 'rm', false],
  ['\\B inside a word holds', '\\B', 'after', 'rmx', 'rm', true],
  ['a before-context ends at the phrase', '(echo|tee)', 'before', 'sudo tee /etc/hosts', '/etc/hosts', false],
  ['a before-context with its trailing space', '\\b(echo|tee) ', 'before', 'sudo tee /etc/hosts', '/etc/hosts', true],
  ['^ is the start of the text', '^cat ', 'before', 'cat /etc/shadow', '/etc/shadow', true],
  ['^ does not hold later', '^cat ', 'before', 'x cat /etc/shadow', '/etc/shadow', false],
  ['a before-context may start anywhere in its window', '>> ?', 'before', 'echo x >> /etc/passwd', '/etc/passwd', true],
  ['\\b at the phrase start in a before-context', 'cat\\b', 'before', 'cat/etc', '/etc', true],
  ['dot matches anything', 'a.c', 'after', 'xa\u00e9c', 'x', true],
  ['\\w covers letters of any script', ' \\w+$', 'after', 'x данные', 'x', true],
  ['\\s covers Unicode spaces', '\\s', 'after', 'x\u00a0', 'x', true],
  ['negated class with non-ASCII', '[^a-z]', 'after', 'x\u00e9', 'x', true],
  ['a non-ASCII range', '[а-я]+', 'after', 'xдом', 'x', true],
  ['escaped metacharacters', '\\(\\)\\{\\}\\|\\.\\*', 'after', 'x(){}|.*', 'x', true],
  ['an empty alternative', '(a|) b', 'after', 'x b', 'x', true],
  ['a nested empty loop terminates', '(a*)*b', 'after', 'xaaac', 'x', false],
  ['the classic exponential case is linear', '(a|a)*$', 'after', `x${'a'.repeat(5000)}b`, 'x', false],
];

describe('context expressions', () => {
  for (const [name, source, side, text, phrase, expected] of TABLE) {
    it(name, () => {
      expect(check(source, side, text, phrase)).toBe(expected);
    });
  }

  it('stops at the window: text beyond it is not read', () => {
    const p = compileContext(' -rf /', 'after', 'test', 'context');
    const text = 'rm -rf /';
    expect(matchContext(p, text, 2, 6, 0x6d, -1, true)).toBe(true);
    expect(matchContext(p, text, 2, 5, 0x6d, 0x2f, false)).toBe(false);
  });

  it('treats a cut window end as not the text end', () => {
    const p = compileContext(' x$', 'after', 'test', 'context');
    expect(matchContext(p, 'a xy', 1, 2, 0x61, 0x79, false)).toBe(false);
    expect(matchContext(p, 'a x', 1, 2, 0x61, -1, true)).toBe(true);
  });

  const BAD: [string, ContextSide, RegExp][] = [
    ['(', 'after', /missing "\)"/],
    [')', 'after', /unmatched/],
    ['a{2,1}', 'after', /wrong order/],
    ['a{1000}', 'after', /limited/],
    ['*a', 'after', /nothing to repeat/],
    ['a**', 'after', /nothing to repeat/],
    ['[a-', 'after', /missing "\]"/],
    ['[z-a]', 'after', /wrong order/],
    ['\\', 'after', /cannot end/],
    ['\\q', 'after', /unknown escape/],
    ['(?=a)', 'after', /lookaround/],
    ['^a', 'after', /cannot occur in an after-context/],
    ['a$', 'before', /cannot occur in a before-context/],
    ['A', 'after', /uppercase/],
    ['[A-Z]', 'after', /uppercase/],
    ['a{', 'after', /quantifier/],
    [']', 'after', /literal/],
    ['((((a{50}){50}){50}){50})', 'after', /instructions/],
  ];
  for (const [source, side, message] of BAD) {
    it(`refuses ${JSON.stringify(source)} (${side})`, () => {
      let error: unknown;
      try {
        compileContext(source, side, 'IntentFirewall.addRule', 'rule.after');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AegisError);
      expect((error as AegisError).code).toBe('INVALID_ARGUMENT');
      expect((error as AegisError).message).toMatch(/^IntentFirewall\.addRule: rule\.after: /);
      expect((error as AegisError).message).toMatch(message);
    });
  }
});
