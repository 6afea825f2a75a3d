using BroadcastBot.Core.Understanding.Analysis;
using BroadcastBot.Core.Understanding.Answers;
using BroadcastBot.Core.Understanding.Faq;
using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding;

public sealed partial class MessageClassifier
{
    /// <summary>Below this, a FAQ example question shares too little with the message to answer it.</summary>
    private const float FaqThreshold = 0.6f;

    /// <summary>Share of a message a place topic must explain alone (<see cref="FaqMatch.ViaPlaceOnly"/>).</summary>
    private const float PlaceCoverage = 0.5f;

    /// <summary>Interest needs more than a lone weak cue ("我要" alone is 0.8, "想去" 1).</summary>
    private const float DesireThreshold = 0.7f;

    /// <summary>Weight of a bare-number age, the same as the requirements cue 岁 (lexicon requirements.txt).</summary>
    private const float AgeWeight = 0.6f;

    /// <summary>How far a price asked per unit of goods outweighs the pay cue it carries, as the negative cues of salary.txt do.</summary>
    private const float GoodsPriceWeight = 1.5f;

    /// <summary>
    /// Turns features into a verdict, in the spec's order. A wrong answer is worse than silence, so every branch that
    /// is not sure returns <see cref="Intent.None"/> (and <see cref="Verdict.IsQuestion"/> when it was a question).
    /// </summary>
    private Verdict Decide(ref MessageFeatures f, FaqMatch faq, int featured, MessageLanguage language, ReadOnlySpan<char> text, ReadOnlySpan<byte> content,
        ReadOnlySpan<SpanMatch> matches)
    {
        if (f.Spam)
        {
            return Verdict.Silent(language, 0.9);
        }

        // "不会电焊 可以学不" with a lantern-making job on screen asks about that job: the named one is a skill.
        if (f.PositionAsSkill && featured >= 0 && !f.SeveralPositions)
        {
            f.Position = -1;
        }

        // An amount asked about is pay ("6000能拿到不"), or the bonus the job's benefits name with it ("满3个月那2000是真的给？"
        // when they say 入职满3个月奖励2000元 and the pay says nothing of 2000).
        if (f.MoneyNumber && f.Question)
        {
            f.Scores[(int)MoneyIntent(ref f, text, featured)] += 0.6f;
        }

        // "沙棘汁多少钱一箱": an amount asked per unit is the price of goods, not pay, unless it is asked of a job (named or on
        // screen) that counts its pay in that unit ("摘一斤多少钱" of a picker paid 1.5元/斤) and the message does not talk of
        // the market ("今年明前茶多少钱一斤"): then it asks the piece rate.
        var unit = UnitPrice.Find(text);
        if (unit.GetOffsetAndLength(text.Length).Length > 0)
        {
            ref var salary = ref f.Scores[(int)Intent.Salary];
            var priced = EvidenceTarget(ref f, featured);
            salary = priced < 0 || UnitPrice.OfMarket(text) || !UnitPrice.CountsPayIn(FactSource(Intent.Salary, priced), text[unit])
                ? salary - GoodsPriceWeight
                : salary >= 0f ? Math.Max(salary, 1f) : salary;
        }

        // "我52了还能做不": an age in a question that asks nothing else asks whether it is allowed, as weakly as the word 岁
        // does; "我今年42了 … 一个月到底拿得到好多钱" tells the age and asks the pay.
        if (f.Age && f.Question && f.Best().Score == 0f)
        {
            f.Scores[(int)Intent.Requirements] += AgeWeight;
        }

        // "不会踩缝纫机能去吗", "没播过能不能干": a skill or work the viewer lacks, in a question that asks nothing else, asks whether the job takes
        // them, as weakly as an age does.
        // (Both shapes are looked for only in a question that asks nothing else, which keeps them off the hot path.)
        if (f.Question && f.Best().Score == 0f && (f.SkillLacked || LackedExperience.Found(text)))
        {
            f.Scores[(int)Intent.Requirements] += AgeWeight;
        }

        // "冷链司机冬天也跑吗": work asked of a season, with nothing else asked, asks when the hours are worked.
        if (f.Question && f.Best().Score == 0f && SeasonalWork.Found(text))
        {
            f.Scores[(int)Intent.Hours] += AgeWeight;
        }

        var (intent, score) = f.Best();
        if (score == 0f && f.Question && f.HasDetail && !f.ReadAsOffJob())
        {
            (intent, score) = DetailIntent(ref f, text, EvidenceTarget(ref f, featured));
        }
        else if (score == 0f && f.Question && !f.HasDetail && !content.IsEmpty && !f.ReadAsOffJob())
        {
            (intent, score) = EvidenceIntent(text, content, EvidenceTarget(ref f, featured));
        }

        // "报名木工 有宿舍不" signs up for a named job and asks on; "怎么报名" only asks.
        var signup = f.Signup && (!f.Question || f.Position >= 0) && f.Desire >= 0;
        var desire = f.Desire >= DesireThreshold || signup;
        // An example question found whole in a message that names no position is what the host's FAQ was written
        // for ("有免费班车吗" with the example "有班车吗"); it outranks the generic cue word it shares ("班车").
        // It must explain a fair share of the message (a quarter of its bigrams: "有免费班车吗" has three), or share a topic
        // phrase, which is specific enough alone ("我在龙州县 报到那天怎么过去"). When all the
        // two share is a cue word, the message must not ask for something the entry never answers: "要不要体检" is the
        // example "要体检吗", but "工资多少" (how much) is not "工资有保障吗", which shrinks to the same 工资.
        var asks = f.Asks;
        // With a job on screen, an entry that shares only cue words with the message is not found whole: "夜班有补助没",
        // "出车有补助吗" ask about that job's allowance, not the hiring-subsidy entry that shares 补助.
        // An example that explains only a cue word of a longer message ("工资咋发" in "哪个工资最高") is not found whole.
        var faqWhole = faq.Score >= 0.99f && f.Position < 0 && f.Company < 0 && f.EverydayPosition < 0 && featured < 0
            && (faq.Coverage >= 0.25f || faq.ViaTopic)
            && (faq.Coverage > faq.CueCoverage || faq.ViaTopic || (faq.CueCoverage >= 1f && (asks & ~faq.Asks) == 0));
        // What is asked only tells entries apart when the topic they share is a cue word ("工资" in "工资多少" and
        // "工资什么时候发"); a shared topic word of the entry's own ("回放" in "回放在哪看") decides by itself.
        // A home province shared with the entry for outside applicants explains a message that says little else ("贵州的能来伐"),
        // not one that talks on ("云南昭通的老乡在不在", "我45了 以前在内蒙古煤矿干过井下电工 …能不能去").
        // Talk to or about a person ("有没有人一起去面试的", "主播你是本地人不") asks no FAQ entry, nor does a message read as
        // off the job through a negative cue ("小黄车里的虾尾多少钱一盒" asks a price, not how to sign up).
        // With a job named, an entry asked for something else is not meant even when it shares a content word: "5号岗位在哪上班"
        // asks where, not the onboarding entry's when (上班).
        var explicitJob = f.Position >= 0;
        var faqOk = f.Question && !f.Personal && !f.ReadAsOffJob() && faq.Entry >= 0 && faq.Score >= FaqThreshold && (faq.Coverage > faq.CueCoverage || faqWhole)
            && ((faq.Coverage > faq.CueCoverage && (!explicitJob || faq.ViaTopic)) || (faqWhole && faq.ViaTopic) || !AskClasses.Conflict(faq.Asks, asks))
            && (!faq.ViaPlaceOnly || faq.Coverage >= PlaceCoverage);
        ResolveEveryday(ref f, score, desire || faqOk || f.Acknowledgement || f.LeadingCall);

        var explicitEntity = f.Position >= 0 || f.Company >= 0;
        var ambiguous = f.SeveralPositions || (f.Position < 0 && f.SeveralCompanies);
        var interest = desire || ((f.Acknowledgement || f.LeadingCall) && (f.Position >= 0 || (featured >= 0 && f.Company < 0)));
        var interestPosition = f.Position >= 0 ? f.Position : f.Company >= 0 ? -1 : featured;

        // A statement needs a strong cue even when it names a job: "我老公就是厨师 天天在家不做饭" is not a meal question.
        var factOk = score >= 1f || (score >= 0.5f && f.Question);
        // Nor does a wish that describes the viewer: "我是护理专业应届生 想去七号" applies, it asks nothing.
        // With no job named or on screen, a question that names the host is about the host ("主播几点下班").
        // A remark that asks nothing ("八人间啊 忒挤了", "保洁工资太低了 谁去啊") names a fact without wanting it, and so
        // does a call answered with something about oneself ("扣1 俺大专毕业").
        var factBlocked = ((f.MoneyNumber || f.FigureBeforeCue) && !f.Question) || (f.Chatter && score < 1f && !explicitEntity) || (f.Personal && (!explicitEntity || !f.Question))
            || (desire && !f.Question) || (f.Remark && !f.Question) || (f.LeadingCall && !f.Question) || ambiguous
            || (!explicitEntity && f.EverydayPosition < 0 && featured < 0 && HostMention.Found(text));
        if (factBlocked)
        {
            factOk = false;
        }

        // Two jobs named: nothing is answered, but a wish for both ("1号2号都想去 能报俩不") is still interest. A question
        // that asks which of them with a strong cue ("拉矿的和选矿的哪个钱多", "7号 8号 哪个工资高") gets each one's fact.
        if (ambiguous)
        {
            if (f.Question && score >= 1f && !desire && intent != Intent.None && !f.Personal && !f.Remark && WhichAsked.Found(text)
                && NamedTogether(matches, intent, f.Question || score > 0, language) is { } together)
            {
                return together;
            }

            return new Verdict(Intent.None, null, null, null, desire, null, 0.5, f.Question || score > 0, language);
        }

        // The fare or timetable of a train or coach between two places ("呼市到包头的动车票多少钱") is stated nowhere, though
        // the pickup or travel-refund entry shares 车票 or 大巴 with it.
        if (f.Question && PublicRoute.Asked(text))
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }

