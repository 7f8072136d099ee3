import { describe, expect, it } from 'vitest';
import { findUnknownFacts, statedFacts } from '../../tools/quality/facts.ts';
import { findSafetyGaps } from '../../tools/quality/safety.ts';

const SIGNS = ['Sign one', 'Sign two'];
const CARDS =
  '<main><section id="warning-signs"><p>Call 911 if you have any of these:</p><ul><li>Sign one</li><li>Sign two</li></ul></section></main>';
const page = (main: string) =>
  `<html><body><main>${main}</main><footer><p>Get emergency help: <a href="/cards#warning-signs">warning signs</a></p></footer></body></html>`;

describe('findSafetyGaps', () => {
  it.each([
    ['the cards themselves', CARDS],
    [
      'a mention beside a link to the cards',
      page('<p>Some pain needs emergency care: <a href="/cards#warning-signs">see the signs</a>.</p>'),
    ],
    [
      'a mention inside a region that lists every sign',
      page('<article><p>Call 999 now.</p><div><ul><li>Sign one</li><li>Sign two</li></ul></div></article>'),
    ],
    ['no mention at all', page('<p>Book a visit.</p>').replace('emergency help', 'help')],
  ])('passes %s', (_name, html) => {
    expect(
      findSafetyGaps(
        new Map([
          ['/cards', CARDS],
          ['/x', html],
        ]),
        SIGNS,
      ),
    ).toEqual([]);
  });

  it.each([
    ['a hand-typed list missing a sign', page('<p>Call 911 if you have Sign one.</p>')],
    [
      'a link to an anchor that does not list every sign',
      page('<p>Emergency? <a href="/cards#other">read this</a></p><p id="other">Sign one</p>'),
    ],
    ['a link to the right page with no anchor', page('<p>Emergency? <a href="/cards">read this</a></p>')],
    ['a link to a page that does not exist', page('<p>Call 911: <a href="/gone#warning-signs">signs</a></p>')],
  ])('fails %s, naming the page', (_name, html) => {
    const gaps = findSafetyGaps(
      new Map([
        ['/cards', CARDS],
        ['/x', html],
      ]),
      SIGNS,
    );
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(/^\/x: ".*" mentions emergency care/);
  });
});

describe('findUnknownFacts', () => {
  const catalog = [
    { id: 'a', minutes: 60, price: 110 },
    { id: 'b', minutes: 90, price: 62.5 },
  ];
  it.each([
    ['A 60-minute visit costs $110.', { minutes: [60], prices: [110] }],
    ['90 minutes for $62.50, or 60\u00a0minutes', { minutes: [90, 60], prices: [62.5] }],
    ['a few minutes early; 5 min read', { minutes: [], prices: [] }],
  ])('statedFacts(%j)', (text, expected) => expect(statedFacts(text)).toEqual(expected));

  it('passes lengths and prices the catalog has', () => {
    expect(findUnknownFacts(new Map([['/x', 'Book 60 minutes for $110 or 90 minutes for $62.50.']]), catalog)).toEqual(
      [],
    );
  });

  it('fails a typed length and a typed price the catalog does not have', () => {
    const problems = findUnknownFacts(new Map([['/x', 'A first visit is often 45 minutes and costs $99.']]), catalog);
    expect(problems).toEqual([
      expect.stringMatching(/^\/x: states a 45-minute session/),
      expect.stringMatching(/^\/x: states a price of \$99/),
    ]);
  });
});
