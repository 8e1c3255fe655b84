-- The bench business's cashiers at their tills, for wrk: the load of bench/run.sh's rate rows from
-- a client as cheap as pgbench is on the ceiling's side (LoadGenerator's JDK client took ~2.5 ms of
-- the 2 cores per checkout away from the server). Run by cashiers() in bench/server.sh:
--   wrk -tTHREADS -cCLIENTS -dSECONDS -s bench/cashiers.lua URL -- STATE CLIENTS THREADS MODE
-- STATE: a Lua file returning {storefront = id, products = {ids}, cashiers = {tokens}}, from the
-- state file of LoadGenerator seed. MODE:
--   sale  LoadGenerator.sale(s, false): 3 of the products shuffled, 1-3 of each at 2.00, half paid
--         by card, the rest in cash with 5.00 more (POST sales/api/sales/)
--   hot   LoadGenerator.sale(s, true): the first 3 products, 1 of each
--   read  GET accounts/api/users/me/ (the HTTP stack's floor)
-- done() prints one line as LoadGenerator checkout does, after "result ":
--   clients tps p50 p95 p99 ok conflicts errors
-- ok = answers 201 (sale, hot) or 200 (read), conflicts = 409, errors = any other answer and
-- socket errors; tps = ok per second of the run; percentiles in ms from wrk's latency histogram,
-- which wrk corrects for coordinated omission (it adds the requests a slow answer held back), so
-- they read somewhat above the raw percentiles LoadGenerator printed.

-- main state: one entry per thread, read back in done()
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local state, mode, mine, turn, products

function init(args)
  state = dofile(args[1])
  clients = tonumber(args[2])
  local count = tonumber(args[3])
  mode = args[4]
  ok, conflicts, errors = 0, 0, 0
  -- LoadGenerator's client c signs with cashier c % 4; wrk gives thread i the connections
  -- i * n .. (i + 1) * n - 1 (n = clients / threads) but tells a request not which one it is on,
  -- so each thread takes turns with the tokens of its connections
  local n = math.floor(clients / count)
  mine, turn = {}, 0
  for c = index * n, (index + 1) * n - 1 do
    local headers = {
      ["Authorization"] = "Bearer " .. state.cashiers[c % #state.cashiers + 1],
      ["Accept"] = "application/json",
    }
    if mode ~= "read" then headers["Content-Type"] = "application/json" end
    table.insert(mine, mode == "read" and wrk.format("GET", nil, headers) or headers)
  end
  products = {}
  for i, p in ipairs(state.products) do products[i] = p end
  math.randomseed(os.time() * 100 + index)
end

local function cents(c)
  return string.format("%d.%02d", math.floor(c / 100), c % 100)
end

local function sale()
  local lines, units = {}, 0
  for i = 1, 3 do
    local q = 1
    if mode ~= "hot" then
      -- the first 3 of a shuffle: a partial Fisher-Yates over the thread's copy of the products
      local j = math.random(i, #products)
      products[i], products[j] = products[j], products[i]
      q = math.random(1, 3)
    end
    units = units + q
    lines[i] = '{"product_id":"' .. (mode == "hot" and state.products[i] or products[i]) .. '","quantity":' .. q .. '}'
  end
  local total = units * 200
  local card = math.floor(total / 2)
  return '{"storefront_id":"' .. state.storefront .. '","sale_type":"RETAIL","items":['
    .. table.concat(lines, ",") .. '],"payments":[{"method":"CARD","amount":"' .. cents(card)
    .. '"},{"method":"CASH","amount":"' .. cents(total - card + 500) .. '"}]}'
end

function request()
  turn = turn % #mine + 1
  if mode == "read" then return mine[turn] end
  return wrk.format("POST", nil, mine[turn], sale())
end

function response(status)
  if status == 201 or (status == 200 and mode == "read") then
    ok = ok + 1
  elseif status == 409 then
    conflicts = conflicts + 1
  else
    errors = errors + 1
  end
end

function done(summary, latency)
  local sold, refused, failed = 0, 0, 0
  for _, thread in ipairs(threads) do
    sold = sold + thread:get("ok")
    refused = refused + thread:get("conflicts")
    failed = failed + thread:get("errors")
  end
  local e = summary.errors
  failed = failed + e.connect + e.read + e.write
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format("result %d %.1f %.1f %.1f %.1f %d %d %d\n", threads[1]:get("clients"),
    sold / (summary.duration / 1e6), ms(50), ms(95), ms(99), sold, refused, failed))
end
