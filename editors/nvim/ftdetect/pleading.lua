vim.filetype.add({ extension = { pleading = 'pleading' } })
