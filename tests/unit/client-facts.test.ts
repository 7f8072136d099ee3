import { describe, expect, it } from 'vitest';
import siteConfig from '../../src/site.config.ts';
import { CLIENT_TOPICS, clientAnswers, replyWithin, type ClientTopic } from '../../src/lib/clinic/client-facts.ts';
import { resolveSettings } from '../../src/lib/settings/validate.ts';

const settings = resolveSettings(siteConfig);
const withFacts = (facts: Partial<typeof settings.clientFacts>) => ({
  ...settings,
  clientFacts: { ...settings.clientFacts, ...facts },
});

describe('clientAnswers', () => {
  it('answers every topic with a question and at least one paragraph', () => {
    const answers = clientAnswers(settings);
    expect(Object.keys(answers).sort()).toEqual([...CLIENT_TOPICS].sort());
    for (const topic of CLIENT_TOPICS) {
      expect(answers[topic].question).toMatch(/\S/);
      expect(answers[topic].paragraphs.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['the reply time', { replyWorkingDays: 1 }, 'replies', 'within one working day.'],
    ['a plural reply time', { replyWorkingDays: 3 }, 'replies', 'within three working days.'],
    ['the longest reply time allowed', { replyWorkingDays: 10 }, 'replies', 'within ten working days.'],
    ['the late-cancellation fee', { lateCancellationFeePercent: 50 }, 'fees', 'we charge 50% of the visit price'],
    ['no no-show fee', { noShowFeePercent: 0 }, 'fees', 'There is no fee for a visit missed without telling us.'],
    ['payment methods as a list', { paymentMethods: ['cash', 'cards'] }, 'payment', 'You can pay by cash or cards.'],
    ['the youngest age', { minimumAge: 14 }, 'minors', 'We treat clients aged 14 and over.'],
    ['how long records are kept', { recordsKeptYears: 6 }, 'records', 'for 6 years after your last visit'],
  ] as [string, Partial<typeof settings.clientFacts>, ClientTopic, string][])(
    'says %s from the settings',
    (_name, facts, topic, expected) => {
      expect(clientAnswers(withFacts(facts))[topic].paragraphs.join(' ')).toContain(expected);
    },
  );

  it('takes the cancellation notice from its own setting', () => {
    expect(clientAnswers({ ...settings, cancellationNoticeHours: 48 }).fees.paragraphs[0]).toContain(
      "at least 48 hours' notice",
    );
  });

  it('says when there is no step-free way in', () => {
    const access = { ...settings.clientFacts.access, stepFree: false };
    expect(clientAnswers(withFacts({ access })).access.paragraphs[0]).toContain('no step-free way in');
  });

  it('phrases the reply promise for a page sentence', () => {
    expect(replyWithin(withFacts({ replyWorkingDays: 2 }))).toBe('within two working days');
  });
});
