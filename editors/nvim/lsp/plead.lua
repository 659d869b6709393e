-- Neovim 0.11+: `vim.lsp.enable('plead')` starts `plead lsp` for text,
-- Markdown and .pleading buffers. Override anything with
-- `vim.lsp.config('plead', { settings = { plead = { ... } } })`.
return require('plead.config').default()
