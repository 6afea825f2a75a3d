using BroadcastBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Cli.Commands;

/// <summary>Turns start-up failures (bad configuration, broken knowledge base, missing redis-server) into clear messages.</summary>
internal static class HostStartErrors
{
    public static bool TryReport(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case OptionsValidationException options:
                error.WriteLine("Configuration problems; fix them and start again:");
                foreach (var failure in options.Failures)
                {
                    error.WriteLine($"  {failure}");
                }

                return true;
            case KnowledgeBaseException kb:
                error.WriteLine($"{kb.SourceName}: {kb.Problems.Length} problem(s); the bot will not go live on this file:");
                foreach (var problem in kb.Problems)
                {
                    error.WriteLine($"  {problem}");
                }

                return true;
            case InvalidOperationException { Message: var message } when message.Contains("redis-server", StringComparison.Ordinal):
                error.WriteLine(message);
                return true;
            case IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase):
                error.WriteLine($"{io.Message}: choose another port (--port) or stop what is using it.");
                return true;
            case InvalidDataException data:
                error.WriteLine(data.Message);
                return true;
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return TryReport(aggregate.InnerExceptions[0], error);
            default:
                return false;
        }
    }
}
