-- Headless end-to-end test of the plead Neovim plugin against the real
-- server: opens the seed order, waits for plead's diagnostics, asks for hover
-- on a citation and definition on the page-2 short form, restarts the
-- server, runs :checkhealth plead. Writes a report to PLEAD_E2E_OUT and exits
-- with 0 only when every check passed (1 on a failed check, 3 on a Lua error).
local out_path = assert(os.getenv('PLEAD_E2E_OUT'), 'PLEAD_E2E_OUT unset')
local file = assert(os.getenv('PLEAD_E2E_FILE'), 'PLEAD_E2E_FILE unset')
local mode = os.getenv('PLEAD_E2E_MODE') or 'enable'
local timeout = tonumber(os.getenv('PLEAD_E2E_TIMEOUT_MS') or '20000')

local lines_out = {}
local failures = 0
local function say(fmt, ...)
  table.insert(lines_out, string.format(fmt, ...))
end
local function check(cond, fmt, ...)
  local msg = string.format(fmt, ...)
  if cond then
    say('  ok   %s', msg)
  else
    failures = failures + 1
    say('  FAIL %s', msg)
  end
  return cond
end
local function flush()
  local f = assert(io.open(out_path, 'w'))
  f:write(table.concat(lines_out, '\n'), '\n')
  f:close()
end

