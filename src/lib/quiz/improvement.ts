/**
 * What "improved" means at a plan's review, and on the progress check. Basis: Dworkin 2008 (IMMPACT): a change of
 * about 30% on a 0 to 10 pain or activity scale is one people with long-lasting pain call meaningful. Below it at
 * the review, the plan stops. A module of its own, with no imports, so the progress check's script stays small.
 */
export const MEANINGFUL_IMPROVEMENT = 0.3;
