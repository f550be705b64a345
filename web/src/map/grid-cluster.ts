// Grid clustering of map points: places falling in the same screen cell at the current zoom are
// drawn as one circle sized by the count. Small and dependency-free.

export interface Point { id: string; x: number; y: number }
export interface Cluster<T extends Point> { x: number; y: number; members: T[] }

/** Groups points (in screen pixels) by `cell`-pixel squares; the circle sits at their mean. */
export function gridCluster<T extends Point>(points: readonly T[], cell: number): Cluster<T>[] {
  const cells = new Map<string, T[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const list = cells.get(key) ?? [];
    list.push(p);
    cells.set(key, list);
  }
  return [...cells.values()].map((members) => ({
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    y: members.reduce((s, m) => s + m.y, 0) / members.length,
    members,
  }));
}
