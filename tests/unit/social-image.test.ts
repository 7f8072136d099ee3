import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { CardPool } from '../../src/integrations/social-cards/pool.ts';
import { drawCard } from '../../src/integrations/social-cards/draw.ts';
import { CardDrawer } from '../../src/integrations/social-cards/drawer.ts';
import {
  clearHandover,
  handOverCards,
  handoverFile,
  takeHandedOverCards,
} from '../../src/integrations/social-cards/handover.ts';
import { CardCache, cardKey } from '../../src/integrations/social-cards/cache.ts';
import {
  BRAND,
  CARD_HEIGHT,
  CARD_WIDTH,
  HERO_BOX,
  cardBackgroundTree,
  cardHeroTree,
  cardTitleTree,
  titleBox,
  titleSize,
  type Box,
  type CardInput,
  type CardNode,
} from '../../src/lib/social-card.ts';

const card: CardInput = {
  title: 'Trigger point therapy',
  kicker: 'Technique',
  siteName: 'Massage Strong',
  footnote: 'massagestrong.com',
  heroSvg: '<svg/>',
};

/** Every text and image source in a tree, in order. */
function contents(tree: CardNode | string): string[] {
  if (typeof tree === 'string') return [tree];
  const own = typeof tree.props['src'] === 'string' ? [tree.props['src']] : [];
  const children = tree.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return [...own, ...list.flatMap(contents)];
}

const WORKER = new URL('../../src/integrations/social-cards/worker.ts', import.meta.url);

describe('titleSize', () => {
  it.each([
    ['Short title', 72],
    ['x'.repeat(32), 72],
    ['x'.repeat(33), 60],
    ['x'.repeat(56), 60],
    ['x'.repeat(90), 50],
  ])('%s -> %i px', (title, size) => {
    expect(titleSize(title)).toBe(size);
  });
});

describe('card layers', () => {
  const overlaps = (a: Box, b: Box) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
  const inside = (box: Box) =>
    box.left >= 0 && box.top >= 0 && box.left + box.width <= CARD_WIDTH && box.top + box.height <= CARD_HEIGHT;

  it('draw a 1200x630 background on the brand cream', () => {
    expect(cardBackgroundTree(card).props.style).toMatchObject({
      width: 1200,
      height: 630,
      backgroundColor: BRAND.cream,
    });
  });
  it('show the kicker, the clinic name and the footnote in the background, the title and the hero in their own layers', () => {
    expect(contents(cardBackgroundTree(card))).toEqual(['Technique', 'Massage Strong', 'massagestrong.com']);
    expect(contents(cardTitleTree(card))).toEqual(['Trigger point therapy']);
    expect(contents(cardHeroTree('<svg/>'))[0]).toMatch(/^data:image\/svg\+xml;base64,/);
  });
  it.each([
    ['with a hero', card],
    ['without a hero', { ...card, heroSvg: undefined }],
  ])('lay the title and the hero inside the card without overlapping, %s', (_case, input) => {
    const title = titleBox(input);
    expect(inside(title) && inside(HERO_BOX)).toBe(true);
    expect(overlaps(title, HERO_BOX)).toBe(input.heroSvg === undefined);
  });
  it('size each layer to its box, so the layers fit where they are pasted', () => {
    expect(cardTitleTree(card).props.style).toMatchObject({
      width: titleBox(card).width,
      height: titleBox(card).height,
      backgroundColor: BRAND.cream,
    });
    expect(cardHeroTree('<svg/>').props.style).toMatchObject({
      width: HERO_BOX.width,
      height: HERO_BOX.height,
      backgroundColor: BRAND.cream,
    });
  });
});

describe('cardKey', () => {
  it.each([
    ['title', { ...card, title: 'Deep tissue work' }],
    ['kicker', { ...card, kicker: 'Article' }],
    ['site name', { ...card, siteName: 'Other Clinic' }],
    ['footnote', { ...card, footnote: 'other.example' }],
    ['hero', { ...card, heroSvg: '<svg><rect/></svg>' }],
  ])('changes when the %s changes', (_field, changed) => {
    expect(cardKey(changed)).not.toBe(cardKey(card));
  });
  it('changes with the design version and stays the same for the same inputs', () => {
    expect(cardKey({ ...card })).toBe(cardKey(card));
    expect(cardKey(card, 99)).not.toBe(cardKey(card));
  });
});

describe('CardCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('returns what was written under a key, and nothing for an unknown key', () => {
    const cache = new CardCache(join(dir, 'nested'));
    expect(cache.read('missing')).toBeUndefined();
    cache.write('abc', new Uint8Array([1, 2, 3]));
    expect([...(cache.read('abc') ?? [])]).toEqual([1, 2, 3]);
  });
});

