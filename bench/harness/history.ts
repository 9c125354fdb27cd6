/**
 * Regression 5.2: every run appends its headline figures (the target rows) to a JSON-lines history,
 * from which the report draws a trend per figure.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { RunFigures } from './compare.js';

export interface HistoryEntry extends RunFigures {
  date: string;
  commit: string | null;
  scale: string;
}

export function appendHistory(file: string, entry: HistoryEntry): void {
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** Every well-formed entry of the history (a torn last line from an interrupted run is skipped). */
export function readHistory(file: string): HistoryEntry[] {
  if (!existsSync(file)) return [];
  const out: HistoryEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as HistoryEntry);
    } catch {
      // An interrupted write leaves at most one torn line.
    }
  }
  return out;
}
