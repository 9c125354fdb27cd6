/**
 * Acts on named data stores, secret stores and defences, asked in words: "drop the production RDS
 * instance", "flush all keys from the prod Redis cluster", "print every secret in the prod
 * namespace, decoded", "disable Defender real-time protection on every machine". The shell, SQL
 * and Windows detectors read such acts when they are written as commands; in words, a phrase list
 * cannot name every platform's resource. This grammar reads a sentence as an act (a verb), what it
 * acts on (a resource noun of a kind: a whole store, a part of one, backups, a secret store or
 * secret items, a defence, audit records) and the words around them: how much (`all`, `every`,
 * `entire`), whose (`production`, `live`, `customer`, `company's`), where the data goes (`paste it
 * here`, `email it`, `in the build log`), and what makes it ordinary (a test, scratch, preview or
 * local resource, one's own, old or expired data, a question, a negation, detection work).
 *
 * One pass over the words of a segment, gated by a scan for the resource nouns: a sentence without
 * one costs a regular-expression test.
 *
 * @internal Not part of the public API.
 */
import { scanResources } from './_resources-grammar.js';
import type { Detector } from './types.js';

export const resourcesDetector: Detector = {
  name: 'resources',
  scan: scanResources,
};
