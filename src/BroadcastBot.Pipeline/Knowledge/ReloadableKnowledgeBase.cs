using System.Collections.Immutable;
using System.Security.Cryptography;
using BroadcastBot.Core.Knowledge;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Knowledge;

/// <summary>
/// A session's knowledge base that can be reloaded from its file while the bot runs: a changed file is
/// validated and swapped in atomically; a broken one is rejected with its problems and the old one keeps serving.
/// </summary>
public sealed partial class ReloadableKnowledgeBase
{
    private readonly ILogger _logger;
    private readonly object _reloadGate = new();
    private KnowledgeBase _current;
    private byte[] _currentHash;

    private ReloadableKnowledgeBase(string path, KnowledgeBase initial, byte[] hash, ILogger logger)
    {
        Path = path;
        _current = initial;
        _currentHash = hash;
        _logger = logger;
    }

    /// <summary>The file it is loaded from.</summary>
    public string Path { get; }

    /// <summary>The knowledge base serving now.</summary>
    public KnowledgeBase Current => Volatile.Read(ref _current);

    /// <summary>Problems of the last rejected reload; empty after a good one.</summary>
    public ImmutableArray<KnowledgeBaseProblem> LastRejection { get; private set; } = [];

    /// <summary>Raised after a new knowledge base was swapped in.</summary>
    public event Action<KnowledgeBase>? Reloaded;

    /// <summary>Loads the file for the first time; a broken file throws <see cref="KnowledgeBaseException"/>.</summary>
    public static ReloadableKnowledgeBase Load(string path, ILogger logger)
    {
        var bytes = ReadBytes(path);
        var result = bytes is null ? KnowledgeBaseLoader.LoadFile(path) : KnowledgeBaseLoader.LoadBytes(bytes);
        var kb = result.EnsureValid(path);
        return new ReloadableKnowledgeBase(path, kb, SHA256.HashData(bytes ?? []), logger);
    }

    /// <summary>
    /// Reloads when the file's content changed. Returns true when a new knowledge base is now serving;
    /// false when nothing changed or the new content was rejected (see <see cref="LastRejection"/>).
    /// </summary>
    public bool ReloadIfChanged()
    {
        lock (_reloadGate)
        {
            var bytes = ReadBytes(Path);
            if (bytes is null)
            {
                Reject([new KnowledgeBaseProblem(KnowledgeBaseProblem.FilePath, $"cannot read {Path}")]);
                return false;
            }

            var hash = SHA256.HashData(bytes);
            if (hash.AsSpan().SequenceEqual(_currentHash))
            {
                return false;
            }

            var result = KnowledgeBaseLoader.LoadBytes(bytes);
            if (!result.IsValid)
            {
                _currentHash = hash;
                Reject(result.Problems);
                return false;
            }

            Volatile.Write(ref _current, result.KnowledgeBase);
            _currentHash = hash;
            LastRejection = [];
            LogReloaded(_logger, Path, result.KnowledgeBase.Positions.Length);
            Reloaded?.Invoke(result.KnowledgeBase);
            return true;
        }
    }

    private void Reject(ImmutableArray<KnowledgeBaseProblem> problems)
    {
        LastRejection = problems;
        LogRejected(_logger, Path, problems.Length, string.Join("; ", problems));
    }

    private static byte[]? ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base {Path} reloaded: {Positions} positions now serving")]
    private static partial void LogReloaded(ILogger logger, string path, int positions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base {Path} rejected, the previous one keeps serving; {Count} problem(s): {Problems}")]
    private static partial void LogRejected(ILogger logger, string path, int count, string problems);
}
