/**
 * The article components staff insert from the editor's "+" menu instead of typing MDX: a citation
 * (picked from src/content/sources.yaml), a callout, key points, and the blocks the site's pages also
 * use. Each one reads and writes exactly the MDX that src/components/mdx/*.astro take, and
 * tests/unit/cms-format.test.ts renders what they write through the real MDX compiler.
 */
import type { CmsOption } from './editor-fields.ts';
import { RED_FLAG_LEVELS } from '../safety/red-flags.ts';

type Values = Record<string, unknown>;

export interface EditorComponent {
  /** Decap's id for it, listed in the body field's editor_components. */
  id: string;
  label: string;
  /** 'inline' sits inside a sentence (a citation); others are blocks of their own. */
  type?: 'inline';
  fields: Values[];
  /** Matches the MDX the component writes; Decap anchors it at the start of a block. */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Values;
  toBlock: (values: Values) => string;
  toPreview: (values: Values) => string;
}

/** The kinds of callout Callout.astro draws (it takes its type from here). */
export const CALLOUT_KINDS = ['note', 'evidence', 'tip'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** Attribute text: a straight double quote would end the attribute early, so it becomes a curly one. */
const attribute = (value: unknown) =>
  String(value ?? '')
    .replace(/"/g, '\u201d')
    .replace(/\n/g, ' ')
    .trim();
const lines = (value: unknown) =>
  String(value ?? '')
    .replace(/\r/g, '')
    .trim();
const escapeHtml = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');

export function editorComponents(sources: readonly CmsOption[]): EditorComponent[] {
  return [
    {
      id: 'cite',
      label: 'Citation',
      type: 'inline',
      fields: [
        {
          name: 'id',
          label: 'Source',
          widget: 'select',
          options: sources.map(({ value, label }) => ({ value, label })),
          hint: 'Also list it under Sources above.',
        },
      ],
      pattern: /<Cite id="([^"]+)" \/>/,
      fromBlock: (match) => ({ id: match[1] }),
      toBlock: (values) => `<Cite id="${attribute(values['id'])}" />`,
      toPreview: (values) => `[source: ${String(values['id'] ?? '')}]`,
    },
    {
      id: 'callout',
      label: 'Callout',
      fields: [
        { name: 'title', label: 'Heading', widget: 'string' },
        { name: 'kind', label: 'Kind', widget: 'select', options: [...CALLOUT_KINDS], default: 'note' },
        { name: 'text', label: 'Text', widget: 'text', hint: 'Markdown: links as [words](/address).' },
      ],
      pattern: new RegExp(`<Callout title="([^"]*)" kind="(${CALLOUT_KINDS.join('|')})">\\n([\\s\\S]*?)\\n</Callout>`),
      fromBlock: (match) => ({ title: match[1], kind: match[2], text: match[3] }),
      toBlock: (values) =>
        `<Callout title="${attribute(values['title'])}" kind="${attribute(values['kind'] || 'note')}">\n${lines(values['text'])}\n</Callout>`,
      toPreview: (values) =>
        `<aside><strong>${escapeHtml(values['title'])}</strong><p>${escapeHtml(values['text'])}</p></aside>`,
    },
    {
      id: 'key-points',
      label: 'Key points',
      fields: [
        { name: 'points', label: 'Points', widget: 'list', field: { name: 'point', label: 'Point', widget: 'string' } },
      ],
      pattern: /<KeyPoints>\n([\s\S]*?)\n<\/KeyPoints>/,
      fromBlock: (match) => ({
        points: (match[1] ?? '')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => line.replace(/^\s*-\s+/, '')),
      }),
      toBlock: (values) =>
        `<KeyPoints>\n${((values['points'] as unknown[] | undefined) ?? []).map((point) => `- ${lines(point)}`).join('\n')}\n</KeyPoints>`,
      toPreview: (values) =>
        `<section><strong>Key points</strong><ul>${((values['points'] as unknown[] | undefined) ?? []).map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ul></section>`,
    },
    {
      id: 'care-card',
      label: 'When to see a doctor',
      fields: [
        { name: 'level', label: 'How urgent', widget: 'select', options: [...RED_FLAG_LEVELS], default: 'urgent' },
        { name: 'title', label: 'Heading', widget: 'string' },
        { name: 'text', label: 'Text', widget: 'text' },
      ],
      pattern: new RegExp(
        `<CareCard level="(${RED_FLAG_LEVELS.join('|')})" title="([^"]*)">\\n([\\s\\S]*?)\\n</CareCard>`,
      ),
      fromBlock: (match) => ({ level: match[1], title: match[2], text: match[3] }),
      toBlock: (values) =>
        `<CareCard level="${attribute(values['level'] || 'urgent')}" title="${attribute(values['title'])}">\n${lines(values['text'])}\n</CareCard>`,
      toPreview: (values) =>
        `<aside><strong>${escapeHtml(values['title'])}</strong><p>${escapeHtml(values['text'])}</p></aside>`,
    },
    {
      id: 'quiz-cta',
      label: 'Link to the frequency guide',
      fields: [],
      pattern: /<QuizCta \/>/,
      fromBlock: () => ({}),
      toBlock: () => '<QuizCta />',
      toPreview: () => '<p>[Frequency guide link]</p>',
    },
    {
      id: 'booking-cta',
      label: 'Booking button',
      fields: [
        {
          name: 'service',
          label: 'Visit (optional)',
          widget: 'string',
          required: false,
          hint: 'A service id from src/content/services.yaml, or empty.',
        },
      ],
      pattern: /<BookingCta(?: service="([^"]*)")? \/>/,
      fromBlock: (match) => ({ service: match[1] ?? '' }),
      toBlock: (values) =>
        values['service'] ? `<BookingCta service="${attribute(values['service'])}" />` : '<BookingCta />',
      toPreview: () => '<p>[Booking button]</p>',
    },
  ];
}
