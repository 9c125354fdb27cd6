/**
 * Structural detectors: the second pass of the firewall. The rule pack's automaton finds phrases;
 * a detector reads one segment of the content (a line) by its structure: a shell command by its
 * program, flags and targets, a secret by its format and checksum, an encoded payload by decoding
 * it. Every detector is a pure function of its segment, runs in time linear in it and allocates
 * little when nothing is found.
 *
 * @internal Not part of the public API.
 */
import type { Severity } from '../types.js';

/**
 * Where a detector reports what it found. Offsets are UTF-16 code units of the segment, end
 * exclusive; the firewall maps them to the whole content.
 */
export interface FindingSink {
  /**
   * Reports one finding.
   * @param id stable id `family.what` (e.g. `shell.rm-recursive-root`), the same for every
   *   occurrence of the same thing, 1–128 characters
   * @param category one of the pack's families (`destructive`, `remote-code-execution`,
   *   `system-modification`, `credential-exfiltration`, `destructive-sql`, `prompt-injection`,
   *   `privacy`, `spam`, `malware`)
   * @param severity `critical` blocks on its own; `high` escalates, and two of them block;
   *   `medium` escalates; `low` only lowers the score
   * @param description what the finding guards against, one sentence, fixed per id
   * @param evidence what was seen, short (at most 160 characters are kept), such as the command
   *   as parsed (`rm -r -f /`) or a redacted secret (`ghp_…`): never the whole secret
   */
  report(
    id: string,
    category: string,
    severity: Severity,
    description: string,
    start: number,
    end: number,
    evidence: string,
  ): void;
  /**
   * Decoded content to examine again with the whole rule pack and every detector (base64, hex,
   * escapes, URL or HTML entities, ROT13, reversed text, tag characters). Whatever the decoded
   * text triggers is reported at `[start, end)` of this segment, its evidence prefixed with `how`
   * (`base64`, `url`, …). Bounded by the firewall: two levels deep at most, and at most 64 Ki
   * decoded code units per request; past that the call does nothing.
   * @returns `false` when the decoded text was examined and triggered nothing above `low`; `true`
   *   (or nothing, from a sink that does not tell) otherwise, past the bounds included
   */
  rescan(decoded: string, start: number, end: number, how: string): boolean | undefined;
  /**
   * A statement or command at `[start, end)` of this segment, read whole and judged ordinary work
   * on scratch, test or one's own data (`DROP TABLE IF EXISTS tmp_rows`, `redis-cli -n 15 FLUSHDB
   * # test db`): the phrase rules of `category` whose every match lies inside it are withdrawn, so
   * the detector that read it owns its severity. Ignored inside decoded text. Optional: a sink that
   * does not settle leaves the phrase rules as they are.
   */
  settle?(category: string, start: number, end: number): void;
  /**
   * A finding of a reading that the segment's reading through its typing slips replaces: `report`
   * runs unless that reading runs (it runs when nothing was found as written, and every detector
   * reads the corrected text there), so the finding is neither lost nor read twice. Optional: a
   * sink without it drops such a finding.
   */
  unlessReadThroughSlips?(report: () => void): void;
}

/** A structural detector. */
export interface Detector {
  /** Short name (`shell`, `secrets`, …), unique among the detectors. */
  readonly name: string;
  /**
   * Examines one segment: a line of the content without its line break, at most
   * {@link SEGMENT_MAX} code units (a longer line is cut at fixed offsets). A line that ends in a
   * backslash continues into the next one: the backslash and the line break stay inside the
   * segment, as a shell reads them. Must not throw on any string, lone surrogates included.
   */
  scan(segment: string, sink: FindingSink): void;
}

/** Longest segment a detector sees. */
export const SEGMENT_MAX = 8192;
