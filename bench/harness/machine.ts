import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  arch: string;
  node: string;
  v8: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
}

/** Facts about the machine every result is printed with. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  let gitCommit: string | null = null;
  let gitDirty: boolean | null = null;
  try {
    gitCommit = execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    gitDirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim().length > 0;
  } catch {
    // Not a git checkout (e.g. an unpacked tarball): leave the commit unknown.
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: os.platform(),
    arch: os.arch(),
    node: process.version,
    v8: process.versions.v8,
    gitCommit,
    gitDirty,
  };
}

/** One line: CPU, cores, memory, Node version. */
export function machineLine(m: MachineInfo): string {
  const commit = m.gitCommit ? ` · commit ${m.gitCommit.slice(0, 10)}${m.gitDirty ? '+dirty' : ''}` : '';
  return `${m.cpu} · ${m.cores} cores · ${m.memoryGiB} GiB · ${m.platform}/${m.arch} · Node ${m.node} (V8 ${m.v8})${commit}`;
}
