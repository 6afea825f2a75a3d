using System.Text;
using BroadcastBot.Connectors.Twitch;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class IrcLineFramerTests
{
    private readonly IrcLineFramer _framer = new(maxPendingChars: 64);

    [Fact]
    public void TryReadLine_SeveralLinesAndASplitOne_ReturnsCompleteLinesOnly()
    {
        _framer.Append("A\r\nB\r\nC-st"u8).ShouldBeTrue();

        Lines().ShouldBe(["A", "B"]);
        _framer.Append("art\r"u8);
        Lines().ShouldBeEmpty();
        _framer.Append("\nD\r\n"u8);
        Lines().ShouldBe(["C-start", "D"]);
    }

    [Fact]
    public void Append_MultibyteCharacterSplitAcrossFrames_DecodesIt()
    {
        var bytes = Encoding.UTF8.GetBytes("叉车\r\n");

        _framer.Append(bytes.AsSpan(0, 4));
        _framer.Append(bytes.AsSpan(4));

        Lines().ShouldBe(["叉车"]);
    }

    [Fact]
    public void Append_UnterminatedLineBeyondLimit_DropsItAndReportsFalse()
    {
        _framer.Append(Encoding.UTF8.GetBytes("ok\r\n" + new string('x', 100))).ShouldBeFalse();

        Lines().ShouldBe(["ok"]);
        _framer.PendingLength.ShouldBe(0);
    }

    private List<string> Lines()
    {
        var lines = new List<string>();
        while (_framer.TryReadLine(out var line))
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
