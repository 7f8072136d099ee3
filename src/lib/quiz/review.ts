/**
 * The frequency guide's trust details, in one typed place (health pages keep theirs in frontmatter):
 * who wrote and reviewed the guide's rules, and when. Ids are file names in src/content/therapists/.
 * Change lastReviewed and nextReviewDue whenever the rules in plan.ts or rules.ts are reviewed.
 */
export interface PageReview {
  author: string;
  reviewer: string;
  lastReviewed: Date;
  nextReviewDue: Date;
}

export const GUIDE_REVIEW: PageReview = {
  author: 'jordan-ellis',
  reviewer: 'priya-natarajan',
  lastReviewed: new Date('2026-11-30'),
  nextReviewDue: new Date('2027-05-30'),
};
