namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>
/// Chinese numerals to digits (spec: "二号, 两千, 八千, 8k, 5千"): "三号" → "3号", "两千" → "2000", "六千五" → "6500",
/// "一万二" → "12000". Knowledge-base terms and lexicons go through the same conversion, so "五险一金" in a lexicon
/// still matches "五险一金" in chat. The financial forms (壹, 贰, 拾, ...) that viewers type to look formal ("拾壹号") are
/// numerals too.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The digit value of a numeral character, or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of a unit character, or 0.</summary>
    public static int UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10000,
        _ => 0,
    };

    /// <summary>True when a numeral run may start here: a digit or 十 ("十二", "拾壹").</summary>
    public static bool StartsNumber(char c) => DigitOf(c) >= 0 || c is '十' or '拾';

    /// <summary>True when <paramref name="c"/> continues a numeral run.</summary>
    public static bool ContinuesNumber(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0;

    /// <summary>
    /// The value of a run of numeral characters. A run without units is read digit by digit ("一一一" → 111 keeps
    /// its length through <paramref name="plainDigits"/>). A trailing digit after 千/万/百 is the next place down, as
    /// people say it ("六千五" = 6500).
    /// </summary>
    public static long Parse(ReadOnlySpan<char> run, out bool plainDigits)
    {
        plainDigits = true;
        foreach (var c in run)
        {
            if (UnitOf(c) > 0)
            {
                plainDigits = false;
                break;
            }
        }

        if (plainDigits)
        {
            long digits = 0;
            foreach (var c in run)
            {
                digits = (digits * 10) + DigitOf(c);
            }

            return digits;
        }

        long total = 0, section = 0, digit = 0;
        var lastUnit = 0;
        var digitAfterUnit = false;
        foreach (var c in run)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                digitAfterUnit = lastUnit > 0 && d > 0;
                if (d == 0)
                {
                    lastUnit = 0;
                }

                continue;
            }

            var unit = UnitOf(c);
            if (unit == 10000)
            {
                total = (total + section + digit) * 10000;
                section = 0;
            }
            else
            {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }

            digit = 0;
            lastUnit = unit;
            digitAfterUnit = false;
        }

        if (digitAfterUnit && lastUnit >= 100)
        {
            digit *= lastUnit / 10;
        }

        return total + section + digit;
    }
}
