import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { test } from 'node:test';
import { contributedKeys, serverKeys, toServerSettings } from '../src/settings';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const repo = path.resolve(root, '..', '..');
// The Rust sources: the root crate's src/ and each workspace crate's src/ under crates/.
const repoSrcs = [path.join(repo, 'src'), ...fs.readdirSync(path.join(repo, 'crates'))
  .map((c) => path.join(repo, 'crates', c, 'src'))
  .filter((d) => fs.existsSync(d))];

/** Every `.rs` file under a folder. */
function rustFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? rustFiles(p) : e.name.endsWith('.rs') ? [p] : [];
  });
}

interface RustStruct {
  fields: Array<[string, string]>;
  /** Field → its expression in `impl Default for Name`, when there is one. */
  defaults?: Map<string, string>;
}

/** Struct name → its `pub` fields (name, type) and hand-written defaults, from the Rust sources. */
function rustStructs(): { structs: Map<string, RustStruct>; enumDefaults: Map<string, string> } {
  const structs = new Map<string, RustStruct>();
  const enumDefaults = new Map<string, string>();
  const sources = repoSrcs.flatMap(rustFiles).map((f) => fs.readFileSync(f, 'utf8'));
  for (const text of sources) {
    for (const m of text.matchAll(/pub struct (\w+) \{([\s\S]*?)\n\}/g)) {
      const fields: Array<[string, string]> = [];
      for (const f of m[2].matchAll(/^\s*pub (\w+): ([^\n]+),\s*$/gm)) fields.push([f[1], f[2].trim()]);
      if (!structs.has(m[1])) structs.set(m[1], { fields });
    }
    // `#[serde(rename_all = "lowercase")] pub enum E { #[default] Variant, ... }`
    for (const m of text.matchAll(/rename_all = "lowercase"\)\]\s*pub enum (\w+) \{([\s\S]*?)\n\}/g)) {
      const d = m[2].match(/#\[default\]\s*(\w+)/);
      if (d) enumDefaults.set(m[1], d[1].toLowerCase());
    }
  }
  for (const text of sources) {
    for (const m of text.matchAll(/impl Default for (\w+) \{[\s\S]*?\n\}/g)) {
      const s = structs.get(m[1]);
      if (!s) continue;
      s.defaults = new Map();
      for (const f of m[0].matchAll(/^\s*(\w+): ([^\n]+),\s*$/gm)) s.defaults.set(f[1], f[2].trim());
    }
  }
  return { structs, enumDefaults };
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const typeName = (type: string) => type.split('::').pop() ?? type;
const UNKNOWN = Symbol('unknown');

/** The JSON value of a Rust default: a literal expression, else the type's own default. */
function rustDefault(expr: string | undefined, type: string, enumDefaults: Map<string, string>): unknown {
  if (expr !== undefined) {
    let m: RegExpMatchArray | null;
    if (/^\d+$/.test(expr)) return Number(expr);
    if (expr === 'true' || expr === 'false') return expr === 'true';
    if (expr === 'None') return null;
    if ((m = expr.match(/^"([^"]*)"\.(?:into|to_string|to_owned)\(\)$/)) || (m = expr.match(/^String::from\("([^"]*)"\)$/))) return m[1];
    if (!/^(?:\w+::new\(\)|Default::default\(\)|vec!\[\])$/.test(expr)) return UNKNOWN;
  }
  const t = typeName(type);
  if (/^Option</.test(type)) return null;
  if (t === 'bool') return false;
  if (/^[ui](8|16|32|64|size)$|^f(32|64)$/.test(t)) return 0;
  if (t === 'String') return '';
  if (/^(BTreeMap|HashMap)</.test(t)) return {};
  if (/^Vec</.test(t)) return [];
  return enumDefaults.get(t) ?? UNKNOWN;
}

/** The server's settings as dotted camelCase keys → default value, read from `crate::config::Config`. */
function configDefaults(): Map<string, unknown> {
  const { structs, enumDefaults } = rustStructs();
  const out = new Map<string, unknown>();
  const walk = (name: string, prefix: string) => {
    const s = structs.get(name);
    for (const [field, type] of s?.fields ?? []) {
      const key = prefix + camel(field);
      const t = typeName(type);
      if (structs.has(t) && /Config$/.test(t)) walk(t, key + '.');
      else out.set(key, rustDefault(s?.defaults?.get(field), type, enumDefaults));
    }
  };
  walk('Config', '');
  return out;
}

test('every key of the server Config is a contributed setting, and nothing else is sent', () => {
  const fromRust = [...configDefaults().keys()].sort();
  assert.ok(fromRust.includes('debounceMs') && fromRust.includes('citations.allowClosedUpReporters'),
    `parsing src/config failed: ${fromRust}`);
  assert.deepEqual(serverKeys(pkg).sort(), fromRust,
    'editors/vscode/package.json contributes.configuration must list every key of crate::config::Config');
});

test('every setting defaults to the server default', () => {
  const props = pkg.contributes.configuration.properties;
  const checked: string[] = [];
  for (const [key, value] of configDefaults()) {
    if (value === UNKNOWN || !props[`plead.${key}`]) continue;
    assert.deepEqual(props[`plead.${key}`].default, value, `plead.${key}: package.json default differs from the server's`);
    checked.push(key);
  }
  // every key whose Rust default is a literal or a type default is compared
  assert.ok(checked.length >= 12, `checked only ${checked}`);
});

test('every setting has a description and a default', () => {
  const props = pkg.contributes.configuration.properties;
  for (const key of contributedKeys(pkg)) {
    const p = props[`plead.${key}`];
    assert.ok(p.description || p.markdownDescription, `plead.${key} has no description`);
    assert.ok('default' in p, `plead.${key} has no default`);
  }
});

test('client-only settings are not sent to the server', () => {
  const keys = serverKeys(pkg);
  assert.ok(!keys.includes('server.path'));
  assert.ok(!keys.includes('include'));
  assert.ok(!keys.includes('trace.server'));
});

test('settings map to the nested camelCase object of plead.toml; unset optionals are left out', () => {
  const props = pkg.contributes.configuration.properties;
  const values: Record<string, unknown> = {};
  for (const k of Object.keys(props)) values[k.slice('plead.'.length)] = props[k].default;
  values['rules'] = { 'citation/reporter-form': 'off', typo: 'hint' };
  values['authorities.courtlistenerToken'] = '';
  values['record.preferredForm'] = 'ECF No.';
  const s = toServerSettings(serverKeys(pkg), (k) => values[k]);
  assert.deepEqual(s.rules, { 'citation/reporter-form': 'off', typo: 'hint' });
  assert.deepEqual(s.citations, { allowClosedUpReporters: false, style: 'auto' });
  assert.deepEqual(s.record, { preferredForm: 'ECF No.', preferredFormByCourt: {}, pinPages: 'document' });
  assert.equal(s.debounceMs, 50);
  assert.ok(!('docket' in s));
  assert.ok(!('courtlistenerToken' in (s.authorities as object)));
  assert.equal((s.authorities as Record<string, unknown>).inlayHints, true);
  assert.ok(!('server' in s) && !('include' in s) && !('trace' in s));
});
