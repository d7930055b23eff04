// Hovers and code actions: registered once the host-neutral cards and edits are in src/core.
import type { ServerContext } from './server';

export function registerFeatures(_context: ServerContext): void {}