-- Count every publishDiagnostics for our file (wrapping, not replacing, the handler).
local publishes = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, cfg)
  if res then
    table.insert(publishes, { uri = res.uri, n = #res.diagnostics, client_id = ctx.client_id })
  end
  return default_publish(err, res, ctx, cfg)
end

local function plead_client(bufnr)
  return vim.lsp.get_clients({ name = 'plead', bufnr = bufnr })[1]
end

--- First line (0-based) containing `needle` (plain), and the byte column of it.
local function find(bufnr, needle, after)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, after or 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      return (after or 0) + i - 1, col - 1
    end
  end
  error('not in the document: ' .. needle)
end

local function request(client, bufnr, method, line, col)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    -- the buffer is ASCII up to these columns on these lines, so bytes = UTF-16 units
    position = { line = line, character = col },
  }
  local resp = client:request_sync(method, params, 10000, bufnr)
  if not resp then
    return nil, 'timeout'
  end
  if resp.err then
    return nil, vim.inspect(resp.err)
  end
  return resp.result
end

local function hover_text(result)
  if type(result) ~= 'table' or result.contents == nil then
    return ''
  end
  local c = result.contents
  if type(c) == 'string' then
    return c
  end
  if c.value then
    return c.value
  end
  local parts = {}
  for _, item in ipairs(c) do
    table.insert(parts, type(item) == 'string' and item or item.value or '')
  end
  return table.concat(parts, '\n')
end

local function wait_for_diagnostics(bufnr, uri, since)
  local ok = vim.wait(timeout, function()
    for i = since + 1, #publishes do
      if publishes[i].uri == uri then
        return true
      end
    end
    return false
  end, 50)
  return ok and vim.diagnostic.get(bufnr) or nil
end

local function main()
  local v = vim.version()
  say('nvim %d.%d.%d, mode %s', v.major, v.minor, v.patch, mode)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  check(vim.bo[bufnr].filetype == 'text', 'filetype of %s is "%s"', vim.fn.fnamemodify(file, ':t'), vim.bo[bufnr].filetype)
  check(vim.filetype.match({ filename = 'reply.pleading' }) == 'pleading', '.pleading files get filetype "pleading"')
  check(vim.fn.exists(':PleadTableOfAuthorities') == 2 and vim.fn.exists(':PleadRestart') == 2,
    ':PleadTableOfAuthorities and :PleadRestart exist')

  local attached = vim.wait(timeout, function()
    local c = plead_client(bufnr)
    return c ~= nil and c.initialized == true
  end, 50)
  if not check(attached, 'a client named "plead" attached and initialized') then
    return
  end
  local client = plead_client(bufnr)
  local info = client.server_info or {}
  say('  server: %s %s, cmd: %s', info.name or '?', info.version or '?', table.concat(client.config.cmd, ' '))
  local expected_root = vim.fs.dirname(file)
  check(client.root_dir == expected_root, 'root_dir %s (the folder with plead.toml)', tostring(client.root_dir))

  local diags = wait_for_diagnostics(bufnr, uri, 0)
  if not check(diags ~= nil, 'diagnostics published within %d ms', timeout) then
    return
  end
  say('diagnostics: %d', #diags)
  check(#diags > 0, 'plead found problems in the seed order')
  local by_code, citation, citation_not_hint = {}, 0, 0
  for _, d in ipairs(diags) do
    say('  %d:%d %s %s %s', d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity], tostring(d.code), d.message)
    by_code[tostring(d.code)] = (by_code[tostring(d.code)] or 0) + 1
    if tostring(d.code):match('^citation/') then
      citation = citation + 1
      if d.severity ~= vim.diagnostic.severity.HINT then
        citation_not_hint = citation_not_hint + 1
      end
    end
  end
  local sources_ok, codes_ok = true, true
  for _, d in ipairs(diags) do
    sources_ok = sources_ok and d.source == 'plead'
    local family = tostring(d.code):match('^(%l+)/[%w%-]+$')
    codes_ok = codes_ok and (family == 'citation' or family == 'typo' or family == 'record' or family == 'style')
  end
  check(sources_ok, 'every diagnostic has source "plead"')
  check(codes_ok, 'every code is family/rule with family citation|typo|record|style')
  check(citation > 0, '%d citation/ diagnostics', citation)
  if mode == 'enable' then
    check(citation_not_hint > 0, 'default severities: %d citation findings above hint', citation_not_hint)
  else
    check(citation_not_hint == 0, 'settings passed through: rules.citation = "hint" made all %d citation findings hints',
      citation)
  end

  -- hover on the full citation (page 1) and on the statute
  local caps = client.server_capabilities or {}
  local full_line, full_col = find(bufnr, '673 F.Supp.2d 1063')
  local hover = request(client, bufnr, 'textDocument/hover', full_line, full_col + 5)
  local text = hover_text(hover)
  say('hover @ %d:%d (673 F.Supp.2d 1063):\n    %s', full_line + 1, full_col + 6, (text:gsub('\n', '\n    ')))
  if caps.hoverProvider then
    check(text:find('LegalNet', 1, true) ~= nil, 'hover on the citation names the case (American LegalNet)')
  else
    check(false, 'server advertises hoverProvider')
  end
  local usc_line, usc_col = find(bufnr, '42 U.S.C. § 1983')
  local statute = hover_text(request(client, bufnr, 'textDocument/hover', usc_line, usc_col + 4))
  say('hover @ %d:%d (42 U.S.C. § 1983):\n    %s', usc_line + 1, usc_col + 5, (statute:gsub('\n', '\n    ')))
  check(statute:find('1983', 1, true) ~= nil, 'hover on the statute names § 1983')

  -- definition on the page-2 short form goes to the full citation on page 1
  local short_line, short_col = find(bufnr, 'F.Supp.2d at 1072', full_line + 1)
  local def, def_err = request(client, bufnr, 'textDocument/definition', short_line, short_col + 2)
  local loc = def
  if type(def) == 'table' and def[1] then
    loc = def[1]
  end
  local target_uri = type(loc) == 'table' and (loc.uri or loc.targetUri) or nil
  local range = type(loc) == 'table' and (loc.range or loc.targetSelectionRange) or nil
  say('definition @ %d:%d (F.Supp.2d at 1072): %s', short_line + 1, short_col + 3,
    def_err or (range and string.format('%s:%d:%d', vim.fn.fnamemodify(vim.uri_to_fname(target_uri), ':t'),
      range.start.line + 1, range.start.character + 1) or vim.inspect(def)))
  check(target_uri == uri and range ~= nil and range.start.line == full_line,
    'definition of the short form is the full citation on line %d', full_line + 1)

  -- :PleadRestart gives a new client that publishes again
  local old_id = client.id
  local before = #publishes
  vim.cmd('PleadRestart')
  local restarted = vim.wait(timeout, function()
    local c = plead_client(bufnr)
    return c ~= nil and c.id ~= old_id and c.initialized == true
  end, 50)
  check(restarted, ':PleadRestart stopped client %d and attached a new one', old_id)
  if restarted then
    local again = wait_for_diagnostics(bufnr, uri, before)
    check(again ~= nil and #again == #diags, 'the restarted server published the same %d diagnostics', #diags)
    client = plead_client(bufnr)
  end

  -- :PleadTableOfAuthorities fills the table under a TABLE OF AUTHORITIES heading
  -- placed, as in a brief, between the caption and the first section
  if mode == 'enable' then
    local body = find(bufnr, 'Plaintiff Shajia Ayobi is appearing')
    local lines_before = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, body - 1, body - 1, false, { '', 'TABLE OF AUTHORITIES', '', 'DISCUSSION', '' })
    local before_toa = #publishes
    vim.wait(timeout, function() return #publishes > before_toa end, 50)
    local notified = {}
    local orig_notify = vim.notify
    vim.notify = function(msg, level) table.insert(notified, msg) return orig_notify(msg, level) end
    vim.cmd('PleadTableOfAuthorities')
    local function table_text()
      local ok1, first = pcall(find, bufnr, 'TABLE OF AUTHORITIES')
      local ok2, stop = pcall(find, bufnr, 'DISCUSSION')
      if not (ok1 and ok2) then return '(heading gone)' end
      return table.concat(vim.api.nvim_buf_get_lines(bufnr, first, stop, false), '\n')
    end
    local filled = vim.wait(timeout, function() return table_text():find('LegalNet', 1, true) ~= nil end, 50)
    vim.notify = orig_notify
    say(':PleadTableOfAuthorities:\n    %s', (table_text():gsub('\n', '\n    ')))
    if #notified > 0 then say('  (notified: %s)', table.concat(notified, ' | ')) end
    check(filled, 'the table of authorities lists American LegalNet')
    local kept = pcall(find, bufnr, 'Plaintiff Shajia Ayobi is appearing') and pcall(find, bufnr, 'IT IS SO ORDERED')
    check(kept and vim.api.nvim_buf_line_count(bufnr) > lines_before + 5, 'the order itself is untouched by the table')
  end

  -- :PleadAddWord adds to the workspace dictionary (plead.toml at the root)
  if mode == 'enable' then
    local toml = expected_root .. '/plead.toml'
    vim.cmd('PleadAddWord Showalter')
    local added = vim.wait(timeout, function()
      local f = io.open(toml)
      local text = f and f:read('*a') or ''
      if f then f:close() end
      return text:find('"Showalter"', 1, true) ~= nil
    end, 50)
    check(added, ':PleadAddWord Showalter wrote it to plead.toml')
  end

  -- :checkhealth plead reports the binary and its version
  vim.cmd('checkhealth plead')
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  say(':checkhealth plead:\n    %s', (vim.trim(report):gsub('\n', '\n    ')))
  local version = vim.trim(vim.fn.system({ vim.fn.exepath('plead'), '--version' }))
  check(report:find('version: ' .. version, 1, true) ~= nil and not report:find('ERROR', 1, true),
    'checkhealth reports "%s" and no error', version)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  nested = true, -- so that :edit fires FileType (and plead attaches)
  callback = function()
    local ok, err = pcall(main)
    if not ok then
      say('Lua error: %s', tostring(err))
    end
    say('%s: %d failed check%s', (ok and failures == 0) and 'PASS' or 'FAIL', failures, failures == 1 and '' or 's')
    flush()
    for _, c in ipairs(vim.lsp.get_clients()) do
      c:stop(true)
    end
    vim.wait(500, function() return #vim.lsp.get_clients() == 0 end, 50)
    if not ok then
      vim.cmd('cquit 3')
    elseif failures > 0 then
      vim.cmd('cquit 1')
    else
      vim.cmd('qall!')
    end
  end,
})
