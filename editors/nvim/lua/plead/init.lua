-- plead for Neovim: `require('plead').setup({...})` starts `plead lsp` for
-- text, Markdown and .pleading buffers. On Neovim 0.11+ it is the same as
-- `vim.lsp.config('plead', opts)` + `vim.lsp.enable('plead')`; on 0.9/0.10 it
-- starts the client itself from a FileType autocommand.
local config = require('plead.config')

local M = {}

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
--- vim.lsp.config/enable exist (0.11+) and the user did not ask for the
--- plugin's own FileType autocommand (`vim.g.plead_use_autocmd = true`).
local function use_enable()
  return vim.lsp.config ~= nil and vim.lsp.enable ~= nil and not vim.g.plead_use_autocmd
end

--- The configuration given to setup() on 0.9/0.10.
local legacy_config = nil

local function notify(msg, level)
  vim.notify('plead: ' .. msg, level or vim.log.levels.INFO)
end

--- Running plead clients, optionally only those attached to a buffer.
--- @param bufnr integer|nil
function M.clients(bufnr)
  return get_clients({ name = 'plead', bufnr = bufnr })
end

--- Starts (or reuses) the plead client for a buffer on 0.9/0.10.
--- @param bufnr integer
local function start_legacy(bufnr)
  if not legacy_config or vim.bo[bufnr].buftype ~= '' then
    return
  end
  if require('plead.notice').check_binary() then
    return
  end
  local cfg = vim.deepcopy(legacy_config)
  cfg.root_dir = config.root_dir(bufnr)
  cfg.filetypes, cfg.root_markers = nil, nil
  return vim.lsp.start(cfg, { bufnr = bufnr })
end

--- @param opts table|nil client configuration: `cmd`, `filetypes`, `root_markers`,
---   `settings = { plead = { ... } }` (the keys of plead.toml), `on_attach`, `capabilities`, …
function M.setup(opts)
  opts = opts or {}
  if require('plead.notice').check_version() then
    return
  end
  if use_enable() then
    vim.lsp.config('plead', opts)
    vim.lsp.enable('plead')
    return
  end
  legacy_config = vim.tbl_deep_extend('force', config.default(), opts)
  local filetypes = legacy_config.filetypes
  local group = vim.api.nvim_create_augroup('plead', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = filetypes,
    callback = function(args)
      start_legacy(args.buf)
    end,
  })
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(filetypes, vim.bo[buf].filetype) then
      start_legacy(buf)
    end
  end
end

--- The configuration setup() starts clients with on 0.9/0.10 (nil on the 0.11 path).
function M.legacy_config()
  return legacy_config
end

--- Client methods are called with `:` since 0.11 and `.` before.
local function stop(client)
  if vim.fn.has('nvim-0.11') == 1 then
    client:stop()
  else
    client.stop()
  end
end

--- Stops every plead client and starts them again for the buffers they served.
function M.restart()
  local clients = M.clients()
  local buffers = {}
  for _, client in ipairs(clients) do
    for buf in pairs(client.attached_buffers or {}) do
      buffers[buf] = true
    end
    stop(client)
  end
  local function all_exited()
    for _, client in ipairs(clients) do
      if vim.lsp.get_client_by_id(client.id) then
        return false
      end
    end
    return true
  end
  -- shutdown + exit first; a server that has not exited after 2 s is killed
  -- (client:stop(true) is a no-op once a graceful stop began, so terminate the rpc)
  if not vim.wait(2000, all_exited, 50) then
    for _, client in ipairs(clients) do
      client.rpc.terminate()
    end
    vim.wait(2000, all_exited, 50)
  end
  if use_enable() and vim.lsp.is_enabled and vim.lsp.is_enabled('plead') then
    vim.cmd.doautoall('nvim.lsp.enable FileType')
  elseif legacy_config then
    for buf in pairs(buffers) do
      if vim.api.nvim_buf_is_loaded(buf) then
        start_legacy(buf)
      end
    end
  else
    notify('not set up: call vim.lsp.enable("plead") or require("plead").setup()', vim.log.levels.WARN)
    return
  end
  notify('restarted the language server')
end

--- Sends workspace/executeCommand to the buffer's plead client.
--- @param command string
--- @param arguments table
--- @param on_result fun(client: table, result: any)|nil
local function execute(bufnr, command, arguments, on_result)
  local client = M.clients(bufnr)[1]
  if not client then
    notify('no plead language server is attached to this buffer', vim.log.levels.WARN)
    return
  end
  local params = { command = command, arguments = arguments }
  local handler = function(err, result)
    if err then
      notify(command .. ' failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif on_result then
      on_result(client, result)
    end
  end
  if vim.fn.has('nvim-0.11') == 1 then
    client:request('workspace/executeCommand', params, handler, bufnr)
  else
    client.request('workspace/executeCommand', params, handler, bufnr)
  end
end

--- Inserts or refreshes the table of authorities in the current buffer. The
--- server either applies the edit itself (workspace/applyEdit) or returns it.
function M.table_of_authorities()
  local bufnr = vim.api.nvim_get_current_buf()
  execute(bufnr, 'plead.tableOfAuthorities', { vim.uri_from_bufnr(bufnr) }, function(client, result)
    if type(result) == 'table' and (result.changes or result.documentChanges) then
      vim.lsp.util.apply_workspace_edit(result, client.offset_encoding or 'utf-16')
    end
    notify('table of authorities updated')
  end)
end

--- Adds a word (default: the word under the cursor) to plead's dictionary.
--- @param word string|nil
function M.add_word(word)
  word = word or vim.fn.expand('<cword>')
  if word == nil or word == '' then
    notify('no word under the cursor', vim.log.levels.WARN)
    return
  end
  execute(vim.api.nvim_get_current_buf(), 'plead.addWord', { word }, function()
    notify('added "' .. word .. '" to the dictionary')
  end)
end

return M
