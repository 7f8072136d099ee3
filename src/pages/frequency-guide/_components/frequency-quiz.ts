import { formatPrice } from '../../../lib/format/intl.ts';
import { progressUrl } from '../../../lib/progress/link.ts';
import {
  BOOKABLE_KINDS,
  DOCTOR_FIRST_KINDS,
  planTimeline,
  readAnswers,
  recommendPlan,
} from '../../../lib/quiz/index.ts';
import type {
  FieldError,
  NoScheduleResult,
  Plan,
  PlanCatalog,
  PlanResult,
  RedFlagResult,
  StayingWell,
} from '../../../lib/quiz/index.ts';

/** Which result block shows each kind of result. */
const BLOCKS = {
  plan: '[data-quiz-plan]',
  'red-flag': '[data-quiz-care]',
  'staying-well': '[data-quiz-well]',
  'self-care': '[data-quiz-noplan]',
  'not-helped': '[data-quiz-noplan]',
  'check-first': '[data-quiz-noplan]',
  'doctor-first': '[data-quiz-noplan]',
} as const satisfies Record<Exclude<PlanResult['kind'], 'invalid'>, string>;

/**
 * <frequency-quiz>: turns the server-rendered form into the quiz. Answers are read from the form,
 * checked and turned into a plan right here; nothing is sent, stored or put in the address. Prices and
 * technique rules come from the page (data-catalog, built from the content at build time).
 */
