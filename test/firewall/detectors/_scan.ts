/** Runs one detector over one segment and records what it reports: the detectors' tests share it. */
import type { Detector, FindingSink } from '../../../src/firewall/detectors/types.js';

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

/** The distinct finding ids `detector` reports on `text`, sorted. */
export function idsOf(detector: Detector, text: string): string[] {
  return [...new Set(findingsOf(detector, text).map((f) => f.id))].sort();
}
