-- The plead client configuration shared by `lsp/plead.lua` (Neovim 0.11+,
-- `vim.lsp.enable('plead')`) and `require('plead').setup()` (0.9/0.10).
local M = {}

M.filetypes = { 'text', 'markdown', 'pleading' }
M.root_markers = { 'plead.toml', '.git' }

-- Keys of plead's configuration whose value is a JSON object even when empty.
-- Lua cannot tell `{}` from `[]`, and the server rejects `"rules": []`.
local OBJECT_KEYS = { rules = true, citations = true, record = true, authorities = true }

--- Makes the `plead` settings table encode as the server expects: empty
--- tables that stand for objects become `vim.empty_dict()`.
--- @param settings table|nil
--- @return table
function M.normalize(settings)
  if type(settings) ~= 'table' or next(settings) == nil then
    return vim.empty_dict()
  end
  for key, value in pairs(settings) do
    if type(value) == 'table' and OBJECT_KEYS[key] then
      settings[key] = next(value) == nil and vim.empty_dict() or M.normalize(value)
    end
  end
  return settings
end

--- Sends the `plead` settings as initializationOptions too, so the first
--- analysis already uses them (settings follow in didChangeConfiguration).
function M.before_init(params, config)
  config.settings = config.settings or {}
  config.settings.plead = M.normalize(config.settings.plead)
  params.initializationOptions = config.settings.plead
end

--- The binary: `vim.g.plead_server_path` when set, else `plead` on PATH.
--- @return string
function M.binary()
  local configured = vim.g.plead_server_path
  if type(configured) == 'string' and configured ~= '' then
    return vim.fn.expand(configured)
  end
  return 'plead'
end

--- The root folder of a buffer: the nearest folder with plead.toml or .git,
--- else the file's own folder.
--- @param bufnr integer
--- @return string|nil
function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  if vim.fs.root then
    return vim.fs.root(bufnr, M.root_markers) or vim.fs.dirname(name)
  end
  local found = vim.fs.find(M.root_markers, { upward = true, path = vim.fs.dirname(name) })[1]
  return found and vim.fs.dirname(found) or vim.fs.dirname(name)
end

--- A fresh default configuration.
--- @return table
function M.default()
  return {
    name = 'plead',
    cmd = { M.binary(), 'lsp' },
    filetypes = vim.deepcopy(M.filetypes),
    root_markers = vim.deepcopy(M.root_markers),
    settings = { plead = vim.empty_dict() },
    before_init = M.before_init,
  }
end

return M
