export interface Relatable {
  id: string;
  tags: readonly string[];
  techniques: readonly string[];
}

/**
 * Other items ranked by shared tags (2 points each) and shared techniques (1 each); ties keep input order.
 * The plain definition for one item: pages use relatedForAll, which the tests hold to this.
 */
export function relatedItems<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  if (limit <= 0) return [];
  // One pass that keeps only the best few, with no sorting or per-candidate arrays.
  const best: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.id === current.id) continue;
    let score = 0;
    for (const tag of candidate.tags) if (current.tags.includes(tag)) score += 2;
    for (const technique of candidate.techniques) if (current.techniques.includes(technique)) score += 1;
    if (score === 0 || (best.length === limit && score <= best[limit - 1]!.score)) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at -= 1;
    best.splice(at, 0, { candidate, score });
    if (best.length > limit) best.pop();
  }
  return best.map((item) => item.candidate);
}

/**
 * relatedItems for every item at once, keyed by id. Built from tag and technique indexes, so a site with
 * thousands of articles does not score every pair of articles one by one.
 */
export function relatedForAll<T extends Relatable>(items: readonly T[], limit = 3): Map<string, T[]> {
  const index = (key: (item: T) => readonly string[]) => {
    const postings = new Map<string, number[]>();
    items.forEach((item, position) => {
      for (const value of key(item)) {
        const list = postings.get(value);
        if (list) list.push(position);
        else postings.set(value, [position]);
      }
    });
    return postings;
  };
  const byTag = index((item) => item.tags);
  const byTechnique = index((item) => item.techniques);
  const scores = new Int32Array(items.length);
  const result = new Map<string, T[]>();
  for (const current of items) {
    const touched: number[] = [];
    const add = (positions: number[] | undefined, points: number) => {
      for (const position of positions ?? []) {
        if (scores[position] === 0) touched.push(position);
        scores[position]! += points;
      }
    };
    for (const tag of new Set(current.tags)) add(byTag.get(tag), 2);
    for (const technique of new Set(current.techniques)) add(byTechnique.get(technique), 1);
    // Input order breaks ties, so visit the scored items in order.
    touched.sort((a, b) => a - b);
    const best: { position: number; score: number }[] = [];
    for (const position of touched) {
      const score = scores[position]!;
      scores[position] = 0;
      if (limit <= 0 || items[position]!.id === current.id) continue;
      if (best.length === limit && score <= best[limit - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at -= 1;
      best.splice(at, 0, { position, score });
      if (best.length > limit) best.pop();
    }
    if (!result.has(current.id))
      result.set(
        current.id,
        best.map((item) => items[item.position]!),
      );
  }
  return result;
}
