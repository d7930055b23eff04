// The project configuration (.factdesk.json) as the hosts use it: no `vscode`, no Node built-ins.
export { CONFIG_FILE_NAME, SEVERITY_LEVELS, projectConfigSchema, type ProjectConfig, type SeverityLevel } from './schema';
export { parseProjectConfig, formatConfigProblem, type ConfigProblem, type ParsedConfig } from './parse';
export { discoverConfig, configCandidates, type ReadText, type DiscoverOptions } from './discover';
export { resolveSettings, isIgnored, vocabularyInput, DEFAULT_CITATION_STYLE, type HostSettings, type EffectiveSettings } from './resolve';
export { globToRegExp, matchesAny, hasGlobSyntax, expandBraces } from './glob';
