-- Records a batch of position signals of ONE session atomically; each is applied at most once per
-- (platform, message id, position). One call for many signals saves Redis the per-script overhead.
-- KEYS: 1 processed, 2 viewers, 3 positions, 4 mentions, 5 interested, 6 companies, 7 leaderboard,
--       then per signal s (0-based): 8+2s position viewers, 9+2s viewer positions
-- ARGV: 1 retention seconds (0 = none), then per signal s, at b = 1 + 11s:
--       b+1 processed member, b+2 position, b+3 company, b+4 kind ('i' interest | 'm' mention), b+5 viewer member,
--       b+6 user name, b+7 timestamp (unix ms), b+8 text, b+9 platform, b+10 user id, b+11 contact ('' = none)
-- Returns how many signals were new.
local ttl = tonumber(ARGV[1])
local count = (#ARGV - 1) / 11
local applied = 0
-- Writes that only need doing once per key and call (a batch often carries many signals of one position).
local positionSet, expired = {}, {}
local function expireOnce(key)
  if ttl > 0 and not expired[key] then
    expired[key] = true
    redis.call('EXPIRE', key, ttl)
  end
end
for s = 0, count - 1 do
  local b = 1 + s * 11
  local posViewers, viewerPositions = KEYS[8 + 2 * s], KEYS[9 + 2 * s]
  -- The processed id is written last: Lua does not roll back, so if a write fails (a key of the wrong type)
  -- the signal stays unprocessed and the outbox can isolate it instead of losing it silently.
  if redis.call('SISMEMBER', KEYS[1], ARGV[b + 1]) == 0 then
    local pos, company, member = ARGV[b + 2], ARGV[b + 3], ARGV[b + 5]
    local ts = tonumber(ARGV[b + 7])
    local field = pos .. '|' .. member
    local raw = redis.call('HGET', KEYS[2], field)
    local v
    if raw then
      v = cjson.decode(raw)
    else
      v = { p = ARGV[b + 9], u = ARGV[b + 10], n = ARGV[b + 6], f = ts, l = ts, m = 0, t = ARGV[b + 8], i = 0, c = company, k = '' }
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
    local becameInterested = ARGV[b + 4] == 'i' and v.i == 0
    if becameInterested then
      v.i = 1
    end
    redis.call('HSET', KEYS[2], field, cjson.encode(v))
    if positionSet[pos] ~= company then
      positionSet[pos] = company
      redis.call('HSET', KEYS[3], pos, company)
    end
    redis.call('HINCRBY', KEYS[4], pos, 1)
    redis.call('SADD', viewerPositions, pos)
    if v.i == 1 then
      redis.call('ZADD', posViewers, v.f, member)
    end
    if becameInterested then
      redis.call('HINCRBY', KEYS[5], pos, 1)
      redis.call('HINCRBY', KEYS[6], company, 1)
      redis.call('ZINCRBY', KEYS[7], 1, pos)
    end
    expireOnce(viewerPositions)
    if v.i == 1 then
      expireOnce(posViewers)
    end
    redis.call('SADD', KEYS[1], ARGV[b + 1])
    applied = applied + 1
  end
end
-- Retention is refreshed on every write; the session-wide keys once per batch.
if ttl > 0 and applied > 0 then
  for i = 1, 7 do
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return applied
