/** Builders for the site's JSON-LD: pure functions from content and settings to schema.org nodes. */
export { clinicLd, CLINIC_TYPE, websiteLd, priceRange, openingHoursSpecification, type ClinicInput } from './clinic.ts';
export { breadcrumbLd } from './breadcrumbs.ts';
export { personLd, profilePerson } from './people.ts';
export { healthPageLd, citationLd } from './health-page.ts';
export { serializeJsonLd } from './serialize.ts';
