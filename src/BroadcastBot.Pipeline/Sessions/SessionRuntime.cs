using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Answering;
using BroadcastBot.Core.Chat;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// Everything one live session runs with: its reloadable knowledge base and the classifier compiled from it, the
/// live state overlays and the panel show, the answer policy, the feed every room writes into, and counters.
/// </summary>
public sealed class SessionRuntime
{
    private MessageClassifier _classifier;

    /// <summary>Creates the runtime and keeps the classifier and live state in step with knowledge-base reloads.</summary>
    public SessionRuntime(
        ReloadableKnowledgeBase knowledgeBase,
        LiveSession live,
        AnswerPolicy policy,
        ReplySenderRegistry replySenders,
        int feedCapacity = ChatFeedChannel.DefaultCapacity)
    {
        KnowledgeBase = knowledgeBase;
        Live = live;
        Policy = policy;
        ReplySenders = replySenders;
        Feed = ChatFeedChannel.CreateBounded(feedCapacity);
        _classifier = MessageClassifier.Create(knowledgeBase.Current);
        knowledgeBase.Reloaded += OnReloaded;
    }

    /// <summary>The session id (from the knowledge base).</summary>
    public string Id => Live.Id;

    /// <summary>The knowledge base file, reloaded when it changes.</summary>
    public ReloadableKnowledgeBase KnowledgeBase { get; }

    /// <summary>The classifier for the knowledge base serving now.</summary>
    public MessageClassifier Classifier => Volatile.Read(ref _classifier);

    /// <summary>What overlays and the panel show.</summary>
    public LiveSession Live { get; }

    /// <summary>Decides which answers go out.</summary>
    public AnswerPolicy Policy { get; }

    /// <summary>Where answers go back to chat, per platform.</summary>
    public ReplySenderRegistry ReplySenders { get; }

    /// <summary>Every room of the session writes its feed items here.</summary>
    public Channel<ChatFeedItem> Feed { get; }

    /// <summary>Running counts.</summary>
    public SessionStats Stats { get; } = new();

    internal DeletedMessages Deleted { get; } = new();

    private void OnReloaded(KnowledgeBase kb)
    {
        // Compile first, then swap both: a message is always classified against one consistent knowledge base.
        var classifier = MessageClassifier.Create(kb);
        Volatile.Write(ref _classifier, classifier);
        Live.ReplaceKnowledgeBase(kb);
    }
}
