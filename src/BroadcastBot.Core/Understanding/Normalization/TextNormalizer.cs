using System.Collections.Frozen;
using System.Globalization;
using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>
/// Turns a chat message into the canonical text every matcher works on (spec: understanding.md, "Normalisation"):
/// one table pass (full-width, case, traditional → simplified, noise → single spaces), then numbers (Chinese
/// numerals, "8k", "5千") and pinyin initials ("gz" → 工资). Writes into a caller's buffer; allocates nothing.
/// Knowledge-base names and lexicon terms go through the same method, so both sides always agree.
/// </summary>
internal sealed class TextNormalizer
{
    /// <summary>Longer messages are cut: chat questions are short, and the cut bounds the stack buffers.</summary>
    public const int MaxInputChars = 256;

    /// <summary>Output buffer size that always suffices for <see cref="MaxInputChars"/> of input.</summary>
    public const int OutputCapacity = (MaxInputChars * 3) + 32;

    /// <summary>
    /// The output buffer a message of <paramref name="inputLength"/> characters needs: expansions at most grow text
    /// 2.5 times ("两万" → "20000"), so short messages use small stack buffers.
    /// </summary>
    public static int CapacityFor(int inputLength) => (Math.Min(inputLength, MaxInputChars) * 3) + 32;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pinyin;

    private TextNormalizer(FrozenDictionary<string, string> pinyin) => _pinyin = pinyin.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The normaliser with the embedded pinyin-initials lexicon.</summary>
    public static TextNormalizer Default { get; } = CreateDefault();

    /// <summary>Expansions are normalised too ("五险一金" → "5险1金"), by a normaliser that expands nothing.</summary>
    private static TextNormalizer CreateDefault()
    {
        var plain = new TextNormalizer(FrozenDictionary<string, string>.Empty);
        return new TextNormalizer(LexiconFiles.Lines("pinyin")
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenDictionary(p => p[0], p => plain.Normalize(p[1]), StringComparer.Ordinal));
    }

    /// <summary>The combining keycap (U+20E3) that makes a digit a keycap emoji, after an optional emoji variation selector.</summary>
    private const char Keycap = '\u20E3';

    private const char EmojiPresentation = '\uFE0F';

    /// <summary>The index of the keycap mark closing a keycap digit at <paramref name="at"/> ("3️⃣"), or -1.</summary>
    private static int KeycapEnd(ReadOnlySpan<char> input, int at)
    {
        if (at >= input.Length || !char.IsAsciiDigit(input[at]))
        {
            return -1;
        }

        var mark = at + 1 < input.Length && input[at + 1] == EmojiPresentation ? at + 2 : at + 1;
        return mark < input.Length && input[mark] == Keycap ? mark : -1;
    }

    /// <summary>Normalises <paramref name="input"/> into <paramref name="output"/> (at least <see cref="OutputCapacity"/> long).</summary>
    public NormalizedStats Normalize(ReadOnlySpan<char> input, Span<char> output)
    {
        if (input.Length > MaxInputChars)
        {
            input = input[..MaxInputChars];
        }

        Span<char> mapped = stackalloc char[input.Length * 3];
        var length = 0;
        var cjk = 0;
        var words = 0;
        var question = false;
        for (var r = 0; r < input.Length; r++)
        {
            var raw = input[r];
            // A keycap digit before other words ("3️⃣工资多少") reads like a circled number: "3号"; alone ("1️⃣") or in a run
            // ("1️⃣1️⃣1️⃣") it is digits, the call.
            if (KeycapEnd(input, r) is var keycapEnd and >= 0)
            {
                mapped[length++] = raw;
                var run = (r > 0 && input[r - 1] == Keycap) || KeycapEnd(input, keycapEnd + 1) >= 0;
                var alone = length == 1 && input[(keycapEnd + 1)..].IsWhiteSpace();
                r = keycapEnd;
                if (!run && !alone && (r + 1 >= input.Length || CharMap.Map(input[r + 1]) != '号'))
                {
                    mapped[length++] = '号';
                    cjk++;
                }

                continue;
            }

            // A circled number is a position number by itself ("⑨ 报名", "⑩号有提成吗"): it reads as "9号". A run of them
            // is digits ("①①①" is the call 111).
            if (CharMap.CircledNumber(raw) is var circled and > 0)
            {
                circled.TryFormat(mapped[length..], out var digits, default, CultureInfo.InvariantCulture);
                length += digits;
                var run = (r > 0 && CharMap.CircledNumber(input[r - 1]) > 0) || (r + 1 < input.Length && CharMap.CircledNumber(input[r + 1]) > 0);
                if (!run && (r + 1 >= input.Length || CharMap.Map(input[r + 1]) != '号'))
                {
                    mapped[length++] = '号';
                    cjk++;
                }

                continue;
            }

            // A character beyond the BMP is a surrogate pair: one word ("𠊎要报" is 我要报) or noise (emoji).
            var c = char.IsHighSurrogate(raw) && r + 1 < input.Length && char.IsLowSurrogate(input[r + 1])
                ? CharMap.Map(char.ConvertToUtf32(raw, input[++r]))
                : CharMap.Map(raw);
            if (c == CharMap.Separator && (length == 0 || mapped[length - 1] == CharMap.Separator))
            {
                continue;
            }

            if (c == '?')
            {
                question = true;
            }
            else if (CharMap.IsCjk(c))
            {
                cjk++;
            }
            else if (CharMap.IsAsciiLetter(c) && (length == 0 || !CharMap.IsAsciiLetter(mapped[length - 1])))
            {
                words++;
            }

            mapped[length++] = c;
        }

        if (length > 0 && mapped[length - 1] == CharMap.Separator)
        {
            length--;
        }

        var expandPinyin = cjk > 0 || words <= 2;
        return Rewrite(mapped[..length], output, expandPinyin, question);
    }

