using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace BroadcastBot.Testing;

/// <summary>
/// A real <c>redis-server</c> child process on a free loopback port with its own temp directory and no
/// persistence. It can be stopped and started again on the same port (for "Redis goes away" tests) and is
/// killed on dispose. Tests keep to their own key space (a unique session id per test), so one server can be
/// shared by a test class through <c>IClassFixture&lt;RedisServer&gt;</c>.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Executable = "redis-server";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bb-redis-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _process;

    public RedisServer()
    {
        Port = FreeTcpPort.Next();
        Directory.CreateDirectory(_directory);
        Start();
    }

    /// <summary>The loopback port the server listens on (the same across restarts).</summary>
    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=5000";

    /// <summary>True while the child process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public void Start()
    {
        if (IsRunning)
        {
            return;
        }

        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--dir", _directory, "--protected-mode", "no",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: run scripts/test.sh (it installs redis-server) or 'apt-get install -y redis-server'.",
                exception);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilAnswers();
    }

    /// <summary>
    /// Stops the server the way an operator restart does: <c>SHUTDOWN SAVE</c> writes its data to its directory, so
    /// <see cref="Start"/> brings it back with the data (nothing is saved while it runs).
    /// </summary>
    public void Stop()
    {
        if (!IsRunning)
        {
            return;
        }

        try
        {
            Command("SHUTDOWN", "SAVE");
        }
        catch (IOException)
        {
            // The server closes the connection as it exits.
        }
        catch (SocketException)
        {
        }

        if (!_process!.WaitForExit(10_000))
        {
            throw new TimeoutException($"redis-server on port {Port} did not shut down within 10 s.");
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Kills the server without saving: its data is gone and <see cref="Start"/> brings up an empty one.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Sends one command over RESP and returns the raw reply line (for tests that check the server itself).</summary>
    public string Command(params string[] parts)
    {
        using var client = new TcpClient();
        client.Connect("127.0.0.1", Port);
        var stream = client.GetStream();
        var request = new StringBuilder().Append('*').Append(parts.Length).Append("\r\n");
        foreach (var part in parts)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        stream.Write(Encoding.UTF8.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadLine() ?? string.Empty;
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void WaitUntilAnswers()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}.");
            }

            try
            {
                if (Command("PING") == "+PONG")
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"redis-server on port {Port} did not answer PING within 20 s.");
            }

            Thread.Sleep(20);
        }
    }
}
