-- wrk script: every connection is one trainer. It signs in through the real sign-in form, then loops: load the
-- take-attendance page of its own lesson, set every learner's mark, save with the PrimeFaces Ajax request the
-- page's button sends. Users and lessons come from bench-users.csv (user,password,lessonId), one line per thread.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("BENCH_USERS") or "target/bench-users.csv")
  local lines = {}
  for line in file:lines() do table.insert(lines, line) end
  file:close()
  local user, password, lesson = lines[(number - 1) % #lines + 1]:match("([^,]+),([^,]+),([^,]+)")
  trainer = { user = user, password = password, lesson = lesson }
  step = "login-page"
  cookie = nil
  viewstate = nil
  nonce = nil
  radios = {}
  errors = 0
  saves = 0
  conflicts = 0
  unchanged = 0
  round = 0
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function headers()
  local h = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  if cookie then h["Cookie"] = cookie end
  return h
end

function request()
  if step == "login-page" then
    return wrk.format("GET", "/login.xhtml", headers())
  elseif step == "login" then
    local body = "signIn=signIn&signIn%3Ausername=" .. urlencode(trainer.user) .. "&signIn%3Apassword="
      .. urlencode(trainer.password) .. "&signIn%3Asubmit=x&jakarta.faces.ViewState=" .. urlencode(viewstate)
    return wrk.format("POST", "/login.xhtml", headers(), body)
  elseif step == "page" then
    return wrk.format("GET", "/attendance/take.xhtml?lesson=" .. trainer.lesson, headers())
  else
    round = round + 1
    local marks = { "PRESENT", "LATE", "EXCUSED", "ABSENT" }
    local parts = { "jakarta.faces.partial.ajax=true", "jakarta.faces.source=sheet%3Asave", "jakarta.faces.partial.event=click",
      "jakarta.faces.partial.execute=sheet", "jakarta.faces.partial.render=sheet", "sheet%3Asave=sheet%3Asave",
      "sheet=sheet", "jakarta.faces.ViewState=" .. urlencode(viewstate) }
    if nonce then
      -- PrimeFaces' CSP nonce, as a browser sends it with every Ajax request (refused without it)
      table.insert(parts, "primefaces.nonce=" .. urlencode(nonce))
    end
    for i, name in ipairs(radios) do
      table.insert(parts, urlencode(name) .. "=" .. marks[(i + round) % 4 + 1])
    end
    local h = headers()
    h["Faces-Request"] = "partial/ajax"
    return wrk.format("POST", "/attendance/take.xhtml?lesson=" .. trainer.lesson, h, table.concat(parts, "&"))
  end
end

function response(status, hdrs, body)
  local set = hdrs["Set-Cookie"]
  if set then cookie = set:match("(JSESSIONID=[^;]+)") or cookie end
  if step == "login-page" then
    viewstate = body:match('name="jakarta.faces.ViewState"[^>]-value="([^"]+)"')
    step = "login"
  elseif step == "login" then
    if status ~= 302 then errors = errors + 1 end
    step = "page"
  elseif step == "page" then
    if status ~= 200 then errors = errors + 1; step = "login-page"; return end
    viewstate = body:match('name="jakarta.faces.ViewState"[^>]-value="([^"]+)"')
    nonce = body:match("csp%.init%('([^']+)'%)")
    radios = {}
    for name in body:gmatch('name="(s%d+)"') do
      if radios[#radios] ~= name then table.insert(radios, name) end
    end
    step = "save"
  else
    if status == 200 and body:find("Gespeichert:", 1, true) then
      -- saved
    elseif status == 200 and body:find("conflicts-title", 1, true) then
      conflicts = conflicts + 1
    elseif status == 200 and body:find("nichts ge\195\164ndert", 1, true) then
      unchanged = unchanged + 1
    else
      errors = errors + 1
      if errors <= 2 then
        io.stderr:write("save answered " .. status .. ": " .. body:sub(1, 1500):gsub("\n", " ") .. "\n")
      end
    end
    saves = saves + 1
    step = "page"
  end
end

function done(summary, latency, requests)
  local errs, saved, clashes, same = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    errs = errs + thread:get("errors")
    saved = saved + thread:get("saves")
    clashes = clashes + thread:get("conflicts")
    same = same + thread:get("unchanged")
  end
  io.write(string.format("requests %d, saves %d (unchanged %d, conflicts %d), application errors %d, "
    .. "socket errors %d, non-2xx/3xx %d\n", summary.requests, saved, same, clashes, errs,
    summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