    /// <summary>Normalises a whole string (knowledge-base names, lexicon terms, tests).</summary>
    public string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[OutputCapacity];
        var stats = Normalize(text.AsSpan(), buffer);
        return new string(buffer[..stats.Length]);
    }

    private NormalizedStats Rewrite(ReadOnlySpan<char> src, Span<char> dst, bool expandPinyin, bool question)
    {
        var n = 0;
        var cjk = 0;
        var letters = 0;
        var i = 0;
        while (i < src.Length && n < dst.Length - 24)
        {
            var c = src[i];
            if (ChineseNumerals.StartsNumber(c))
            {
                var end = i + 1;
                while (end < src.Length && ChineseNumerals.ContinuesNumber(src[end]))
                {
                    end++;
                }

                // "#5一个月" is position 5 and one month, not 51: keep the two numbers apart.
                if (n > 0 && char.IsAsciiDigit(dst[n - 1]))
                {
                    dst[n++] = CharMap.Separator;
                }

                n += WriteCjkNumber(src[i..end], dst[n..]);
                i = end;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = RewriteDigits(src, i, dst, ref n);
                continue;
            }

            if (CharMap.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < src.Length && CharMap.IsAsciiLetter(src[end]))
                {
                    end++;
                }

                var word = src[i..end];
                // Initials ("gz") are expanded only where the message is not English; a whole pinyin word ("gongzi") is no
                // English word, so it is expanded wherever it stands.
                if (((expandPinyin && word.Length is >= 2 and <= 4) || word.Length > 4) && _pinyin.TryGetValue(word, out var expansion))
                {
                    expansion.AsSpan().CopyTo(dst[n..]);
                    n += expansion.Length;
                    cjk += expansion.Length;
                }
                else
                {
                    word.CopyTo(dst[n..]);
                    n += word.Length;
                    letters += word.Length;
                }

                i = end;
                continue;
            }

            if (CharMap.IsCjk(c))
            {
                cjk++;
            }

            dst[n++] = c;
            i++;
        }

        return new NormalizedStats(n, cjk, letters, question);
    }

    private static int WriteCjkNumber(ReadOnlySpan<char> run, Span<char> dst)
    {
        var value = ChineseNumerals.Parse(run, out var plainDigits);
        if (plainDigits)
        {
            for (var k = 0; k < run.Length; k++)
            {
                dst[k] = (char)('0' + ChineseNumerals.DigitOf(run[k]));
            }

            return run.Length;
        }

        value.TryFormat(dst, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Digits with an optional decimal part and a magnitude: "8k", "5千", "1.2万", "3w".</summary>
    private static int RewriteDigits(ReadOnlySpan<char> src, int i, Span<char> dst, ref int n)
    {
        var end = i;
        while (end < src.Length && char.IsAsciiDigit(src[end]))
        {
            end++;
        }

        var numberEnd = end;
        if (end + 1 < src.Length && src[end] == '.' && char.IsAsciiDigit(src[end + 1]))
        {
            numberEnd = end + 1;
            while (numberEnd < src.Length && char.IsAsciiDigit(src[numberEnd]))
            {
                numberEnd++;
            }
        }

        var multiplier = 0;
        if (numberEnd < src.Length)
        {
            var unit = src[numberEnd];
            var standalone = numberEnd + 1 >= src.Length || !CharMap.IsAsciiLetter(src[numberEnd + 1]);
            multiplier = unit switch
            {
                '千' => 1000,
                '万' => 10000,
                'k' when standalone => 1000,
                'w' when standalone => 10000,
                _ => 0,
            };
        }

        if (multiplier > 0 && numberEnd - i <= 8
            && decimal.TryParse(src[i..numberEnd], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            var value = amount * multiplier;
            if (value == decimal.Truncate(value))
            {
                ((long)value).TryFormat(dst[n..], out var written, default, CultureInfo.InvariantCulture);
                n += written;
                return numberEnd + 1;
            }
        }

        src[i..numberEnd].CopyTo(dst[n..]);
        n += numberEnd - i;
        return numberEnd;
    }
}
