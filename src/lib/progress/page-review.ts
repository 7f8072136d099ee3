import type { PageReview } from '../quiz/review.ts';

/**
 * The progress check's trust details, as the guide keeps its own (src/lib/quiz/review.ts): who wrote and reviewed
 * the page's questions, change figures and rule, when, and what each review changed (newest first). Ids are file
 * names in src/content/therapists/. Add a history line and move the dates whenever a clinician reviews the page.
 */
export const PROGRESS_REVIEW: PageReview & { history: { date: Date; reviewer: string; changes: string }[] } = {
  author: 'jordan-ellis',
  reviewer: 'priya-natarajan',
  lastReviewed: new Date('2026-12-04'),
  nextReviewDue: new Date('2027-06-04'),
  history: [
    {
      date: new Date('2026-12-04'),
      reviewer: 'priya-natarajan',
      changes: 'First version: the PEG questions, the 30% change figure and the plan’s review rule.',
    },
  ],
};

/** The sources the page cites, in the order its text first cites them (ids in src/content/sources.yaml). */
export const PROGRESS_SOURCES = ['krebs-2009', 'stratford-1995', 'dworkin-2008'] as const;
