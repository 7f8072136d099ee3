import { describe, expect, it } from 'vitest';
import { describeDays, describeOpeningHours, formatTime } from '../../src/lib/clinic/hours.ts';
import type { Weekday } from '../../src/lib/settings/settings-schema.ts';

describe('describeDays', () => {
  it.each<[Weekday[], string]>([
    [['Monday'], 'Monday'],
    [['Monday', 'Tuesday'], 'Monday and Tuesday'],
    [['Monday', 'Tuesday', 'Wednesday', 'Thursday'], 'Monday to Thursday'],
    [['Thursday', 'Monday', 'Wednesday', 'Tuesday'], 'Monday to Thursday'],
    [['Monday', 'Wednesday', 'Friday'], 'Monday, Wednesday, and Friday'],
    [['Monday', 'Tuesday', 'Wednesday', 'Saturday'], 'Monday to Wednesday and Saturday'],
    [['Saturday', 'Saturday'], 'Saturday'],
  ])('%j -> %s', (days, expected) => {
    expect(describeDays(days, 'en-US')).toBe(expected);
  });
});

describe('formatTime', () => {
  it.each([
    ['09:00', 'en-US', '9 AM'],
    ['17:30', 'en-US', '5:30 PM'],
    ['00:00', 'en-US', '12 AM'],
    ['17:30', 'en-GB', '17:30'],
  ])('%s in %s -> %s', (time, locale, expected) => {
    expect(formatTime(time, locale)).toBe(expected);
  });
});

describe('describeOpeningHours', () => {
  it('keeps machine-readable times next to the labels', () => {
    expect(describeOpeningHours([{ days: ['Friday'], opens: '09:00', closes: '17:30' }], 'en-US')).toEqual([
      { days: 'Friday', opensLabel: '9 AM', closesLabel: '5:30 PM', opens: '09:00', closes: '17:30' },
    ]);
  });
});
