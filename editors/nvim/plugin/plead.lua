-- User commands; the server itself starts through `vim.lsp.enable('plead')`
-- (0.11+) or `require('plead').setup()`.
if vim.g.loaded_plead then
  return
end
vim.g.loaded_plead = true

-- Too old a Neovim: say so once (after startup, so the message is seen) and stop here.
if require('plead.notice').too_old() then
  vim.schedule(function()
    require('plead.notice').check_version()
  end)
  return
end

-- A missing `plead` binary: said once, when the first buffer plead would check opens.
vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('plead_notice', { clear = true }),
  pattern = require('plead.config').filetypes,
  callback = function(args)
    if vim.bo[args.buf].buftype == '' then
      require('plead.notice').check_binary()
    end
  end,
})

vim.api.nvim_create_user_command('PleadTableOfAuthorities', function()
  require('plead').table_of_authorities()
end, { desc = 'plead: insert or refresh the table of authorities' })

vim.api.nvim_create_user_command('PleadRestart', function()
  require('plead').restart()
end, { desc = 'plead: restart the language server' })

vim.api.nvim_create_user_command('PleadAddWord', function(opts)
  require('plead').add_word(opts.args ~= '' and opts.args or nil)
end, { nargs = '?', desc = 'plead: add a word (default: the word under the cursor) to the dictionary' })
