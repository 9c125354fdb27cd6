/**
 * A small shell-like splitter for the `exfiltration` detector: words (quotes removed, command
 * substitutions kept whole), pipeline stages and input redirections. It resolves nothing; it only
 * needs to know which program receives which words and what flows into it through a pipe.
 * Linear in the segment: one pass, substitution depth counted, word and stage counts bounded.
 *
 * @internal Not part of the public API.
 */

/** One command of a pipeline. */
export interface Stage {
  /** Words with quotes removed; `$(…)` and backquoted text kept as written. */
  words: string[];
  /** Targets of `<` (input) redirections. */
  inputs: string[];
  /** Targets of `>` and `>>` (output) redirections. */
  outputs: string[];
}

/** Commands separated by `;`, `&&`, `||`, `&`; each a pipeline of stages joined by `|`. */
export type Pipelines = Stage[][];

const MAX_WORDS = 512;

/** Splits `s` into pipelines of stages. Never throws. */
export function splitCommands(s: string): Pipelines {
  const pipelines: Pipelines = [];
  let stages: Stage[] = [];
  let stage: Stage = { words: [], inputs: [], outputs: [] };
  let word = '';
  let inWord = false;
  let redirect: 'in' | 'out' | null = null;
  let count = 0;
  const endWord = (): void => {
    if (!inWord) return;
    if (count++ < MAX_WORDS) {
      if (redirect === 'in') stage.inputs.push(word);
      else if (redirect === 'out') stage.outputs.push(word);
      else stage.words.push(word);
    }
    redirect = null;
    word = '';
    inWord = false;
  };
  const endStage = (): void => {
    endWord();
    if (stage.words.length > 0 || stage.inputs.length > 0 || stage.outputs.length > 0) stages.push(stage);
    stage = { words: [], inputs: [], outputs: [] };
  };
  const endPipeline = (): void => {
    endStage();
    if (stages.length > 0) pipelines.push(stages);
    stages = [];
  };
  const n = s.length;
  let i = 0;
  while (i < n) {
    // i < n = s.length
    const c = s[i]!;
    if (c === "'") {
      const e = s.indexOf("'", i + 1);
      const stop = e < 0 ? n : e;
      word += s.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      // Double quotes: substitutions inside stay, the quotes go.
      let j = i + 1;
      while (j < n && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < n) j++;
        j++;
      }
      word += s.slice(i + 1, Math.min(j, n));
      inWord = true;
      i = j + 1;
      continue;
    }
    if (c === '$' && s[i + 1] === '(') {
      const e = closeParen(s, i + 1);
      word += s.slice(i, e);
      inWord = true;
      i = e;
      continue;
    }
    if (c === '`') {
      const e = s.indexOf('`', i + 1);
      const stop = e < 0 ? n : e + 1;
      word += s.slice(i, stop);
      inWord = true;
      i = stop;
      continue;
    }
    if (c === '\\' && i + 1 < n) {
      word += s[i + 1];
      inWord = true;
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    if (c === '|') {
      if (s[i + 1] === '|') {
        endPipeline();
        i += 2;
      } else {
        endStage();
        i++;
      }
      continue;
    }
    if (c === ';' || c === '&') {
      if (c === '&' && s[i + 1] === '>') {
        endWord();
        redirect = 'out';
        i += 2;
        continue;
      }
      endPipeline();
      i += s[i + 1] === '&' ? 2 : 1;
      continue;
    }
    if (c === '<' || c === '>') {
      // `2>&1`, `>&2`: a descriptor copy, not a file.
      const fd = inWord && /^\d$/.test(word);
      if (fd) {
        word = '';
        inWord = false;
      } else endWord();
      let j = i + 1;
      if (s[j] === c) j++;
      if (s[j] === '&') {
        j++;
        // j < n = s.length
        while (j < n && /[0-9-]/.test(s[j]!)) j++;
        i = j;
        continue;
      }
      if (c === '<' && s[j] === '(') {
        // Process substitution: keep it as a word.
        const e = closeParen(s, j);
        word = s.slice(i, e);
        inWord = true;
        i = e;
        continue;
      }
      redirect = c === '<' ? 'in' : 'out';
      i = j;
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  endPipeline();
  return pipelines;
}

/** Index just past the `)` that closes the `(` at `open`, or the end of `s`. */
function closeParen(s: string, open: number): number {
  let depth = 0;
  const n = s.length;
  for (let j = open; j < n; j++) {
    const c = s[j];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return n;
}
