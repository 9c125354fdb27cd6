/** Runs one detector over one segment and records what it reports: the detectors' tests share it. */
import { describe, expect, it } from 'vitest';
import type { Detector, FindingSink } from '../../../src/firewall/detectors/types.js';
import { IntentFirewall } from '../../../src/firewall/index.js';

export interface Seen {
  id: string;
  category: string;
  severity: string;
  description: string;
  start: number;
  end: number;
  evidence: string;
}

/** Every finding `detector` reports on `text`; decoded payloads it hands back go to `rescans`. */
export function findingsOf(detector: Detector, text: string, rescans: string[] = []): Seen[] {
  const out: Seen[] = [];
  const sink: FindingSink = {
    report: (id, category, severity, description, start, end, evidence) => {
      out.push({ id, category, severity, description, start, end, evidence });
    },
    rescan: (decoded) => {
      rescans.push(decoded);
    },
  };
  detector.scan(text, sink);
  return out;
}

/** The finding ids `detector` reports on `text`, in order; only those at `severity` when given. */
export function reportedIds(detector: Detector, text: string, severity?: string): string[] {
  return findingsOf(detector, text)
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.id);
}

/**
 * Deterministic pseudo-random text of `n` characters over `alphabet` (xorshift32 from `seed`), so
 * key bodies look random but repeat from run to run.
 */
export function body(alphabet: string, n: number, seed: number): string {
  let x = seed | 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

/** The default firewall, the same without detectors, and a decision of either. */
function firewalls() {
  const on = new IntentFirewall();
  const off = new IntentFirewall({ detectors: false });
  const decide = (fw: IntentFirewall, content: string) => fw.validateRequest({ id: 't', content }).decision;
  return { on, off, decide };
}

/**
 * The two checks every principle table runs: a positive reports its id and is not allowed by the
 * default firewall; a near miss reports nothing and leaves the firewall's decision what the rule
 * pack alone makes it. `ids` reads the detector under test.
 */
export function principleTables(
  name: string,
  ids: (text: string) => string[],
  positives: ReadonlyArray<readonly [string, string, string]>,
  nearMisses: readonly string[],
): void {
  const { on, off, decide } = firewalls();
  describe(`${name}: positives`, () => {
    it.each(positives)('%s → %s: %s', (_principle, id, text) => {
      expect(ids(text)).toContain(id);
      expect(decide(on, text)).not.toBe('allow');
    });
  });
  describe(`${name}: near misses stay quiet`, () => {
    it.each(nearMisses)('%s', (text) => {
      expect(ids(text)).toEqual([]);
      expect(decide(on, text)).toBe(decide(off, text));
    });
  });
}

/** The distinct finding ids `detector` reports on `text`, sorted. */
export function idsOf(detector: Detector, text: string): string[] {
  return [...new Set(findingsOf(detector, text).map((f) => f.id))].sort();
}

/** `[text, finding id, least severity]`: the id must be reported on the text, at that severity. */
export type Positive = readonly [string, string, string];
/** `[text, id]`: the text must report nothing (`null`) or not that id. */
export type Negative = readonly [string, string | null];

/**
 * The table tests every structural detector shares: each positive reports its id at its severity,
 * each negative stays quiet, every finding id has a positive case, and every positive counts in
 * the default firewall. Call inside the detector's `describe`.
 */
export function detectorTable(
  detector: Detector,
  positive: readonly Positive[],
  negative: readonly Negative[],
  findingIds: readonly string[],
): void {
  it.each(positive)('reports %j as %s (%s)', (text, id, severity) => {
    const found = findingsOf(detector, text).filter((f) => f.id === id);
    expect(found.length, JSON.stringify(findingsOf(detector, text))).toBeGreaterThan(0);
    expect(found.map((f) => f.severity)).toContain(severity);
  });

  it.each(negative)('stays quiet on %j', (text, id) => {
    if (id === null) expect(findingsOf(detector, text)).toEqual([]);
    else expect(idsOf(detector, text)).not.toContain(id);
  });

  it('covers every finding id with a positive case', () => {
    const covered = new Set(positive.map((p) => p[1]));
    for (const id of findingIds) expect(covered.has(id), id).toBe(true);
  });

  it('makes every case count in the default firewall', () => {
    const fw = new IntentFirewall();
    for (const [text] of positive)
      expect(fw.validateRequest({ id: 't', content: text }).decision, text).not.toBe('allow');
  });
}

/**
 * Tables for a detector judged by whether it reports at all: each `[label, text]` positive
 * reports something (`ids` non-empty) and the default firewall does not allow it; each near miss
 * reports nothing and the default firewall allows it. Call inside a `describe`.
 */
export function flagTables(
  ids: (text: string) => string[],
  positives: ReadonlyArray<readonly [string, string]>,
  nearMisses: readonly string[],
): void {
  const fw = new IntentFirewall();
  const decide = (content: string) => fw.validateRequest({ id: 't', content }).decision;
  for (const [label, text] of positives) {
    it(`flags (${label}) ${text}`, () => {
      expect(ids(text).length).toBeGreaterThan(0);
      expect(decide(text)).not.toBe('allow');
    });
  }
  for (const text of nearMisses) {
    it(`allows ${text}`, () => {
      expect(ids(text)).toEqual([]);
      expect(decide(text)).toBe('allow');
    });
  }
}

/** The decoded payloads `detector` hands back on `text`. */
export function rescansOf(detector: Detector, text: string): string[] {
  const out: string[] = [];
  findingsOf(detector, text, out);
  return out;
}

/**
 * Tables for a decoder: each `[kind, text, plain]` positive hands back a payload containing
 * `plain` (case-insensitive) and is not allowed by the default firewall; each near miss leaves the
 * firewall's decision what the rule pack alone makes it.
 */
export function rescanTables(
  name: string,
  missTitle: string,
  detector: Detector,
  positives: ReadonlyArray<readonly [string, string, string]>,
  nearMisses: readonly string[],
): void {
  const { on, off, decide } = firewalls();
  describe(`${name}: positives`, () => {
    it.each(positives)('%s: %s', (_kind, text, plain) => {
      expect(rescansOf(detector, text).some((r) => r.toLowerCase().includes(plain))).toBe(true);
      expect(decide(on, text)).not.toBe('allow');
    });
  });
  describe(`${name}: ${missTitle}`, () => {
    it.each(nearMisses)('%s', (text) => {
      expect(decide(on, text)).toBe(decide(off, text));
    });
  });
}

/**
 * A table judged end to end by the default firewall: every `flagged` text is not allowed, every
 * `allowed` one is. Declares its own `describe`.
 */
export function decisionTable(name: string, flagged: readonly string[], allowed: readonly string[]): void {
  const fw = new IntentFirewall();
  const decide = (content: string) => fw.validateRequest({ id: 'table', content }).decision;
  describe(name, () => {
    for (const t of flagged) it(`flags: ${t}`, () => expect(decide(t)).not.toBe('allow'));
    for (const t of allowed) it(`allows: ${t}`, () => expect(decide(t)).toBe('allow'));
  });
}
