import { describe, expect, it } from 'vitest';
import {
  inlineCode,
  inlineCodeOf,
  isExecutableScript,
  pageText,
  parseTags,
  parseTree,
  type HtmlElement,
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
      '<script type="module">if (a < b) document.write("<a href=x>")</script><style>p{color:red}</style><p>after',
    );
    expect(tags.map((tag) => [tag.name, tag.text])).toEqual([
      ['script', 'if (a < b) document.write("<a href=x>")'],
      ['style', 'p{color:red}'],
      ['p', undefined],
    ]);
  });
});

describe('parseTags until', () => {
  it.each([
    ['body', ['html', 'head', 'meta']],
    ['meta', ['html', 'head']],
    ['nav', ['html', 'head', 'meta', 'body', 'p', 'meta']],
  ])('stops at the first <%s>', (until, names) => {
    const html = '<html><head><meta name="robots" content="noindex"></head><body><p>x</p><meta name="late"></body>';
    expect(parseTags(html, until).map((tag) => tag.name)).toEqual(names);
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

describe('attribute values', () => {
  it.each([
    ['a&amp;b', 'a&b'],
    ['&#39;x&#x27;', "'x'"],
    ['&quot;q&quot;', '"q"'],
    ['&unknown;', '&unknown;'],
    ['&copy; &eacute;', '© é'],
    ['/a?x=1&copy=2', '/a?x=1&copy=2'],
    ['a > b', 'a > b'],
  ])('%s -> %s', (value, expected) => {
    expect(parseTags(`<a title="${value}" title="second">`)[0]!.attrs).toEqual({ title: expected });
  });
});

describe('pageText', () => {
  it.each([
    [
      '<html><head><title>Title</title><style>a{}</style></head><body><p>Caf&eacute; &copy; <b>2026</b></p></body></html>',
      'Café © 2026',
    ],
    ['<body><script>let x = "é";</script><!-- «hidden» --><template>→</template><p>Shown</p></body>', 'Shown'],
    ['<body><img alt="a > b"><p>Only this</p></body>', 'Only this'],
  ])('%s -> %s', (html, expected) => {
    expect(pageText(html)).toBe(expected);
  });
});

describe('inlineCodeOf', () => {
  it.each([
    [
      '<head><style>a{}</style><script type="module">x()</script></head><body><script src="/a.js"></script><script type="application/ld+json">{}</script><SCRIPT>y()</SCRIPT></body>',
      { scripts: ['x()', 'y()'], styles: ['a{}'] },
    ],
    [
      '<!-- <script>hidden()</script> --><style media="print">p{}</style><script>if(a<b){}</script>',
      { scripts: ['if(a<b){}'], styles: ['p{}'] },
    ],
    ['<script data-note="a>b">z()</script>', { scripts: ['z()'], styles: [] }],
    ['<p>no code</p>', { scripts: [], styles: [] }],
  ])('%s', (html, expected) => {
    expect(inlineCodeOf(html)).toEqual(expected);
  });
});

/** The tree as nested [name, ...children] arrays, text as strings. */
const shape = (element: HtmlElement): unknown[] => [
  element.name,
  ...element.children.map((child) => (typeof child === 'string' ? child : shape(child))),
];

describe('parseTree', () => {
  it.each([
    ['<p>a <b>b</b></p>', ['#root', ['p', 'a ', ['b', 'b']]]],
    ['<p>one<div>two</div>', ['#root', ['p', 'one'], ['div', 'two']]],
    ['<ul><li>a<li>b</ul>', ['#root', ['ul', ['li', 'a'], ['li', 'b']]]],
    ['<p>x<br>y<img src=i>z</p>', ['#root', ['p', 'x', ['br'], 'y', ['img'], 'z']]],
    ['<p>Caf&eacute; <!-- c -->&amp; tea</p>', ['#root', ['p', 'Café & tea']]],
    ['<div><span>a</div>b', ['#root', ['div', ['span', 'a']], 'b']],
  ])('%s', (html, expected) => {
    expect(shape(parseTree(html))).toEqual(expected);
  });

  it('links each element to its parent and keeps attributes', () => {
    const root = parseTree('<main><a href="/x?a=1&amp;b=2">x</a></main>');
    const link = (root.children[0] as HtmlElement).children[0] as HtmlElement;
    expect([link.attrs, link.parent?.name, link.parent?.parent]).toEqual([{ href: '/x?a=1&b=2' }, 'main', root]);
  });
});
