using System.Diagnostics;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Web;
using BroadcastBot.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.OverlayLoad;

/// <summary>
/// The bot's web layer alone, with the sample knowledge base and a publisher that puts <c>--rate</c> answers per
/// second on the ticker (as the pipeline would). Runs as a child process so its CPU time is measured alone.
/// </summary>
internal static class LoadServer
{
    public const string Token = "load-test-overlay-token-0123456789";
    public const string HostToken = "load-test-host-token-0123456789";

    public static async Task<int> RunAsync(LoadArguments options)
    {
        var port = options.Int("port", 5099);
        var rate = options.Int("rate", 30);
        var kbPath = Path.Combine(AppContext.BaseDirectory, "samples", "xiqing-spring.yaml");
        var kb = KnowledgeBaseLoader.LoadFile(kbPath).EnsureValid(kbPath);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.AddBroadcastBotWeb(o =>
        {
            o.Urls = $"http://127.0.0.1:{port}";
            o.LinkSecret = "load-test-link-secret-0123456789abcdef";
            o.HostToken = HostToken;
            o.OverlayToken = Token;
        });
        await using var app = builder.Build();
        app.MapBroadcastBotWeb();
        var session = app.Services.GetRequiredService<LiveSessionRegistry>().Open(kb);
        await app.StartAsync();
        Console.WriteLine("ready");

        // Publish in 5 ms batches so the rate holds without a 1 ms timer.
        var stopwatch = Stopwatch.StartNew();
        long published = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        var stdin = Task.Run(Console.In.ReadLine);
        while (!stdin.IsCompleted && await timer.WaitForNextTickAsync())
        {
            var due = (long)(stopwatch.Elapsed.TotalSeconds * rate);
            while (published < due)
            {
                published++;
                session.PublishAnswer(new PublishedAnswer($"第{published}个问题：包住吗", "包住，4人间宿舍", "观众" + published, "food-qc"));
            }
        }

        await app.StopAsync();
        return 0;
    }

    /// <summary>Starts this tool as the server child process and waits until it listens.</summary>
    public static async Task<Process> StartChildAsync(int port, int rate)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(LoadServer).Assembly.Location);
        }

        foreach (var a in new[] { "serve", "--port", port.ToString(), "--rate", rate.ToString() })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync();
        if (line != "ready")
        {
            throw new InvalidOperationException("server child did not start: " + line);
        }

        return process;
    }

    public static async Task StopChildAsync(Process process)
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
