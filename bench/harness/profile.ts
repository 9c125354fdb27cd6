/**
 * CPU profiling of a workload in-process (the inspector protocol, same data as `node --cpu-prof`),
 * summarized to the functions with the most self time: the bottleneck report's evidence.
 */
import { Session } from 'node:inspector/promises';

export interface ProfileSummary {
  label: string;
  /** Sampled wall time, in milliseconds. */
  totalMs: number;
  top: { name: string; selfMs: number; share: number }[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `fn` repeatedly for `ms` milliseconds under the sampling profiler; returns the top `n` functions. */
export async function profileWorkload(label: string, fn: () => unknown, ms: number, n = 12): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const end = performance.now() + ms;
    while (performance.now() < end) await fn();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    return summarize(label, profile, n);
  } finally {
    session.disconnect();
  }
}

function summarize(label: string, profile: CpuProfile, n: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const f = node.callFrame;
    const file = f.url ? f.url.split('/').slice(-2).join('/') : '';
    const name = `${f.functionName || '(anonymous)'}${file ? ` (${file}:${f.lineNumber + 1})` : ''}`;
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  });
  const top = [...self.entries()]
    .filter(([name]) => name !== '(idle)' && name !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }));
  return { label, totalMs: total / 1000, top };
}
