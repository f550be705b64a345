// Step 9: merges mentions into record entities. Same key (folded name, gazetteer id) -> one entity;
// a surname joins the one full name that ends with it; the canonical name is the fullest form
// (titles were never part of it); roles come from titles, parents from unit/organization links.
import type { ExtractContext } from '../context.ts';
import type { Entity, EntityType, Role } from '../../model/index.ts';
import type { Mention, PipelineState } from '../state.ts';
import { nameKey, surnameKey } from '../names/keys.ts';
import { words } from '../lexicon/words.ts';

const ORGISH: ReadonlySet<EntityType> = new Set(['organization', 'group', 'media']);
const PRIORITY: Record<EntityType, number> = { media: 3, group: 2, organization: 1, person: 0, place: 0, equipment: 0 };

function groupKey(m: Mention): string {
  if (m.type === 'place') return `place:${m.place?.id ?? nameKey(m.name)}`;
  if (ORGISH.has(m.type)) return `org:${nameKey(m.name)}`;
  return `${m.type}:${nameKey(m.name)}`;
}

/** "the Ministry" alone names the last body with that head word before it; without one it is dropped. */
function resolveBareHeads(mentions: readonly Mention[]): Mention[] {
  const heads = words().orgHeads;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.flatMap((m) => {
    if (!ORGISH.has(m.type) || !heads.has(m.name)) return [m];
    const antecedent = sorted.filter((p) => p.end <= m.start && ORGISH.has(p.type) && p.name !== m.name
      && p.name.split(/\s+/).includes(m.name)).at(-1);
    return antecedent ? [{ ...m, name: antecedent.name, type: antecedent.type }] : [];
  });
}

/** Groups mentions; single-word person names join the unique longer name sharing the surname. */
function groupMentions(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    for (const alias of m.aliases ?? []) if (!groups.has(`org:${nameKey(alias)}`)) groups.set(`org:${nameKey(alias)}`, []);
    const key = groupKey(m);
    const list = groups.get(key);
    if (list) list.push(m); else groups.set(key, [m]);
  }
  // An alias "(FSB)" seen alone later joins the named body.
  for (const m of mentions) for (const alias of m.aliases ?? []) {
    const from = `org:${nameKey(alias)}`;
    const into = groupKey(m);
    if (from !== into) { groups.get(into)!.push(...(groups.get(from) ?? [])); groups.delete(from); }
  }
  const fullNames = [...groups.keys()].filter((k) => k.startsWith('person:') && k.includes(' '));
  for (const key of [...groups.keys()]) {
    if (!key.startsWith('person:') || key.includes(' ')) continue;
    const owners = fullNames.filter((f) => surnameKey(f, words().postnominals) === key.slice(7));
    if (owners.length === 1) { groups.get(owners[0]!)!.push(...groups.get(key)!); groups.delete(key); }
  }
  // The same name read as a body once and as an ungeocoded place or a person elsewhere is one thing:
  // the organization reading wins ("Google" tagged LOC in one sentence, ORG in the next).
  for (const [key, list] of groups) {
    const name = key.slice(key.indexOf(':') + 1);
    const org = groups.get(`org:${name}`);
    const soft = key.startsWith('place:') ? !list.some((m) => m.place) : key.startsWith('person:') && !list.some((m) => m.titles);
    if (org && org !== list && soft) { for (const m of list) m.type = org[0]!.type; org.push(...list); groups.delete(key); }
  }
  for (const [k, v] of groups) if (!v.length) groups.delete(k);
  return groups;
}

function toEntity(id: string, group: Mention[], asOf: string | null): Entity {
  const names = [...new Set(group.map((m) => m.name))].sort((a, b) => b.length - a.length);
  const type = group.map((m) => m.type).sort((a, b) => PRIORITY[b] - PRIORITY[a])[0]!;
  const aliases = [...new Set([...names.slice(1), ...group.flatMap((m) => m.aliases ?? [])])];
  const entity: Entity = { id, type, name: names[0]!, aliases, mentions: group.map((m) => [m.start, m.end] as [number, number]).sort((a, b) => a[0] - b[0]),
    confidence: Math.max(...group.map((m) => m.confidence)) };
  const place = group.find((m) => m.place)?.place;
  if (type === 'place') Object.assign(entity, { lat: place?.lat ?? null, lon: place?.lon ?? null, country: place?.country ?? null, gazetteer_id: place?.id ?? null });
  if (type === 'person') {
    const titles = [...new Set(group.flatMap((m) => [...(m.titles ?? []), ...(m.ranks ?? [])]))];
    entity.roles = titles.map((title): Role => ({ title, organization: null, as_of: asOf }));
    entity.country = group.find((m) => m.titleCountry)?.titleCountry ?? null;
  }
  return entity;
}

/** "deputy defense minister" -> the "Defense Ministry" entity, when the document names it. */
function linkRoles(entities: Entity[]): void {
  const byKey = new Map(entities.filter((e) => ORGISH.has(e.type)).flatMap((e) => [e.name, ...e.aliases].map((n) => [nameKey(n), e.id] as const)));
  for (const e of entities) for (const role of e.roles ?? []) {
    const m = /(?:^|\s)((?:[a-z]+\s)*?)minister\b/.exec(role.title);
    const field = m?.[1]?.replace(/\b(?:deputy|first|vice|acting|former)\s/g, '').trim();
    if (field) role.organization = byKey.get(`${field} ministry`) ?? null;
  }
}

export function mergeEntitiesStep(ctx: ExtractContext, state: PipelineState): void {
  state.mentions = resolveBareHeads(state.mentions);
  const groups = [...groupMentions(state.mentions).values()].sort((a, b) => Math.min(...a.map((m) => m.start)) - Math.min(...b.map((m) => m.start)));
  const parents: [Entity, string][] = [];
  groups.forEach((group, k) => {
    const entity = toEntity(`e${k + 1}`, group, ctx.document.published);
    for (const m of group) state.entityOf.set(m, entity.id);
    const parentName = group.find((m) => m.parentName)?.parentName;
    if (parentName) parents.push([entity, parentName]);
    ctx.entities.push(entity);
  });
  const byName = new Map(ctx.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [nameKey(n), e.id] as const)));
  for (const [entity, parentName] of parents) entity.parent = byName.get(nameKey(parentName)) ?? null;
  linkRoles(ctx.entities);
  for (const q of ctx.quantities) {
    const m = state.mentions.find((x) => x.type === 'equipment' && x.start >= q.span[0] && x.end <= q.span[1]);
    q.entity = m ? state.entityOf.get(m) ?? null : null;
  }
}