        // An entry whose answer never mentions the message's detail does not answer it ("落雨天有冇补贴" is not the
        // hiring subsidy); the facts may.
        // A close entry whose answer names the message's detail may answer it when the facts cannot (below), even if
        // it shares only a cue word with the message ("护理员要办健康证不").
        var faqClose = f.Question && faq.Entry >= 0 && faq.Score >= FaqThreshold;
        var faqAnswer = faqClose ? _answers.Faq(faq.Entry, language) : null;
        var faqText = faqClose ? _normalizedFaqAnswers[(faq.Entry * 2) + (int)language] : string.Empty;
        var faqMentionsDetail = faqClose && f.HasDetail && Mentions(text, ref f, faqText);

        // Whatever answers must state what is asked ("小黄车里那双鞋多少钱" asks an amount) and name the thing a "who
        // provides it" question is about ("是不是要自己带被子").
        var item = content.IsEmpty ? default : ProvidedItem.Find(text, content);
        var asksItem = item.GetOffsetAndLength(text.Length).Length > 0;
        if (faqOk && (!AskClasses.Stated(Intent.Faq, asks, faqText) || (asksItem && !ProvidedItem.Named(text[item], faqText))))
        {
            faqOk = false;
        }

        if (faqOk && f.HasDetail && !faqMentionsDetail)
        {
            faqOk = false;
            if (!factOk)
            {
                return Unanswered(ref f, text, interest, interestPosition, language);
            }
        }

