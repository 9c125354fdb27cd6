/** Every benchmark suite, in the order `npm run bench` runs them. */
import type { Suite } from './harness/context.js';
import { adaptersSuite } from './suites/adapters.js';
import { auditSuite } from './suites/audit.js';
import { detectionSuite } from './suites/detection.js';
import { ethicsSuite } from './suites/ethics.js';
import { evolutionSuite } from './suites/evolution.js';
import { firewallSuite } from './suites/firewall.js';
import { hitlSuite } from './suites/hitl.js';
import { matcherSuite } from './suites/matcher.js';
import { pipelineSuite } from './suites/pipeline.js';
import { stressSuite } from './suites/stress.js';

export const suites: Suite[] = [
  matcherSuite,
  firewallSuite,
  detectionSuite,
  ethicsSuite,
  evolutionSuite,
  auditSuite,
  hitlSuite,
  pipelineSuite,
  adaptersSuite,
  stressSuite,
];
