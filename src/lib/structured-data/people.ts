import type { PersonLeaf, WithContext } from 'schema-dts';
import { absolute, clinicId, personId } from './node-ids.ts';
import { therapistUrl } from '../seo/routes.ts';

/** What a Person node needs from a therapist profile. */
export interface PersonInput {
  name: string;
  role: string;
  credentials: string;
  bio?: string | undefined;
  specialities?: readonly string[] | undefined;
  /** Site path of their profile page. */
  path: string;
  /** Site path or URL of their portrait. */
  image?: string | undefined;
  /** true for a placeholder profile: never named as a page's reviewer (see src/lib/content/review-claims.ts). */
  sample?: boolean | undefined;
}

/** A therapist profile (its id and data) as a health page's author or reviewer. */
export function profilePerson(profile: {
  id: string;
  data: { name: string; role: string; credentials: string; sample?: boolean | undefined };
}): PersonInput {
  const { name, role, credentials, sample } = profile.data;
  return { name, role, credentials, path: therapistUrl(profile.id), sample };
}

/** A short Person reference, used for author and reviewedBy. */
export function personRef(person: PersonInput, siteUrl: string): PersonLeaf {
  const url = absolute(person.path, siteUrl);
  return {
    '@type': 'Person',
    '@id': personId(url),
    name: person.name,
    jobTitle: person.role,
    honorificSuffix: person.credentials,
    url,
  };
}

/** The full Person node on a therapist's own page. */
export function personLd(person: PersonInput, siteUrl: string): WithContext<PersonLeaf> {
  return {
    '@context': 'https://schema.org',
    ...personRef(person, siteUrl),
    ...(person.bio ? { description: person.bio } : {}),
    ...(person.image ? { image: absolute(person.image, siteUrl) } : {}),
    ...(person.specialities && person.specialities.length > 0 ? { knowsAbout: [...person.specialities] } : {}),
    worksFor: { '@id': clinicId(siteUrl) },
  };
}
