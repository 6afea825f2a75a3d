using BroadcastBot.Connectors.Common;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili.Bootstrap;

/// <summary>
/// Gives each run its token and hosts, fetching over HTTP only when needed: once at start, again after
/// the token is marked stale (auth failure, or repeated connection failures as blivedm does, shared spec
/// §2.6). The real room id is resolved once; the WBI key is kept for its lifetime (~12 h) or until a -352.
/// With both <see cref="BilibiliConnectionOptions.Url"/> and <see cref="BilibiliConnectionOptions.Key"/>
/// configured, no HTTP call is made.
/// </summary>
internal sealed class BilibiliSessionSource(
    BilibiliApiClient api,
    BilibiliConnectionOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly string _room = options.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private BilibiliSession? _session;
    private long? _realRoomId;
    private string? _mixinKey;
    private DateTimeOffset _mixinKeyFetchedAt;

    /// <summary>Whether the next <see cref="GetAsync"/> fetches a new token.</summary>
    public bool IsStale => _session is null;

    /// <summary>Forgets the token so the next run fetches a fresh one.</summary>
    public void MarkStale() => _session = null;

    /// <summary>The session for the next run.</summary>
    /// <exception cref="ChatConnectionFatalException">The room does not exist.</exception>
    public async Task<BilibiliSession> GetAsync(CancellationToken cancellationToken)
    {
        if (_session is not null)
        {
            return _session;
        }

        if (options.Url is not null && !string.IsNullOrEmpty(options.Key))
        {
            return _session = new BilibiliSession(options.RoomId, options.Key, [options.Url]);
        }

        var realRoomId = _realRoomId ??= await ResolveRoomAsync(cancellationToken);
        var mixinKey = await GetMixinKeyAsync(cancellationToken);
        BilibiliSession fetched;
        try
        {
            fetched = await api.GetDanmuInfoAsync(realRoomId, mixinKey, timeProvider.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
        }
        catch (BilibiliApiException ex) when (ex.Code == BilibiliApiClient.SignatureRejectedCode)
        {
            // blivedm resets the WBI key on -352; the supervisor's retry fetches a new one.
            _mixinKey = null;
            logger.WbiRejected(_room);
            throw;
        }

        logger.TokenFetched(_room, fetched.Endpoints.Count);
        if (options.Url is not null)
        {
            fetched = fetched with { Endpoints = [options.Url] };
        }

        return _session = fetched;
    }

    private async Task<long> ResolveRoomAsync(CancellationToken cancellationToken)
    {
        long realRoomId;
        try
        {
            realRoomId = await api.GetRealRoomIdAsync(options.RoomId, cancellationToken);
        }
        catch (BilibiliApiException ex)
        {
            // Room-info answers code != 0 only when the room does not exist: retrying cannot help.
            throw new ChatConnectionFatalException($"Bilibili room {options.RoomId} not found: {ex.Message}", ex);
        }

        logger.RoomResolved(_room, realRoomId);
        return realRoomId;
    }

    private async Task<string> GetMixinKeyAsync(CancellationToken cancellationToken)
    {
        if (_mixinKey is not null && timeProvider.GetUtcNow() - _mixinKeyFetchedAt < options.WbiKeyLifetime)
        {
            return _mixinKey;
        }

        var (imgKey, subKey) = await api.GetWbiKeysAsync(cancellationToken);
        _mixinKey = WbiSigner.MixinKey(imgKey, subKey);
        _mixinKeyFetchedAt = timeProvider.GetUtcNow();
        logger.WbiKeyRefreshed();
        return _mixinKey;
    }
}
