using BroadcastBot.Pipeline.Rooms;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Pipeline.Options;

/// <summary>Checks the sessions and rooms before the bot starts: every problem at once, each with its config path.</summary>
public sealed class PipelineOptionsValidator(IEnumerable<IChatConnectionFactory> factories) : IValidateOptions<PipelineOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var byPlatform = factories.ToDictionary(f => f.Platform, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        if (options.Sessions.Count == 0)
        {
            problems.Add("Sessions: configure at least one session (a knowledge base and its rooms)");
        }

        for (var s = 0; s < options.Sessions.Count; s++)
        {
            var session = options.Sessions[s];
            if (string.IsNullOrWhiteSpace(session.KnowledgeBase))
            {
                problems.Add($"Sessions[{s}].KnowledgeBase: missing (path of the knowledge-base YAML file)");
            }
            else if (!File.Exists(session.KnowledgeBase))
            {
                problems.Add($"Sessions[{s}].KnowledgeBase: file not found: {session.KnowledgeBase}");
            }

            for (var r = 0; r < session.Rooms.Count; r++)
            {
                var room = session.Rooms[r];
                if (!byPlatform.TryGetValue(room.Platform, out var factory))
                {
                    problems.Add($"Sessions[{s}].Rooms[{r}].Platform: '{room.Platform}' is not one of {string.Join(", ", byPlatform.Keys.Order())}");
                    continue;
                }

                problems.AddRange(factory.Validate(room).Select(p => $"Sessions[{s}].Rooms[{r}].{p}"));
            }
        }

        var answering = options.Answering;
        if (answering.DuplicateWindow < TimeSpan.Zero || answering.ViewerCooldown < TimeSpan.Zero)
        {
            problems.Add("Answering: DuplicateWindow and ViewerCooldown must not be negative");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
