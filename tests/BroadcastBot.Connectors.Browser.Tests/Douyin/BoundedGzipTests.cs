using BroadcastBot.Connectors.Browser.Douyin;

namespace BroadcastBot.Connectors.Browser.Tests.Douyin;

public sealed class BoundedGzipTests
{
    [Fact]
    public void TryDecompress_ExactlyAtCap_Succeeds()
    {
        var data = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();

        BoundedGzip.TryDecompress(WebcastFrames.Gzip(data), 10_000, out var result).ShouldBeTrue();

        using (result)
        {
            result.Span.ToArray().ShouldBe(data);
        }
    }

    [Fact]
    public void TryDecompress_OneByteOverCap_Fails() =>
        BoundedGzip.TryDecompress(WebcastFrames.GzipZeros(10_001), 10_000, out _).ShouldBeFalse();

    [Fact]
    public void TryDecompress_ConcatenatedMembers_ReadsAll()
    {
        var twoMembers = WebcastFrames.Gzip([1, 2, 3]).Concat(WebcastFrames.Gzip([4, 5])).ToArray();

        BoundedGzip.TryDecompress(twoMembers, 1024, out var result).ShouldBeTrue();

        using (result)
        {
            result.Span.ToArray().ShouldBe(new byte[] { 1, 2, 3, 4, 5 });
        }
    }

    [Fact]
    public void TryDecompress_InvalidDeflateBlock_ThrowsInvalidData()
    {
        // A valid gzip header followed by a deflate block of the reserved type 3 (RFC 1951 3.2.3).
        byte[] corrupt = [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0x07, 0, 0, 0, 0];

        Should.Throw<InvalidDataException>(() => BoundedGzip.TryDecompress(corrupt, 1024, out _));
    }
}
