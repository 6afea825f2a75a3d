namespace BroadcastBot.Connectors.Common;

/// <summary>A connection failure that reconnecting cannot fix, such as rejected credentials.</summary>
public sealed class ChatConnectionFatalException(string message, Exception? inner = null) : Exception(message, inner);
