// Type declarations for benchmark peers that ship none.
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    search(text: string): [number, string[]][];
  }
}
