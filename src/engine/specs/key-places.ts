/** What `keyPlaces` needs of a key table; the buildspec and AppSpec tables both have this shape. */
type PlaceNode =
  | { kind: 'object'; fields: Readonly<Record<string, { spec: PlaceNode }>> }
  | { kind: 'map'; keyName: string; values: PlaceNode }
  | { kind: 'list'; items: PlaceNode }
  | { kind: 'scalar' };

/**
 * Every place a fixed key name may appear, as display paths (`phases.install`, `hooks.<lifecycle event>[]`), so a
 * key written in the wrong place can be pointed to the right one.
 */
export function keyPlaces(root: PlaceNode, maxDepth: number): ReadonlyMap<string, readonly string[]> {
  const places = new Map<string, string[]>();
  const walk = (node: PlaceNode, path: string, depth: number) => {
    if (depth > maxDepth) return;
    if (node.kind === 'object') {
      for (const [name, field] of Object.entries(node.fields)) {
        const at = places.get(name) ?? [];
        if (!at.includes(path)) at.push(path);
        places.set(name, at);
        walk(field.spec, path ? `${path}.${name}` : name, depth + 1);
      }
    } else if (node.kind === 'map') {
      walk(node.values, `${path}.<${node.keyName}>`, depth + 1);
    } else if (node.kind === 'list') {
      walk(node.items, `${path}[]`, depth + 1);
    }
  };
  walk(root, '', 0);
  return places;
}
