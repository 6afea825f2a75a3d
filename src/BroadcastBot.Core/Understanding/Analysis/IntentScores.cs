using System.Runtime.CompilerServices;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>Summed cue weights per <see cref="Intent"/>, on the stack.</summary>
[InlineArray(8)]
internal struct IntentScores
{
    private float _element;
}
