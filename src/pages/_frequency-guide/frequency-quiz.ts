import { planTimeline, readAnswers, recommendPlan } from '../../lib/utils/quiz/index.ts';
import type { FieldError, Plan, RedFlagResult } from '../../lib/utils/quiz/index.ts';

/**
 * <frequency-quiz>: turns the server-rendered form into the quiz. Answers are read from the form,
 * checked and turned into a plan right here; nothing is sent, stored or put in the address.
 */
class FrequencyQuiz extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const summary = this.find('[data-error-summary]');
    this.find('[data-quiz-fallback]').hidden = true;
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const result = recommendPlan(readAnswers(new FormData(form)));
      this.showErrors(result.kind === 'invalid' ? result.errors : []);
      this.find('[data-quiz-plan]').hidden = result.kind !== 'plan';
      this.find('[data-quiz-care]').hidden = result.kind !== 'red-flag';
      if (result.kind === 'invalid') return summary.focus();
      const heading = result.kind === 'plan' ? this.showPlan(result) : this.showCare(result);
      heading.focus();
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

  private showPlan(plan: Plan): HTMLElement {
    const timeline = planTimeline(plan);
    const template = this.find<HTMLTemplateElement>('template[data-plan-step]');
    this.find('[data-plan-overview]').textContent = timeline.overview;
    this.find('[data-plan-timeline]').replaceChildren(
      ...timeline.steps.map((step) => {
        const item = template.content.cloneNode(true) as DocumentFragment;
        for (const key of ['when', 'title', 'visits', 'purpose'] as const) this.find(`[data-${key}]`, item).textContent = step[key];
        return item;
      }),
    );
    this.find('[data-plan-reassess]').textContent = plan.reassess.text;
    this.find('[data-plan-about]').textContent = plan.about;
    this.fill('[data-plan-self-care]', plan.selfCare);
    this.fill('[data-plan-notes]', plan.notes);
    for (const item of this.querySelectorAll<HTMLElement>('[data-technique]')) {
      item.hidden = !plan.techniques.some((id) => id === item.dataset['technique']);
    }
    const caution = plan.checkWithDoctorFirst;
    this.find('[data-plan-caution]').hidden = !caution;
    this.fill('[data-plan-caution-items]', caution?.items.map((item) => item.label) ?? []);

    // Preselect the plan's session; the booking island swaps in that service's prebuilt link on 'change'.
    const visit = this.find('[data-plan-booking]').querySelector<HTMLInputElement>(`input[value="${plan.sessionServiceId}"]`);
    if (visit) {
      visit.checked = true;
      visit.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return this.find('#plan-title');
  }

  private showCare(advice: RedFlagResult): HTMLElement {
    for (const card of this.querySelectorAll<HTMLElement>('[data-care-level]')) card.hidden = card.dataset['careLevel'] !== advice.level;
    const card = this.find(`[data-care-level="${advice.level}"]`);
    this.fill('[data-care-items]', advice.items.map((item) => item.label), card);
    // The care card's own heading (with its hidden "Immediate action required:" prefix) takes focus.
    const heading = this.find('h2', card);
    heading.tabIndex = -1;
    return heading;
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
