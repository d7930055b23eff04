// Option parsing shared by `factdesk extract` and `factdesk import`: `--name value` and `--name=value`,
// repeatable options, flags and positional arguments. Pure, so that every branch can be unit-tested.

export interface OptionSpec {
  /** Options that take a value, by name (without the dashes). */
  values: readonly string[];
  /** Of those, the ones that may be given more than once. */
  repeatable?: readonly string[];
  /** Options without a value. */
  flags?: readonly string[];
}

export interface ParsedOptions {
  values: Record<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

/** The options, or a usage error message. */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions | string {
  const parsed: ParsedOptions = { values: {}, flags: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg).slice(2);
    if (spec.flags?.includes(name)) {
      if (eq > 0) return `--${name} takes no value`;
      parsed.flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) return `unknown option "--${name}"`;
    let value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    value = value.trim();
    const list = (parsed.values[name] ??= []);
    if (list.length > 0 && !spec.repeatable?.includes(name)) return `--${name} given twice`;
    list.push(value);
  }
  return parsed;
}
