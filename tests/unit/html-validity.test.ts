import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../built/validator.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body>${body}</body></html>`;

// The project's html-validate rules (.htmlvalidate.json) catch the defects the built-site check must catch.
describe('htmlErrors with the project rules', () => {
  it('passes a valid page', async () => {
    expect(await htmlErrors(page('<main><h1>Hello</h1><p>Text</p></main>'), 'good.html')).toEqual([]);
  });

  it.each([
    ['a duplicate id', '<main><h1 id="a">A</h1><p id="a">B</p></main>', 'no-dup-id'],
    ['an unclosed element', '<main><h1>A</h1><div><p>B</p></main>', 'close-order'],
    ['an image without alt', '<main><h1>A</h1><img src="/a.png" width="1" height="1"></main>', 'wcag/h37'],
    ['a button without a type', '<main><h1>A</h1><button>Go</button></main>', 'no-implicit-button-type'],
    ['a misspelled element', '<main><h1>A</h1><sectoin>B</sectoin></main>', 'element-name'],
    ['a block inside a paragraph', '<main><h1>A</h1><p><div>x</div></p></main>', 'no-implicit-close'],
  ])('finds %s', async (_name, body, rule) => {
    const errors = await htmlErrors(page(body), 'bad.html');
    expect(errors.some((error) => error.includes(rule))).toBe(true);
  });
});
