-- wrk script for all bench scenarios. Configured through environment variables (set by bench/run.sh):
--   BENCH_MODE    static | search | mutation | get
--   BENCH_BODY    file with the POST body (static)
--   BENCH_TOKEN   bearer token (static, search, get); BENCH_TOKEN_STAFF / BENCH_TOKEN_EXPERT (mutation)
--   BENCH_IDS     directory with moving_ids.txt, contract_ids.txt, open_reviews.txt (mutation)
--   BENCH_NO_AUTH 1: send no Authorization header (PostGraphile)
--   BENCH_RESULT  JSON file written by done(): requests, duration, errors (HTTP and GraphQL "errors"), latencies
local mode = os.getenv("BENCH_MODE") or "static"
local token = os.getenv("BENCH_TOKEN") or ""
local no_auth = os.getenv("BENCH_NO_AUTH") == "1"
local threads = {}
local thread_no = 0

function setup(thread)
  thread_no = thread_no + 1
  thread:set("tid", thread_no)
  table.insert(threads, thread)
end

local function read_file(path)
  local f = assert(io.open(path, "r"), "cannot read " .. path)
  local s = f:read("*a"); f:close(); return s
end

local function read_lines(path)
  local t = {}
  local f = io.open(path, "r")
  if not f then return t end
  for line in f:lines() do if line ~= "" then table.insert(t, line) end end
  f:close(); return t
end

local function headers(tok)
  local h = { ["Content-Type"] = "application/json" }
  if not no_auth then h["Authorization"] = "Bearer " .. tok end
  return h
end

local function json_str(s)
  local escaped = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('%c', function(c) return string.format('\\u%04x', c:byte()) end)
  return '"' .. escaped .. '"'
end

-- the first max bytes of s, cut before a UTF-8 continuation byte so no character is split (error samples are Chinese)
local function utf8_prefix(s, max)
  if #s <= max then return s end
  local i = max
  while i > 0 and s:byte(i + 1) >= 0x80 and s:byte(i + 1) < 0xC0 do i = i - 1 end
  return s:sub(1, i)
end

errors = 0
local static_req, moving, contracting, reviews, n, review_next, move_next, review_step
local token_staff = os.getenv("BENCH_TOKEN_STAFF") or ""
local token_lead = os.getenv("BENCH_TOKEN_LEAD") or ""
local token_expert = os.getenv("BENCH_TOKEN_EXPERT") or ""

local regions = { "370881", "360000", "230502", "500237", "150200", "370000" }
local stages = { "DRAFT", "LIBRARY", "APPLIED", "IN_REVIEW", "APPROVED", "FUNDED", "PROCUREMENT", "CONSTRUCTION", "TRIAL_RUN" }
local words = { "教育", "政务云", "数据共享", "一网通办", "应急指挥", "医疗", "城市运行", "电子证照", "视频监控", "信用", "农业", "不动产" }
local search_query = "query($f: ProjectFilter) { projects(first: 20, filter: $f) { totalCount edges { cursor node { id localCode name stage year regionCode estimatedInvestment updatedAt owner { name } } } pageInfo { endCursor hasNextPage } } }"

function init(args)
  n = 0
  math.randomseed(os.time() * 1000 + (tid or 0))
  if mode == "static" then
    static_req = wrk.format("POST", wrk.path, headers(token), read_file(os.getenv("BENCH_BODY")))
  elseif mode == "get" then
    static_req = wrk.format("GET", wrk.path, headers(token))
  elseif mode == "mutation" then
    local dir = os.getenv("BENCH_IDS")
    moving = read_lines(dir .. "/moving_ids.txt")
    contracting = read_lines(dir .. "/contract_ids.txt")
    reviews = read_lines(dir .. "/open_reviews.txt")
    -- each thread signs its own slice of the open reviews, so every opinion is a first signature; it also moves
    -- its own slice of the CONSTRUCTION projects, so no two requests ever move the same project at once
    local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
    review_next = (tid or 1)
    review_step = nthreads
    move_next = 0
  end
end

function request()
  n = n + 1
  if mode == "static" or mode == "get" then
    return static_req
  elseif mode == "search" then
    local f = string.format('{"regionCode":"%s","stages":["%s"],"year":%d,"nameContains":"%s"}',
      regions[math.random(#regions)], stages[math.random(#stages)], 2023 + math.random(0, 3), words[math.random(#words)])
    return wrk.format("POST", wrk.path, headers(token),
      '{"query":' .. json_str(search_query) .. ',"variables":{"f":' .. f .. '}}')
  else -- mutation mix: move a project's stage, sign an open review, register a contract
    local k = n % 3
    if k == 0 and #reviews > 0 and review_next <= #reviews then
      local id = reviews[review_next]; review_next = review_next + review_step
      local q = 'mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE, text: "bench: 同意") { id } }'
      return wrk.format("POST", wrk.path, headers(token_expert), '{"query":' .. json_str(q) .. ',"variables":{"r":"' .. id .. '"}}')
    elseif k == 1 and #contracting > 0 then
      local q = 'mutation($p: ID!) { registerContract(projectId: $p, input: {kind: OTHER_SERVICE, title: "bench 运维服务合同",'
        .. ' supplierName: "某某科技有限公司", supplierCreditCode: "91350100M000100Y43", amount: "120000.00",'
        .. ' implementationMonths: 12, warrantyMonths: 24}) { id creditCodeCheckValid } }'
      return wrk.format("POST", wrk.path, headers(token_staff), '{"query":' .. json_str(q) .. ',"variables":{"p":"'
        .. contracting[math.random(#contracting)] .. '"}}')
    else
      -- stage move: the thread's slice of projects (FUNDED…TRIAL_RUN), suspended on one pass and resumed on the next
      -- (the one move that can be repeated on the same data; each is a gated, audited stage transition)
      local mine = math.floor(#moving / review_step)
      local i = (tid or 1) + review_step * (move_next % mine)
      local pass = math.floor(move_next / mine) % 2
      move_next = move_next + 1
      local op = pass == 0 and "suspendProject" or "resumeProject"
      local q = 'mutation($p: ID!) { ' .. op .. '(projectId: $p, reason: "bench") { id stage } }'
      return wrk.format("POST", wrk.path, headers(token_lead), '{"query":' .. json_str(q) .. ',"variables":{"p":"' .. moving[i] .. '"}}')
    end
  end
end

first_error = nil
function response(status, hdrs, body)
  if status ~= 200 or (body and string.find(body, '"errors"', 1, true)) then
    errors = errors + 1
    if first_error == nil then first_error = tostring(status) .. " " .. utf8_prefix(body or "", 300) end
  end
end

function done(summary, latency, requests)
  local app_errors, sample = 0, ""
  for _, t in ipairs(threads) do
    app_errors = app_errors + (t:get("errors") or 0)
    local fe = t:get("first_error")
    if fe and sample == "" then sample = fe end
  end
  local e = summary.errors
  local out = os.getenv("BENCH_RESULT")
  if out then
    local f = assert(io.open(out, "w"))
    f:write(string.format('{"requests":%d,"duration_us":%d,"rps":%.2f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,'
      .. '"max_ms":%.3f,"mean_ms":%.3f,"socket_errors":%d,"status_errors":%d,"timeouts":%d,"app_errors":%d,"error_sample":%s}\n',
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, e.connect + e.read + e.write, e.status, e.timeout, app_errors,
      json_str(sample)))
    f:close()
  end
end
