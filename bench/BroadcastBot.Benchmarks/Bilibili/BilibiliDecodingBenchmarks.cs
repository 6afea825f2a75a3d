using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using BroadcastBot.Connectors.Bilibili;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Bilibili.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Benchmarks.Bilibili;

/// <summary>
/// Decoding one brotli (ver 3) packet of ten DANMU_MSG inner packets all the way to ten ChatMessages:
/// packet walk, brotli inflate into a pooled buffer, cmd dispatch, DANMU_MSG parse. Messages per second =
/// 10 / mean time per packet. Target: ≥ 250,000 messages/s per core.
/// Run: dotnet run -c Release --project bench/BroadcastBot.Benchmarks -- --filter '*BilibiliDecoding*' --job short
/// </summary>
[MemoryDiagnoser]
public class BilibiliDecodingBenchmarks
{
    private const int MessagesPerPacket = 10;

    private readonly BilibiliCounters _counters = new();
    private BilibiliPacketDecoder _decoder = null!;
    private BilibiliFrameHandler _handler = null!;
    private byte[] _frame = [];
    private long _timedPackets;
    private double _timedCpuSeconds;

    [GlobalSetup]
    public void Setup()
    {
        var inner = new MemoryStream();
        for (var n = 0; n < MessagesPerPacket; n++)
        {
            var json = DanmuMsgJson.Create(3_546_563 + n, $"求职的观众{n}", $"请问叉车司机一个月工资多少，包吃住吗 {n}", 1_772_417_755_039 + n, $"4c3d1f6a8e7b2d90a1{n}");
            inner.Write(Packet(5, 0, Encoding.UTF8.GetBytes(json)));
        }

        var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Optimal))
        {
            brotli.Write(inner.ToArray());
        }

        _frame = Packet(5, 3, compressed.ToArray());
        _decoder = new BilibiliPacketDecoder(new BilibiliDecoderLimits(1024 * 1024, 8 * 1024 * 1024, 2));
        _handler = new BilibiliFrameHandler(
            BilibiliCommandDispatcher.CreateDefault(_counters, NullLogger.Instance), _counters, NullLogger.Instance, "21452505");
        if (DecodeBrotliPacketOfTenDanmu() != MessagesPerPacket)
        {
            throw new InvalidOperationException("the benchmark packet did not decode to ten messages");
        }

        Console.WriteLine($"// packet: {_frame.Length} bytes compressed, {inner.Length} bytes of inner packets");
    }

    // Wall-clock means are unreliable on a shared, overloaded machine (other processes take the cores);
    // the thread's own CPU time per packet is what "per core" means.
    [GlobalCleanup]
    public void ReportCpuTime()
    {
        if (_timedPackets > 0)
        {
            Console.WriteLine(
                $"// thread CPU time: {_timedCpuSeconds * 1e6 / _timedPackets:F1} us per packet over {_timedPackets:N0} packets"
                + $" = {MessagesPerPacket * _timedPackets / _timedCpuSeconds:N0} DANMU messages per CPU-second");
        }
    }

    [Benchmark]
    public int DecodeBrotliPacketOfTenDanmu()
    {
        _handler.BeginFrame(DateTimeOffset.UnixEpoch);
        _decoder.DecodeFrame(_frame, _handler);
        return _handler.Context.Output.Count;
    }

    /// <summary>The same work, 100 packets per call, timed with the thread's CPU clock (Linux).</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public int DecodeHundredPacketsThreadCpuTimed()
    {
        var start = ThreadCpu.Seconds();
        var count = 0;
        for (var i = 0; i < 100; i++)
        {
            count += DecodeBrotliPacketOfTenDanmu();
        }

        _timedCpuSeconds += ThreadCpu.Seconds() - start;
        _timedPackets += 100;
        return count;
    }

    private static byte[] Packet(int operation, int version, byte[] body)
    {
        var packet = new byte[16 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(packet, packet.Length);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(4), 16);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(6), (short)version);
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(8), operation);
        body.CopyTo(packet, 16);
        return packet;
    }
}
