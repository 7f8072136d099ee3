// `npm run launch-check` on copies of the site: with the template's placeholders it fails and lists each one;
// with every placeholder filled in it passes. The copies are planted, so the test still holds after launch.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import siteConfig from '../../src/site.config.ts';
import { SAMPLE_SETTINGS } from '../../tools/launch-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];

/** A copy of the settings and content with every placeholder either planted (sample) or filled in (real). */
function copySite(kind: 'sample' | 'real'): string {
  mkdirSync(join(root, '.cache', 'temp-sites'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', 'temp-sites', 'launch-'));
  copies.push(dir);
  cpSync(join(root, 'src/content'), join(dir, 'src/content'), { recursive: true });
  const sample = kind === 'sample';
  const config = {
    ...siteConfig,
    phone: sample ? '+1 217 555 0142' : '+1 217 482 0142',
    address: { ...siteConfig.address, street: sample ? SAMPLE_SETTINGS.street : '12 Elm Avenue, Suite 4' },
    geo: sample ? SAMPLE_SETTINGS.geo : { latitude: 39.8012, longitude: -89.6501 },
    booking: {
      ...siteConfig.booking,
      url: sample ? SAMPLE_SETTINGS.bookingUrl : 'https://elm-avenue-massage.janeapp.com/',
    },
    editor: { ...siteConfig.editor, repo: sample ? SAMPLE_SETTINGS.editorRepo : 'elm-avenue-massage/site' },
    clientFacts: { ...siteConfig.clientFacts, sample },
  };
  writeFileSync(join(dir, 'src/site.config.ts'), `export default ${JSON.stringify(config, null, 2)};\n`);
  const services = readFileSync(join(dir, 'src/content/services.yaml'), 'utf8').replace(
    /[ \t]*#[ \t]*sample\b[^\n]*/gi,
    '',
  );
  writeFileSync(
    join(dir, 'src/content/services.yaml'),
    sample
      ? services.replace(/^(\s*price:.*)$/gm, '$1 # sample price').replace(/^(\s*providerIds:.*)$/gm, '$1 # sample ids')
      : services,
  );
  const therapists = join(dir, 'src/content/therapists');
  for (const file of readdirSync(therapists)) {
    const data = parse(readFileSync(join(therapists, file), 'utf8')) as Record<string, unknown>;
    const licence = sample
      ? { number: 'SAMPLE-0000', issuer: 'State licensing board (sample)' }
      : { number: 'LMT-482913', issuer: 'Illinois Department of Financial and Professional Regulation' };
    writeFileSync(join(therapists, file), stringify({ ...data, sample, licence }));
  }
  return dir;
}

const launchCheck = (dir: string) => {
  const result = spawnSync(process.execPath, [join(root, 'scripts/launch-check.mjs'), '--root', dir], {
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run launch-check', () => {
  it('fails on the sample site and lists every kind of placeholder with its file, field and fix', () => {
    const { code, output } = launchCheck(copySite('sample'));
    expect(code, output).toBe(1);
    for (const expected of [
      'src/site.config.ts: phone: "+1 217 555 0142" is a fictional 555 number',
      'src/site.config.ts: address.street:',
      'src/site.config.ts: geo:',
      'src/site.config.ts: booking.url:',
      'src/site.config.ts: editor.repo:',
      'src/site.config.ts: clientFacts.sample:',
      '.price (line',
      '.providerIds (line',
      ': sample: "',
      ': licence.number: "SAMPLE-0000"',
      ': licence.issuer:',
      ': author: names the sample profile',
      ': reviewer: names the sample profile',
      ': reviewHistory[0].reviewer: names the sample profile',
      ': reviewHistory: has no real review entry',
      'src/content/guides.yaml: frequency-guide.reviewer: names the sample profile',
      'src/content/guides.yaml: frequency-guide.reviewHistory: has no real review entry',
    ]) {
      expect(output).toContain(expected);
    }
    const items = output.split('\n').filter((line) => line.startsWith('  - '));
    expect(
      items.every((line) => /^ {2}- src\/\S+: \S.*: .+\. Fix: .+\.$/.test(line)),
      items.join('\n'),
    ).toBe(true);
  });

  it('passes on a copy with every placeholder filled in', () => {
    const { code, output } = launchCheck(copySite('real'));
    expect(output).toContain('no placeholders left');
    expect(code, output).toBe(0);
  });
});
