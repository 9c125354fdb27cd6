/**
 * Column storage for audit entries and the indexes that answer queries without scanning.
 *
 * An entry's hash is its Merkle leaf, so it is stored once, in the tree; here each entry costs a
 * timestamp (8 bytes), a type id and an actor id (4 + 4), a reference to its canonical `data` text,
 * and one slot in its type's and its actor's list of sequence numbers (4 + 4). Growable typed arrays
 * come from mnemonist (`Float64Vector`, `Uint32Vector`): well kept, amortized O(1) push, no boxing.
 *
 * @internal Not part of the public API.
 * @module
 */
import { Float64Vector, Uint32Vector } from 'mnemonist';
import { jsonBytes, nullJson } from './_entry-hasher.js';

const EMPTY = new Uint8Array(0);

/** Actor id of entries without an actor. */
export const NO_ACTOR = 0xffffffff;

/** Distinct strings (types or actors) with their JSON form and the sorted list of their entries. */
export class NameIndex {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly json: string[] = [];
  /** UTF-8 of `json`, for hashing entries without building their text. */
  readonly bytes: Uint8Array[] = [];
  readonly seqs: Uint32Vector[] = [];

  /** The id of `name`, or -1 when it has never been used (or is not a string). */
  idOf(name: unknown): number {
    return this.ids.get(name as string) ?? -1;
  }

  /** The id of `name`, creating it if needed. */
  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.json.push(JSON.stringify(name));
      this.bytes.push(jsonBytes(name));
      this.seqs.push(new Uint32Vector(4));
    }
    return id;
  }

  get count(): number {
    return this.names.length;
  }
}

export class EntryStore {
  readonly timestamps = new Float64Vector(64);
  readonly typeIds = new Uint32Vector(64);
  readonly actorIds = new Uint32Vector(64);
  readonly data: string[] = [];
  readonly types = new NameIndex();
  readonly actors = new NameIndex();

  get size(): number {
    return this.data.length;
  }

  /** Appends an entry (its seq is the current size). */
  push(timestamp: number, type: string, actor: string | null, dataJson: string): void {
    const seq = this.data.length;
    const typeId = this.types.intern(type);
    const actorId = actor === null ? NO_ACTOR : this.actors.intern(actor);
    this.timestamps.push(timestamp);
    this.typeIds.push(typeId);
    this.actorIds.push(actorId);
    this.data.push(dataJson);
    // intern() pushes a seqs list for every id it hands out
    this.types.seqs[typeId]!.push(seq);
    if (actorId !== NO_ACTOR) this.actors.seqs[actorId]!.push(seq);
  }

  timestamp(seq: number): number {
    return this.timestamps.get(seq);
  }

  // Stored ids were interned, so they have a name, JSON and bytes; seq < size is the caller's promise.
  type(seq: number): string {
    return this.types.names[this.typeIds.get(seq)]!;
  }

  actor(seq: number): string | null {
    const id = this.actorIds.get(seq);
    return id === NO_ACTOR ? null : this.actors.names[id]!;
  }

  typeJson(seq: number): string {
    return this.types.json[this.typeIds.get(seq)]!;
  }

  actorJson(seq: number): string {
    const id = this.actorIds.get(seq);
    return id === NO_ACTOR ? 'null' : this.actors.json[id]!;
  }

  /** The type's JSON as UTF-8; empty (so that no hash can match) if the stored id is corrupt. */
  typeBytes(seq: number): Uint8Array {
    return this.types.bytes[this.typeIds.get(seq)] ?? EMPTY;
  }

  /** The actor's JSON as UTF-8 (`null` for none); empty if the stored id is corrupt. */
  actorBytes(seq: number): Uint8Array {
    const id = this.actorIds.get(seq);
    return id === NO_ACTOR ? nullJson() : (this.actors.bytes[id] ?? EMPTY);
  }

  dataJson(seq: number): string {
    return this.data[seq]!;
  }

  /** First seq in [lo, hi) whose timestamp is ≥ t (hi when none): timestamps never decrease. */
  firstAtOrAfter(t: number, lo = 0, hi = this.size): number {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.timestamps.get(mid) < t) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** First seq in [lo, hi) whose timestamp is > t (hi when none). */
  firstAfter(t: number, lo = 0, hi = this.size): number {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.timestamps.get(mid) <= t) a = mid + 1;
      else b = mid;
    }
    return a;
  }
}
