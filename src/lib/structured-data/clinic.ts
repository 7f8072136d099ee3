import type { HealthAndBeautyBusinessLeaf, OpeningHoursSpecification, WebSiteLeaf, WithContext } from 'schema-dts';
import { absolute, clinicId, websiteId } from './node-ids.ts';

/** What the clinic node needs from the settings (a subset, so tests can pass plain objects). */
export interface ClinicInput {
  name: string;
  description: string;
  siteUrl: string;
  phone: string;
  email: string;
  address: { street: string; locality: string; region: string; postalCode: string; country: string };
  geo: { latitude: number; longitude: number };
  openingHours: readonly { days: readonly string[]; opens: string; closes: string }[];
  social: readonly { url: string }[];
}

/** One visit from the services catalog. */
export interface ServiceInput {
  id: string;
  name: string;
  description: string;
  minutes: number;
  price: number;
}

type Day = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** "$65-$155" from the catalog's cheapest and dearest visit; "$110" when all cost the same. */
export function priceRange(services: readonly Pick<ServiceInput, 'price'>[]): string | undefined {
  if (services.length === 0) return undefined;
  const prices = services.map((service) => service.price);
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  return low === high ? `$${low}` : `$${low}-$${high}`;
}

/** One OpeningHoursSpecification per row of opening hours in the settings. */
export function openingHoursSpecification(rows: ClinicInput['openingHours']): OpeningHoursSpecification[] {
  return rows.map((row) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: row.days.map((day) => `https://schema.org/${day as Day}` as const),
    opens: row.opens,
    closes: row.closes,
  }));
}

/**
 * The clinic's schema.org type: a HealthAndBeautyBusiness (a LocalBusiness subtype). Never Physiotherapy or anything
 * that says physical therapy: the clinic's staff are licensed massage therapists, and most US states (Illinois:
 * 225 ILCS 90/2) forbid holding out as physical therapy without that licence.
 */
export const CLINIC_TYPE = 'HealthAndBeautyBusiness';

/** The clinic as a massage therapy business, with its services and prices. */
export function clinicLd(
  clinic: ClinicInput,
  services: readonly ServiceInput[],
  imageUrl: string,
): WithContext<HealthAndBeautyBusinessLeaf> {
  const range = priceRange(services);
  return {
    '@context': 'https://schema.org',
    '@type': CLINIC_TYPE,
    '@id': clinicId(clinic.siteUrl),
    name: clinic.name,
    description: clinic.description,
    url: absolute('/', clinic.siteUrl),
    image: absolute(imageUrl, clinic.siteUrl),
    telephone: clinic.phone.replace(/[^\d+]/g, ''),
    email: clinic.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: clinic.address.street,
      addressLocality: clinic.address.locality,
      addressRegion: clinic.address.region,
      postalCode: clinic.address.postalCode,
      addressCountry: clinic.address.country,
    },
    geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
    openingHoursSpecification: openingHoursSpecification(clinic.openingHours),
    ...(range ? { priceRange: range } : {}),
    ...(clinic.social.length > 0 ? { sameAs: clinic.social.map((profile) => profile.url) } : {}),
    hasOfferCatalog: {
      '@type': 'OfferCatalog',
      name: `${clinic.name} services`,
      itemListElement: services.map((service) => ({
        '@type': 'Offer',
        price: service.price,
        priceCurrency: 'USD',
        url: absolute('/contact', clinic.siteUrl),
        itemOffered: {
          '@type': 'Service',
          '@id': absolute(`/#service-${service.id}`, clinic.siteUrl),
          name: service.name,
          description: service.description,
          serviceType: 'Therapeutic massage',
          provider: { '@id': clinicId(clinic.siteUrl) },
        },
      })),
    },
  };
}

/** The site itself, named and published by the clinic. */
export function websiteLd(site: {
  name: string;
  description: string;
  siteUrl: string;
  locale: string;
}): WithContext<WebSiteLeaf> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(site.siteUrl),
    name: site.name,
    description: site.description,
    url: absolute('/', site.siteUrl),
    inLanguage: site.locale,
    publisher: { '@id': clinicId(site.siteUrl) },
  };
}
