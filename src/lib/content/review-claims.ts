/**
 * Whether a clinical review may be claimed. A review counts only when the person named really reviewed the page:
 * a profile marked `sample: true` is a placeholder, so a review "by" it never happened. Every place that could claim
 * a review (bylines, review history, meta descriptions, JSON-LD reviewedBy and lastReviewed, the launch check) asks
 * this one function, so a sample reviewer can never be presented as a real one anywhere.
 */

/** The part of a therapist profile the decision reads. */
export interface ReviewerProfile {
  sample?: boolean | undefined;
}

/** The one decision: true only when the reviewer's profile is a real person's (not a sample). */
export function isRealReview(reviewer: ReviewerProfile): boolean {
  return reviewer.sample !== true;
}

/** Whether a site-wide line may say pages are clinically reviewed: only when every named reviewer is real. */
export const everyReviewReal = (reviewers: readonly ReviewerProfile[]): boolean =>
  reviewers.length > 0 && reviewers.every(isRealReview);
