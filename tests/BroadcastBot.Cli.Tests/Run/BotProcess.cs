using System.Diagnostics;
using System.Text;

namespace BroadcastBot.Cli.Tests.Run;

/// <summary>The real <c>broadcastbot</c> executable as a child process, with its output captured.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static BotProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "broadcastbot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new BotProcess(Process.Start(info)!);
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails with the output so far when it does not.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"'{text}' did not appear (exited: {_process.HasExited}). Output:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>kill -9: no shutdown hooks, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a container runtime stops the bot; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
