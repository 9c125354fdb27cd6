/**
 * Finds texts of a measuring set inside the project: the held-out and external sets' tests use it to
 * check that no case meant to measure generalization was copied into the sources, the detectors'
 * tests, the fixtures or the training data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file under `dir` (recursively) whose name ends with one of `exts`. */
export function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

/**
 * `file: text` for every text of 24 code units or more that appears in `src/`, the firewall's
 * tests, the fixtures or `data/`, as written or escaped as a JSON or TypeScript string would hold it.
 */
export function projectLeaks(texts: readonly string[]): string[] {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const files = [
    ...filesUnder(join(root, 'src'), ['.ts']),
    ...filesUnder(join(root, 'test', 'firewall'), ['.ts']),
    ...filesUnder(join(root, 'test', 'fixtures'), ['.json']),
    ...filesUnder(join(root, 'data'), ['.txt']),
  ];
  const long = texts.filter((t) => t.length >= 24);
  const leaks: string[] = [];
  for (const f of files) {
    const body = readFileSync(f, 'utf8');
    for (const t of long)
      if (body.includes(t) || body.includes(JSON.stringify(t).slice(1, -1))) leaks.push(`${f}: ${t}`);
  }
  return leaks;
}
