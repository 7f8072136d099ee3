import Cite from './Cite.astro';
import Callout from './Callout.astro';
import KeyPoints from './KeyPoints.astro';
import CareCard from './CareCard.astro';
import QuizCta from './QuizCta.astro';
import BookingCta from './BookingCta.astro';
import Figure from './Figure.astro';
import MarkdownImage from './MarkdownImage.astro';
import ServiceFact from './ServiceFact.astro';
import SignList from './SignList.astro';
import type { AuthorComponent } from '../../lib/content-checks/files.ts';

/** Components authors can use in MDX without importing them. */
export const mdxComponents = {
  Cite,
  Callout,
  KeyPoints,
  CareCard,
  QuizCta,
  BookingCta,
  Figure,
  ServiceFact,
  SignList,
  img: MarkdownImage,
} satisfies Record<AuthorComponent | 'img', unknown>;