class FrequencyQuiz extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const catalog = JSON.parse(this.dataset['catalog'] ?? '{}') as PlanCatalog;
    const summary = this.find('[data-error-summary]');
    const results = [...new Set(Object.values(BLOCKS)), '[data-result-booking]'].map((selector) => this.find(selector));
    const headerBook = document.querySelector<HTMLElement>('[data-header-book]');
    const cleared = this.find<HTMLInputElement>('input[name="cleared"]');
    this.find('[data-quiz-fallback]').hidden = true;
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const result = recommendPlan(readAnswers(new FormData(form)), catalog);
      this.showErrors(result.kind === 'invalid' ? result.errors : []);
      this.find('[data-quiz-stale]').hidden = true;
      for (const block of results) block.hidden = true;
      // The header's Book button is not offered beside advice to see a doctor first (review finding 18).
      if (headerBook) headerBook.hidden = DOCTOR_FIRST_KINDS.includes(result.kind);
      if (result.kind === 'invalid') return summary.focus();
      this.find(BLOCKS[result.kind]).hidden = false;
      const booking = this.find('[data-result-booking]');
      booking.hidden = !BOOKABLE_KINDS.includes(result.kind);
      this.show('[data-result-booking]', [result.kind], '[data-booking-for]', 'bookingFor');
      const heading =
        result.kind === 'plan'
          ? this.showPlan(result, catalog)
          : result.kind === 'red-flag'
            ? this.showCare(result)
            : result.kind === 'staying-well'
              ? this.showWell(result)
              : this.showNoSchedule(result);
      heading.focus();
    });

    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      // "None of these" and the signs exclude each other, as in the GOV.UK pattern.
      if (box.type === 'checkbox' && box.checked) {
        for (const other of form.querySelectorAll<HTMLInputElement>(`input[name="${box.name}"]`)) {
          if (other !== box && ('none' in box.dataset || 'none' in other.dataset)) other.checked = false;
        }
      }
      // A doctor's check covers the signs ticked when it was given, not new ones.
      if (box.name === 'redFlags') cleared.checked = false;
      // No stale plan: a changed answer clears the result and says so.
      if (results.some((result) => !result.hidden)) {
        for (const result of results) result.hidden = true;
        if (headerBook) headerBook.hidden = false;
        this.find('[data-quiz-stale]').hidden = false;
      }
    });

    // Links move focus to their question without touching the address (no #fragment added).
    summary.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const input = link && document.getElementById(link.hash.slice(1));
      if (!input) return;
      event.preventDefault();
      input.closest('fieldset')?.scrollIntoView();
      input.focus({ preventScroll: true });
    });

    this.find('[data-plan-print]').addEventListener('click', () => window.print());
  }

  private find<E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): E {
    return root.querySelector<E>(selector)!;
  }

  private showErrors(errors: readonly FieldError[]): void {
    const failed = new Map(errors.map((error) => [error.field, error.message]));
    this.find('[data-error-summary]').hidden = failed.size === 0;
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
      const field = fieldset.dataset['question'] ?? '';
      const message = failed.get(field as FieldError['field']);
      const line = this.find(`li[data-error-for="${field}"]`);
      const inline = this.find('[data-error]', fieldset);
      line.hidden = inline.hidden = !message;
      if (message) this.find('a', line).textContent = this.find('[data-error-text]', inline).textContent = message;
      // Screen readers hear the error with the question only while it applies.
      const hint = fieldset.querySelector('[id$="-hint"]')?.id;
      const describedBy = [hint, message && inline.id].filter(Boolean).join(' ');
      if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
      else fieldset.removeAttribute('aria-describedby');
      fieldset.classList.toggle('has-error', !!message);
      for (const input of fieldset.querySelectorAll('input')) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  }

  private showPlan(plan: Plan, catalog: PlanCatalog): HTMLElement {
    const timeline = planTimeline(plan, catalog.firstVisit.minutes);
    const template = this.find<HTMLTemplateElement>('template[data-plan-step]');
    const text = (selector: string, value: string) => (this.find(selector).textContent = value);
    text('[data-plan-overview]', timeline.overview);
    this.find('[data-plan-timeline]').replaceChildren(
      ...timeline.steps.map((step) => {
        const item = template.content.cloneNode(true) as DocumentFragment;
        for (const key of ['when', 'visits'] as const) this.find(`[data-${key}]`, item).textContent = step[key];
        return item;
      }),
    );
    this.show('[data-plan-doctor]', plan.doctorPrompts);
    this.show('[data-plan-lead]', [...plan.lead, ...plan.activity]);
    for (const span of this.querySelectorAll('[data-plan-review]')) span.textContent = String(plan.reviewAt);
    // The progress check learns the review session from its link, and nothing else.
    this.find<HTMLAnchorElement>('[data-plan-progress]').href = progressUrl(plan.reviewAt);
    const price = (dollars: number) => formatPrice(dollars, this.dataset['locale'] ?? 'en-US');
    const { low, high } = plan.cost;
    text(
      '[data-plan-cost]',
      low === high
        ? `About ${price(high)} for the whole plan.`
        : `About ${price(low)} to ${price(high)}: the lower figure if we stop at the review, the higher one for the whole plan.`,
    );
    this.find('[data-plan-monthly]').hidden = plan.cost.monthly === null;
    text('[data-plan-monthly-price]', plan.cost.monthly === null ? '' : price(plan.cost.monthly));
    this.find('[data-plan-maintenance-section]').hidden = !plan.maintenance;
    text('[data-plan-session]', plan.session.replace(/\D+/g, ''));
    this.show('[data-plan-notes]', plan.notes);
    for (const item of this.querySelectorAll<HTMLElement>('[data-technique]')) {
      item.hidden = !plan.techniques.some((id) => id === item.dataset['technique']);
    }
    return this.find('#plan-title');
  }

  private showCare(result: RedFlagResult): HTMLElement {
    for (const card of this.querySelectorAll<HTMLElement>('[data-care-level]'))
      card.hidden = card.dataset['careLevel'] !== result.level;
    const card = this.find(`[data-care-level="${result.level}"]`);
    this.showSigns(card, result.ids);
    this.find('[data-care-clear]').hidden = !result.canClear;
    // The care card's own heading (with its hidden "Immediate action required:" prefix) takes focus.
    const heading = this.find('h2', card);
    heading.tabIndex = -1;
    return heading;
  }

  private showNoSchedule(result: NoScheduleResult): HTMLElement {
    const block = this.find('[data-quiz-noplan]');
    for (const part of block.querySelectorAll<HTMLElement>('[data-noplan-kind]'))
      part.hidden = part.dataset['noplanKind'] !== result.kind;
    const part = this.find(`[data-noplan-kind="${result.kind}"]`, block);
    this.showSigns(part, 'signs' in result ? result.signs : []);
    if (result.kind === 'check-first') {
      for (const item of part.querySelectorAll<HTMLElement>('[data-technique]'))
        item.hidden = !result.techniques.some((id) => id === item.dataset['technique']);
      this.find('[data-check-no-techniques]', part).hidden = result.techniques.length > 0;
    }
    this.show('[data-noplan-doctor]', 'doctorPrompts' in result ? result.doctorPrompts : []);
    this.show('[data-noplan-lead]', 'lead' in result ? [...result.lead, ...result.activity] : result.activity);
    const heading = this.find('h2', part);
    heading.tabIndex = -1;
    return heading;
  }

  /** Shows the prerendered signs (data-sign) the visitor gave, in the list's words, and hides the rest. */
  private showSigns(root: HTMLElement, ids: readonly string[]): void {
    for (const item of root.querySelectorAll<HTMLElement>('[data-sign]'))
      item.hidden = !ids.includes(item.dataset['sign']!);
  }

  private showWell(result: StayingWell): HTMLElement {
    this.show('[data-well-advice]', result.activity);
    return this.find('#well-title');
  }

  /** Shows the prerendered lines (data-word) whose ids are in `ids`, and hides the rest. */
  private show(selector: string, ids: readonly string[], lines = '[data-word]', key = 'word'): void {
    const list = this.find(selector);
    for (const line of list.querySelectorAll<HTMLElement>(lines)) line.hidden = !ids.includes(line.dataset[key]!);
    if (lines === '[data-word]') list.hidden = ids.length === 0;
  }
}

if (!customElements.get('frequency-quiz')) customElements.define('frequency-quiz', FrequencyQuiz);
