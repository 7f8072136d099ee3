import { SERVICES_FILE, type Service, type TechniqueId } from '../booking/services.ts';
import { conditionsIn } from '../content/avoid-if.ts';
import { FIRST_VISIT_SERVICE_ID, SESSION_MINUTES, type PlanCatalog, type PlanServiceId } from './plan.ts';

/** Every service a plan can name, in the order messages list them. */
export const PLAN_SERVICE_IDS: readonly PlanServiceId[] = [FIRST_VISIT_SERVICE_ID, ...SESSION_MINUTES.map((minutes) => `therapeutic-${minutes}` as const)];

/**
 * What the plan reads from the content, built at build time and handed to the page's script: prices and
 * lengths from the services catalog, and each technique's check-first conditions from its `avoidIf`.
 * Stops the build, naming the file, when the catalog lacks a service a plan can name.
 */
export function planCatalog(
  services: readonly Pick<Service, 'id' | 'minutes' | 'price'>[],
  techniques: readonly { id: string; avoidIf: readonly string[] }[],
): PlanCatalog {
  const missing = PLAN_SERVICE_IDS.filter((id) => !services.some((service) => service.id === id));
  if (missing.length > 0) {
    throw new Error(
      `${SERVICES_FILE}: the frequency guide needs the services ${missing.map((id) => `"${id}"`).join(', ')} for its plans and cost estimates; ` +
        'add them (with minutes and price), or change the plan rules in src/lib/utils/quiz/plan.ts.',
    );
  }
  const visit = (id: PlanServiceId) => {
    const { minutes, price } = services.find((service) => service.id === id)!;
    return { minutes, price };
  };
  return {
    visits: Object.fromEntries(PLAN_SERVICE_IDS.map((id) => [id, visit(id)])) as PlanCatalog['visits'],
    ruledOut: Object.fromEntries(techniques.map((technique) => [technique.id as TechniqueId, conditionsIn(technique.avoidIf)])),
  };
}
