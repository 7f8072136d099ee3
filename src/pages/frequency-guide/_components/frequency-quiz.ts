import { formatPrice } from '../../../lib/intl.ts';
import { progressUrl } from '../../../lib/progress/link.ts';
import { planTimeline, readAnswers, recommendPlan } from '../../../lib/quiz/index.ts';
import type { FieldError, Plan, PlanCatalog, RedFlagResult, StayingWell } from '../../../lib/quiz/index.ts';

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
    const results = ['[data-quiz-plan]', '[data-quiz-care]', '[data-quiz-well]'].map((selector) => this.find(selector));
    const cleared = this.find<HTMLInputElement>('input[name="cleared"]');
    this.find('[data-quiz-fallback]').hidden = true;
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const result = recommendPlan(readAnswers(new FormData(form)), catalog);
      this.showErrors(result.kind === 'invalid' ? result.errors : []);
      this.find('[data-quiz-stale]').hidden = true;
      const [plan, care, well] = results as [HTMLElement, HTMLElement, HTMLElement];
      plan.hidden = result.kind !== 'plan';
      care.hidden = result.kind !== 'red-flag';
      well.hidden = result.kind !== 'staying-well';
      if (result.kind === 'invalid') return summary.focus();
      const heading =
        result.kind === 'plan'
          ? this.showPlan(result, catalog)
          : result.kind === 'red-flag'
            ? this.showCare(result)
            : this.showWell(result);
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
    this.show('[data-plan-doctor]', plan.doctorPrompt ? [plan.doctorPrompt] : []);
    this.show('[data-plan-lead]', [...plan.lead, ...plan.activity]);
    for (const span of this.querySelectorAll('[data-plan-review]')) span.textContent = String(plan.reviewAfter);
    // The progress check learns the review session from its link, and nothing else.
    this.find<HTMLAnchorElement>('[data-plan-progress]').href = progressUrl(plan.reviewAfter);
    const price = (dollars: number) => formatPrice(dollars, this.dataset['locale'] ?? 'en-US');
    const { low, high } = plan.cost;
    text(
      '[data-plan-cost]',
      low === high
        ? `About ${price(high)} for the whole plan.`
        : `About ${price(low)} to ${price(high)}: the lower figure if we stop at the review, the higher one for the whole plan.`,
    );
    this.find('[data-plan-maintenance-section]').hidden = !plan.maintenance;
    this.show('[data-plan-notes]', plan.notes);
    for (const item of this.querySelectorAll<HTMLElement>('[data-technique]')) {
      item.hidden = !plan.techniques.some((id) => id === item.dataset['technique']);
    }
    this.find('[data-plan-no-techniques]').hidden = plan.techniques.length > 0;

    // A condition to check first: no booking button and no preselected session, only "call us".
    const { booking } = plan;
    this.find('[data-plan-call]').hidden = booking.kind !== 'call-first';
    this.find('[data-plan-booking]').hidden = booking.kind !== 'book';
    this.fill(
      '[data-plan-caution-items]',
      booking.kind === 'call-first' ? booking.advice.items.map((item) => item.label) : [],
    );
    // Preselect the plan's session; the booking island swaps in that service's prebuilt link on 'change'.
    const visit =
      booking.kind === 'book' &&
      this.find('[data-plan-booking]').querySelector<HTMLInputElement>(`input[value="${booking.serviceId}"]`);
    if (visit) {
      visit.checked = true;
      visit.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return this.find('#plan-title');
  }

  private showCare(advice: RedFlagResult): HTMLElement {
    for (const card of this.querySelectorAll<HTMLElement>('[data-care-level]'))
      card.hidden = card.dataset['careLevel'] !== advice.level;
    const card = this.find(`[data-care-level="${advice.level}"]`);
    this.fill(
      '[data-care-items]',
      advice.items.map((item) => item.label),
      card,
    );
    this.find('[data-care-clear]').hidden = !advice.canClear;
    // The care card's own heading (with its hidden "Immediate action required:" prefix) takes focus.
    const heading = this.find('h2', card);
    heading.tabIndex = -1;
    return heading;
  }

  private showWell(result: StayingWell): HTMLElement {
    this.show('[data-well-advice]', result.activity);
    return this.find('#well-title');
  }

  /** Shows the prerendered lines (data-word) whose ids are in `ids`, and hides the rest. */
  private show(selector: string, ids: readonly string[]): void {
    const list = this.find(selector);
    for (const line of list.querySelectorAll<HTMLElement>('[data-word]'))
      line.hidden = !ids.includes(line.dataset['word']!);
    list.hidden = ids.length === 0;
  }

  private fill(selector: string, texts: readonly string[], root: ParentNode = this): void {
    this.find(selector, root).replaceChildren(
      ...texts.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
  }
}

if (!customElements.get('frequency-quiz')) customElements.define('frequency-quiz', FrequencyQuiz);