describe('drawing a card', () => {
  it('gives the same 1200x630 PNG on a worker thread as on this one', async () => {
    const drawn = {
      ...card,
      heroSvg:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#0e5c58"/></svg>',
    };
    const file = join(mkdtempSync(join(tmpdir(), 'card-worker-')), 'card.png');
    const [here] = await Promise.all([drawCard(drawn), new CardPool(WORKER, 1).draw(drawn, file)]);
    expect(await sharp(here).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readFileSync(file).equals(Buffer.from(here))).toBe(true);
    rmSync(dirname(file), { recursive: true, force: true });
  });
});

describe('putting the cards into the build', () => {
  it('links each prepared card into og/ with the drawn bytes, and again over a build already there', async () => {
    const out = mkdtempSync(join(tmpdir(), 'card-dist-'));
    const named = { ...card, heroSvg: undefined, title: `A card for the linking test ${process.pid}` };
    const drawer = new CardDrawer({ workerFile: WORKER });
    const cards = [{ name: 'articles/linking-test', card: named }];
    const first = await drawer.writeInto(out, cards);
    const file = join(out, 'og', 'articles', 'linking-test.png');
    expect(first.written).toBe(1);
    expect(readFileSync(file).equals(Buffer.from(await drawCard(named)))).toBe(true);
    // A hard link, not a copy: the cache and the build share the file's bytes on disk.
    expect(statSync(file).nlink).toBeGreaterThan(1);
    await drawer.writeInto(out, cards);
    expect(readFileSync(file).equals(Buffer.from(await drawCard(named)))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('drawing many cards on the workers', () => {
  it('draws every card handed over at once, each the same PNG as on this thread', async () => {
    const pool = new CardPool(WORKER, 2);
    const dir = mkdtempSync(join(tmpdir(), 'card-batch-'));
    const cards = Array.from({ length: 40 }, (_, index) => ({
      ...card,
      heroSvg: undefined,
      title: `Card number ${index + 1} of a batch`,
    }));
    await Promise.all(cards.map((each, index) => pool.draw(each, join(dir, `${index}.png`))));
    for (const index of [0, 17, 39])
      expect(readFileSync(join(dir, `${index}.png`)).equals(Buffer.from(await drawCard(cards[index]!)))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
    // A card left undrawn would never settle: fail in seconds rather than at the suite's three-minute limit.
  }, 20_000);
});

describe('a card two pages use', () => {
  it('is drawn once, and not at all once cached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-once-'));
    const drawer = new CardDrawer({ workerFile: WORKER, cache: new CardCache(join(dir, 'cache')) });
    const once = { ...card, heroSvg: undefined, title: `Drawn once ${process.pid}` };
    const result = await drawer.writeInto(join(dir, 'dist'), [
      { name: 'articles/once', card: once },
      { name: 'techniques/same-card', card: { ...once } },
    ]);
    expect(result).toEqual({ written: 2, made: 1 });
    expect(readFileSync(join(dir, 'dist', 'og', 'techniques', 'same-card.png')).length).toBeGreaterThan(0);
    // Built again with the cache warm: nothing is drawn.
    const again = await new CardDrawer({ workerFile: WORKER, cache: new CardCache(join(dir, 'cache')) }).writeInto(
      join(dir, 'dist'),
      [{ name: 'articles/once', card: once }],
    );
    expect(again).toEqual({ written: 1, made: 0 });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('handing the cards over from the og route to the integration', () => {
  it('gives the integration every card the route wrote, once, and names the fix when none were written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-handover-'));
    const file = handoverFile(dir, 4242);
    expect(file).toBe(join(dir, '.cache', 'social-cards', 'handover-4242.json'));
    const cards = [
      { name: 'site', card: { ...card, heroSvg: undefined } },
      { name: 'articles/x', card },
    ];
    handOverCards(cards, file);
    expect(takeHandedOverCards(file)).toEqual(JSON.parse(JSON.stringify(cards)));
    // Taken once: a later build in a process with the same id never sees these cards.
    expect(() => takeHandedOverCards(file)).toThrow(
      /og route handed over no social cards: .*handover-4242\.json is missing.*socialCards\(\) integration/s,
    );
    handOverCards(cards, file);
    clearHandover(file);
    expect(() => takeHandedOverCards(file)).toThrow(/is missing/);
    rmSync(dir, { recursive: true, force: true });
  });
});
