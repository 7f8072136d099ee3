/**
 * The content rules that more than one checker applies: the content schema, the content lint, the build's
 * content check and the tests all import them from here, so each rule has one definition.
 */
import { isoDay } from '../format/dates.ts';

/** A page's description: long enough to say what the page is about, short enough that search results show it whole. */
export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

/** The highest Flesch-Kincaid grade for what visitors read (the content brief: reading age 11). */
export const MAX_READING_GRADE = 8;

const IMAGE_EXTENSION = /\.(?:svg|png|jpe?g|webp|avif|gif|tiff?|heic)$/i;

/** True when alt text looks like a file name or camera label rather than a description. */
export function looksLikeFileName(alt: string): boolean {
  const text = alt.trim();
  if (IMAGE_EXTENSION.test(text)) return true;
  if (/^(?:img|image|dsc|dcim|pxl|photo|screenshot)[\s_-]*\d+/i.test(text)) return true;
  // One "word" joined by hyphens or underscores, like "hero-image_2": a name, not a sentence.
  return !/\s/.test(text) && /[-_]/.test(text);
}

/**
 * A review is overdue once its due day has passed: on the due day itself it is due, not late.
 * `today` is the clinic's day (dayIn), YYYY-MM-DD; a due date is a day, read in UTC as the schema stores it.
 */
export function isReviewOverdue(nextReviewDue: Date | string, today: string): boolean {
  const due = nextReviewDue instanceof Date ? isoDay(nextReviewDue) : nextReviewDue;
  return /^\d{4}-\d{2}-\d{2}$/.test(due) && due < today;
}
