// Drives code-server in headless Chromium: opens the seed order, waits for
// plead's diagnostics in the Problems panel and the plead status bar item,
// then shows a hover card on a citation and takes a screenshot.
// Then runs "plead: Restart Server" and "plead: Show Output" from the Command
// Palette, and changes a setting in settings.json to see it reach the server.
// usage: node probe.js BASE_URL FOLDER FILE_BASENAME SHOT.png PROFILE_DIR
// env PROBE_MODE: setting (default) or bundled — all of the above, and the output names
// where the server was found ("found via setting|bundled"); missing — only that VS Code
// tells the user the server binary was not found (error toast and status bar).
// exit 0 only when all of that was seen.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [baseUrl, folder, fileName, shotPath, profileDir] = process.argv.slice(2);
const TIMEOUT_MS = Number(process.env.PROBE_TIMEOUT_MS || 60000);
const MODE = process.env.PROBE_MODE || 'setting';
const t0 = Date.now();
const log = (...a) => console.log(`[probe +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// The citation to hover: its 1-based line and column in the document.
const HOVER_AT = '673 F.Supp.2d 1063';
const HOVER_EXPECT = 'LegalNet';
const text = fs.readFileSync(path.join(folder, fileName), 'utf8').split('\n');
const hoverLine = text.findIndex((l) => l.includes(HOVER_AT));
const hoverCol = text[hoverLine].indexOf(HOVER_AT) + 5; // on "F.Supp.2d"

async function poll(what, fn, timeout = TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn().catch(() => undefined);
    if (last) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  log(`timeout waiting for ${what}`);
  return undefined;
}

async function main() {
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => log('pageerror:', e.message));
  const result = { problems: [], status: null, hover: null };
  let ok = false;
  try {
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`).first().waitFor({ timeout: 60000 });
    log('workbench + explorer ready');

    // open the file through Quick Open (Ctrl+P); retry in case focus is elsewhere
    for (let i = 0; i < 5; i++) {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      try { await input.waitFor({ state: 'visible', timeout: 5000 }); } catch { continue; }
      await input.fill(fileName);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      try {
        await page.locator(`.tab[aria-label*="${fileName}"]`).first().waitFor({ timeout: 10000 });
        break;
      } catch { log('quick open retry', i + 1); }
    }
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
    log('editor open');

    if (MODE === 'missing') {
      // No server anywhere: an error toast says so and how to fix it, the status bar too.
      result.missingToast = await poll('the "binary was not found" notification', async () => {
        const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
        return toasts.find((t) => t.includes('language server binary was not found')) ;
      }, 30000) || null;
      log('toast:', JSON.stringify(result.missingToast));
      result.missingStatus = await poll('the status bar item in its error state', async () => {
        const items = await page.locator('.statusbar-item').evaluateAll((els) =>
          els.map((e) => `${e.innerText} ${e.getAttribute('aria-label') || ''} ${e.querySelector('.codicon-error') ? '[error icon]' : ''}`));
        return items.find((t) => /plead/.test(t) && /\[error icon\]/.test(t));
      }, 15000) || null;
      log('status bar:', JSON.stringify(result.missingStatus));
      ok = !!result.missingToast && /cargo install/.test(result.missingToast) && !!result.missingStatus;
      return ok;
    }

    // Problems panel (Ctrl+Shift+M): rows show "message  plead(citation/rule) [Ln x, Col y]";
    // the code is a link, so innerText may drop the parentheses: "plead\ncitation/rule"
    await page.locator('.monaco-editor').first().click({ position: { x: 300, y: 100 } });
    await page.keyboard.press('Control+Shift+M');
    result.problems = await poll('plead diagnostics in the Problems panel', async () => {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      const plead = rows.filter((r) => /plead\(?\s*(citation|typo|record|style)\//.test(r));
      return plead.some((r) => /plead\(?\s*citation\//.test(r)) ? plead : undefined;
    }) || [];
    log(`problems panel: ${result.problems.length} plead rows`);
    for (const r of result.problems.slice(0, 8)) log('   ', r.replace(/\s+/g, ' '));

    // the status bar item: "plead N" once the findings are counted
    result.status = await poll('the plead status bar item', async () => {
      const items = await page.locator('.statusbar-item').allInnerTexts();
      return items.find((t) => /^\s*plead\s+\d+/.test(t));
    }, 15000) || null;
    log('status bar:', JSON.stringify(result.status));

    // hover card: Go to Line/Column (Ctrl+G), then Show Hover (Ctrl+K Ctrl+I)
    for (let i = 0; i < 3 && !result.hover; i++) {
      await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 200, y: 50 }, timeout: 5000 }).catch(() => {});
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`:${hoverLine + 1}:${hoverCol + 1}`); // Ctrl+G prefills ":"; fill replaces it
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      result.hover = await poll('a hover card', async () => {
        const cards = await page.locator('.monaco-hover:visible').allInnerTexts();
        return cards.find((t) => t.includes(HOVER_EXPECT));
      }, 10000) || null;
    }
    log('hover:', JSON.stringify(result.hover));
    await page.screenshot({ path: shotPath });
    log('screenshot', shotPath);

    // the extension's commands from the Command Palette: restart, then show the output
    const runCommand = async (title) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
    };
    // opens a file created during the run: Quick Open, retried until its index has the file
    const openFile = async (name) => {
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill(name);
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
        try { await row.waitFor({ timeout: 3000 }); } catch { log('quick open retry', name); continue; }
        await page.keyboard.press('Enter');
        try {
          await page.locator(`.tab[aria-label*="${name}"]`).first().waitFor({ timeout: 5000 });
          return;
        } catch { log('tab retry', name); }
      }
      throw new Error(`could not open ${name}`);
    };
    await runCommand('plead: Restart Server');
    await runCommand('plead: Show Output');
    // the Output view only renders visible lines: filter it down to the start messages
    await page.locator('.panel input[placeholder="Filter"]').first().fill('plead: starting').catch(() => {});
    const startLog = await poll('two server starts in the plead output', async () => {
      const out = (await page.locator('.output-view .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
      return (out.match(/plead: starting .*plead lsp/g) || []).length >= 2 ? out : undefined;
    }, 20000);
    result.restarted = !!startLog;
    // Where the extension found the server: the setting, or the binary in the .vsix.
    result.source = ((startLog || '').match(/found via (\w+)/) || [])[1] || null;
    log('server found via:', result.source);
    result.statusAfterRestart = await poll('the status bar after the restart', async () => {
      const items = await page.locator('.statusbar-item').allInnerTexts();
      return items.find((t) => /^\s*plead\s+\d+/.test(t));
    }, 20000) || null;
    log('restart via the Command Palette:', result.restarted, 'status', JSON.stringify(result.statusAfterRestart));

    // a settings change reaches the running server (workspace/didChangeConfiguration):
    // workspace settings, as a user saving .vscode/settings.json
    fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'plead.rules': { citation: 'off' } }, null, 2));
    await page.keyboard.press('Control+Shift+M');
    result.afterSettings = await poll('citation findings to go after "plead.rules": {"citation": "off"}', async () => {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      const plead = rows.filter((r) => /plead\(?\s*(citation|typo|record|style)\//.test(r));
      const citations = plead.filter((r) => /plead\(?\s*citation\//.test(r));
      return plead.length > 0 && citations.length === 0 ? plead : undefined;
    }, 20000) || [];
    log(`after "plead.rules": {"citation": "off"}: ${result.afterSettings.length} plead rows, none citation/`);

    // "plead: Add Word to Dictionary": the input box, then the word lands in the workspace plead.toml
    await runCommand('plead: Add Word to Dictionary');
    const wordBox = page.locator('.quick-input-widget input');
    await wordBox.waitFor({ state: 'visible', timeout: 5000 });
    await wordBox.fill('Showalter');
    await page.keyboard.press('Enter');
    const toml = path.join(folder, 'plead.toml');
    result.dictionary = await poll('Showalter in plead.toml', async () => {
      const text = fs.existsSync(toml) ? fs.readFileSync(toml, 'utf8') : '';
      return text.includes('"Showalter"') ? text.trim() : undefined;
    }, 15000) || null;
    log('plead.toml after Add Word to Dictionary:', JSON.stringify(result.dictionary));

    // "plead: Insert/Refresh Table of Authorities" on a copy of the order with a TOA heading
    // between the caption and the first section; saved, the file has the table and the whole order
    const lines = fs.readFileSync(path.join(folder, fileName), 'utf8').split('\n');
    const body = lines.findIndex((l) => l.includes('Plaintiff Shajia Ayobi is appearing'));
    lines.splice(body - 1, 0, '', 'TABLE OF AUTHORITIES', '', 'DISCUSSION', '');
    const toaFile = 'with-toa.txt';
    fs.writeFileSync(path.join(folder, toaFile), lines.join('\n'));
    await openFile(toaFile);
    await poll('diagnostics of the TOA copy', async () => {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      return rows.some((r) => r.includes(toaFile)) ? true : undefined;
    }, 15000);
    await runCommand('plead: Insert/Refresh Table of Authorities');
    result.toa = await poll('the table of authorities in the saved file', async () => {
      await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 300, y: 20 }, timeout: 2000 }).catch(() => {});
      await page.keyboard.press('Control+S');
      const text = fs.readFileSync(path.join(folder, toaFile), 'utf8');
      const table = text.slice(text.indexOf('TABLE OF AUTHORITIES'), text.indexOf('DISCUSSION'));
      const kept = text.includes('Plaintiff Shajia Ayobi is appearing') && text.includes('IT IS SO ORDERED');
      return table.includes('LegalNet') && kept ? table.trim() : undefined;
    }, 20000) || null;
    log('table of authorities:', JSON.stringify(result.toa));

    // "plead.include": ["briefs"] restarts the client with a narrower document selector:
    // the order at the top level is no longer checked, a copy under briefs/ is
    fs.mkdirSync(path.join(folder, 'briefs'), { recursive: true });
    fs.copyFileSync(path.join(folder, fileName), path.join(folder, 'briefs', 'motion.txt'));
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'),
      JSON.stringify({ 'plead.rules': { citation: 'off' }, 'plead.include': ['briefs'] }, null, 2));
    const pleadRowsBy = async () => {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      return rows.filter((r) => /plead\(?\s*(citation|typo|record|style)\//.test(r)).length;
    };
    const cleared = await poll('no plead findings once only briefs/ is included', async () =>
      (await pleadRowsBy()) === 0 ? true : undefined, 20000);
    await openFile('motion.txt');
    const briefRows = await poll('findings for briefs/motion.txt', async () => {
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      return rows.some((r) => r.includes('motion.txt')) && (await pleadRowsBy()) > 0 ? await pleadRowsBy() : undefined;
    }, 20000);
    // (and the other files stay unchecked once the new client runs)
    const allRows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
    const othersGone = !allRows.includes(fileName) && !allRows.includes(toaFile);
    result.include = !!cleared && !!briefRows && othersGone;
    log(`"plead.include": ["briefs"]: top-level files cleared ${!!cleared && othersGone}, briefs/motion.txt has ${briefRows} plead rows`);
    ok = result.source === MODE && result.problems.length > 0 && !!result.hover && !!result.status && result.restarted && !!result.statusAfterRestart
      && result.afterSettings.length > 0 && !!result.dictionary && !!result.toa && result.include;
  } catch (e) {
    log('ERROR', e.message);
  } finally {
    const last = ok ? shotPath.replace(/\.png$/, '-output.png') : shotPath;
    await page.screenshot({ path: last }).catch((e) => log('screenshot failed', e.message));
    log('screenshot', last);
    console.log('RESULT ' + JSON.stringify({ ok, ...result }));
    await ctx.close();
  }
  return ok;
}
main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(2); });
