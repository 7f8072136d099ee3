export interface Publishable {
  draft: boolean;
  pubDate: Date;
}

/** Live on the public site: not a draft, and its publication day has come. */
export function isLive(entry: Publishable, now: Date): boolean {
  return !entry.draft && entry.pubDate.getTime() <= now.getTime();
}

/** Why an entry is hidden from the live site, for the banner shown in development; null when it is live. */
export function hiddenReason(entry: Publishable, now: Date): string | null {
  if (entry.draft) return 'Draft: this article is not on the live site. Set draft: false to publish it.';
  if (entry.pubDate.getTime() > now.getTime()) {
    return `Scheduled: this article goes live on ${entry.pubDate.toISOString().slice(0, 10)}. It is hidden from the live site until then.`;
  }
  return null;
}

/** Newest first by publication day, then by title so the order never wobbles. */
export function byNewest<T extends { data: { pubDate: Date; title: string } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);
}
