-- Deletes every row of one viewer in a session and takes them out of every count. Returns rows removed.
-- The processed-ids set is kept on purpose: a later replay of the viewer's old messages must not bring them back.
-- Position viewer keys are built here from ARGV; they share the session hash tag, so they are on this slot.
-- A viewer's rows are found through the positions hash (every position that ever got a signal): a session has
-- tens of positions, so this is cheaper than keeping a per-viewer index on every write.
-- KEYS: 1 viewers, 2 mentions, 3 interested, 4 companies, 5 leaderboard, 6 positions
-- ARGV: 1 viewer member, 2 position key prefix, 3 position viewers key suffix
local member = ARGV[1]
local removed = 0
for _, pos in ipairs(redis.call('HKEYS', KEYS[6])) do
  local field = pos .. '|' .. member
  local raw = redis.call('HGET', KEYS[1], field)
  if raw then
    local v = cjson.decode(raw)
    redis.call('HDEL', KEYS[1], field)
    redis.call('HINCRBY', KEYS[2], pos, -v.m)
    if v.i == 1 then
      redis.call('ZREM', ARGV[2] .. pos .. ARGV[3], member)
      redis.call('HINCRBY', KEYS[3], pos, -1)
      redis.call('HINCRBY', KEYS[4], v.c, -1)
      redis.call('ZINCRBY', KEYS[5], -1, pos)
    end
    removed = removed + 1
  end
end
return removed
