/**
 * Live requests grouped for `dedupe`: by requester and description, then by canonical context,
 * oldest first.
 *
 * The canonical context costs more to compute than the rest of filing a request, so it is computed
 * only for groups where a `dedupe` lookup happens: a group's by-context index is built on its
 * first lookup (each member serialized once, then cached on the record) and kept up to date from
 * then on. Nearly every group has one request, so a group is stored as the record itself until a
 * second request with the same requester and description is live.
 *
 * @internal Not part of the public API.
 */
import type { RequestRecord } from './_record.js';

/** Records in insertion (= creation) order, with O(1) removal. */
type Members = Set<RequestRecord>;

interface Group {
  readonly members: Members;
  /** Canonical context → members with that context; undefined until the group's first lookup. */
  byContext: Map<string, Members> | undefined;
}

function index(byContext: Map<string, Members>, record: RequestRecord): void {
  const key = record.canonicalContext();
  const same = byContext.get(key);
  if (same === undefined) byContext.set(key, new Set([record]));
  else same.add(record);
}

export class Twins {
  private readonly groups = new Map<string, RequestRecord | Group>();

  /** The oldest live request with this requester and description (`groupKey`) and context. */
  oldest(groupKey: string, canonicalContext: string): RequestRecord | undefined {
    const group = this.groups.get(groupKey);
    if (group === undefined) return undefined;
    if (!('members' in group)) return group.canonicalContext() === canonicalContext ? group : undefined;
    if (group.byContext === undefined) {
      group.byContext = new Map();
      for (const member of group.members) index(group.byContext, member);
    }
    return group.byContext.get(canonicalContext)?.values().next().value;
  }

  add(record: RequestRecord): void {
    const group = this.groups.get(record.groupKey);
    if (group === undefined) {
      this.groups.set(record.groupKey, record);
    } else if ('members' in group) {
      group.members.add(record);
      if (group.byContext !== undefined) index(group.byContext, record);
    } else {
      this.groups.set(record.groupKey, { members: new Set([group, record]), byContext: undefined });
    }
  }

  remove(record: RequestRecord): void {
    const group = this.groups.get(record.groupKey);
    if (group === record) {
      this.groups.delete(record.groupKey);
    } else if (group !== undefined && 'members' in group) {
      group.members.delete(record);
      if (group.byContext !== undefined) {
        const key = record.canonicalContext();
        const same = group.byContext.get(key);
        same?.delete(record);
        if (same?.size === 0) group.byContext.delete(key);
      }
      if (group.members.size === 1)
        this.groups.set(record.groupKey, group.members.values().next().value as RequestRecord);
    }
  }
}
