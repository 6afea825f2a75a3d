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
            if (LinkAt(text, i) is var link and > 0 && VehicleEnd(text, i + link) is var end and > 0 && ContainsAny(text[end..], Asks))
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
            if (!IsCjk(name) || ContainsAny(name, NotPlaces))
            {
                return 0;
            }

            var after = start + place;
            foreach (var ride in Rides)
            {
                if (text[after..].StartsWith(ride, StringComparison.Ordinal))
                {
                    after += ride.Length;
                    break;
                }
            }

            foreach (var vehicle in Vehicles)
            {
                if (text[after..].StartsWith(vehicle, StringComparison.Ordinal))
                {
                    return after + vehicle.Length;
                }
            }
        }

        return 0;
    }

    private static int LinkAt(ReadOnlySpan<char> text, int i)
    {
        foreach (var link in Links)
        {
            if (text[i..].StartsWith(link, StringComparison.Ordinal))
            {
                return link.Length;
            }
        }

        return 0;
    }

    private static bool IsCjk(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!CharMap.IsCjk(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string tag) => LexiconFiles.NormalizedTagged("routes", tag);
}
