-- Headless test of the plugin's one-time notices, run by run.sh in two modes:
--   missing: vim.lsp.enable('plead') with no `plead` on PATH. Neovim itself would only
--            log "not executable" to lsp.log; the plugin must say so once, and
--            :checkhealth plead must report the missing binary.
--   old:     a Neovim older than the plugin supports (0.9), simulated by making
--            has('nvim-0.9') false before the plugin loads: one notice, no commands,
--            setup() starts nothing, :checkhealth plead reports it.
-- Writes a report to PLEAD_E2E_OUT and exits 0 only when every check passed.
local out_path = assert(os.getenv('PLEAD_E2E_OUT'), 'PLEAD_E2E_OUT unset')
local file = assert(os.getenv('PLEAD_E2E_FILE'), 'PLEAD_E2E_FILE unset')
local mode = os.getenv('PLEAD_E2E_MODE')
local notified = _G.plead_test_notified

local lines_out, failures = {}, 0
local function say(fmt, ...)
  table.insert(lines_out, string.format(fmt, ...))
end
local function check(cond, fmt, ...)
  if not cond then
    failures = failures + 1
  end
  say('  %s %s', cond and 'ok  ' or 'FAIL', string.format(fmt, ...))
  return cond
end

local function matching(pattern)
  local found = {}
  for _, m in ipairs(notified) do
    if m.msg:find(pattern, 1, true) then
      table.insert(found, m)
    end
  end
  return found
end

local function health()
  vim.cmd('checkhealth plead')
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  say(':checkhealth plead:\n    %s', (vim.trim(report):gsub('\n', '\n    ')))
  return report
end

local function main()
  say('nvim %s, mode %s', tostring(vim.version()), mode)
  if mode == 'missing' then
    check(vim.fn.executable('plead') == 0, 'no plead on PATH')
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    vim.wait(1000, function() return #matching('was not found') > 0 end, 50)
    local first = matching('was not found')
    check(#first == 1, 'one notification that plead was not found')
    if first[1] then
      say('  notified: %s', first[1].msg)
      check(first[1].level == vim.log.levels.WARN, 'at level WARN')
      check(first[1].msg:find('cargo install', 1, true) ~= nil and first[1].msg:find(':checkhealth plead', 1, true) ~= nil,
        'it says how to install plead and where to look')
    end
    -- A second buffer: no second notification.
    vim.cmd('edit ' .. vim.fn.fnameescape(vim.fs.dirname(file) .. '/second.md'))
    vim.wait(300)
    check(#matching('was not found') == 1, 'only once per session (a second buffer adds none)')
    check(#vim.lsp.get_clients({ name = 'plead' }) == 0, 'no plead client is running')
    local report = health()
    check(report:find('plead binary not found', 1, true) ~= nil, ':checkhealth plead reports the missing binary')
  elseif mode == 'old' then
    vim.wait(500, function() return #matching('too old') > 0 end, 50)
    local notes = matching('too old')
    check(#notes == 1, 'one notification that Neovim is too old')
    if notes[1] then
      say('  notified: %s', notes[1].msg)
      check(notes[1].msg:find('0.9 or later', 1, true) ~= nil, 'it names the version needed')
    end
    check(vim.fn.exists(':PleadRestart') == 0, 'no commands are defined')
    require('plead').setup({})
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    vim.wait(500)
    check(#vim.lsp.get_clients({ name = 'plead' }) == 0, 'setup() starts no client')
    check(#matching('too old') == 1, 'setup() does not repeat the notice')
    local report = health()
    check(report:find('too old', 1, true) ~= nil and report:find('ERROR', 1, true) ~= nil,
      ':checkhealth plead reports the version as an error')
  else
    error('unknown mode ' .. tostring(mode))
  end
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  nested = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then
      say('Lua error: %s', tostring(err))
    end
    say('%s: %d failed check%s', (ok and failures == 0) and 'PASS' or 'FAIL', failures, failures == 1 and '' or 's')
    local f = assert(io.open(out_path, 'w'))
    f:write(table.concat(lines_out, '\n'), '\n')
    f:close()
    if not ok then
      vim.cmd('cquit 3')
    elseif failures > 0 then
      vim.cmd('cquit 1')
    else
      vim.cmd('qall!')
    end
  end,
})
