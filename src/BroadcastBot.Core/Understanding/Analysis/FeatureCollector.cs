using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>Adds up resolved matches into <see cref="MessageFeatures"/>.</summary>
internal static class FeatureCollector
{
    /// <summary>Remarks tracked per message; more than this many in one chat line adds nothing.</summary>
    private const int MaxRemarks = 4;

    /// <summary>Units after a number that make it no sum of money (<see cref="MoneyFigure"/>).</summary>
    private const string NotMoneyUnits = "米斤吨亩";

    /// <summary>Weight of a way of speaking as a requirements cue, the same as 岁 (lexicon requirements.txt): only a question asks it.</summary>
    private const float TongueWeight = 0.6f;

    /// <summary>Modal and question words that turn a sign-up before a name into a question (<see cref="OpensCallForName"/>).</summary>
    private const string AsksBeforeCall = "能可以不没别会么咋样何";

    public static MessageFeatures Collect(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, bool questionMark)
    {
        var f = new MessageFeatures { Position = -1, Company = -1, EverydayPosition = -1, Question = questionMark };
        Span<Range> remarks = stackalloc Range[MaxRemarks];
        var remarkCount = Remarks.Find(text, matches, payloads, remarks);
        f.Remark = remarkCount > 0;
        remarks = remarks[..remarkCount];
        f.Question = questionMark && !f.Remark;
        var everydayStart = -1;
        var everydayEnd = -1;
        var skill = -1;
        var severalSkills = false;
        var told = ToldClauses.Find(text, matches, payloads, f.Remark);
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var p = payloads[m.PayloadStart + k];
                if (p.Kind == TermKind.Question && InsideLongerFunctionWord(m, matches, payloads))
                {
                    continue;
                }

                if (IsMarker(p.Kind))
                {
                    AddMarker(ref f, p, m, text, remarks);
                }
                // A detail word that is also a job or employer name ("车位", a sewing job in Cantonese) names it.
                // A cue ending with 住 after a verb ("记不住", "熬不住") holds on, and after 我在 and a place ("我在县城住") it
                // tells where the viewer lives: no housing. A certificate to sit for ("焊工证在哪考") asks no requirement, nor
                // does a clause that tells beside one that asks ("我B2 十年驾龄了 5号咋报名").
                else if (m.Kept && !(p.Kind == TermKind.Detail && m.NamesEntity(payloads))
                    && !(p.Kind == TermKind.Cue && (HeldComplement.Covers(text, m) || OwnHome.Covers(text, m)))
                    && !(p.Kind == TermKind.Cue && CertificateSought.Covers(text, m, (Intent)p.Index))
                    && !(p.Kind == TermKind.Cue && ToldClauses.Covers(told, text, m.Start)))
                {
                    if (IsSkill(p, m, text))
                    {
                        Note(ref skill, ref severalSkills, p.Index);
                        f.SkillLacked |= m.Start >= 2 && text[m.Start - 2] == '不';
                    }
                    else if (((p.Flags & TermFlags.BeforeName) == 0 || OpensCallForName(text, m, matches, payloads))
                        && !((p.Flags & TermFlags.Must) != 0 && ClauseAsksAfter(text, m.End, matches, payloads)))
                    {
                        AddMeaning(ref f, p, m, text, ref everydayStart, ref everydayEnd);
                    }

                    if (p.Kind == TermKind.Interest && (p.Flags & TermFlags.Signup) != 0)
                    {
                        f.SignupBeforeName |= NameStartsAt(m.End, matches, payloads);
                        f.SignupWished |= WishEndsAt(m.Start, matches, payloads);
                    }
                }
            }
        }

        // A job named as a skill ("我会电焊") is what the message is about only when it names no other job: "讲解员要会韩语吗"
        // asks about the guide, not the Korean interpreter.
        if (f.Position < 0 && skill >= 0)
        {
            (f.Position, f.SeveralPositions, f.PositionAsSkill) = (skill, severalSkills, true);
        }

        if (f.EverydayPosition >= 0)
        {
            f.EverydayAddressesHost = AddressesHost(text, matches, payloads, everydayStart, everydayEnd);
        }

        AddTongue(ref f, text);
        f.Scores[(int)Intent.Salary] += RateAsked(text, matches, payloads);
        f.Asks = Faq.AskClasses.Of(text);
        f.Question = f.Question || f.Asks != 0 || AnotAAsks(text, remarks);
        f.Personal |= HostMention.Described(text);
        (f.MoneyStart, f.MoneyLength) = MoneyFigure(text);
        f.MoneyNumber = f.MoneyLength > 0;
        f.Age = AgeMention.Found(text);
        f.Acknowledgement = IsAcknowledgement(text, matches, payloads);
        var calls = NameCalls(text, matches, payloads);
        if (calls >= 2)
        {
            // "7号7号7号", "叉车 叉车": a job called out again and again is a hand raised for it, like "扣1扣1".
            f.Desire += 1f;
        }

        // "9号" alone: the job is called, whether as a hand raised or to hear about it.
        f.NameAlone = calls == 1;

        f.LeadingCall = !f.Acknowledgement && (OpensWithOnes(text) || HasCallClause(text, matches, payloads));
        return f;
    }

    /// <summary>A question word that asks, or a question mark, after <paramref name="end"/> in the same clause ("要去县城么").</summary>
    private static bool ClauseAsksAfter(ReadOnlySpan<char> text, int end, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        var clauseEnd = text[end..].IndexOfAny(' ', '?');
        if (clauseEnd >= 0 && text[end + clauseEnd] == '?')
        {
            return true;
        }

        clauseEnd = clauseEnd < 0 ? text.Length : end + clauseEnd;
        foreach (ref readonly var m in matches)
        {
            if (m.Start < end || m.End > clauseEnd)
            {
                continue;
            }

            for (var k = 0; k < m.PayloadCount; k++)
            {
                var p = payloads[m.PayloadStart + k];
                if (p.Kind == TermKind.Question && QuestionPlacement.Asks(text, m, p.Flags))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A position's name right after 会 ("不会电焊 可以学不", "要会韩语吗"): a skill one has, lacks or needs.</summary>
    private static bool IsSkill(TermPayload p, in SpanMatch m, ReadOnlySpan<char> text) =>
        p.Kind == TermKind.Position && (p.Flags & TermFlags.Everyday) == 0 && m.Start > 0 && text[m.Start - 1] == '会';

    private static bool IsMarker(TermKind kind) => kind is TermKind.Question or TermKind.Stop or TermKind.Chatter or TermKind.Spam;

    private static void AddMarker(ref MessageFeatures f, TermPayload p, in SpanMatch m, ReadOnlySpan<char> text, ReadOnlySpan<Range> remarks)
    {
        switch (p.Kind)
        {
            // A question word inside a remark is rhetorical: "保洁工资太低了 谁去啊", "太累了吧".
            // Beside a remark, a question mark is rhetorical ("凌晨4点半起身摘荔枝？？顶唔顺啊"): only a question word asks.
            // A question word before 都 ("啥证都有") means any.
            case TermKind.Question when QuestionPlacement.Asks(text, m, p.Flags) && !Remarks.Covers(remarks, m, text)
                && !(f.Remark && text[m.Start] == '?') && !IndefiniteWord.Covers(text, m):
                f.Question = true;
                break;
            case TermKind.Spam:
                f.Spam = true;
                break;
            case TermKind.Chatter when p.Weight >= 1f:
                f.Chatter = true;
                break;
        }
    }

    private static void AddMeaning(ref MessageFeatures f, TermPayload p, in SpanMatch m, ReadOnlySpan<char> text, ref int everydayStart, ref int everydayEnd)
    {
        switch (p.Kind)
        {
            case TermKind.Position when (p.Flags & TermFlags.Everyday) != 0:
                if (f.EverydayPosition < 0)
                {
                    f.EverydayPosition = p.Index;
                    f.EverydayPerson = (p.Flags & TermFlags.Person) != 0;
                    everydayStart = m.Start;
                    everydayEnd = m.End;
                }

                break;
            case TermKind.Position:
                Note(ref f.Position, ref f.SeveralPositions, p.Index);
                break;
            case TermKind.Company:
                Note(ref f.Company, ref f.SeveralCompanies, p.Index);
                break;
            case TermKind.Cue:
                f.Scores[p.Index] += p.Weight;
                f.FigureBeforeCue |= FigureEndsAt(text, m.Start);
                break;
            case TermKind.Interest:
                f.Desire += (p.Flags & TermFlags.Signup) != 0 ? 0f : p.Weight;
                f.Signup |= (p.Flags & TermFlags.Signup) != 0;
                break;
            // "你几岁了" asks a person's age; after a number ("五十几岁了还要不要") it tells the viewer's own.
            case TermKind.Personal when !(text[m.Start] == '几' && m.Start > 0 && char.IsAsciiDigit(text[m.Start - 1])):
                f.Personal = true;
                break;
            // A detail followed by its figure in degrees is told, not asked: "冬天零下三十度" says how cold it gets.
            case TermKind.Detail when FigureInDegreesAt(text, m.End):
                break;
            case TermKind.Detail:
                NoteDetail(ref f, m.Start, m.Length);
                break;
        }
    }

    /// <summary>
    /// A way of speaking no lexicon lists ("说日照话也中") is asked of the worker, a detail of the requirements; one the
    /// lexicon lists (河南话, 方言) is already a detail.
    /// </summary>
    /// <summary>True when an A-not-A question ("是不是", "好不好") lies outside every remark ("电子厂是不是黑厂哦" asks nothing).</summary>
    private static bool AnotAAsks(ReadOnlySpan<char> text, ReadOnlySpan<Range> remarks)
    {
        for (var at = AnotA.Next(text, 0); at >= 0; at = AnotA.Next(text, at + 1))
        {
            if (!Remarks.Covers(remarks, at, AnotA.LengthAt(text, at), text))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTongue(ref MessageFeatures f, ReadOnlySpan<char> text)
    {
        if (AddDetail(ref f, text, SpokenTongue.Find(text)))
        {
            // Weak, as the cue 岁: "我会说布依话 哈哈" tells, it does not ask.
            f.Scores[(int)Intent.Requirements] += TongueWeight;
        }
    }

    /// <summary>Adds a detail found by its shape, unless a lexicon detail already covers it or two are noted.</summary>
    private static bool AddDetail(ref MessageFeatures f, ReadOnlySpan<char> text, Range detail)
    {
        var (start, length) = detail.GetOffsetAndLength(text.Length);
        return length > 0 && !Overlaps(start, length, f.Detail1Start, f.Detail1Length) && !Overlaps(start, length, f.Detail2Start, f.Detail2Length)
            && NoteDetail(ref f, start, length);
    }

    /// <summary>Notes a detail in the first free of the two slots; false when both are taken.</summary>
    private static bool NoteDetail(ref MessageFeatures f, int start, int length)
    {
        if (f.Detail1Length == 0)
        {
            (f.Detail1Start, f.Detail1Length) = (start, length);
            return true;
        }

        if (f.Detail2Length == 0)
        {
            (f.Detail2Start, f.Detail2Length) = (start, length);
            return true;
        }

        return false;
    }

    private static bool Overlaps(int start, int length, int otherStart, int otherLength) =>
        otherLength > 0 && start < otherStart + otherLength && otherStart < start + length;

    /// <summary>
    /// A position's name or number starts right where <paramref name="cue"/> ends ("报⑥", "选11号", "我和我妈两个人报5号"),
    /// and no modal or question word stands right before the cue: "中专学历能报布线不" asks whether one may, "咋报5号" how.
    /// </summary>
    private static bool OpensCallForName(ReadOnlySpan<char> text, in SpanMatch cue, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        return (cue.Start == 0 || !AsksBeforeCall.Contains(text[cue.Start - 1])) && NameStartsAt(cue.End, matches, payloads);
    }

    /// <summary>A number of degrees starts at <paramref name="start"/> ("30度"); "0下多少度" asks one.</summary>
    private static bool FigureInDegreesAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > start && end < text.Length && text[end] == '度';
    }

    /// <summary>A wish ends where the sign-up word starts: "我要报名", "想报名".</summary>
    private static bool WishEndsAt(int end, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        foreach (ref readonly var m in matches)
        {
            if (m.Kept && m.End == end && payloads[m.PayloadStart].Kind == TermKind.Interest && (payloads[m.PayloadStart].Flags & TermFlags.Signup) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A single position's name or number starts at <paramref name="start"/>.</summary>
    private static bool NameStartsAt(int start, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        foreach (ref readonly var m in matches)
        {
            if (m.Kept && m.Start == start && payloads[m.PayloadStart].Kind == TermKind.Position && m.PayloadCount == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "几" in "好几年" counts, it does not ask: the question word lies inside a longer function word, or inside talk to
    /// the other viewers that it opens ("谁跟我一起去黄姚上班": 谁 asks them, not the knowledge base; "女的多不" still asks).
    /// </summary>
    private static bool InsideLongerFunctionWord(in SpanMatch q, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        foreach (ref readonly var m in matches)
        {
            var kind = payloads[m.PayloadStart].Kind;
            if (q.InsideLonger(m) && (kind == TermKind.Stop || (kind == TermKind.Personal && q.Start == m.Start))
                && m.PayloadCount == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static void Note(ref int slot, ref bool several, int index)
    {
        if (slot < 0)
        {
            slot = index;
        }
        else if (slot != index)
        {
            several = true;
        }
    }

    /// <summary>
    /// "主播好", "主播，…", "谢谢主播", "主播你几岁了": the word opens the message as an address, is followed by "you" or "I", or
    /// follows a greeting.
    /// </summary>
    private static bool AddressesHost(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, int start, int end)
    {
        if (start == 0 && (end == text.Length || !CharMap.IsCjk(text[end]) && !CharMap.IsAsciiLetter(text[end]) && !char.IsAsciiDigit(text[end])))
        {
            return true;
        }

        // Spoken to: "主播你几岁了", "主播您辛苦", "主播俺问一下".
        if (end < text.Length && text[end] is '你' or '您' or '我' or '俺')
        {
            return true;
        }

        // Said twice, it is a call: "主播主播 在哪报名".
        var word = text[start..end];
        if (text[end..].StartsWith(word, StringComparison.Ordinal) || text[..start].EndsWith(word, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (ref readonly var m in matches)
        {
            var touches = (start == 0 && m.Start == end) || m.End == start;
            if (!touches)
            {
                continue;
            }

            for (var k = 0; k < m.PayloadCount; k++)
            {
                if (payloads[m.PayloadStart + k].Kind is TermKind.Chatter or TermKind.Personal)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A time unit right before a pay word that asks an amount (asks.txt: "一个钟头多少钱", "注塑机一小时几多钱", "夜班多少钱",
    /// Wu "一个钟头几钿") asks a rate, which is pay, though the unit is an hours word: the pay gains the unit's weight, so it
    /// outweighs it. Returns that weight, or 0.
    /// </summary>
    private static float RateAsked(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        var weight = 0f;
        foreach (ref readonly var unit in matches)
        {
            var hours = unit.Kept ? CueWeight(unit, payloads, Intent.Hours) : 0f;
            if (hours <= 0f)
            {
                continue;
            }

            foreach (ref readonly var money in matches)
            {
                if (money.Kept && money.Start == unit.End && CueWeight(money, payloads, Intent.Salary) > 0f
                    && Faq.AskClasses.Amount(Faq.AskClasses.Of(text.Slice(money.Start, money.Length))))
                {
                    weight = Math.Max(weight, hours);
                }
            }
        }

        return weight;
    }

    private static float CueWeight(in SpanMatch m, TermPayload[] payloads, Intent intent)
    {
        for (var k = 0; k < m.PayloadCount; k++)
        {
            var p = payloads[m.PayloadStart + k];
            if (p.Kind == TermKind.Cue && p.Index == (int)intent)
            {
                return p.Weight;
            }
        }

        return 0f;
    }

    /// <summary>
    /// Where the first number of 1000 or more that is not a position number is written: an amount of money, as (start,
    /// length), length 0 when there is none. Not in a message about altitude ("牧场海拔多高 4000多受得了不"), nor one followed
    /// by a unit of length, weight or land (metres: "海拔3800米", "俺家还有两万斤没卖呢").
    /// </summary>
    private static (int Start, int Length) MoneyFigure(ReadOnlySpan<char> text)
    {
        if (text.Contains("海拔", StringComparison.Ordinal))
        {
            return (0, 0);
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            long value = 0;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                value = Math.Min(value * 10 + (text[end] - '0'), int.MaxValue);
                end++;
            }

            if (value is >= 1000 and <= 1_000_000 && (end == text.Length || !NotMoneyUnits.Contains(text[end])))
            {
                return (i, end - i);
            }

            i = end;
        }

        return (0, 0);
    }

    /// <summary>
    /// A number ends right before <paramref name="at"/>, or before a measure word 个 there ("12个钟头", "8人间"); not a
    /// position's number or a licence class ("#3工资", "A2驾照").
    /// </summary>
    private static bool FigureEndsAt(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && text[at - 1] == '个')
        {
            at--;
        }

        var start = at;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < at && (start == 0 || !(char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '#'));
    }

    /// <summary>"1111 几点上班", "这个好 双休 1": a run of ones, then a pause and more, or the other way round.</summary>
    private static bool OpensWithOnes(ReadOnlySpan<char> text)
    {
        var ones = text.IndexOfAnyExcept('1');
        var last = text.LastIndexOfAnyExcept('1');
        return (ones > 0 && text[ones] == CharMap.Separator && ones + 1 < text.Length)
            || (last >= 1 && last < text.Length - 1 && text[last] == CharMap.Separator);
    }

    /// <summary>"1", "111", "扣1", "+1", "+2", also after a position ("3号扣1"): the position's characters are skipped.</summary>
    private static bool IsAcknowledgement(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads) =>
        IsCall(text, 0, text.Length, matches, payloads);

    /// <summary>
    /// A clause of a longer message that answers the host's call with 扣, + or 加, alone or after a job ("扣1 问下包住吗",
    /// "分级工扣1 顺便问下有没得全勤奖", "…想回来了 8号扣1"); not "扣1的人多吗" or "扣1是啥意思".
    /// </summary>
    private static bool HasCallClause(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = text[start..].IndexOf(CharMap.Separator);
            var end = length < 0 ? text.Length : start + length;
            if (text[start..end].IndexOfAny('扣', '+', '加') >= 0 && IsCall(text, start, end, matches, payloads))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private static bool IsCall(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        var ones = 0;
        for (var i = start; i < end; i++)
        {
            if (InsidePosition(i, matches, payloads))
            {
                continue;
            }

            switch (text[i])
            {
                case '1':
                    ones++;
                    break;
                // "我跟我姐两个人一起报 +2": a hand raised for two or three people.
                case '2' or '3' when i > start && text[i - 1] == '+':
                    ones++;
                    break;
                // "扣个1", "扣1了", "我也1", "加1", Cantonese "扣个1先": the call answered in other words; "帮她扣个1", "我替他扣个1":
                // answered for someone else.
                case '扣' or '+' or '加' or '个' or '了' or '啦' or '我' or '也' or '先' or '帮' or '替' or '他' or '她' or CharMap.Separator:
                    break;
                default:
                    return false;
            }
        }

        return ones > 0;
    }

    /// <summary>How many times one position's name or number makes up the whole message ("7号7号7号": 3), else 0.</summary>
    private static int NameCalls(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        var position = -1;
        var times = 0;
        var covered = 0;
        foreach (ref readonly var m in matches)
        {
            var p = payloads[m.PayloadStart];
            if (!m.Kept || p.Kind != TermKind.Position || m.PayloadCount != 1)
            {
                continue;
            }

            if (position >= 0 && p.Index != position)
            {
                return 0;
            }

            position = p.Index;
            times++;
            covered += m.Length;
        }

        return times > 0 && covered == text.Length - text.Count(CharMap.Separator) ? times : 0;
    }

    private static bool InsidePosition(int i, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        foreach (ref readonly var m in matches)
        {
            if (m.Kept && i >= m.Start && i < m.End && payloads[m.PayloadStart].Kind == TermKind.Position
                && (payloads[m.PayloadStart].Flags & TermFlags.Person) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
