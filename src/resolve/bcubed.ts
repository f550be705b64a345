// B-cubed precision, recall and F1 of a clustering against gold clusters, over the gold items.
// Items the system did not cluster count as singletons (each alone in its own system cluster).

export interface BCubedScore { precision: number; recall: number; f1: number; items: number }

/**
 * @param gold item -> gold cluster id
 * @param system item -> system cluster id; items absent here are system singletons
 */
export function bcubed(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): BCubedScore {
  const goldMembers = new Map<string, string[]>();
  const sysMembers = new Map<string, string[]>();
  for (const [item, g] of gold) {
    goldMembers.set(g, [...(goldMembers.get(g) ?? []), item]);
    const s = system.get(item) ?? `singleton:${item}`;
    sysMembers.set(s, [...(sysMembers.get(s) ?? []), item]);
  }
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const sys = sysMembers.get(system.get(item) ?? `singleton:${item}`) ?? [item];
    const gm = goldMembers.get(g) ?? [item];
    const both = sys.filter((i) => gold.get(i) === g).length;
    p += both / sys.length;
    r += both / gm.length;
  }
  const n = gold.size;
  const precision = n === 0 ? 0 : p / n;
  const recall = n === 0 ? 0 : r / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: n };
}
