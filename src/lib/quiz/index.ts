/**
 * What the quiz page's custom element imports in the browser. Keep the no-JavaScript guide (guide.ts),
 * the page's rule list (why-this-plan.ts) and the catalog reader (catalog.ts) out of here: they run at build time.
 */
export { readAnswers } from './answers.ts';
export { BOOKABLE_KINDS, DOCTOR_FIRST_KINDS, recommendPlan } from './plan.ts';
export { planTimeline } from './timeline.ts';
export type { FieldError } from './answers.ts';
export type { NoScheduleResult, Plan, PlanCatalog, PlanResult, RedFlagResult, StayingWell } from './plan.ts';
