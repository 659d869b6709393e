-- A user's init.lua, as the e2e test's Neovim loads it: the plugin comes from
-- the runtimepath (as any plugin manager puts it there), and plead starts the
-- way the README tells users to start it.
local plugin = assert(os.getenv('PLEAD_NVIM_PLUGIN'), 'PLEAD_NVIM_PLUGIN unset')
vim.opt.runtimepath:prepend(plugin)

local mode = os.getenv('PLEAD_E2E_MODE') or 'enable'

if mode == 'missing' or mode == 'old' then
  -- The one-time notices (test/notice.lua): record every vim.notify.
  _G.plead_test_notified = {}
  local notify = vim.notify
  vim.notify = function(msg, level, opts)
    table.insert(_G.plead_test_notified, { msg = msg, level = level })
    return notify(msg, level, opts)
  end
  if mode == 'old' then
    -- Pretend to be Neovim 0.8: has('nvim-0.9') and later are false.
    local has = vim.fn.has
    vim.fn.has = function(feature)
      if type(feature) == 'string' and feature:match('^nvim%-0%.%d+') and not feature:match('^nvim%-0%.[0-8]$') then
        return 0
      end
      return has(feature)
    end
  else
    vim.lsp.enable('plead')
  end
  dofile(plugin .. '/test/notice.lua')
  return
end

if mode == 'enable' then
  -- Neovim 0.11+: lsp/plead.lua from the runtimepath
  vim.lsp.enable('plead')
elseif mode == 'legacy' then
  -- the 0.9/0.10 code path (the plugin's own FileType autocommand), forced on this 0.11
  vim.g.plead_use_autocmd = true
  require('plead').setup({ settings = { plead = { rules = { citation = 'hint' } } } })
else
  -- the setup() entry point (0.9/0.10 style; on 0.11 it wraps vim.lsp.config),
  -- with settings passed through to the server
  require('plead').setup({ settings = { plead = { rules = { citation = 'hint' } } } })
end

dofile(plugin .. '/test/e2e.lua')
