import { stopRuleText } from '../quiz/plan-words.ts';
import { THRESHOLD } from './change.ts';
import { changeWords, checkIns, type ReviewAnswer } from './plan-review.ts';

/**
 * The words the page shows for each answer of the plan's review rule. Build time only: the page renders each
 * one hidden, with empty spans for the numbers, and the progress script fills the numbers and shows one.
 * The rule itself is quoted in the guide's words (stopRuleText from src/lib/quiz/plan-words.ts).
 * Each record is [text before the number, text after it].
 */
export const REVIEW_WORDS = {
  'too-early': {
    when: ['Your plan is reviewed after ', ' sessions. Add a check-in at each visit.'],
    count: ['You have ', ' so far. This page applies the rule once you reach that session.'],
  },
  'go-on': ['Your score has come down by ', `%, which is about ${THRESHOLD} or more. By this rule, your plan goes on.`],
  stop: [
    `Your score has not come down by about ${THRESHOLD} since your first check-in (the change: `,
    '). By this rule, we stop and talk with you about other care.',
  ],
} as const;

const around = ([before, after]: readonly [string, string], value: string | number) => `${before}${value}${after}`;

/** The full text the page shows for an answer: the guide's rule, then what it says now. Empty for no plan. */
export function reviewText(answer: ReviewAnswer): string[] {
  if (answer.kind === 'no-plan') return [];
  const rule = stopRuleText(answer.session);
  if (answer.kind === 'too-early')
    return [
      around(REVIEW_WORDS['too-early'].when, answer.session),
      around(REVIEW_WORDS['too-early'].count, checkIns(answer.recorded)),
      rule,
    ];
  if (answer.kind === 'go-on') return [rule, around(REVIEW_WORDS['go-on'], answer.change.fallPercent ?? 0)];
  return [rule, around(REVIEW_WORDS.stop, changeWords(answer.change.fallPercent))];
}
