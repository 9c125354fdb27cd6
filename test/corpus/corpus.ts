/**
 * Loads the detection corpus (`test/corpus/<family>.jsonl`, one case a line) for the table tests
 * and the `detection` bench suite, checking every case's shape on the way in.
 */
import { readFileSync } from 'node:fs';

/** The dangerous families, in report order. */
export const DANGEROUS_FAMILIES = [
  'destructive-shell',
  'credentials',
  'system-files',
  'prompt-injection',
  'destructive-sql',
  'privacy',
  'remote-code',
  'spam',
  'malware',
  'obfuscation',
] as const;

/** Every family of the corpus: the dangerous ones and `benign`. */
export const FAMILIES = [...DANGEROUS_FAMILIES, 'benign'] as const;

/** A family name. */
export type Family = (typeof FAMILIES)[number];

/** One case: the text a guard sees, what it is, where it belongs and where it came from. */
export interface CorpusCase {
  text: string;
  label: 'dangerous' | 'benign';
  family: Family;
  /** Provenance: "written here", a generator script, or a public source. */
  source: string;
}

/** Why a parsed line is not a well-formed case, or null when it is one of `family`. */
export function caseProblem(value: unknown, family: Family): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const c = value as Record<string, unknown>;
  const keys = Object.keys(c).sort().join(',');
  if (keys !== 'family,label,source,text') return `fields are ${keys}, want family,label,source,text`;
  if (typeof c.text !== 'string' || c.text.trim() === '') return 'empty text';
  if (c.family !== family) return `family ${String(c.family)} in the ${family} file`;
  const want = family === 'benign' ? 'benign' : 'dangerous';
  if (c.label !== want) return `label ${String(c.label)} in the ${family} file, want ${want}`;
  if (typeof c.source !== 'string' || c.source.trim() === '') return 'no source';
  return null;
}

/** The cases of one family, in file order; throws on a malformed line. */
export function loadFamily(family: Family): CorpusCase[] {
  const text = readFileSync(new URL(`./${family}.jsonl`, import.meta.url), 'utf8');
  const cases: CorpusCase[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    const problem = caseProblem(value, family);
    if (problem !== null) throw new Error(`test/corpus/${family}.jsonl line ${i + 1}: ${problem}`);
    cases.push(value as CorpusCase);
  }
  return cases;
}

/** The whole corpus, family by family in `FAMILIES` order. */
export function loadCorpus(): CorpusCase[] {
  return FAMILIES.flatMap((f) => loadFamily(f));
}

/**
 * Every `stride`-th case of each family (the first, then every stride-th after it): a
 * deterministic slice that keeps every family represented.
 */
export function sliceCorpus(cases: readonly CorpusCase[], stride: number): CorpusCase[] {
  const seen = new Map<string, number>();
  return cases.filter((c) => {
    const k = seen.get(c.family) ?? 0;
    seen.set(c.family, k + 1);
    return k % stride === 0;
  });
}
