using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace BroadcastBot.OverlayLoad;

/// <summary>
/// N overlay WebSocket clients on one session while the server publishes; measures delivery latency (client receive
/// time minus the server time stamped into each state frame when it was serialized) and the server's CPU time.
/// </summary>
internal static class FanOutLoad
{
    public static async Task<int> RunAsync(LoadArguments options)
    {
        var clients = options.Int("clients", 1000);
        var rate = options.Int("rate", 60);
        var seconds = options.Int("seconds", 20);
        var warmup = options.Int("warmup", 3);
        var port = LoadServer.FreePort();
        var server = await LoadServer.StartChildAsync(port, rate);
        var samples = new List<double>[clients];
        var frames = new long[clients];
        var measuring = false;
        using var stop = new CancellationTokenSource();
        try
        {
            var uri = new Uri($"ws://127.0.0.1:{port}/overlay/ws?session=xiqing-spring-2026&token={LoadServer.Token}");
            var sockets = new List<ClientWebSocket>(clients);
            for (var i = 0; i < clients; i++)
            {
                var socket = new ClientWebSocket();
                await socket.ConnectAsync(uri, stop.Token);
                sockets.Add(socket);
                samples[i] = new List<double>(seconds * 40);
            }

            var loops = sockets.Select((s, i) => Task.Run(() => ReceiveAsync(s, samples[i], i, frames, () => measuring, stop.Token))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(warmup));

            server.Refresh();
            var cpuBefore = server.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            measuring = true;
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            measuring = false;
            server.Refresh();
            var cpu = server.TotalProcessorTime - cpuBefore;
            var elapsed = wall.Elapsed;

            await stop.CancelAsync();
            await Task.WhenAll(loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));

            var all = samples.SelectMany(s => s).ToList();
            var perClient = frames.Average() / elapsed.TotalSeconds;
            Console.WriteLine($"clients={clients} publish-rate={rate}/s duration={elapsed.TotalSeconds:0.0}s");
            Console.WriteLine($"updates per client: {perClient:0.0}/s (min client {frames.Min() / elapsed.TotalSeconds:0.0}/s)");
            Console.WriteLine($"delivery latency: {Percentiles.Describe(all)}");
            Console.WriteLine($"server CPU: {cpu.TotalSeconds:0.00}s over {elapsed.TotalSeconds:0.0}s = {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores");
            return 0;
        }
        finally
        {
            await LoadServer.StopChildAsync(server);
        }
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, List<double> samples, int index, long[] frames, Func<bool> measuring, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var marker = "\"serverTimeMs\":"u8.ToArray();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
                    count += result.Count;
                }
                while (!result.EndOfMessage);

                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var at = buffer.AsSpan(0, count).IndexOf(marker);
                if (at < 0 || !measuring())
                {
                    continue;
                }

                var rest = buffer.AsSpan(at + marker.Length, Math.Min(20, count - at - marker.Length));
                var end = rest.IndexOf((byte)',');
                if (end > 0 && long.TryParse(Encoding.ASCII.GetString(rest[..end]), out var serverMs))
                {
                    samples.Add(now - serverMs);
                    frames[index]++;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
    }
}
