using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace BroadcastBot.Pipeline.Redis;

/// <summary>
/// A <c>redis-server</c> child process the bot starts itself (the demo, when no Redis is configured):
/// loopback only, append-only file with fsync every second, data in its own directory, stopped with the bot.
/// </summary>
public sealed class ManagedRedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private ManagedRedisServer(Process process, int port, string dataDirectory)
    {
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Where its append-only file lives.</summary>
    public string DataDirectory { get; }

    /// <summary>A StackExchange.Redis connection string for it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    /// <summary>Starts redis-server and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed or did not start; the message says what to do.</exception>
    public static async Task<ManagedRedisServer> StartAsync(string dataDirectory, int port, string executable = "redis-server", CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", Path.GetFullPath(dataDirectory), "--appendonly", "yes", "--appendfsync", "everysec",
            "--save", string.Empty, "--protected-mode", "yes",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: run 'scripts/install-deps.sh' (or 'apt-get install -y redis-server'), " +
                "or point the bot at an existing Redis with --redis HOST:PORT.");
        }

        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ManagedRedisServer(process, port, dataDirectory);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                string log;
                lock (output) { log = output.ToString(); }
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} (is port {port} in use?):{Environment.NewLine}{log.Trim()}");
            }

            if (await server.PingAsync(cancellationToken))
            {
                return server;
            }

            await Task.Delay(50, cancellationToken);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not answer on port {port} within 15 s");
    }

    /// <summary>Starts redis-server on a free loopback port.</summary>
    public static Task<ManagedRedisServer> StartOnFreePortAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return StartAsync(dataDirectory, port, cancellationToken: cancellationToken);
    }

    /// <summary>True when the server answers PING.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Asks Redis to shut down (flushing its append-only file), then kills it if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                await client.GetStream().WriteAsync("SHUTDOWN\r\n"u8.ToArray());
            }
            catch (SocketException)
            {
                // Already gone: nothing to flush.
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
