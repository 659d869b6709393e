import { strict as assert } from 'assert';
import { test } from 'node:test';
import { expandConfiguredPath, resolveServer, ResolveInput } from '../src/serverPath';

function input(over: Partial<ResolveInput>, executables: string[]): ResolveInput {
  return {
    configuredPath: '',
    extensionPath: '/ext/plead-0.1.0',
    workspaceFolder: '/home/ann/case',
    platform: 'linux',
    envPath: '/usr/local/bin:/usr/bin',
    homeDir: '/home/ann',
    isExecutable: (f) => executables.includes(f),
    ...over,
  };
}

test('the setting wins over the bundled binary and PATH', () => {
  const r = resolveServer(input({ configuredPath: '/opt/plead/bin/plead' },
    ['/opt/plead/bin/plead', '/ext/plead-0.1.0/server/plead', '/usr/bin/plead']));
  assert.deepEqual(r, { command: '/opt/plead/bin/plead', source: 'setting' });
});

test('a wrong setting is an error that names the setting, not a silent fallback', () => {
  const r = resolveServer(input({ configuredPath: '/nope/plead' }, ['/usr/bin/plead']));
  assert.ok('error' in r);
  assert.match(r.error, /plead\.server\.path/);
  assert.match(r.error, /\/nope\/plead/);
});

test('the bundled binary comes before PATH', () => {
  const r = resolveServer(input({}, ['/ext/plead-0.1.0/server/plead', '/usr/bin/plead']));
  assert.deepEqual(r, { command: '/ext/plead-0.1.0/server/plead', source: 'bundled' });
});

test('PATH is searched in order', () => {
  const r = resolveServer(input({}, ['/usr/bin/plead', '/usr/local/bin/plead']));
  assert.deepEqual(r, { command: '/usr/local/bin/plead', source: 'path' });
});

test('nothing found: the message says how to fix it', () => {
  const r = resolveServer(input({}, []));
  assert.ok('error' in r);
  assert.match(r.error, /cargo install/);
  assert.match(r.error, /plead\.server\.path/);
});

test('windows looks for plead.exe with ; separated PATH', () => {
  const r = resolveServer(input({ platform: 'win32', envPath: 'C:/a;C:/tools' }, ['C:/tools/plead.exe']));
  assert.equal('command' in r && r.source, 'path');
});

test('~, ${workspaceFolder} and relative paths are expanded', () => {
  const ctx = { homeDir: '/home/ann', workspaceFolder: '/home/ann/case' };
  assert.equal(expandConfiguredPath('~/bin/plead', ctx), '/home/ann/bin/plead');
  assert.equal(expandConfiguredPath('${workspaceFolder}/target/debug/plead', ctx), '/home/ann/case/target/debug/plead');
  assert.equal(expandConfiguredPath('target/debug/plead', ctx), '/home/ann/case/target/debug/plead');
  const r = resolveServer(input({ configuredPath: './target/debug/plead' }, ['/home/ann/case/target/debug/plead']));
  assert.deepEqual(r, { command: '/home/ann/case/target/debug/plead', source: 'setting' });
});

test('a bare command name in the setting is looked up on PATH', () => {
  const r = resolveServer(input({ configuredPath: 'plead-nightly' }, ['/usr/bin/plead-nightly']));
  assert.deepEqual(r, { command: '/usr/bin/plead-nightly', source: 'setting' });
});
