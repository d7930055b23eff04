// Arrow keys move between a sheet's figures (Tab still reaches each one and its button): Up/Down to the
// previous/next figure in reading order, Home/End to the first/last.
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowUp: (i) => Math.max(0, i - 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function moveBetweenFigures(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof Element)) return;
    // Only from a figure itself or its button: a select or a scrolled table keeps its own arrow keys.
    if (event.target !== event.target.closest('[data-fact-id]') && !event.target.matches('[data-fact-id] button')) return;
    const current = event.target.closest<HTMLElement>('[data-fact-id]');
    const figures = [...root.querySelectorAll<HTMLElement>('[data-fact-id]')];
    const index = current ? figures.indexOf(current) : -1;
    if (index < 0) return;
    event.preventDefault();
    figures[move(index, figures.length)].focus();
  });
}
