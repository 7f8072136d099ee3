import { byDate, localDay, readEntry, type Entry, type FieldError } from '../../../lib/progress/entries.ts';
import { changeFromFirst, changeMeaning } from '../../../lib/progress/change.ts';
import { chartPoints, polyline } from '../../../lib/progress/chart.ts';
import { exportFile, importFile, STORAGE_KEY } from '../../../lib/progress/file.ts';
import { formatScore, pegScore } from '../../../lib/progress/peg.ts';
import { changeWords, checkIns, needsCareCards, reviewAnswer } from '../../../lib/progress/plan-review.ts';
import { reviewSessionFrom } from '../../../lib/progress/link.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * <progress-check>: turns the server-rendered page into the progress check. Check-ins live in this element;
 * they go to localStorage only while "keep on this device" is ticked. Nothing is sent and nothing but the
 * plan's review session (?review=N) is read from the address.
 */
class ProgressCheck extends HTMLElement {
  private entries: Entry[] = [];
  private readonly session = reviewSessionFrom(location.search);

  connectedCallback(): void {
    const form = this.find<HTMLFormElement>('form');
    this.find('[data-progress-fallback]').hidden = true;
    form.hidden = false;
    this.find('[data-progress-results]').hidden = false;
    const date = this.find<HTMLInputElement>('#date');
    date.value = date.max = localDay(new Date());

    const stored = this.storage(() => localStorage.getItem(STORAGE_KEY));
    const kept = stored ? importFile(stored, localDay(new Date())) : undefined;
    if (kept?.ok) this.entries = byDate(kept.entries);
    this.keep.checked = !!kept?.ok;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields = Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)]));
      const result = readEntry(fields, localDay(new Date()));
      this.showErrors(result.ok ? [] : result.errors);
      if (!result.ok) return this.find('[data-error-summary]').focus();
      this.update(byDate([...this.entries, result.entry]), 'Check-in added.');
      for (const input of form.querySelectorAll<HTMLInputElement>(
        'input[name^="activity"][name$="Score"], #pain, #enjoyment, #activity',
      ))
        input.value = '';
      for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="warning"]')) radio.checked = false;
    });

    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('a');
      // Error summary links move focus without adding a #fragment to the address.
      const field = link?.closest('[data-error-summary]') && document.getElementById(link.hash.slice(1));
      if (field) {
        event.preventDefault();
        field.focus();
      }
      const button = target?.closest('button');
      if (button?.hasAttribute('data-delete')) this.deleteAll();
      if (button?.hasAttribute('data-export')) this.download();
      if (button?.hasAttribute('data-print')) window.print();
    });

    // Links to the warning signs (here and in the page's text) show the care cards first.
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a[data-show-signs]')) this.showSigns(event);
    });

    this.keep.addEventListener('change', () => {
      if (!this.keep.checked) this.storage(() => localStorage.removeItem(STORAGE_KEY));
      this.update(this.entries, this.keep.checked ? 'Kept on this device.' : 'No longer kept on this device.');
    });

    this.find<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (!file) return;
      const result = importFile(await file.text(), localDay(new Date()));
      input.value = '';
      this.setError('import', result.ok ? undefined : result.message);
      if (!result.ok) return input.focus();
      const seen = new Set(this.entries.map((entry) => JSON.stringify(entry)));
      const added = result.entries.filter((entry) => !seen.has(JSON.stringify(entry)));
      this.update(byDate([...this.entries, ...added]), `${checkIns(added.length)} added from the file.`);
    });

    this.update(this.entries, '');
  }

  private get keep(): HTMLInputElement {
    return this.find<HTMLInputElement>('[data-keep]');
  }

  private find<E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): E {
    return root.querySelector<E>(selector)!;
  }

  /** localStorage can be off or full: the page keeps working from memory. */
  private storage<T>(use: () => T): T | undefined {
    try {
      return use();
    } catch {
      return undefined;
    }
  }

  private showSigns(event: Event): void {
    event.preventDefault();
    const signs = this.find('[data-progress-care]');
    signs.hidden = false;
    const heading = this.find('h2', signs);
    heading.tabIndex = -1;
    heading.focus();
  }

  private setError(field: string, message: string | undefined): void {
    const box = this.find(`[data-field="${field}"]`);
    const inline = this.find('[data-error]', box);
    inline.hidden = !message;
    this.find('[data-error-text]', inline).textContent = message ?? '';
    box.classList.toggle('has-error', !!message);
    const hint = box.querySelector('[id$="-hint"]')?.id;
    const described = [hint, message && inline.id].filter(Boolean).join(' ');
    for (const input of box.querySelectorAll('input')) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (input.type === 'radio') continue;
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
    }
    if (box.tagName === 'FIELDSET' && described) box.setAttribute('aria-describedby', described);
  }

  private showErrors(errors: readonly FieldError[]): void {
    const failed = new Map(errors.map((error) => [error.field, error.message]));
    this.find('[data-error-summary]').hidden = failed.size === 0;
    for (const line of this.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const field = line.dataset['errorFor']!;
      const message = failed.get(field);
      line.hidden = !message;
      this.find('a', line).textContent = message ?? '';
      this.setError(field, message);
    }
  }

  private deleteAll(): void {
    this.storage(() => localStorage.removeItem(STORAGE_KEY));
    this.keep.checked = false;
    this.update([], 'Everything is deleted from this page and this device.');
  }

  private download(): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([exportFile(this.entries)], { type: 'application/json' }));
    link.download = `progress-${localDay(new Date())}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** Shows `entries` everywhere on the page (and stores them if kept), then announces `status`. */
  private update(entries: Entry[], status: string): void {
    this.entries = entries;
    if (this.keep.checked) this.storage(() => localStorage.setItem(STORAGE_KEY, exportFile(entries)));
    const has = entries.length > 0;
    this.find('[data-kept]').hidden = !(this.keep.checked && has);
    this.find('[data-oldest]').textContent = entries[0]?.date ?? '';
    this.find('[data-progress-empty]').hidden = has;
    this.find('[data-progress-has]').hidden = !has;

    const points = chartPoints(entries);
    this.find('[data-chart-line]').setAttribute('points', polyline(points));
    this.find('[data-chart-points]').replaceChildren(
      ...points.map(({ x, y }) => {
        const dot = document.createElementNS(SVG, 'circle');
        for (const [name, value] of [
          ['cx', x],
          ['cy', y],
          ['r', 6],
        ])
          dot.setAttribute(String(name), String(value));
        return dot;
      }),
    );
    this.find('[data-chart-first]').textContent = points[0]?.date ?? '';
    this.find('[data-chart-last]').textContent = points.length > 1 ? points[points.length - 1]!.date : '';

    this.find('[data-table-body]').replaceChildren(
      ...entries.map((entry) => {
        const row = document.createElement('tr');
        const cells = [
          entry.date,
          formatScore(pegScore(entry)),
          entry.pain,
          entry.enjoyment,
          entry.activity,
          entry.activities.map(({ name, score }) => `${name}: ${score}`).join('; ') || 'None',
          entry.warning ? 'Yes' : 'No',
        ];
        cells.forEach((text, i) => {
          const cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) cell.setAttribute('scope', 'row');
          cell.textContent = String(text);
          row.append(cell);
        });
        return row;
      }),
    );

    const change = changeFromFirst(entries);
    this.find('[data-change]').textContent = changeMeaning(change);
    this.find('[data-progress-care]').hidden = !needsCareCards(entries);

    const answer = reviewAnswer(entries, this.session);
    this.find('[data-review-section]').hidden = answer.kind === 'no-plan';
    for (const part of this.querySelectorAll<HTMLElement>('[data-answer]'))
      part.hidden = part.dataset['answer'] !== answer.kind;
    const numbers: Record<string, string> = {
      session: String(this.session ?? ''),
      recorded: checkIns(entries.length),
      percent: String(change?.fallPercent ?? ''),
      change: changeWords(change?.fallPercent ?? null),
    };
    for (const span of this.querySelectorAll<HTMLElement>('[data-n]')) span.textContent = numbers[span.dataset['n']!]!;
    this.find('[data-status]').textContent = status;
  }
}

if (!customElements.get('progress-check')) customElements.define('progress-check', ProgressCheck);
