using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Finds a question about the fare or timetable of public transport between two places ("呼市到包头的动车票多少钱",
/// "青州到寿光的大巴几点有") in normalised text, using lexicon <c>routes.txt</c>: no knowledge base answers it.
/// </summary>
internal static class PublicRoute
{
    private const int MinPlace = 2;
    private const int MaxPlace = 4;

    private static readonly string[] Links = Words("link");
    private static readonly string[] Rides = Words("ride");
    private static readonly string[] Vehicles = Words("vehicle");
    private static readonly string[] Asks = Words("ask");
    private static readonly string[] NotPlaces = Words("not");

    public static bool Asked(ReadOnlySpan<char> text)
    {
        // The link needs a place before it too ("包头到呼市"), so it is never the first character.
        for (var i = 1; i < text.Length; i++)
        {
            if (WordList.PrefixLength(text[i..], Links) is var link and > 0 && VehicleEnd(text, i + link) is var end and > 0
                && WordList.ContainsAny(text[end..], Asks))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a vehicle word that follows a place (and an optional 的 or ride word) from <paramref name="start"/>, else 0.</summary>
    private static int VehicleEnd(ReadOnlySpan<char> text, int start)
    {
        for (var place = MinPlace; place <= MaxPlace && start + place <= text.Length; place++)
        {
            var name = text.Slice(start, place);
            if (!IsPlace(name) || WordList.ContainsAny(name, NotPlaces))
            {
                return 0;
            }

            var after = start + place;
            after += WordList.PrefixLength(text[after..], Rides);
            if (WordList.PrefixLength(text[after..], Vehicles) is var vehicle and > 0)
            {
                return after + vehicle;
            }
        }

        return 0;
    }

    /// <summary>
    /// Chinese characters, and digits among them: normalisation writes the numerals of a place name as digits
    /// ("九江" reads "9江", "十堰" reads "10堰").
    /// </summary>
    private static bool IsPlace(ReadOnlySpan<char> span)
    {
        var cjk = false;
        foreach (var c in span)
        {
            if (CharMap.IsCjk(c))
            {
                cjk = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return cjk;
    }

    private static string[] Words(string tag) => LexiconFiles.NormalizedTagged("routes", tag);
}
