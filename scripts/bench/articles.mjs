// Synthetic but schema-valid articles for the benchmark: varied titles, tags, techniques and citations.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TOPICS = [
  'lower back',
  'upper back',
  'neck and shoulders',
  'hips',
  'desk work',
  'lifting at work',
  'sleep',
  'walking',
  'stretching at home',
  'posture',
];
const TAGS = [
  'chronic back pain',
  'treatment planning',
  'self care',
  'evidence',
  'massage techniques',
  'posture',
  'work and pain',
  'sleep',
  'exercise',
  'stress',
];
const TECHNIQUES = ['deep-tissue-work', 'trigger-point-therapy', 'myofascial-release', 'stretching-and-mobilization'];
const SOURCES = [
  'walker-2004',
  'rubin-2007',
  'furlan-2015',
  'cherkin-2011',
  'qaseem-2017',
  'nice-ng59',
  'moyer-2004',
  'moyer-2011',
];
const THERAPISTS = ['jordan-ellis', 'priya-natarajan'];

const pick = (list, n) => list[n % list.length];
const day = (offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function paragraph(i, k) {
  return (
    `Paragraph ${k} of note ${i}. Your back carries you through the day, and small habits add up. ` +
    `This section looks at ${pick(TOPICS, i + k)} and what you can try between sessions. ` +
    'Keep each change small, notice how your body responds, and tell your therapist what you find. ' +
    'If anything feels worse rather than better, stop and ask us or your doctor before you carry on.'
  );
}

/** The MDX text of synthetic article number i (0-based). */
export function articleText(i, heroFile) {
  const sources = [pick(SOURCES, i), pick(SOURCES, i + 3)];
  const tags = [pick(TAGS, i), pick(TAGS, i + 4)];
  const body = [];
  for (let section = 1; section <= 4; section += 1) {
    body.push(`## Part ${section}: ${pick(TOPICS, i + section)}`, '', paragraph(i, section * 2 - 1));
    if (section === 1) body.push('', `Research gives a mixed picture here.<Cite id="${sources[0]}" />`);
    if (section === 2) body.push('', `Guidance points the same way.<Cite id="${sources[1]}" />`);
    body.push(
      '',
      `### What to try`,
      '',
      `- Move a little every hour.`,
      `- Notice which positions ease the ache.`,
      `- Write down what helps.`,
      '',
      paragraph(i, section * 2),
      '',
    );
  }
  return `---
title: "Synthetic note ${i + 1} on ${pick(TOPICS, i)}"
description: "A generated benchmark article number ${i + 1} about ${pick(TOPICS, i)}, used only to time how the site builds."
pubDate: ${day(i % 600)}
author: ${pick(THERAPISTS, i)}
reviewer: ${pick(THERAPISTS, i + 1)}
reviewHistory:
  - date: ${day(i % 600)}
    reviewer: ${pick(THERAPISTS, i + 1)}
    changes: "First version"
nextReviewDue: 2027-11-01
hero:
  src: ${heroFile}
  alt: "A simple drawing used as the picture for a generated article."
tags: [${tags.map((tag) => `"${tag}"`).join(', ')}]
techniques: [${pick(TECHNIQUES, i)}]
sources: [${sources.join(', ')}]
---

${body.join('\n')}
`;
}

/** Where a benchmark article finds the pictures when they are copied beside its folder (see writeArticles). */
const COPIED_HEROES = '../bench-heroes/';

/**
 * Writes `count` articles into dir (emptied first), beside the site's own articles: pages and redirects that name
 * a real article (the pillar behind the old clinic URL) must still build. The articles name their pictures with
 * heroRef: by default (COPIED_HEROES) the pictures are copied into a folder beside dir (the content preflight
 * refuses anything but .mdx among the articles), which suits the bare Astro site; the site itself accepts only
 * pictures in its own src/assets/, so its articles name those (for example "../src/assets/heroes/").
 */
export function writeArticles(dir, count, heroesDir, realArticlesDir, heroRef = COPIED_HEROES) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const heroes = readdirSync(heroesDir).filter((name) => name.endsWith('.svg'));
  if (heroRef === COPIED_HEROES) {
    const pictures = join(dirname(dir), 'bench-heroes');
    rmSync(pictures, { recursive: true, force: true });
    mkdirSync(pictures, { recursive: true });
    for (const hero of heroes) copyFileSync(join(heroesDir, hero), join(pictures, hero));
  }
  for (const name of readdirSync(realArticlesDir).filter((file) => file.endsWith('.mdx'))) {
    writeFileSync(
      join(dir, name),
      readFileSync(join(realArticlesDir, name), 'utf8').replaceAll('../../assets/heroes/', heroRef),
    );
  }
  for (let i = 0; i < count; i += 1)
    writeFileSync(
      join(dir, `synthetic-note-${String(i + 1).padStart(5, '0')}.mdx`),
      articleText(i, `${heroRef}${pick(heroes, i)}`),
    );
}
