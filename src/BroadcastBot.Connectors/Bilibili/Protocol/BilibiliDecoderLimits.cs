namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>Safety limits of one connection's decoder.</summary>
/// <param name="MaxFrameBytes">Largest WebSocket message accepted.</param>
/// <param name="MaxDecompressedBytesPerFrame">Cap on the bytes all compressed packets of one frame may inflate to.</param>
/// <param name="MaxNestingDepth">How many levels of compressed packets inside compressed packets are accepted (real servers use 1).</param>
internal sealed record BilibiliDecoderLimits(int MaxFrameBytes, int MaxDecompressedBytesPerFrame, int MaxNestingDepth);
