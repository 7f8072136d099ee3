import { FIRST_VISIT_SERVICE_ID, type Service, type TechniqueId } from '../booking/services.ts';
import { findMissingServices } from '../content-checks/graph.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { conditionsIn } from '../content/avoid-if.ts';
import { SESSION_MINUTES, type PlanCatalog, type SessionMinutes, type Visit } from './plan.ts';

/** Every service a plan can name: the first visit, then one session per length (all in REQUIRED_SERVICE_IDS). */
export const PLAN_SERVICE_IDS = [
  FIRST_VISIT_SERVICE_ID,
  ...SESSION_MINUTES.map((minutes) => `therapeutic-${minutes}` as const),
];

/**
 * What the plan reads from the content, built at build time and handed to the page's script: lengths
 * and prices from the services catalog, and each technique's check-first conditions from its `avoidIf`.
 * Stops the build, naming the file, when the catalog lacks a service a plan can name.
 */
export function planCatalog(
  services: readonly Pick<Service, 'id' | 'minutes' | 'price'>[],
  techniques: readonly { id: string; avoidIf: readonly string[] }[],
): PlanCatalog {
  const problems = findMissingServices(new Set(services.map((service) => service.id)));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const visit = (id: string): Visit => {
    const { minutes, price } = services.find((service) => service.id === id)!;
    return { minutes, price };
  };
  return {
    firstVisit: visit(FIRST_VISIT_SERVICE_ID),
    sessions: Object.fromEntries(
      SESSION_MINUTES.map((minutes) => [minutes, visit(`therapeutic-${minutes}`)]),
    ) as Record<SessionMinutes, Visit>,
    ruledOut: Object.fromEntries(
      techniques.map((technique) => [technique.id as TechniqueId, conditionsIn(technique.avoidIf)]),
    ),
  };
}
