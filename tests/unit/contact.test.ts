import { describe, expect, it } from 'vitest';
import { addressLines, mapLink, telHref } from '../../src/lib/clinic/contact.ts';

describe('telHref', () => {
  it.each([
    ['+1 217 555 0142', 'tel:+12175550142'],
    ['+1 (217) 555-0142', 'tel:+12175550142'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
  ])('%s -> %s', (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});

describe('addressLines', () => {
  it('puts the street first and the town, region and postcode second', () => {
    expect(
      addressLines({ street: '1 Main St', locality: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' }),
    ).toEqual(['1 Main St', 'Springfield, IL 62701']);
  });
});

describe('mapLink', () => {
  it.each([
    [39.799, -89.644, 'https://www.openstreetmap.org/?mlat=39.79900&mlon=-89.64400#map=17/39.79900/-89.64400'],
    [-33.8688, 151.2093, 'https://www.openstreetmap.org/?mlat=-33.86880&mlon=151.20930#map=17/-33.86880/151.20930'],
  ])('%d, %d', (lat, lon, expected) => {
    expect(mapLink(lat, lon)).toBe(expected);
  });
});