        // A sign-up for a named job that asks on ("报名#10 A2本有了 从业资格证要不要") asks that job's facts: its 报名 is the
        // sign-up, not a question how to sign up, though it shares the word with the how-to-apply entry. "报名纺纱 在哪里填表"
        // still asks where, as the entry does. So does a wish right before it ("集卡司机一个月真能干到一万五？我要报名").
        if (faqOk && (f.SignupBeforeName || f.SignupWished) && factOk && !faqWhole && (asks & faq.Asks) == 0)
        {
            faqOk = false;
        }

        // "2号岗位工资几多 我有电工证想去" asks a named job's pay; the training entry it shares 电工证 with is only told.
        // So for any strong cue of a named job: "化工操作工公司给交一金吗" asks its benefits, not the training entry's 公司给考证.
        var namedJobsFact = intent != Intent.None && f.Position >= 0 && score >= 1f && !faq.ViaTopic;
        // A strong cue the entry's answer never speaks of asks the job's facts: "外地的住哪" with a job on screen asks where
        // it houses people, not whether outsiders may come, though the outside-applicants entry shares 外地.
        var unspokenCue = faq.Entry >= 0 && score >= 1f && intent != Intent.None && !faqWhole && (f.Position >= 0 || featured >= 0)
            && (_faqAnswerCues[(faq.Entry * 2) + (int)language] & (1 << (int)intent)) == 0;
        if (faqOk && (!factOk || faq.Coverage > faq.CueCoverage || faqWhole) && !namedJobsFact && !unspokenCue)
        {
            // With a job named or on screen, the job's own facts may say what the entry says in general: "果园有车接冇"
            // when the orchard's location says 每天有车接送, "包装厂离高铁站远冇" when it says 离信丰高铁站10分钟. Only for a
            // message with no strong cue that asks nothing the entry's examples ask: "鞋厂押不押工资" asks the entry's
            // promise, "日结分拣是当天结吗" how pay is settled, which the payday entry's examples ask too.
            var evidence = faqWhole || factBlocked || content.IsEmpty || score >= 1f || (asks & faq.Asks) != 0 ? Intent.None
                : EvidenceIntent(text, content, EvidenceTarget(ref f, featured)).Intent;
            if (evidence == Intent.None || (score > 0f && evidence != intent))
            {
                return FaqVerdict(ref f, faq, interest, faqAnswer, language);
            }

            (intent, score, factOk) = (evidence, Math.Max(score, 0.5f), true);
        }

