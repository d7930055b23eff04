// The project configuration (.factdesk.json) as the hosts use it: no `vscode`, no Node built-ins.
export { CONFIG_FILE_NAME, SEVERITY_LEVELS, type SeverityLevel } from './names';
// The zod schema itself is imported from './schema' where it is needed: loading it loads zod.
export type { ProjectConfig } from './schema';
export { parseProjectConfig, formatConfigProblem, type ConfigProblem, type ParsedConfig } from './parse';
export { discoverConfig, configCandidates, type ReadText, type DiscoverOptions } from './discover';
export { resolveSettings, isIgnored, vocabularyInput, DEFAULT_CITATION_STYLE, type HostSettings, type EffectiveSettings } from './resolve';
export { globToRegExp, matchesAny, hasGlobSyntax, expandBraces } from './glob';
