-- End-to-end test of `vouch lsp` with Neovim's built-in LSP client (Debian's Neovim 0.7.2: start_client +
-- buf_attach_client, push diagnostics). Run by scripts/e2e-neovim.sh, which sets the environment below and
-- puts an overall timeout around it. Writes "OK" or "FAIL: why" to $VOUCH_RESULT and exits 0 or 1.
local jar = assert(os.getenv("VOUCH_JAR"), "VOUCH_JAR")
local draft = assert(os.getenv("VOUCH_DRAFT"), "VOUCH_DRAFT")
local result_file = assert(os.getenv("VOUCH_RESULT"), "VOUCH_RESULT")
local wait_ms = tonumber(os.getenv("VOUCH_WAIT_MS") or "90000")

local function log(msg)
  io.stderr:write("[e2e] " .. msg .. "\n")
end

local function finish(ok, msg)
  local f = io.open(result_file, "w")
  f:write(ok and "OK\n" or ("FAIL: " .. msg .. "\n"))
  f:close()
  if ok then
    vim.cmd("qall!")
  else
    vim.cmd("cquit 1")
  end
end

local function check(cond, msg)
  if not cond then
    error(msg, 0)
  end
end

local function run()
  local latest = {} -- uri -> the last publishDiagnostics params
  local exit_code = nil
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = "markdown"
  local uri = vim.uri_from_bufnr(bufnr)

  local client_id = vim.lsp.start_client({
    name = "vouch",
    cmd = { "java", "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar, "lsp" }, -- what bin/vouch lsp runs
    root_dir = vim.fn.fnamemodify(draft, ":h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        latest[result.uri] = result
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      exit_code = code
    end,
  })
  check(client_id, "vim.lsp.start_client returned nothing")
  check(vim.lsp.buf_attach_client(bufnr, client_id), "buf_attach_client failed")
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics arrive, with Vouch's codes and source.
  local got = vim.wait(wait_ms, function()
    return latest[uri] ~= nil and #latest[uri].diagnostics > 0
  end, 20)
  check(got, "no diagnostics within " .. wait_ms .. " ms")
  local first = latest[uri]
  local codes = {}
  for _, d in ipairs(first.diagnostics) do
    check(d.source == "vouch", "diagnostic source is " .. tostring(d.source))
    codes[d.code] = d
  end
  for _, want in ipairs({ "citations.undefined-footnote", "citations.unused-footnote", "citations.empty-link",
    "citations.placeholder" }) do
    check(codes[want], "missing diagnostic " .. want .. "; got " .. vim.inspect(vim.tbl_keys(codes)))
  end
  log("diagnostics: " .. table.concat(vim.tbl_keys(codes), ", "))
  local undefined = codes["citations.undefined-footnote"]
  check(undefined.codeDescription and undefined.codeDescription.href:match("^file:"), "no codeDescription link")
  -- The documentation files are written in the background at start-up: give them a moment.
  local doc = vim.uri_to_fname(undefined.codeDescription.href)
  check(vim.wait(30000, function() return vim.fn.filereadable(doc) == 1 end, 20), "the rule doc link is broken: " .. doc)

  -- 2. Hover on the placeholder explains it.
  local ph = codes["citations.placeholder"]
  local hover = client.request_sync("textDocument/hover", {
    textDocument = { uri = uri }, position = ph.range.start }, 20000, bufnr)
  check(hover and hover.result and hover.result.contents, "no hover: " .. vim.inspect(hover))
  local value = hover.result.contents.value or vim.inspect(hover.result.contents)
  check(value:find("Placeholder", 1, true), "hover text: " .. value)

  -- 3. The preferred quick fix for the undefined footnote, resolved if need be, applied to the buffer.
  local resp = client.request_sync("textDocument/codeAction", {
    textDocument = { uri = uri },
    range = undefined.range,
    context = { diagnostics = { undefined } },
  }, 20000, bufnr)
  check(resp and resp.result, "codeAction failed: " .. vim.inspect(resp))
  local fix
  local titles = {}
  for _, a in ipairs(resp.result) do
    table.insert(titles, a.title)
    if a.kind == "quickfix" and a.isPreferred then
      fix = a
    end
  end
  check(fix, "no preferred quick fix among " .. vim.inspect(titles))
  if not fix.edit and fix.data then
    local r = client.request_sync("codeAction/resolve", fix, 20000, bufnr)
    check(r and r.result, "codeAction/resolve failed: " .. vim.inspect(r))
    fix = r.result
  end
  check(fix.edit, "the quick fix has no edit")
  local version_before = first.version
  vim.lsp.util.apply_workspace_edit(fix.edit, "utf-16")
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
  check(text:find("[^moved]:", 1, true), "the fix did not add the footnote definition:\n" .. text)
  check(text:find("had lost its address on the way", 1, true), "the fix damaged the text:\n" .. text)
  log("applied: " .. fix.title)

  -- 4. Fresh diagnostics for the edited buffer no longer have that finding.
  got = vim.wait(wait_ms, function()
    local l = latest[uri]
    if not l or (l.version or 0) <= (version_before or 0) then
      return false
    end
    for _, d in ipairs(l.diagnostics) do
      if d.code == "citations.undefined-footnote" then
        return false
      end
    end
    return true
  end, 20)
  check(got, "diagnostics after the fix still show the undefined footnote: " .. vim.inspect(latest[uri]))

  -- 5. A clean shutdown: the server exits with 0.
  vim.lsp.stop_client(client_id)
  got = vim.wait(30000, function()
    return exit_code ~= nil
  end, 20)
  check(got, "the server did not exit after shutdown")
  check(exit_code == 0, "the server exited with " .. tostring(exit_code))

  -- 6. The quick fix was an edit: the editing ledger recorded it in the project's .vouch/ledger.json.
  local ledger_file = vim.fn.fnamemodify(draft, ":h") .. "/.vouch/ledger.json"
  check(vim.fn.filereadable(ledger_file) == 1, "no editing ledger at " .. ledger_file)
  local ledger = vim.fn.json_decode(table.concat(vim.fn.readfile(ledger_file), "\n"))
  local entry = ledger.drafts and ledger.drafts["field-notes.md"]
  check(entry and entry.sessionCount >= 1, "the ledger has no session for field-notes.md: " .. vim.inspect(ledger))
  log("ledger: " .. entry.sessionCount .. " session(s) for field-notes.md")
end

local ok, err = pcall(run)
if ok then
  log("all checks passed")
  finish(true)
else
  log(tostring(err))
  finish(false, tostring(err))
end
