// VS Code settings `plead.*` → the server's configuration object (the same
// schema as plead.toml: camelCase keys, nested `citations`, `record`,
// `authorities`). The list of server keys comes from the extension's own
// package.json, so the schema is declared once; a unit test checks that it
// matches the server's `Config` struct.

/** Settings read only by the extension; the server rejects unknown keys, so they are never sent. */
export const CLIENT_ONLY_PREFIXES = ['server.', 'include', 'trace.'];

interface ConfigurationContribution {
  properties?: Record<string, unknown>;
}

interface PackageJson {
  contributes?: { configuration?: ConfigurationContribution | ConfigurationContribution[] };
}

/** Every `plead.*` setting the extension contributes, without the `plead.` prefix. */
export function contributedKeys(pkg: PackageJson): string[] {
  const conf = pkg.contributes?.configuration;
  const sections = Array.isArray(conf) ? conf : conf ? [conf] : [];
  return sections
    .flatMap((s) => Object.keys(s.properties ?? {}))
    .filter((k) => k.startsWith('plead.'))
    .map((k) => k.slice('plead.'.length));
}

export function isClientOnly(key: string): boolean {
  return CLIENT_ONLY_PREFIXES.some((p) => (p.endsWith('.') ? key.startsWith(p) : key === p));
}

/** The settings the server understands (`debounceMs`, `citations.allowClosedUpReporters`, …). */
export function serverKeys(pkg: PackageJson): string[] {
  return contributedKeys(pkg).filter((k) => !isClientOnly(k));
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Builds the nested settings object from dotted keys. Unset optional values
 * (null, undefined, or an empty string for a path/token) are left out, so the
 * server keeps its own default or the value from plead.toml.
 */
export function toServerSettings(keys: readonly string[], get: (key: string) => unknown): { [key: string]: JsonValue } {
  const result: { [key: string]: JsonValue } = {};
  for (const key of keys) {
    const value = get(key);
    if (value === undefined || value === null || value === '') continue;
    const parts = key.split('.');
    let node = result;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) {
        node[part] = {};
      }
      node = node[part] as { [key: string]: JsonValue };
    }
    node[parts[parts.length - 1]] = JSON.parse(JSON.stringify(value)) as JsonValue;
  }
  return result;
}
