-- One-time notices for what would otherwise fail silently: Neovim older than the
-- plugin supports, and a `plead` binary that is not there (Neovim 0.11's
-- vim.lsp.enable() only writes "cmd is not executable" to lsp.log). Each is shown once
-- per session; `:checkhealth plead` gives the details.
local M = {}

--- The oldest Neovim the plugin supports (vim.lsp.start, vim.fs.find).
M.MIN_VERSION = '0.9'

local shown = {}

--- vim.notify(msg) once per session for `key`.
--- @param key string
--- @param msg string
--- @param level integer|nil
function M.once(key, msg, level)
  if shown[key] then
    return false
  end
  shown[key] = true
  vim.notify(msg, level or vim.log.levels.WARN, { title = 'plead' })
  return true
end

--- This Neovim's version, e.g. "0.11.4".
function M.version()
  local v = vim.version and vim.version() or { major = 0, minor = 0, patch = 0 }
  return string.format('%d.%d.%d', v.major, v.minor, v.patch)
end

--- True when this Neovim is older than the plugin supports.
function M.too_old()
  return vim.fn.has('nvim-' .. M.MIN_VERSION) == 0
end

--- Tells the user once that this Neovim is too old. Returns true when it is.
function M.check_version()
  if not M.too_old() then
    return false
  end
  M.once(
    'version',
    string.format(
      'plead: Neovim %s is too old: the plead plugin needs %s or later. Update Neovim, or use another LSP client (see :checkhealth plead).',
      M.version(),
      M.MIN_VERSION
    ),
    vim.log.levels.WARN
  )
  return true
end

--- The command plead is started with: vim.lsp.config (0.11+), else setup()'s, else the default.
--- @return table|nil cmd, boolean wanted (the user enabled or set up plead)
function M.server_cmd()
  local ok, plead = pcall(require, 'plead')
  local legacy = ok and plead.legacy_config and plead.legacy_config() or nil
  if legacy then
    return legacy.cmd, true
  end
  if vim.lsp.config and vim.lsp.is_enabled then
    local resolved = vim.lsp.config.plead
    return resolved and resolved.cmd or require('plead.config').default().cmd, vim.lsp.is_enabled('plead')
  end
  return require('plead.config').default().cmd, false
end

--- Tells the user once when the plead binary a buffer would start is not there.
--- Returns true when it is missing.
function M.check_binary()
  local cmd, wanted = M.server_cmd()
  if not wanted or type(cmd) ~= 'table' or type(cmd[1]) ~= 'string' then
    return false
  end
  if vim.fn.executable(cmd[1]) == 1 then
    return false
  end
  M.once(
    'binary',
    string.format(
      'plead: the language server `%s` was not found, so plead is not checking this buffer. '
        .. 'Install it (`cargo install --locked --path .` in the plead repository, with ~/.cargo/bin on PATH) '
        .. 'or point vim.g.plead_server_path at it. See :checkhealth plead.',
      cmd[1]
    ),
    vim.log.levels.WARN
  )
  return true
end

return M
