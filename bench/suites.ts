/** Every benchmark suite, in the order `npm run bench` runs them. */
import type { Suite } from './harness/context.js';
import { firewallSuite } from './suites/firewall.js';
import { matcherSuite } from './suites/matcher.js';

export const suites: Suite[] = [matcherSuite, firewallSuite];
