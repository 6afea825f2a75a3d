-- Records a batch of position signals of ONE session atomically; each is applied at most once per
-- (platform, message id, position). One call for many signals saves Redis the per-script overhead.
-- KEYS: 1 processed, 2 viewers, 3 positions, 4 mentions, 5 interested, 6 companies, 7 leaderboard,
--       then per signal s (0-based): 8+s the position's interested viewers
-- ARGV: 1 retention seconds (0 = none), then per signal s, at b = 1 + 11s:
--       b+1 processed member, b+2 position, b+3 company, b+4 kind ('i' interest | 'm' mention), b+5 viewer member,
--       b+6 user name, b+7 timestamp (unix ms), b+8 text, b+9 platform, b+10 user id, b+11 contact ('' = none)
-- Returns how many signals were new.
--
-- Two phases. The first reads and checks everything and builds the new state in Lua tables; the second writes
-- it, one command per key (variadic HSET/ZADD/SADD, counters summed per field). Lua does not roll back, so a
-- check that fails (a key of the wrong type, a row that is not JSON) must fail before anything is written: the
-- call then changes nothing, and the outbox can resend its signals one by one to isolate the bad one.
-- No per-viewer key is written: a key per viewer (with its TTL) cost Redis more than the viewer row itself, and
-- forget finds a viewer's rows through the positions hash instead.
local ttl = tonumber(ARGV[1])
local count = (#ARGV - 1) / 11

local checked = {}
local function check(key, want)
  if checked[key] then
    return
  end
  checked[key] = true
  local actual = redis.call('TYPE', key).ok
  if actual ~= 'none' and actual ~= want then
    error('WRONGTYPE ' .. key .. ' holds a ' .. actual .. ', expected a ' .. want)
  end
end
local wanted = { 'set', 'hash', 'hash', 'hash', 'hash', 'hash', 'zset' }
for i = 1, 7 do
  check(KEYS[i], wanted[i])
end

-- Variadic commands are sent in slices to stay far below Lua's stack limit on big calls.
local function slices(command, key, args, each)
  for first = 1, #args, 200 do
    local reply = redis.call(command, key, unpack(args, first, math.min(first + 199, #args)))
    if each then
      for i, value in ipairs(reply) do
        each(first + i - 1, value)
      end
    end
  end
end

-- Phase 1: read (one SMISMEMBER and one HMGET for the whole call, not a command per signal) and compute.
local ids, known = {}, {}
for s = 0, count - 1 do
  ids[s + 1] = ARGV[1 + s * 11 + 1]
end
slices('SMISMEMBER', KEYS[1], ids, function(i, isMember) known[i] = isMember == 1 end)
local applied, seen = {}, {}
local rows, order, rowKey, rowMember = {}, {}, {}, {}
for s = 0, count - 1 do
  local id = ids[s + 1]
  if not known[s + 1] and not seen[id] then
    seen[id] = true
    applied[#applied + 1] = s
    local b = 1 + s * 11
    local field = ARGV[b + 2] .. '|' .. ARGV[b + 5]
    if not rowKey[field] then
      check(KEYS[8 + s], 'zset')
      rowKey[field], rowMember[field] = KEYS[8 + s], ARGV[b + 5]
      order[#order + 1] = field
    end
  end
end
if #applied == 0 then
  return 0
end
slices('HMGET', KEYS[2], order, function(i, raw)
  if raw then
    local ok, decoded = pcall(cjson.decode, raw)
    if not ok or type(decoded) ~= 'table' or type(decoded.m) ~= 'number' or type(decoded.f) ~= 'number' then
      error('BADROW ' .. order[i] .. ' in ' .. KEYS[2] .. ' is not a viewer row')
    end
    rows[order[i]] = decoded
  end
end)
local positions, positionOrder = {}, {}
local mentions, interested, companies = {}, {}, {}
local function add(counts, field, n)
  counts[field] = (counts[field] or 0) + n
end
for _, s in ipairs(applied) do
  local b = 1 + s * 11
  local pos, company, member = ARGV[b + 2], ARGV[b + 3], ARGV[b + 5]
  local ts = tonumber(ARGV[b + 7])
  local field = pos .. '|' .. member
  local v = rows[field]
  if not v then
    v = { p = ARGV[b + 9], u = ARGV[b + 10], n = ARGV[b + 6], f = ts, l = ts, m = 0, t = ARGV[b + 8], i = 0, c = company, k = '' }
    rows[field] = v
  end
  v.m = v.m + 1
  -- Signals may arrive out of order (outbox replay, several connectors): keep the earliest message as the
  -- first one and the latest name as the name.
  if ts < v.f then
    v.f = ts
    v.t = ARGV[b + 8]
  end
  if ts >= v.l then
    v.l = ts
    v.n = ARGV[b + 6]
  end
  if ARGV[b + 11] ~= '' then
    v.k = ARGV[b + 11]
  end
  if ARGV[b + 4] == 'i' and v.i == 0 then
    v.i = 1
    add(interested, pos, 1)
    add(companies, company, 1)
  end
  add(mentions, pos, 1)
  if positions[pos] ~= company then
    if positions[pos] == nil then
      positionOrder[#positionOrder + 1] = pos
    end
    positions[pos] = company
  end
end


-- Phase 2: write.
local rowArgs, scored, scoredOrder = {}, {}, {}
for _, field in ipairs(order) do
  local v = rows[field]
  rowArgs[#rowArgs + 1] = field
  rowArgs[#rowArgs + 1] = cjson.encode(v)
  if v.i == 1 then
    local key = rowKey[field]
    if not scored[key] then
      scored[key] = {}
      scoredOrder[#scoredOrder + 1] = key
    end
    local list = scored[key]
    list[#list + 1] = v.f
    list[#list + 1] = rowMember[field]
  end
end
slices('HSET', KEYS[2], rowArgs)
local positionArgs = {}
for _, pos in ipairs(positionOrder) do
  positionArgs[#positionArgs + 1] = pos
  positionArgs[#positionArgs + 1] = positions[pos]
end
slices('HSET', KEYS[3], positionArgs)
for pos, n in pairs(mentions) do
  redis.call('HINCRBY', KEYS[4], pos, n)
end
for pos, n in pairs(interested) do
  redis.call('HINCRBY', KEYS[5], pos, n)
  redis.call('ZINCRBY', KEYS[7], n, pos)
end
for company, n in pairs(companies) do
  redis.call('HINCRBY', KEYS[6], company, n)
end
for _, key in ipairs(scoredOrder) do
  slices('ZADD', key, scored[key])
end
-- The processed ids last, as one command.
local appliedIds = {}
for i, s in ipairs(applied) do
  appliedIds[i] = ids[s + 1]
end
slices('SADD', KEYS[1], appliedIds)
-- Retention is refreshed on every write, once per key and call.
if ttl > 0 then
  for i = 1, 7 do
    redis.call('EXPIRE', KEYS[i], ttl)
  end
  for _, key in ipairs(scoredOrder) do
    redis.call('EXPIRE', key, ttl)
  end
end
return #applied
