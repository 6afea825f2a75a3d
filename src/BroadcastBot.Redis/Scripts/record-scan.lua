-- Records one scan; returns 1 when it is the scanner's first scan of the position in this window.
-- KEYS: 1 window scanner set, 2 scans, 3 positions
-- ARGV: 1 scanner id, 2 position, 3 seconds until the window ends, 4 retention seconds (0 = none)
local added = redis.call('SADD', KEYS[1], ARGV[1])
if added == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
end
local ttl = tonumber(ARGV[4])
if ttl > 0 then
  redis.call('EXPIRE', KEYS[2], ttl)
end
return added
