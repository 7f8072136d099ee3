/** The tel: link for a phone number as written in settings ("+1 217 555 0142" -> "tel:+12175550142"). */
export function telHref(phone: string): string {
  return `tel:+${phone.replace(/\D/g, '')}`;
}

export interface PostalAddress {
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

/** The address as display lines: street, then "Town, REGION 12345". */
export function addressLines(address: PostalAddress): [string, string] {
  return [address.street, `${address.locality}, ${address.region} ${address.postalCode}`];
}

/** A plain link to the address on OpenStreetMap: nothing loads until the visitor follows it. */
export function mapLink(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
