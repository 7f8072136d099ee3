export interface Relatable {
  id: string;
  tags: readonly string[];
  techniques: readonly string[];
}

/** Other items ranked by shared tags (2 points each) and shared techniques (1 each); ties keep input order. */
export function relatedItems<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  if (limit <= 0) return [];
  // One pass that keeps only the best few: every article page scans every article, so no sorting or per-candidate arrays.
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
