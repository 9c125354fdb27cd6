/**
 * Loads the external detection sets (`test/external/<source>/cases.jsonl`): cases taken or derived
 * from public projects outside this one (living-off-the-land catalogs, secret scanners' fixtures,
 * published jailbreak artifacts), each directory with a README naming the project, the commit, the
 * license and how each case was derived. Where the sets of `test/holdout/` are written for this
 * project, these are written by others, so they measure whether detection holds on other people's
 * cases.
 *
 * Every case has the corpus schema (`text`, `label`, `family`, `source`). Its source names the
 * entry it comes from, and that entry decides the case's half: the group of a case is the text
 * after `group: ` in its source when there is one (up to the next `;`), otherwise its source up to
 * the first `;`; the low bit of the group's 32-bit FNV-1a hash puts every case of the group in the
 * `tuned` half (0) or the `frozen` half (1). Detectors may be studied and changed against the tuned
 * half; the frozen half is only counted, so the split is fixed by the data, not chosen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { type CorpusCase, caseProblem, FAMILIES, type Family } from '../corpus/corpus.js';

/** Which half of its source a case falls in. */
export type ExternalHalf = 'tuned' | 'frozen';

/** A case of an external set, with its source directory, group and half. */
export interface ExternalCase extends CorpusCase {
  readonly set: string;
  readonly group: string;
  readonly half: ExternalHalf;
}

const ROOT = new URL('./', import.meta.url);

/** 32-bit FNV-1a of the UTF-16 code units of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The group a case's source names (see the module comment). */
export function groupOf(source: string): string {
  const m = /(?:^|;)\s*group: ([^;]+)/.exec(source);
  if (m?.[1] !== undefined) return m[1].trim();
  const end = source.indexOf(';');
  return (end < 0 ? source : source.slice(0, end)).trim();
}

/** The half a group falls in. */
export function halfOf(group: string): ExternalHalf {
  return (fnv1a(group) & 1) === 0 ? 'tuned' : 'frozen';
}

/** The external sets present, by directory name, sorted. */
export function externalSets(): string[] {
  return readdirSync(ROOT)
    .filter((name) => statSync(new URL(`./${name}`, ROOT)).isDirectory())
    .filter((name) => {
      try {
        return statSync(new URL(`./${name}/cases.jsonl`, ROOT)).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

/** The cases of one external set, in file order; throws on a malformed line. */
export function loadExternal(set: string): ExternalCase[] {
  const text = readFileSync(new URL(`./${set}/cases.jsonl`, ROOT), 'utf8');
  const cases: ExternalCase[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    const family = (value as { family?: unknown } | null)?.family;
    const problem = FAMILIES.includes(family as Family)
      ? caseProblem(value, family as Family)
      : `unknown family ${String(family)}`;
    if (problem !== null) throw new Error(`test/external/${set}/cases.jsonl line ${i + 1}: ${problem}`);
    const c = value as CorpusCase;
    const group = groupOf(c.source);
    cases.push({ ...c, set, group, half: halfOf(group) });
  }
  return cases;
}

/** Every external set's cases, set by set, optionally one half only. */
export function loadAllExternal(half?: ExternalHalf): ExternalCase[] {
  return externalSets()
    .flatMap((s) => loadExternal(s))
    .filter((c) => half === undefined || c.half === half);
}
