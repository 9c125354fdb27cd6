/**
 * A deliberately simple model of the firewall's matching, for property tests: every pattern of
 * every rule searched with `indexOf` over the whole normalized text (and over the compact text
 * built independently), word edges and context windows checked directly on the whole text, and
 * no automata, buffers, streaming or layers. Contexts go through the engine's NFA simulation,
 * which property-tests/context-regex.test.ts checks against RegExp.
 */

import type { FirewallRule } from '../src/firewall/index.js';
import { compileContext, matchContextNfa } from '../src/structures/context-regex.js';
import { compactCode, isWordCode, normalizeText } from '../src/text/index.js';

export interface NaiveMatch {
  ruleId: string;
  pattern: string;
  start: number;
  end: number;
}

const PHRASE = /^[a-z0-9]+(?:[ _'-]+[a-z0-9]+)+$/;

function compactOf(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = compactCode(text.charCodeAt(i));
    if (c >= 0) {
      out += String.fromCharCode(c);
      at.push(i);
    }
  }
  return { text: out, at };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

interface NaiveRule {
  rule: FirewallRule;
  within: number;
  before: ReturnType<typeof compileContext> | null;
  after: ReturnType<typeof compileContext> | null;
  /** Read like `before`; the occurrence does not count where it matches. */
  unless: ReturnType<typeof compileContext> | null;
  /** Normalized forms, first pattern index of each. */
  forms: [string, number][];
  /** Compact forms of eligible phrases, first pattern index of each. */
  compact: [string, number][];
}

/**
 * The naive firewall: rules prepared once (normalized forms, compact forms, compiled contexts),
 * then every request scanned rule by rule, pattern by pattern.
 */
export class NaiveFirewall {
  private readonly rules: NaiveRule[];

  constructor(rules: readonly FirewallRule[]) {
    this.rules = rules.map((rule) => {
      const forms: [string, number][] = [];
      const compact: [string, number][] = [];
      rule.patterns.forEach((p, k) => {
        const form = normalizeText(p).text;
        if (forms.some(([f]) => f === form)) return;
        forms.push([form, k]);
        if (!PHRASE.test(form)) return;
        const c = compactOf(form).text;
        if (c.length >= 8 && !compact.some(([f]) => f === c)) compact.push([c, k]);
      });
      return {
        rule,
        within: rule.within ?? 100,
        before: rule.before === undefined ? null : compileContext(rule.before, 'before', 'naive', 'before'),
        after: rule.after === undefined ? null : compileContext(rule.after, 'after', 'naive', 'after'),
        unless: rule.unless === undefined ? null : compileContext(rule.unless, 'before', 'naive', 'unless'),
        forms,
        compact,
      };
    });
  }

  matches(content: string): NaiveMatch[] {
    const n = normalizeText(content);
    const t = n.text;
    const code = (i: number) => (i < 0 || i >= t.length ? -1 : t.charCodeAt(i));
    const wordAt = (i: number): boolean => {
      const c = code(i);
      if (c < 0xd800 || c > 0xdfff) return c >= 0 && isWordCode(c);
      const pair = c <= 0xdbff ? String.fromCharCode(c, code(i + 1)) : String.fromCharCode(code(i - 1), c);
      return /^[\p{L}\p{N}]$/u.test(pair);
    };
    const joins = (c: number, set: string) => c >= 0 && set.includes(String.fromCharCode(c));
    const wordOk = (s: number, e: number) => {
      if (wordAt(s) && (wordAt(s - 1) || (joins(code(s - 1), '.-') && wordAt(s - 2)))) return false;
      if (wordAt(e - 1) && (wordAt(e) || (joins(code(e), '/.-') && wordAt(e + 1)))) return false;
      return true;
    };
    let compact: { text: string; at: number[] } | undefined;
    const out: NaiveMatch[] = [];
    for (const r of this.rules) {
      const { rule, within, before, after, unless } = r;
      const ok = (s: number, e: number) => {
        if (rule.word && !wordOk(s, e)) return false;
        if (before) {
          const length = Math.min(within, s);
          const edge = length === s;
          if (!matchContextNfa(before, t, s, length, code(s), edge ? -1 : code(s - length - 1), edge)) return false;
        }
        if (unless) {
          const length = Math.min(within, s);
          const edge = length === s;
          if (matchContextNfa(unless, t, s, length, code(s), edge ? -1 : code(s - length - 1), edge)) return false;
        }
        if (after) {
          const length = Math.min(within, t.length - e);
          const edge = e + within >= t.length;
          if (!matchContextNfa(after, t, e, length, code(e - 1), edge ? -1 : code(e + length), edge)) return false;
        }
        return true;
      };
      const spans: [number, number, number][] = [];
      for (const [form, k] of r.forms) {
        for (const s of occurrences(t, form)) if (ok(s, s + form.length)) spans.push([s, s + form.length, k]);
      }
      if (r.compact.length > 0) {
        compact ??= compactOf(t);
        const direct = spans.slice();
        for (const [c, k] of r.compact) {
          for (const cs of occurrences(compact.text, c)) {
            const s = compact.at[cs] as number;
            const e = (compact.at[cs + c.length - 1] as number) + 1;
            if (e - s > 4 * c.length || !ok(s, e)) continue;
            if (direct.some(([ds, de]) => ds < e && de > s)) continue;
            spans.push([s, e, k]);
          }
        }
      }
      for (const [s, e, k] of spans) {
        const span = n.span(s, e);
        out.push({ ruleId: rule.id, pattern: rule.patterns[k] as string, start: span.start, end: span.end });
      }
    }
    const index = new Map(this.rules.map((r) => [r.rule.id, r.rule.patterns]));
    const at = (m: NaiveMatch) => index.get(m.ruleId)?.indexOf(m.pattern) ?? -1;
    return out.sort(
      (a, b) =>
        a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || at(a) - at(b),
    );
  }
}

/** The naive firewall's matches of `content` under `rules`, prepared from scratch. */
export function naiveMatches(rules: readonly FirewallRule[], content: string): NaiveMatch[] {
  return new NaiveFirewall(rules).matches(content);
}
