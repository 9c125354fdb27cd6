/** Every benchmark suite, in the order `npm run bench` runs them. */
import type { Suite } from './harness/context.js';
import { auditSuite } from './suites/audit.js';
import { matcherSuite } from './suites/matcher.js';

export const suites: Suite[] = [matcherSuite, auditSuite];
