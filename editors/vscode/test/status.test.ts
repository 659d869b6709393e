import { strict as assert } from 'assert';
import { test } from 'node:test';
import { countFindings, statusText } from '../src/status';
import { wordAt } from '../src/words';

test('findings are counted by severity', () => {
  assert.deepEqual(countFindings([0, 1, 1, 2, 3, 3]), { errors: 1, warnings: 2, other: 3 });
});

test('the status bar shows the state and the number of findings', () => {
  const running = statusText('running', { errors: 1, warnings: 2, other: 0 });
  assert.match(running.text, /plead 3$/);
  assert.match(running.tooltip, /1 error, 2 warnings, 0 notes/);
  assert.match(statusText('running', { errors: 0, warnings: 0, other: 0 }).text, /check/);
  assert.match(statusText('missing', { errors: 0, warnings: 0, other: 0 }).tooltip, /plead\.server\.path/);
  assert.match(statusText('starting', { errors: 0, warnings: 0, other: 0 }).text, /spin/);
});

test('the word under the cursor, with apostrophes and accents', () => {
  const line = "Plaintiff's motion cites Niño v. Ayobi.";
  assert.equal(wordAt(line, 3), "Plaintiff's");
  assert.equal(wordAt(line, 27), 'Niño');
  assert.equal(wordAt(line, 18), 'motion'); // cursor right after the word
  assert.equal(wordAt('  ', 1), undefined);
});
