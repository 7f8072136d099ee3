import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  inlineCode,
  inlineCodeOf,
  isExecutableScript,
  pageText,
  parseTags,
} from '../../src/lib/html.ts';

describe('parseTags', () => {
  it('reads names and attributes in all quoting styles, skipping comments', () => {
    const tags = parseTags(
      `<!-- <a href="/hidden"> --><A HREF="/x?a=1&amp;b=2" class='c' data-n=3 hidden><img src=/i.svg alt="">`,
    );
    expect(tags).toEqual([
      { name: 'a', attrs: { href: '/x?a=1&b=2', class: 'c', 'data-n': '3', hidden: '' } },
      { name: 'img', attrs: { src: '/i.svg', alt: '' } },
    ]);
  });

  it('keeps the raw text of scripts and styles and does not read tags inside them', () => {
    const tags = parseTags(
      '<script type="module">if (a < b) document.write("<a href=x>")</script><style>p{color:red}</style><p>',
    );
    expect(tags.map((tag) => [tag.name, tag.text])).toEqual([
      ['script', 'if (a < b) document.write("<a href=x>")'],
      ['style', 'p{color:red}'],
      ['p', undefined],
    ]);
  });
});

describe('isExecutableScript', () => {
  it.each([
    ['<script>', true],
    ['<script type="module">', true],
    ['<script type="text/javascript">', true],
    ['<script type="application/ld+json">', false],
    ['<script type="speculationrules">', false],
  ])('%s -> %s', (html, expected) => {
    expect(isExecutableScript(parseTags(`${html}</script>`)[0]!)).toBe(expected);
  });
});

describe('inlineCode', () => {
  it('collects inline scripts the browser runs and style elements, not external or data scripts', () => {
    const tags = parseTags(
      '<script>a()</script><script src="/b.js"></script><script type="application/ld+json">{}</script><style>x{}</style>',
    );
    expect(inlineCode(tags)).toEqual({ scripts: ['a()'], styles: ['x{}'] });
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a&amp;b', 'a&b'],
    ['&#39;x&#x27;', "'x'"],
    ['&quot;q&quot;', '"q"'],
    ['&unknown;', '&unknown;'],
    ['&copy; &eacute;', '© é'],
    ['/a?x=1&copy=2', '/a?x=1&copy=2'],
  ])('%s -> %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('pageText', () => {
  it.each([
    [
      '<html><head><title>Title</title><style>a{}</style></head><body><p>Caf&eacute; &copy; <b>2026</b></p></body></html>',
      'Café © 2026',
    ],
    ['<body><script>let x = "é";</script><!-- «hidden» --><template>→</template><p>Shown</p></body>', 'Shown'],
  ])('%s -> %s', (html, expected) => {
    expect(pageText(html)).toBe(expected);
  });
});

describe('inlineCodeOf', () => {
  it.each([
    '<head><style>a{}</style><script type="module">x()</script></head><body><script src="/a.js"></script><script type="application/ld+json">{}</script><SCRIPT>y()</SCRIPT></body>',
    '<!-- <script>hidden()</script> --><style media="print">p{}</style><script>if(a<b){}</script>',
    '<p>no code</p>',
  ])('finds what the full parser finds in %s', (html) => {
    expect(inlineCodeOf(html)).toEqual(inlineCode(parseTags(html)));
  });
});
