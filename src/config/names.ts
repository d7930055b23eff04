// The names every host needs without the zod schema: a check with no .factdesk.json never loads zod.

/** The file the hosts look for, walking up from the checked file. */
export const CONFIG_FILE_NAME = '.factdesk.json';

export const SEVERITY_LEVELS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];
