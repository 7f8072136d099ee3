/**
 * <booking-island>: enhances the server-rendered booking link. Every URL was built at build time and
 * sits in data-href attributes, so this script only swaps hrefs; it never builds a URL itself.
 */
class BookingIsland extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-booking-link]');
    if (!link) return;
    const picker = this.querySelector<HTMLElement>('[data-booking-picker]');
    const show = this.querySelector<HTMLButtonElement>('button[data-booking-embed]');
    const frameBox = this.querySelector<HTMLElement>('[data-booking-frame]');
    let frame: HTMLIFrameElement | undefined;

    if (picker) {
      picker.hidden = false;
      picker.addEventListener('change', (event) => {
        const href = event.target instanceof HTMLInputElement ? event.target.dataset['href'] : undefined;
        // Only build-time https links are ever used.
        if (!href?.startsWith('https://')) return;
        link.href = href;
        if (frame) frame.src = href;
      });
    }

    if (show && frameBox) {
      show.hidden = false;
      // The provider's page loads only after the visitor asks for it.
      show.addEventListener('click', () => {
        frame = document.createElement('iframe');
        frame.src = link.href;
        frame.title = show.dataset['title'] ?? '';
        frame.height = show.dataset['height'] ?? '900';
        frame.referrerPolicy = 'no-referrer';
        frame.className = 'w-full rounded-card border border-line bg-bg';
        frameBox.replaceChildren(frame);
        frameBox.hidden = false;
        show.hidden = true;
        // The button vanishes, so focus moves to what replaced it.
        frame.focus();
      });
    }
  }
}

if (!customElements.get('booking-island')) customElements.define('booking-island', BookingIsland);
