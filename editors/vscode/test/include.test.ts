import { strict as assert } from 'assert';
import { test } from 'node:test';
import { documentSelector, globToRegExp, includePatterns, isSelected } from '../src/include';

const ws = ['/home/ann/case'];
const doc = (fsPath: string, languageId = 'plaintext', scheme = 'file') => ({ fsPath, languageId, scheme });

test('no include setting: every text, Markdown and pleading document, saved or untitled', () => {
  const sel = documentSelector([], ws);
  assert.ok(isSelected(sel, doc('/anywhere/README.md', 'markdown')));
  assert.ok(isSelected(sel, doc('/anywhere/motion.pleading', 'pleading')));
  assert.ok(isSelected(sel, doc('Untitled-1', 'plaintext', 'untitled')));
  assert.ok(!isSelected(sel, doc('/anywhere/main.rs', 'rust')));
});

test('a relative folder restricts plead to that folder of each workspace folder', () => {
  const sel = documentSelector(['briefs'], ['/home/ann/case', '/home/ann/other']);
  assert.ok(isSelected(sel, doc('/home/ann/case/briefs/opposition.md', 'markdown')));
  assert.ok(isSelected(sel, doc('/home/ann/other/briefs/deep/er/reply.txt')));
  assert.ok(!isSelected(sel, doc('/home/ann/case/README.md', 'markdown')));
  assert.ok(!isSelected(sel, doc('/home/ann/case/briefs-old/x.txt')));
  assert.ok(!isSelected(sel, doc('Untitled-1', 'plaintext', 'untitled')));
});

test('globs: relative, anywhere (**), absolute, braces', () => {
  assert.deepEqual(includePatterns('./filings/*.md', ws), ['/home/ann/case/filings/*.md']);
  assert.deepEqual(includePatterns('**/*.pleading', ws), ['**/*.pleading']);
  assert.deepEqual(includePatterns('/srv/drafts/', ws), ['/srv/drafts/**']);
  const sel = documentSelector(['filings/**/*.{md,txt}'], ws);
  assert.ok(isSelected(sel, doc('/home/ann/case/filings/2024/motion.txt')));
  assert.ok(isSelected(sel, doc('/home/ann/case/filings/motion.md', 'markdown')));
  assert.ok(!isSelected(sel, doc('/home/ann/case/filings/notes.rst')));
  assert.ok(!isSelected(sel, doc('/home/ann/case/notes/motion.md', 'markdown')));
});

test('the language still has to match inside an included folder', () => {
  const sel = documentSelector(['briefs'], ws);
  assert.ok(!isSelected(sel, doc('/home/ann/case/briefs/build.py', 'python')));
});

test('glob syntax: * stays within a folder, ** crosses folders, ? and classes', () => {
  assert.ok(globToRegExp('/a/*.md').test('/a/x.md'));
  assert.ok(!globToRegExp('/a/*.md').test('/a/b/x.md'));
  assert.ok(globToRegExp('/a/**/x.md').test('/a/x.md'));
  assert.ok(globToRegExp('/a/**/x.md').test('/a/b/c/x.md'));
  assert.ok(globToRegExp('/a/file?.txt').test('/a/file1.txt'));
  assert.ok(globToRegExp('/a/[mo]*.txt').test('/a/order.txt'));
  assert.ok(!globToRegExp('/a/[!mo]*.txt').test('/a/order.txt'));
  assert.ok(globToRegExp('/a (1)/x.txt').test('/a (1)/x.txt'));
});

test('blank entries are ignored and duplicates collapse', () => {
  const sel = documentSelector(['', ' briefs ', 'briefs/'], ws);
  assert.equal(sel.length, 3); // one filter per language
});
