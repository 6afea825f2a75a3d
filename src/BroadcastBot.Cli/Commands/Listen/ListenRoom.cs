using BroadcastBot.Pipeline.Options;
using BroadcastBot.Pipeline.Rooms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary>
/// Runs one room through the same connector factories the live service uses (same validation, same settings), and
/// prints its feed with <see cref="ListenRunner"/>.
/// </summary>
internal static class ListenRoom
{
    public static async Task<int> RunAsync(RoomOptions room, CliContext context, CancellationToken cancellationToken)
    {
        var runner = new ListenRunner(context, TimeProvider.System);
        var services = new ServiceCollection();
        services.AddSingleton(runner.LoggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddChatConnectors();
        await using var provider = services.BuildServiceProvider();

        var factory = provider.GetServices<IChatConnectionFactory>()
            .Single(f => string.Equals(f.Platform, room.Platform, StringComparison.OrdinalIgnoreCase));
        var problems = factory.Validate(room).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                runner.WriteStatus($"error: {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        var connection = factory.Create(room).Connection;
        try
        {
            return await runner.RunAsync(connection, cancellationToken);
        }
        finally
        {
            (connection as IDisposable)?.Dispose();
        }
    }
}
