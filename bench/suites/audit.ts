/**
 * The audit system, with both hash backends side by side: sequential and concurrent logging
 * (`_audit-logging.ts`), full and incremental verification, filtered queries against a full-scan
 * baseline, Merkle proofs, NDJSON storage and retained memory from 1K to 1M entries
 * (`_audit-scaling.ts`), and `merkletreejs` building the same RFC 6962 root over the same leaves
 * (`_audit-peers.ts`).
 */
import type { Suite } from '../harness/context.js';
import { concurrent, sequential, warmUp } from './_audit-logging.js';
import { peers } from './_audit-peers.js';
import { scaling } from './_audit-scaling.js';
import { BACKENDS } from './_audit-workload.js';

export const auditSuite: Suite = {
  id: 'audit',
  title: 'Audit System: hash chain + RFC 6962 Merkle log',
  plan: 'Benchmark 1.5, Scalability 4.2, Throughput, Latency, Memory',
  async run(ctx) {
    warmUp(ctx);
    for (const backend of BACKENDS) {
      sequential(ctx, backend);
      await concurrent(ctx, backend);
      scaling(ctx, backend);
    }
    peers(ctx);
  },
};
