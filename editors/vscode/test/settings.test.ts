import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { test } from 'node:test';
import { contributedKeys, serverKeys, toServerSettings } from '../src/settings';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const repoSrc = path.resolve(root, '..', '..', 'src');

/** Every `.rs` file under src/. */
function rustFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? rustFiles(p) : e.name.endsWith('.rs') ? [p] : [];
  });
}

/** Struct name → its `pub` fields (name, type), from the Rust sources. */
function rustStructs(): Map<string, Array<[string, string]>> {
  const structs = new Map<string, Array<[string, string]>>();
  for (const file of rustFiles(repoSrc)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/pub struct (\w+) \{([\s\S]*?)\n\}/g)) {
      const fields: Array<[string, string]> = [];
      for (const f of m[2].matchAll(/^\s*pub (\w+): ([^\n]+),\s*$/gm)) fields.push([f[1], f[2].trim()]);
      if (!structs.has(m[1])) structs.set(m[1], fields);
    }
  }
  return structs;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The server's settings keys as dotted camelCase paths, read from `crate::config::Config`. */
function configKeys(): string[] {
  const structs = rustStructs();
  const walk = (name: string, prefix: string): string[] =>
    (structs.get(name) ?? []).flatMap(([field, type]) => {
      const key = prefix + camel(field);
      const typeName = type.split('::').pop() ?? type;
      return structs.has(typeName) && /Config$/.test(typeName) ? walk(typeName, key + '.') : [key];
    });
  return walk('Config', '');
}

test('every key of the server Config is a contributed setting, and nothing else is sent', () => {
  const fromRust = configKeys().sort();
  assert.ok(fromRust.includes('debounceMs') && fromRust.includes('citations.allowClosedUpReporters'),
    `parsing src/config failed: ${fromRust}`);
  assert.deepEqual(serverKeys(pkg).sort(), fromRust,
    'editors/vscode/package.json contributes.configuration must list every key of crate::config::Config');
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
  assert.deepEqual(s.citations, { allowClosedUpReporters: false });
  assert.deepEqual(s.record, { preferredForm: 'ECF No.', preferredFormByCourt: {}, pinPages: 'ecf' });
  assert.equal(s.debounceMs, 50);
  assert.ok(!('docket' in s));
  assert.ok(!('courtlistenerToken' in (s.authorities as object)));
  assert.equal((s.authorities as Record<string, unknown>).inlayHints, true);
  assert.ok(!('server' in s) && !('include' in s) && !('trace' in s));
});
