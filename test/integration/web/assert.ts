// The few assertions the web suite needs (Node's assert module does not exist in a web worker).
export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new Error(message ?? `expected a truthy value, got ${String(value)}`);
}

export function strictEqual<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new Error(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) throw new Error(message ?? `${JSON.stringify(actual)} does not match ${re}`);
}
