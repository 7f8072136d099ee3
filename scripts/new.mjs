// `npm run new -- <article|technique|therapist> "Title"`: starts a new content file with every required
// field and a hint for each. Refuses to overwrite a file that is already there.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { alreadyExistsMessage, newEntry, parseNewArgs } from '../tools/new-entry.ts';
import { dayIn } from '../src/lib/format/dates.ts';
import { settings } from '../src/server/settings.ts';
import { folderOf, listFile } from '../src/lib/content/layout.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
process.chdir(root);

const parsed = parseNewArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}

const ids = (file) => (parse(readFileSync(file, 'utf8')) ?? []).map((item) => item.id);
const names = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();

const entry = newEntry(parsed.kind, parsed.title, {
  today: dayIn(settings.timezone, new Date()),
  therapists: names(folderOf('therapists').folder),
  sources: ids(listFile('sources')),
  services: ids(listFile('services')),
});

if (existsSync(entry.path)) {
  console.error(alreadyExistsMessage(entry.path));
  process.exit(1);
}
writeFileSync(entry.path, entry.text, { flag: 'wx' });
console.log(`Created ${entry.path}`);
console.log('Fill in every field marked "" or [], then run `npm run lint:content` and `npm run dev` to check it.');
console.log('Step-by-step help: docs/publishing.md');