        if (!factOk || f.Acknowledgement || AskClasses.Unanswerable(intent, asks))
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }

        var (target, position, company, weight) = Target(ref f, featured);
        intent = AllowanceIntent(text, content, intent, target, asks);
        if (intent == Intent.None)
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }

        // Where, how far or how to get there, asked of no job or employer about a place or thing of its own, is the viewer's
        // own trip ("平坝到市区有公交没", "崇阳到赵李桥远不远啊"): the addresses of every position do not answer it; "离地铁远吗"
        // and "工作地点在哪" do get them.
        if (intent == Intent.Location && position < 0 && company < 0 && UnexplainedWord.Found(text, content, _sessionPlaces))
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }

        // The overview across every position is the longest, most generic answer: it is given only to a question,
        // never to a statement that happens to carry a cue word ("我家住地铁1号线旁边", "刚下地铁，来晚了").
        // Nor to a weak cue ("车票钱能报吗", "晚上吃啥子"): a single-character or side word is not enough to summarise
        // every position. Nor to what a word means ("四班三倒是啥意思"; asks.txt no-overview).
        if (position < 0 && company < 0 && (!f.Question || score < 1f || AskClasses.NoOverview(asks)))
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }
        // A detail is answered only from a text that mentions it: the position's, or an employer's ("色弱能进光伏厂不"),
        // else the FAQ entry's ("护理员要办健康证不" when only the health-certificate entry says 健康证).
        // Whether a detail exists, asked of no job ("有冇夫妻房", "哪几个厂有清真食堂"), lists the jobs whose facts mention it.
        var factSource = FactSource(intent, target);
        var confidence = Math.Round(Math.Min(1.0, 0.55 + (0.2 * score)) * weight, 2);
        if (f.HasDetail && position < 0 && company < 0 && !faqMentionsDetail && Existence.Asked(text) && DetailOverview(text, ref f, intent, language) is { } detailAnswer)
        {
            return new Verdict(intent, null, null, null, interest, detailAnswer, confidence, false, language);
        }

        // A detail the cue's text does not mention is answered by the one other text of the job that does, when the FAQ
        // does not: "加班费咋个算" of a job whose hours are silent on it and whose pay says 加班按1.5倍.
        if (f.HasDetail && position >= 0 && !faqMentionsDetail && !Mentions(text, ref f, factSource)
            && DetailIntent(ref f, text, target).Intent is var other and not Intent.None)
        {
            (intent, factSource) = (other, FactSource(other, target));
        }

        if (f.HasDetail && ((position < 0 && company < 0) || !Mentions(text, ref f, factSource)))
        {
            return faqMentionsDetail ? FaqVerdict(ref f, faq, interest, faqAnswer, language) : Unanswered(ref f, text, interest, interestPosition, language);
        }

        // What the facts do not state, another text of the job may ("冷链司机跑哪些地方" when its hours say 主要跑成都、乐山),
        // or else a close entry ("轧花季从几月到几月" when only the seasonal-work entry names months).
        if (!AskClasses.Stated(intent, asks, factSource) && AskClasses.Elsewhere(intent, asks) is var elsewhere and not Intent.None
            && AskClasses.Stated(elsewhere, asks, FactSource(elsewhere, target)))
        {
            (intent, factSource) = (elsewhere, FactSource(elsewhere, target));
        }

        if (!AskClasses.Stated(intent, asks, factSource) || (asksItem && !ProvidedItem.Named(text[item], factSource)))
        {
            return faqOk && asks != 0 && AskClasses.Stated(Intent.Faq, asks, faqText) ? FaqVerdict(ref f, faq, interest, faqAnswer, language)
                : Unanswered(ref f, text, interest, interestPosition, language);
        }

        var factAnswer = _answers.Fact(intent, target, language);
        if (factAnswer is null)
        {
            return Unanswered(ref f, text, interest, interestPosition, language);
        }

        return new Verdict(intent, PositionId(position), company >= 0 ? _kb.Companies[company].Id : null, null,
            interest, factAnswer, confidence, false, language);
    }

    /// <summary>
    /// An everyday word used as an alias ("主播", "仓库") names its position only with a job question or interest
    /// around it and when it does not address the host (spec: "主播好" is a greeting).
    /// </summary>
    private static void ResolveEveryday(ref MessageFeatures f, float score, bool jobContext)
    {
        if (f.EverydayPosition < 0 || f.Position >= 0)
        {
            return;
        }

        // Stream talk ("主播几点下播") is about the host, not the job the word is also an alias of.
        if (!f.EverydayAddressesHost && !f.Personal && !f.Chatter && (score >= 0.5f || jobContext))
        {
            f.Position = f.EverydayPosition;
        }
    }

    /// <summary>Spec order: a named position, else a named employer, else the featured position, else the overview.</summary>
    private (int Target, int Position, int Company, double Weight) Target(ref MessageFeatures f, int featured)
    {
        if (f.Position >= 0)
        {
            return (f.Position, f.Position, -1, 1.0);
        }

        if (f.Company >= 0)
        {
            return (AnswerTable.CompanyTarget(_kb, f.Company), -1, f.Company, 0.9);
        }

        return featured >= 0 ? (featured, featured, -1, 0.85) : (AnswerTable.OverviewTarget(_kb), -1, -1, 0.7);
    }

    /// <summary>
    /// No answer. The verdict names the position or company a hand is raised for, and the one an unanswered question
    /// names: "开生蚝要自己带刀吗", "钢厂是国企不" are about that job or employer even when the knowledge base cannot say;
    /// so is a job's name or number said alone ("9号").
    /// A remark that merely contains a title ("我爸以前就是开公交的", "护士小姐姐好漂亮") is not about that job, nor is a
    /// question about goods or the day (lexicon off-job.txt: "双禾火腿肠超市卖多少钱一根").
    /// </summary>
    private Verdict Unanswered(ref MessageFeatures f, ReadOnlySpan<char> text, bool interest, int interestPosition, MessageLanguage language)
    {
        var named = interest || f.NameAlone || (f.Question && !OffJobTalk.Mentioned(text));
        var position = f.Position >= 0 && named ? f.Position : interest ? interestPosition : -1;
        var company = named && position < 0 && f.Company >= 0 ? f.Company : -1;
        var question = f.Question && !f.Acknowledgement && !interest;
        return new Verdict(Intent.None, PositionId(position), CompanyId(company), null, interest, null, question ? 0.5 : 0.8, question, language);
    }

    /// <summary>
    /// "有纹身可以进X吗" has no cue word, but its detail (纹身) appears in exactly one of the named position's facts
    /// (requirements: "无纹身"); that fact is what is asked. Two facts mentioning it, or none, leave it unanswered.
    /// </summary>
    private (Intent Intent, float Score) DetailIntent(ref MessageFeatures f, ReadOnlySpan<char> text, int target)
    {
        if (target < 0)
        {
            return (Intent.None, 0f);
        }

        var found = Intent.None;
        foreach (var candidate in IntentNames.FactIntents)
        {
            if (!Mentions(text, ref f, FactSource(candidate, target)))
            {
                continue;
            }

            if (found != Intent.None)
            {
                return (Intent.None, 0f);
            }

            found = candidate;
        }

        return found == Intent.None ? (Intent.None, 0f) : (found, 1f);
    }

    private Verdict FaqVerdict(ref MessageFeatures f, FaqMatch faq, bool interest, string? answer, MessageLanguage language) =>
        new(Intent.Faq, PositionId(f.Position), null, _kb.Faq[faq.Entry].Id, interest, answer,
            Math.Round(0.5 + (0.5 * faq.Score * Math.Max(faq.Coverage, 0.5)), 2), false, language);

    /// <summary>
    /// The position or employer a cue-less question can only be about, or -1: named, else on screen, else named by an
    /// everyday word that names no person and does not address the host ("客服要打字多快": found in its facts, the word
    /// names the job; "主播是温州人吗" asks about the host, though the streamer job wants 会温州话).
    /// </summary>
    private int EvidenceTarget(ref MessageFeatures f, int featured) =>
        f.SeveralPositions || f.SeveralCompanies ? -1
        : f.Position >= 0 ? f.Position
        : f.Company >= 0 ? AnswerTable.CompanyTarget(_kb, f.Company)
        : featured >= 0 ? featured
        : f.EverydayPosition >= 0 && !f.EverydayPerson && !f.EverydayAddressesHost && !f.Personal && !f.Chatter ? f.EverydayPosition
        : -1;

    /// <summary>
    /// A question with no cue word whose own words appear in one of its target's facts more fully than in any other asks
    /// that fact: "桌面运维要驻场不" (驻场 is in the location), "系唔系康乐村嗰边" (a village of the address), "司机跑不跑长途"
    /// (the hours say no long-distance runs), "能免费滑雪吗" (免费滑雪 is a benefit; the address names only a 滑雪 resort).
    /// Only content characters count (no name, question, function or cue word); two facts holding equally long runs, or
    /// none holding a bigram, leave it unanswered (weak score: the question itself must be plain). Words of the target's own
    /// names are no evidence: "削椰子危险吗" is not the coconut worker's pay, though the pay note says 削一个椰子.
    /// </summary>
    private (Intent Intent, float Score) EvidenceIntent(ReadOnlySpan<char> text, ReadOnlySpan<byte> content, int target)
    {
        if (target < 0)
        {
            return (Intent.None, 0f);
        }

        // Each fact is scored by the longest run of the message's content found in it; the fact with the strictly longest run
        // is asked ("能免费滑雪吗": 免费滑雪 is in the benefits, only 滑雪 in the resort's address).
        var (found, best, second) = (Intent.None, 0, 0);
        foreach (var candidate in IntentNames.FactIntents)
        {
            var run = LongestRun(text, content, FactSource(candidate, target), _targetNames[target]);
            if (run > best)
            {
                (found, second, best) = (candidate, best, run);
            }
            else if (run > second)
            {
                second = run;
            }
        }

        return best >= 2 && best > second ? (found, 0.5f) : (Intent.None, 0f);
    }

    /// <summary>
    /// The length of the longest run of adjacent content Chinese characters of <paramref name="text"/> found in
    /// <paramref name="source"/>, counting only runs that hold a bigram not in <paramref name="names"/>.
    /// </summary>
    private static int LongestRun(ReadOnlySpan<char> text, ReadOnlySpan<byte> content, string source, string names)
    {
        var longest = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var end = i;
            var ownWord = false;
            while (end + 1 < text.Length && content[end] == ContentMask.Content && content[end + 1] == ContentMask.Content
                && CharMap.IsCjk(text[end]) && CharMap.IsCjk(text[end + 1])
                && source.AsSpan().Contains(text[i..(end + 2)], StringComparison.Ordinal))
            {
                ownWord |= !names.AsSpan().Contains(text.Slice(end, 2), StringComparison.Ordinal);
                end++;
            }

            if (ownWord && end + 1 - i > longest)
            {
                longest = end + 1 - i;
            }
        }

        return longest;
    }

    /// <summary>
    /// Benefits when the message's amount of money is written in its target's benefits and not in its pay texts; else salary.
    /// </summary>
    private Intent MoneyIntent(ref MessageFeatures f, ReadOnlySpan<char> text, int featured)
    {
        var target = EvidenceTarget(ref f, featured);
        if (target < 0)
        {
            return Intent.Salary;
        }

        var amount = text.Slice(f.MoneyStart, f.MoneyLength);
        return WholeNumberIn(FactSource(Intent.Benefits, target), amount) && !WholeNumberIn(FactSource(Intent.Salary, target), amount)
            ? Intent.Benefits : Intent.Salary;
    }

    /// <summary>
    /// The fact of <paramref name="intent"/> for every job named in <paramref name="matches"/> (an employer stands for its
    /// jobs), under their employer's name when they share one; null when fewer than two jobs are named clearly, when jobs
    /// of different employers are named, or when none states it.
    /// </summary>
    private Verdict? NamedTogether(ReadOnlySpan<SpanMatch> matches, Intent intent, bool question, MessageLanguage language)
    {
        var named = new List<int>();
        var jobNamed = false;
        foreach (ref readonly var m in matches)
        {
            // A word that names several jobs at once ("运维" of two) is unclear, not a list.
            var p = _dictionary.Payloads[m.PayloadStart];
            if (!m.Kept || m.PayloadCount > 1 || (p.Flags & TermFlags.Everyday) != 0)
            {
                continue;
            }

            if (p.Kind == TermKind.Position && !named.Contains(p.Index) && !SharedSpan(m, matches))
            {
                named.Add(p.Index);
                jobNamed = true;
            }
            else if (p.Kind == TermKind.Company)
            {
                var id = _kb.Companies[p.Index].Id;
                for (var i = 0; i < _kb.Positions.Length; i++)
                {
                    if (_kb.Positions[i].CompanyId == id && !named.Contains(i))
                    {
                        named.Add(i);
                    }
                }
            }
        }

        if (named.Count < 2)
        {
            return null;
        }

        // Jobs of different employers compared ("2号3号哪个工资高" of a sorter and a guard) are left to the host; employers
        // compared, or the jobs of one, are answered.
        var companyId = _kb.Positions[named[0]].CompanyId;
        var shared = named.TrueForAll(i => _kb.Positions[i].CompanyId == companyId);
        if (jobNamed && !shared)
        {
            return null;
        }

        var company = shared ? _kb.Companies.IndexOf(_kb.Companies.First(c => c.Id == companyId)) : -1;
        var answer = company >= 0 ? _answers.FactOf(intent, named, _kb.Companies[company], language) : _answers.FactOf(intent, named, language);
        return answer is null ? null
            : new Verdict(intent, null, company >= 0 ? companyId : null, null, false, answer, 0.6, question, language);
    }

    /// <summary>True when another kept match of the same span names something else (one word for two jobs).</summary>
    private bool SharedSpan(in SpanMatch m, ReadOnlySpan<SpanMatch> matches)
    {
        foreach (ref readonly var other in matches)
        {
            if (other.Kept && other.Start == m.Start && other.Length == m.Length && other.PayloadStart != m.PayloadStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="number"/> is written in <paramref name="source"/> with no digit beside it.</summary>
    private static bool WholeNumberIn(ReadOnlySpan<char> source, ReadOnlySpan<char> number)
    {
        for (var from = 0; from < source.Length;)
        {
            var at = source[from..].IndexOf(number, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + number.Length;
            if ((at == 0 || !char.IsAsciiDigit(source[at - 1])) && (end == source.Length || !char.IsAsciiDigit(source[end])))
            {
                return true;
            }

            from = end;
        }

        return false;
    }

    /// <summary>True when every detail word of the message appears in <paramref name="source"/>, itself or by another name.</summary>
    private static bool Mentions(ReadOnlySpan<char> text, ref MessageFeatures f, string source)
    {
        var ok = DetailSynonyms.Mentioned(text.Slice(f.Detail1Start, f.Detail1Length), source);
        if (ok && f.Detail2Length > 0)
        {
            ok = DetailSynonyms.Mentioned(text.Slice(f.Detail2Start, f.Detail2Length), source);
        }

        return ok;
    }

    /// <summary>
    /// A named allowance or bonus (<see cref="Allowance"/>) asked like pay is answered by the benefits when they name it
    /// and the pay note does not, or when they state its amount and the pay note only lists it: "偏远补贴一个月多少" when
    /// they say 偏远地区补贴800元/月.
    /// When neither names it, nothing answers its amount ("销售冠军奖是多少钱": <see cref="Intent.None"/>); whether there is
    /// one ("挤奶工有年终奖没") is still answered by the list the cue words choose.
    /// </summary>
    private Intent AllowanceIntent(ReadOnlySpan<char> text, ReadOnlySpan<byte> content, Intent intent, int target, uint asks)
    {
        if (intent is not (Intent.Salary or Intent.Benefits) || target == AnswerTable.OverviewTarget(_kb))
        {
            return intent;
        }

        var qualifier = Allowance.Qualifier(text);
        if (qualifier.GetOffsetAndLength(text.Length).Length == 0)
        {
            return intent;
        }

        var named = text[qualifier];
        var other = intent == Intent.Salary ? Intent.Benefits : Intent.Salary;
        var (own, others) = (FactSource(intent, target), FactSource(other, target));
        var (ownNames, otherNames) = (Allowance.Named(named, own), Allowance.Named(named, others));
        if (!ownNames && !otherNames)
        {
            // "有住房补贴冇" of a driver whose room says 不提供宿舍，每月住房补贴400元: the room and board text answers it.
            if (Allowance.Named(named, FactSource(Intent.RoomBoard, target)))
            {
                return Intent.RoomBoard;
            }

            return (AskClasses.Amount(asks) || !Allowance.IsBonus(text, qualifier)) && Allowance.OwnWord(qualifier, content) ? Intent.None : intent;
        }

        // A benefits answer names what its pay note adds (FactTexts), so only pay moves.
        if (intent == Intent.Benefits)
        {
            return intent;
        }

        var benefitsStateIt = Allowance.AmountStated(named, others) && !Allowance.AmountStated(named, own);
        return !ownNames || benefitsStateIt ? Intent.Benefits : intent;
    }

    /// <summary>
    /// A detail asked of no job ("有冇夫妻房"): the positions whose facts mention it, listed as the overview lists them; null
    /// when none does.
    /// </summary>
    private string? DetailOverview(ReadOnlySpan<char> text, ref MessageFeatures f, Intent intent, MessageLanguage language)
    {
        List<int>? found = null;
        for (var p = 0; p < _kb.Positions.Length; p++)
        {
            if (Mentions(text, ref f, FactSource(intent, p)))
            {
                (found ??= []).Add(p);
            }
        }

        return found is null ? null : _answers.FactOf(intent, found, language);
    }

    /// <summary>The normalised text an answer of <paramref name="intent"/> about a position or employer target is drawn from.</summary>
    private string FactSource(Intent intent, int target) => _normalizedFacts[((int)intent * _factTargets) + target];

    private string? PositionId(int index) => index >= 0 ? _kb.Positions[index].Id : null;

    private string? CompanyId(int index) => index >= 0 ? _kb.Companies[index].Id : null;
}
