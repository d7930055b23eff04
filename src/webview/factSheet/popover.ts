// Places a figure's details panel. The panel is position: fixed, so that neither the table's scroll box
// nor the page's edge cuts it off, and always laid out (CSS only toggles its visibility), so it can be
// measured: this puts it below its figure, or above when there is no room below, inside the viewport.
const EDGE = 8;
const OPEN = '.figure:hover > .details, .figure:focus-within > .details';

/** Placing an open panel again changes nothing, so a click inside it does not move it from under the pointer. */
export function placePopover(panel: HTMLElement): void {
  const anchor = panel.parentElement;
  const size = panel.getBoundingClientRect();
  if (!anchor || size.width === 0) return;
  const at = anchor.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth;
  const left = Math.max(EDGE, Math.min(at.left, viewportWidth - EDGE - size.width));
  const bottom = window.innerHeight - EDGE;
  // Below the figure, else above it, else (a short panel) as low as it fits: it is never taller than the viewport.
  let top = Math.max(EDGE, bottom - size.height);
  if (at.bottom + size.height <= bottom) top = at.bottom;
  else if (at.top - size.height >= EDGE) top = at.top - size.height;
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}

// A fixed panel would stay put while its figure scrolls away: follow it.
window.addEventListener('scroll', () => document.querySelectorAll<HTMLElement>(OPEN).forEach(placePopover), { capture: true, passive: true });
