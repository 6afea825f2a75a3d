-- Records one position signal atomically, at most once per (platform, message id, position).
-- KEYS: 1 processed, 2 viewers, 3 positions, 4 mentions, 5 interested, 6 companies, 7 leaderboard,
--       8 position viewers, 9 viewer positions
-- ARGV: 1 processed member, 2 position, 3 company, 4 kind ('i' interest | 'm' mention), 5 viewer member,
--       6 user name, 7 timestamp (unix ms), 8 text, 9 retention seconds (0 = none), 10 platform, 11 user id,
--       12 contact found in the text ('' = none)
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
  return 0
end
local pos, company, member = ARGV[2], ARGV[3], ARGV[5]
local ts = tonumber(ARGV[7])
local field = pos .. '|' .. member
local raw = redis.call('HGET', KEYS[2], field)
local v
if raw then
  v = cjson.decode(raw)
else
  v = { p = ARGV[10], u = ARGV[11], n = ARGV[6], f = ts, l = ts, m = 0, t = ARGV[8], i = 0, c = company, k = '' }
end
v.m = v.m + 1
-- Signals may arrive out of order (outbox replay, several connectors): keep the earliest message as the
-- first one and the latest name as the name.
if ts < v.f then
  v.f = ts
  v.t = ARGV[8]
end
if ts >= v.l then
  v.l = ts
  v.n = ARGV[6]
end
if ARGV[12] ~= '' then
  v.k = ARGV[12]
end
local becameInterested = ARGV[4] == 'i' and v.i == 0
if becameInterested then
  v.i = 1
end
redis.call('HSET', KEYS[2], field, cjson.encode(v))
redis.call('HSET', KEYS[3], pos, company)
redis.call('HINCRBY', KEYS[4], pos, 1)
redis.call('SADD', KEYS[9], pos)
if v.i == 1 then
  redis.call('ZADD', KEYS[8], v.f, member)
end
if becameInterested then
  redis.call('HINCRBY', KEYS[5], pos, 1)
  redis.call('HINCRBY', KEYS[6], company, 1)
  redis.call('ZINCRBY', KEYS[7], 1, pos)
end
local ttl = tonumber(ARGV[9])
if ttl > 0 then
  for i = 1, #KEYS do
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return 1
