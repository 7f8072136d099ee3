/**
 * The booking island's model for a page, from the settings and the services. Every page has an island in its
 * header and most have a second: in a build each (service, context) pair is worked out once and shared.
 */
import { bookingIslandModel, type BookingIslandInput, type BookingIslandModel } from '../lib/booking/island.ts';
import { getServices } from './collections.ts';
import { settings } from './settings.ts';

const models = new Map<string, BookingIslandModel>();

/** The model for an island; an unknown service id throws with `input.where` in the message, every time. */
export async function islandModel(input: BookingIslandInput): Promise<BookingIslandModel> {
  const services = await getServices();
  if (import.meta.env.DEV) return bookingIslandModel(settings.booking, services, input, settings.locale);
  // `where` only names the page in an error, so it is not part of the key: a model made once is valid everywhere.
  const key = JSON.stringify([input.service ?? null, input.context]);
  let model = models.get(key);
  if (!model) models.set(key, (model = bookingIslandModel(settings.booking, services, input, settings.locale)));
  return model;
}
