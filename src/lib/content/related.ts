export interface Relatable {
  id: string;
  tags: readonly string[];
  techniques: readonly string[];
}

/** Other items ranked by shared tags (2 points each) and shared techniques (1 each); ties keep input order. */
export function relatedItems<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate, index) => ({
      candidate,
      index,
      score:
        2 * candidate.tags.filter((tag) => current.tags.includes(tag)).length +
        candidate.techniques.filter((technique) => current.techniques.includes(technique)).length,
    }))
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((item) => item.candidate);
}
