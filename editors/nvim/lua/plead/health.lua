-- `:checkhealth plead`: Neovim version, the binary and its version, and
-- whether a client serves the current buffer.
local M = {}

local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local error = health.error or health.report_error
local info = health.info or health.report_info

--- The command plead is started with: from vim.lsp.config (0.11+) or the default.
local function server_cmd_default()
  if vim.lsp.config then
    local resolved = vim.lsp.config.plead
    if resolved and type(resolved.cmd) == 'table' then
      return resolved.cmd
    end
  end
  return require('plead.config').default().cmd
end

function M.check()
  start('plead')
  local v = vim.version()
  local version = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  local notice = require('plead.notice')
  if notice.too_old() then
    error('Neovim ' .. version .. ' is too old: plead needs ' .. notice.MIN_VERSION .. ' or later (vim.lsp.start)', {
      'Update Neovim (https://github.com/neovim/neovim/releases)',
      'Or start `plead lsp` from another LSP client',
    })
  elseif vim.fn.has('nvim-0.11') == 1 then
    ok('Neovim ' .. version .. ': use vim.lsp.enable("plead")')
  else
    ok('Neovim ' .. version .. ': use require("plead").setup()')
  end

  local cmd = require('plead.notice').server_cmd() or server_cmd_default()
  local binary = cmd[1]
  local path = vim.fn.exepath(binary)
  if path == '' then
    error('plead binary not found: ' .. binary, {
      'Install it: `cargo install --locked --path .` in the plead repository, and make sure ~/.cargo/bin is on PATH',
      'Or point the client at it: vim.lsp.config("plead", { cmd = { "/path/to/plead", "lsp" } })',
      'Or set vim.g.plead_server_path = "/path/to/plead"',
    })
    return
  end
  local out = vim.fn.system({ path, '--version' })
  if vim.v.shell_error ~= 0 then
    error(path .. ' --version failed: ' .. vim.trim(out))
    return
  end
  ok('binary: ' .. path)
  ok('version: ' .. vim.trim(out))
  info('command: ' .. table.concat(cmd, ' '))

  if vim.filetype.match({ filename = 'motion.pleading' }) == 'pleading' then
    ok('.pleading files have filetype "pleading"')
  else
    warn('.pleading files are not detected: is editors/nvim on the runtimepath?')
  end

  local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
  local clients = get_clients({ name = 'plead' })
  if #clients == 0 then
    info('no plead client is running (open a text, Markdown or .pleading file)')
  end
  for _, client in ipairs(clients) do
    local buffers = vim.tbl_count(client.attached_buffers or {})
    ok(string.format('client %d running (root %s, %d buffer%s)', client.id, client.root_dir or 'none (single file)',
      buffers, buffers == 1 and '' or 's'))
  end
end

return M
