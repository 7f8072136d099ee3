import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../src/site.config.ts';
import { root, sourceFiles } from '../support/import-graph.ts';
import { resolveSettings, validateSettings } from '../../src/lib/settings/validate.ts';

/** A copy of the shipped settings with one value replaced at a dotted path such as "openingHours.0.opens". */
function withSetting(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(siteConfig) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('the shipped settings', () => {
  it('are valid', () => {
    expect(validateSettings(siteConfig)).toMatchObject({ ok: true });
  });

  // The clinic's name has one source: a page that types it would keep the old name after the settings change.
  it("are the only place the site's code writes the clinic's name", () => {
    const copies = sourceFiles(
      'src/pages',
      'src/components',
      'src/layouts',
      'src/lib',
      'src/server',
      'src/integrations',
    )
      .filter((path) => readFileSync(join(root, path), 'utf8').includes(siteConfig.name))
      .map((path) => `${path} writes "${siteConfig.name}"; use settings.name`);
    expect(copies).toEqual([]);
  });
});

describe('good values are accepted', () => {
  it.each([
    ['phone', '+44 20 7946 0958'],
    ['phone', '+1 (217) 555-0142'],
    ['openingHours.0.opens', '00:00'],
    ['openingHours.0.closes', '23:59'],
    ['booking.url', 'https://massagestrong.janeapp.com/locations/downtown'],
    ['siteUrl', 'https://www.example.org/'],
    ['locale', 'en-GB'],
    ['timezone', 'Europe/London'],
    ['social', [{ label: 'Instagram', url: 'https://www.instagram.com/massagestrong' }]],
    ['cancellationNoticeHours', 0],
  ])('%s = %j', (path, value) => {
    expect(validateSettings(withSetting(path, value))).toMatchObject({ ok: true });
  });

  it('fills in defaults', () => {
    const result = validateSettings(withSetting('social', undefined));
    expect(result.ok && result.settings.social).toEqual([]);
  });
});

describe('bad values are refused with the setting, the value and what was expected', () => {
  it.each([
    ['phone', 'call us', 'phone: got "call us"', 'international phone number'],
    ['phone', '2175550142', 'phone: got "2175550142"', '"+", the country code'],
    ['phone', '+1 555', 'phone: got "+1 555"', '8 to 15 digits'],
    ['openingHours.0.opens', '25:00', 'openingHours[0].opens: got "25:00"', '24-hour time'],
    ['openingHours.1.closes', '9am', 'openingHours[1].closes: got "9am"', '24-hour time'],
    ['openingHours.2.closes', '08:00', 'openingHours[2].closes: got "08:00"', 'later than the opening time'],
    ['openingHours.0.days', ['Mon'], 'openingHours[0].days[0]: got "Mon"', 'Monday'],
    [
      'booking.url',
      'http://massagestrong.janeapp.com/',
      'booking.url: got "http://massagestrong.janeapp.com/"',
      'https://',
    ],
    ['booking.url', 'not a url', 'booking.url: got "not a url"', 'https://'],
    ['booking.provider', 'myspace', 'booking.provider: got "myspace"', 'jane'],
    ['siteUrl', 'https://massagestrong.com/blog', 'siteUrl: got "https://massagestrong.com/blog"', 'no path'],
    ['email', 'hello-at-massagestrong', 'email: got "hello-at-massagestrong"', 'email address'],
    ['timezone', 'Central Time', 'timezone: got "Central Time"', 'IANA time zone'],
    ['locale', 'english', 'locale: got "english"', 'BCP 47'],
    ['address.country', 'USA', 'address.country: got "USA"', 'two-letter country code'],
    ['geo.latitude', 123, 'geo.latitude: got 123', 'from -90 to 90'],
    ['social', [{ label: 'X', url: 'http://x.com/ms' }], 'social[0]', 'https://'],
    ['description', 'Too short.', 'description: got "Too short."', 'at least 50 characters'],
    ['cancellationNoticeHours', 2.5, 'cancellationNoticeHours: got 2.5', 'whole number'],
    ['name', undefined, 'name: got nothing (the setting is missing)', 'expected'],
    ['clientFacts.replyWorkingDays', 0, 'clientFacts.replyWorkingDays: got 0', '1 or more working days'],
    ['clientFacts.lateCancellationFeePercent', 150, 'clientFacts.lateCancellationFeePercent: got 150', '0 to 100'],
    ['clientFacts.paymentMethods', [], 'clientFacts.paymentMethods: got []', 'at least one way to pay'],
    ['clientFacts.insurance', 'Maybe', 'clientFacts.insurance: got "Maybe"', 'the insurance answer'],
    ['clientFacts.access.stepFree', 'yes', 'clientFacts.access.stepFree: got "yes"', 'true or false'],
    ['clientFacts', undefined, 'clientFacts: got nothing (the setting is missing)', 'expected'],
  ])('%s = %j', (path, value, names, expects) => {
    const result = validateSettings(withSetting(path, value));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(
      problems.some((problem) => problem.includes(names) && problem.includes(expects)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('an impossible time gets one message, not a second one about the order of times', () => {
    const result = validateSettings(withSetting('openingHours.0.opens', '25:00'));
    expect(result.ok ? [] : result.problems).toEqual([
      'openingHours[0].opens: got "25:00"; expected a 24-hour time from "00:00" to "23:59", for example "09:00"',
    ]);
  });

  it('lists every problem at once, in a message that names the file and says how to fix it', () => {
    const broken = withSetting('phone', 'call us');
    (broken['openingHours'] as { opens: string }[])[0]!.opens = '25:00';
    expect(() => resolveSettings(broken)).toThrow(
      /Invalid site settings in src\/site\.config\.ts:\n {2}- phone: got "call us".*\n {2}- openingHours\[0\]\.opens: got "25:00".*\nFix the values above in src\/site\.config\.ts/s,
    );
  });
});
