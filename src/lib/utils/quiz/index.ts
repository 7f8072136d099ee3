/**
 * What the quiz page's custom element imports in the browser. Keep zod and the no-JavaScript guide
 * (guide.ts) out of here: they run at build time only.
 */
export { readAnswers } from './answers.ts';
export { recommendPlan } from './plan.ts';
export { planTimeline } from './timeline.ts';
export type { FieldError } from './answers.ts';
export type { Answers } from './fields.ts';
export type { InvalidResult, OpenEndedPhase, Plan, PlanResult, RedFlagResult, TimedPhase } from './plan.ts';
