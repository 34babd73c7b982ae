-- wrk script: GET the paths listed in the file $BENCH_PATHS in turn (pages, API calls, static files)
-- and count answers of 500 or more and bodies that show a Java stack trace; printed at the end.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {}
  for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
  i = math.random(#paths); s5 = 0; traces = 0
end
-- BENCH_NO_CACHE=1 asks with Cache-Control: no-cache (the search API then skips its kept answers)
local headers = os.getenv("BENCH_NO_CACHE") and { ["Cache-Control"] = "no-cache" } or nil
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 end
  if body and (body:find("\tat org.", 1, true) or body:find("Exception:", 1, true)) then traces = traces + 1 end
end
function done(summary, latency, requests)
  local a, b = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("s5"); b = b + t:get("traces") end
  io.write(string.format("5xx: %d\nstack traces: %d\n", a, b))
end
