/**
 * The answers to clients' practical questions (payment, fees, access, forms, records), written once from the
 * settings so the FAQ, first-visit, contact and accessibility pages cannot disagree.
 */
import type { SiteSettings } from '../settings/settings-schema.ts';
import { listFormat } from '../format/intl.ts';

export interface ClientAnswer {
  /** The question as a client asks it; pages use it as the heading. */
  question: string;
  /** The answer, one paragraph per entry. */
  paragraphs: string[];
}

export const CLIENT_TOPICS = [
  'payment',
  'insurance',
  'fees',
  'intake',
  'gender',
  'pregnancy',
  'minors',
  'records',
  'access',
  'replies',
] as const;
export type ClientTopic = (typeof CLIENT_TOPICS)[number];

const fee = (percent: number, what: string) =>
  percent === 0 ? `There is no fee for ${what}.` : `For ${what}, we charge ${percent}% of the visit price.`;
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Counts up to ten in words ("one working day", "three working days"), as plain-English style guides advise. */
const days = (count: number) => `${WORDS[count] ?? count} working day${count === 1 ? '' : 's'}`;

/** Every answer, by topic, from the validated settings. */
export function clientAnswers(
  settings: Pick<SiteSettings, 'clientFacts' | 'cancellationNoticeHours' | 'locale'>,
): Record<ClientTopic, ClientAnswer> {
  const facts = settings.clientFacts;
  const { access } = facts;
  return {
    payment: {
      question: 'How can I pay?',
      paragraphs: [
        `You can pay by ${listFormat(settings.locale, { type: 'disjunction' }).format(facts.paymentMethods)}. You pay at the end of each visit.`,
      ],
    },
    insurance: {
      question: 'Can I use insurance, an HSA or an FSA?',
      paragraphs: [facts.insurance, facts.hsaFsa, facts.receipts],
    },
    fees: {
      question: 'Is there a fee if I cancel late or miss a visit?',
      paragraphs: [
        `Please give us at least ${settings.cancellationNoticeHours} hours' notice. ${fee(facts.lateCancellationFeePercent, 'cancelling with less notice')}`,
        fee(facts.noShowFeePercent, 'a visit missed without telling us'),
      ],
    },
    intake: { question: 'Do I need to fill in forms?', paragraphs: [facts.intakeForms] },
    gender: { question: 'Can I choose a male or female therapist?', paragraphs: [facts.therapistGender] },
    pregnancy: { question: 'Can I have massage while pregnant?', paragraphs: [facts.pregnancy] },
    minors: {
      question: 'Do you treat children and teenagers?',
      paragraphs: [`We treat clients aged ${facts.minimumAge} and over.`, facts.minors],
    },
    records: {
      question: 'How long do you keep my records, and does HIPAA apply?',
      paragraphs: [
        `We keep your treatment notes for ${facts.recordsKeptYears} years after your last visit, then destroy them.`,
        facts.hipaa,
      ],
    },
    access: {
      question: 'Getting in and around the clinic',
      paragraphs: [
        access.stepFree
          ? 'There is a step-free way in.'
          : 'There is no step-free way in yet; call us and we will help you plan your visit.',
        access.entrance,
        access.parking,
        access.transit,
        access.restroom,
        access.table,
      ],
    },
    replies: {
      question: 'How soon will you reply?',
      paragraphs: [`We reply to calls and emails within ${days(facts.replyWorkingDays)}.`],
    },
  };
}

/** The reply promise as a phrase, for a sentence of a page's own: "within 1 working day". */
export const replyWithin = (settings: Pick<SiteSettings, 'clientFacts'>): string =>
  `within ${days(settings.clientFacts.replyWorkingDays)}`;

/** The page anchor of one answer, so other pages can link to it (for example the fees, from the guide's cost). */
export const clientAnswerId = (topic: ClientTopic): string => `answer-${topic}`;

/** The page that answers every practical question, with each answer's anchor. */
export const clientAnswerHref = (topic: ClientTopic): string => `/faq#${clientAnswerId(topic)}`;
