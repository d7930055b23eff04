// The CLI's side of .factdesk.json: which configuration applies to each checked file (the nearest one
// above it, the one named by --config, or none with --no-config), and the engine each configuration
// gets (the bundled dataset, the configuration's datasets, --dataset, its vocabulary). Discovery,
// parsing and precedence are src/config's; only reading the disk happens here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { BUNDLED_DATASETS } from '../dataset/bundled';
import { formatProblem, loadDatasets, type DatasetInput, type LoadedDataset, type ValidatedFileStore } from '../dataset/load';
import {
  discoverConfig,
  expandBraces,
  formatConfigProblem,
  hasGlobSyntax,
  isIgnored,
  parseProjectConfig,
  resolveSettings,
  vocabularyInput,
  type EffectiveSettings,
  type ParsedConfig,
} from '../config';
import type { CheckOptions } from './args';
import { readDatasetPaths, type DatasetText } from './datasets';
import { discoverFiles } from './files';

/** The files one configuration applies to, and the engine it checks them with. */
export interface ProjectGroup {
  settings: EffectiveSettings;
  /** Its datasets, loaded and validated (worker threads build their index from them). */
  datasets: LoadedDataset[];
  /** The dataset files read from disk, which key the result cache. */
  datasetTexts: DatasetText[];
  files: string[];
  /** How many files its `ignore` globs left out. */
  ignored: number;
  /** The configuration says "showVerified": false: verified figures are left out of every format but JSON. */
  hideVerified: boolean;
}

export interface ProjectPlan {
  groups: ProjectGroup[];
  /** Configuration or dataset problems: the CLI prints them and exits 2. */
  errors: string[];
  /** Set when no dataset at all was loaded. */
  noDatasets: boolean;
}

function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Finds configurations with each folder's file read and parsed once, however many drafts it holds. */
function configFinder(options: CheckOptions, named: ParsedConfig | undefined): (file: string) => ParsedConfig | undefined {
  const texts = new Map<string, string | undefined>();
  const read = (path: string) => {
    if (!texts.has(path)) texts.set(path, readIfFile(path));
    return texts.get(path);
  };
  const cache = new Map<string, ParsedConfig>();
  return (file) => {
    if (options.noConfig) return undefined;
    if (options.config !== undefined) return named;
    return discoverConfig(resolve(file), read, { cache });
  };
}

/** The configuration's own datasets: paths and folders as --dataset reads them, globs expanded. */
function configDatasetPaths(settings: EffectiveSettings): { paths: string[]; errors: string[] } {
  if (!settings.datasets) return { paths: [], errors: [] };
  const paths: string[] = [];
  const errors: string[] = [];
  for (const pattern of settings.datasets.patterns) {
    const path = isAbsolute(pattern) ? pattern : join(settings.datasets.base, pattern);
    if (!hasGlobSyntax(pattern)) {
      paths.push(path);
      continue;
    }
    const found = discoverFiles(expandBraces(path));
    // A glob (or a {a,b} alternative) that matches nothing yet is no error: a project may add datasets later.
    paths.push(...found.files);
    errors.push(...found.errors.filter((e) => !e.endsWith('no files match this pattern') && !e.endsWith('no such file or directory')));
  }
  return { paths, errors: errors.map((e) => `${settings.configFile}: datasets: ${e}`) };
}

/** The engine for one configuration: the bundled dataset, the configuration's datasets, --dataset, its vocabulary. */
export function engineFor(
  settings: EffectiveSettings,
  options: Pick<CheckOptions, 'datasets' | 'bundled'>,
  validated?: ValidatedFileStore,
): { datasets?: LoadedDataset[]; texts: DatasetText[]; errors: string[]; empty: boolean } {
  const own = configDatasetPaths(settings);
  const reading = readDatasetPaths([...own.paths, ...options.datasets], { hashing: validated !== undefined });
  const errors = [...own.errors, ...reading.errors];
  if (errors.length > 0) return { texts: [], errors, empty: false };
  const inputs: DatasetInput[] = [...(options.bundled ? BUNDLED_DATASETS : []), ...reading.inputs];
  const loaded = loadDatasets([...inputs, ...vocabularyInput(settings)], { validated });
  if (loaded.problems.length > 0) return { texts: [], errors: loaded.problems.map(formatProblem), empty: false };
  return { datasets: loaded.datasets, texts: reading.inputs, errors: [], empty: inputs.length === 0 };
}

/** Groups the files by the configuration that applies to them and loads each group's datasets once. */
export function planProject(files: readonly string[], options: CheckOptions, validated?: ValidatedFileStore): ProjectPlan {
  let named: ParsedConfig | undefined;
  if (options.config !== undefined) {
    if (!existsSync(options.config)) return { groups: [], errors: [`${options.config}: no such configuration file`], noDatasets: false };
    const text = readIfFile(options.config);
    if (text === undefined) return { groups: [], errors: [`${options.config}: cannot read the configuration file`], noDatasets: false };
    named = parseProjectConfig(text, options.config);
  }
  const byConfig = new Map<string, { parsed: ParsedConfig | undefined; files: string[] }>();
  const configFor = configFinder(options, named);
  for (const file of files) {
    const parsed = configFor(file);
    const key = parsed?.file ?? '';
    const entry = byConfig.get(key) ?? { parsed, files: [] };
    entry.files.push(file);
    byConfig.set(key, entry);
  }
  const plan: ProjectPlan = { groups: [], errors: [], noDatasets: false };
  for (const { parsed, files: own } of byConfig.values()) {
    if (parsed && parsed.problems.length > 0) {
      plan.errors.push(...parsed.problems.map(formatConfigProblem));
      continue;
    }
    const settings = absoluteBases(resolveSettings(parsed));
    const kept = own.filter((file) => !isIgnored(settings, resolve(file)));
    if (kept.length === 0 && own.length > 0) {
      plan.groups.push({ settings, datasets: [], datasetTexts: [], files: [], ignored: own.length, hideVerified: false });
      continue;
    }
    const engine = engineFor(settings, options, validated);
    plan.errors.push(...engine.errors);
    if (engine.empty) plan.noDatasets = true;
    const hideVerified = parsed?.config?.showVerified === false;
    if (engine.datasets) plan.groups.push({ settings, datasets: engine.datasets, datasetTexts: engine.texts, files: kept, ignored: own.length - kept.length, hideVerified });
  }
  return plan;
}

/** Globs are matched against absolute paths, whether the configuration was found or named relatively. */
function absoluteBases(settings: EffectiveSettings): EffectiveSettings {
  const fix = <T extends { base: string }>(value: T | undefined) => (value ? { ...value, base: resolve(value.base) } : undefined);
  return { ...settings, datasets: fix(settings.datasets), ignore: fix(settings.ignore) };
}
