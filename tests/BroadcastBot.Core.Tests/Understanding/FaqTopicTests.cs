using BroadcastBot.Core.Understanding;
using BroadcastBot.Core.Understanding.Faq;
using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// FAQ topics (lexicon faq-topics.txt): a paraphrase finds its entry though it shares no character bigram with the
/// entry's examples, and the session's own place names or a job's name never make a topic.
/// </summary>
public sealed class FaqTopicTests
{
    [Theory]
    [InlineData("hefei-blind", "是不是骗人的 要不要钱", "fees")]
    [InlineData("jingdezhen-blind", "从广东回来有补贴吗", "return-subsidy")]
    [InlineData("taian-blind", "在济南干了十年了 想回莱芜 有啥政策没", "return-subsidy")]
    [InlineData("yueyang-blind", "报名要交钱不咯", "fees")]
    [InlineData("yueyang-blind", "is this job fair free?", "fees")]
    [InlineData("yueyang-blind", "报名了好久有电话来", "interview")]
    [InlineData("wenshan-blind", "报名押金好多", "fees")]
    [InlineData("zibo-blind", "小风车在哪 俺咋找不着", "how-to-apply")]
    [InlineData("pingxiang-blind", "报名是点哪里啊 找了半天冇找到", "how-to-apply")]
    [InlineData("jinzhong-blind", "没有铲车证咋办，能免费考不", "free-training")]
    [InlineData("shangqiu-blind", "back from Zhejiang, any subsidy for returnees?", "returnee-subsidy")]
    [InlineData("xian-blind", "要不要给介绍费", "fees")]
    [InlineData("chongqing-blind", "下次直播啥时候", "replay")]
    [InlineData("kunshan-blind", "今天没看全 下回几点开播", "replay")]
    [InlineData("chengdu-blind", "有回放没", "replay")]
    // The next stream asked with 直播 after the question word; 面式 typed for 面试; how long until they call.
    [InlineData("zhenjiang-blind", "下次什么时候直播", "replay")]
    [InlineData("daxinganling-blind", "面式要去现场吗", "interview")]
    [InlineData("loudi-blind", "投了多久会通知啊", "interview")]
    // The entry's own topic decides, though the viewer tells a shift of their own.
    [InlineData("yichunhlj-blind", "回放在哪看 我上夜班老错过o(╥﹏╥)o", "replay")]
    [InlineData("foshan-blind", "收唔收费㗎", "fees")]
    [InlineData("dongguan-blind", "车票钱谁出啊", "pickup")]
    [InlineData("mianyang-blind", "钳工证在哪里考", "training")]
    [InlineData("mianyang-blind", "bt咋个领", "subsidy")]
    [InlineData("tianjin-blind", "没有叉车证 能免费学不", "free-training")]
    [InlineData("nantong-blind", "will I get paid on time", "wage-guarantee")]
    [InlineData("wuxi-blind", "要先交啥钱伐", "fees")]
    [InlineData("luohe-blind", "怎么报名啊 找半天找不着地方", "how-to-apply")]
    // 报名 mistyped by sound.
    [InlineData("aronqi-blind", "咋报命啊？？", "how-to-apply")]
    [InlineData("wuzhong-blind", "怎么报铭啊", "how-to-apply")]
    [InlineData("liupanshui-blind", "面是在哪里", "interview")]
    [InlineData("xunwu-blind", "什么时候面视", "interview")]
    // Hakka 仰般 (how).
    [InlineData("xunwu-blind", "返乡补贴仰般领", "returnee-subsidy")]
    // Jianghuai 可有 (is there).
    [InlineData("jinzhai-blind", "我是脱贫户 可有补贴", "employment-subsidy")]
    // Jin 多会儿 (when).
    [InlineData("liangcheng-blind", "下一场多会儿播", "replay")]
    // A bare "how" right after signing up asks how to sign up.
    [InlineData("mishan-blind", "刚才那个烘干的我想报 咋整", "how-to-apply")]
    [InlineData("yichun-blind", "我全都想报 怎么弄", "how-to-apply")]
    // A travel allowance no job's benefits state is the subsidy entry's, not every job's benefits.
    [InlineData("qujing-blind", "有交通补贴吗", "travel-subsidy")]
    // 网上 is online, not a network detail; 整半天 is a long while, not half-day hours.
    [InlineData("baoji-blind", "要交钱不？？之前在网上被骗过", "fees")]
    [InlineData("huludao-blind", "咋报名啊 整半天没整明白😂", "how-to-apply")]
    [InlineData("shaoxing-blind", "身份证要押伐", "fees")]
    // Cantonese where (喺边度) to sign up asks how to apply; 有冇人接 is 有没有人接 (a pickup).
    [InlineData("heyuan-blind", "点样喺边度报名啊主播", "how-to-apply")]
    [InlineData("heyuan-blind", "到河源东站有冇人接", "pickup")]
    // Nobody has phoned since signing up: the interview entry.
    [InlineData("anqing-blind", "我报了名 咋还冇人打电话", "interview")]
    // Whether someone teaches a novice: the training entry.
    [InlineData("changzhi-blind", "没下过井，有人教不", "training")]
    // Oxygen on the plateau, a language by its English name, a government grant.
    [InlineData("nyingchi-blind", "do they provide oxygen in the dorms?", "altitude")]
    [InlineData("nyingchi-blind", "Do I have to speak Tibetan?", "language")]
    [InlineData("dandong-blind", "考天车证政府给补贴不", "subsidies")]
    // Cantonese 两公婆 is a couple.
    [InlineData("baise-blind", "两公婆一起去可以吗", "group-signup")]
    // How to get there, and a vehicle that takes one.
    [InlineData("zhaotong-blind", "去浙江咋个去 有车不", "transport")]
    [InlineData("jiaozuo-blind", "恁些厂 有没有车送过去嘞", "transport")]
    // Whether the fair is an agency that charges.
    [InlineData("zhumadian-blind", "恁这是正规的不是啊，别是中介吧", "fees")]
    // Cantonese whether the stream is on tomorrow.
    [InlineData("shanwei-blind", "听日仲播唔播", "replay")]
    // Sichuan and Yunnan 有莫得 asks; Cantonese 睇得返 is watching again.
    [InlineData("baoshan-blind", "政府有莫得补贴 我家是脱贫户", "subsidies")]
    [InlineData("fangchenggang-blind", "今日啲岗位喺边度睇得返", "replay")]
    // Whether there is another stream tomorrow.
    [InlineData("shenmu-blind", "今天就到这？明天还有没", "replay")]
    // A call awaited after signing up; a ride asked in Gan (有冇车接); a fee asked in south-western 要好多.
    [InlineData("puyang-blind", "前天报名了 咋还没人给俺打电话", "interview")]
    [InlineData("guilin-blind", "刚扫码投了水手，几时有人联系", "interview")]
    [InlineData("jian-blind", "面试那天新余北站有冇车接", "transport")]
    [InlineData("chuxiong-blind", "报名费要好多", "fees")]
    // A ride is not the fare: the pickup entry, not the outside applicants' entry that refunds the fare; the fare still
    // finds the entry whose examples only ask about a ride.
    [InlineData("chengde-blind", "接站要提前约吗", "pickup")]
    [InlineData("hami-blind", "从乌鲁木齐过去 有人接站不", "transport")]
    [InlineData("dongying-blind", "从滨州站过去有车接不", "transport")]
    [InlineData("weifang-blind", "路费报不报", "outside-applicants")]
    // The entry's own topic word decides, though a job is named and the entry's examples ask when, not where.
    [InlineData("hanzhong-blind", "回放在哪看 刚才数控那个没听到", "replay")]
    // How to sign up said short, where the clause ends (Hubei 么样); the same words before 销 ask about a refund.
    [InlineData("xiantao-blind", "我想报后道 么样报", "how-to-apply")]
    [InlineData("xiantao-blind", "怎么报啊", "how-to-apply")]
    [InlineData("xiantao-blind", "车费咋报", "transport")]
    [InlineData("hanzhong-blind", "在哪报名 急！！！", "how-to-apply")]
    // Thanks to the host (Hubei 哒) are no detail the replay entry must mention.
    [InlineData("xiantao-blind", "主播辛苦哒 下回么时候播", "replay")]
    // The car that picks one up.
    [InlineData("ulanqab-blind", "乌兰察布站有接的车不？坐高铁过去", "transport")]
    // Asked to send the sign-up link: a request is a question.
    [InlineData("baicheng-blind", "报名链接发一下", "how-to-apply")]
    // Where to sign up, said short, after a job named.
    [InlineData("hengshui-blind", "俺想报织网 在哪报", "how-to-apply")]
    [InlineData("tangshan-blind", "我要正面吊 在哪报", "how-to-apply")]
    // Year-round work is the seasonal entry's other side.
    [InlineData("huma-blind", "哪些活是常年的", "seasonal")]
    // Where the viewer is from stands aside for the topic asked; alone it is the outside-applicants entry.
    [InlineData("cangzhou-blind", "沧州户口有补贴没", "subsidies")]
    [InlineData("ledong-blind", "不是乐东户口有补贴吗", "subsidies")]
    [InlineData("zhenjiang-blind", "外省的路费报不报", "outside-applicants")]
    // When the bus leaves is a ride, though 几号发 inside it asks a payday.
    [InlineData("sangzhi-blind", "几号发车", "transport")]
    [InlineData("wushan-blind", "去重庆有车子送没得", "transport")]
    // How much must be paid, asked of the sign-up fee.
    [InlineData("longsheng-blind", "报名费要交好多", "fees")]
    // 压金 and 面事 typed for 押金 and 面试; Chongqing and west Hubei 啷个 (how).
    [InlineData("laifeng-blind", "是不是要交压金", "fees")]
    [InlineData("zhenxiong-blind", "好久面事嘛", "interview")]
    [InlineData("laifeng-blind", "啷个报名哦", "how-to-apply")]
    // When they call after one has applied.
    [InlineData("hami-blind", "投了以后多久打电话", "interview")]
    // What to bring, asked in dialect.
    [InlineData("hangzhou-blind", "入职要带啥证件", "documents")]
    [InlineData("kunming-blind", "入职要带哪样", "documents")]
    // Where the list of jobs stays to be read.
    [InlineData("dehong-blind", "岗位会一直挂着不 我下班再看", "replay")]
    [InlineData("youyang-blind", "屏幕太小了 岗位表在哪里看", "replay")]
    public void Classify_ParaphraseOfAnEntry_GetsTheEntry(string session, string text, string faq)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq, text);
        verdict.FaqId.ShouldBe(faq, text);
    }

    [Theory]
    [InlineData("沈阳的房子现在多少钱一平")]
    [InlineData("谁有沈阳到铁岭的顺风车")]
    public void Classify_OnlyTheSessionsOwnPlaceShared_StaysSilent(string text)
    {
        // The outside-applicants entry has the example "不是沈阳的可以吗": 沈阳 is where most of the jobs are, not a topic.
        var verdict = TestSessions.Of("shenyang-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_HowAfterSomethingToldBetweenItAndTheSignUp_IsNotHowToApply()
    {
        // 咋整 asks what to do without the certificate, told after the sign-up.
        var verdict = TestSessions.Of("jinan-blind").Classify("俺想报焊工 但是木有证 咋整", null);

        verdict.FaqId.ShouldBeNull();
    }

    [Fact]
    public void Classify_TopicWordInsideAJobName_IsNotThatTopic()
    {
        // 直播 (the next broadcast) inside 直播带货 (a livestream sales job).
        var verdict = TestSessions.Of("chongzuo-blind").Classify("直播带货要会讲壮话吗", null);

        verdict.FaqId.ShouldNotBe("replay");
        verdict.PositionId.ShouldBe("gg-host");
    }

    [Fact]
    public void Find_TermInsideALongerTerm_KeepsOnlyTheLonger()
    {
        var hits = Find("体检费谁出");

        // 体检费 (the medical check's fee: that topic, and weakly a fee) hides the 体检 inside it; 谁出 is a weak fee term.
        hits.Select(h => (h.Start, h.Length, h.Weak)).ShouldBe([(0, 3, true), (0, 3, false), (3, 2, true)], ignoreOrder: true);
        var medical = hits.Single(h => !h.Weak).Topic;
        var fee = hits.Single(h => h.Start == 3).Topic;
        medical.ShouldNotBe(fee);
        hits.Single(h => h.Start == 0 && h.Weak).Topic.ShouldBe(fee);
        Find("体检").Single().Topic.ShouldBe(medical);
    }

    [Fact]
    public void Find_EnglishTermInsideAWord_IsNotFound()
    {
        Find("the feedback was good").ShouldBeEmpty();
        Find("is there a fee").Length.ShouldBe(1);
    }

    [Fact]
    public void Find_ProvinceWhereTheSessionsJobsAre_IsNoTopic()
    {
        // "新疆的能来吗" asks whether outsiders may come, unless the jobs are in Xinjiang (a cotton-picking session).
        Find("新疆的能来吗").Length.ShouldBe(1);
        Find("新疆的能来吗", sessionPlaces: "新疆塔城地区沙湾市").ShouldBeEmpty();
    }

    [Fact]
    public void Classify_CanIApplyFromElsewhere_IsTheOutsideApplicantsEntryNotHowToApply()
    {
        var verdict = TestSessions.Of("foshan-blind").Classify("I'm from Hunan, can I apply?", null);

        verdict.FaqId.ShouldBe("outside-applicants");
    }

    private static TopicHit[] Find(string text, string sessionPlaces = "")
    {
        var normalized = TextNormalizer.Default.Normalize(text);
        var hits = new TopicHit[FaqTopics.MaxHits];
        var count = FaqTopics.Find(normalized, ReadOnlySpan<SpanMatch>.Empty, [], sessionPlaces, hits);
        return hits[..count];
    }

    [Theory]
    [InlineData("新疆现在冷不冷啊")]
    [InlineData("新疆那边信号好不 能刷抖音不")]
    public void Classify_ProvinceWhereTheJobsAre_IsNoOutsideApplicantQuestion(string text)
    {
        var verdict = TestSessions.Of("dingxi-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
    }

    [Theory]
    [InlineData("楼上骗子 别信")]
    [InlineData("网上招聘都是骗人的吧 谁信谁傻")]
    [InlineData("刚才那个电话打不通 骗子吧")]
    public void Classify_ScamTalkWithNoMoney_IsNotTheFeesEntry(string text)
    {
        // 骗子 alone is chatter about scams; only money (交钱, 押金, 骗钱) asks what the fair charges.
        var verdict = TestSessions.Of("hefei-blind").Classify(text, null);

        verdict.FaqId.ShouldBeNull(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("liaocheng-blind", "外地嘞住哪", "peony-grafter")]
    [InlineData("suining-blind", "本地人可以不住厂里头吗", "tc-packer")]
    public void Classify_StrongCueTheEntryNeverSpeaksOf_AsksTheJobsFacts(string session, string text, string featured)
    {
        // The outside-applicants entry shares 外地 or 本地, but its answer says nothing of housing: 住哪 asks the job's room.
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.RoomBoard, text);
        verdict.PositionId.ShouldBe(featured, text);
    }

    [Theory]
    [InlineData("开货车 油费自己出吗", null, Intent.Benefits)]
    [InlineData("水电要自己出吗", "konggang-sorter", Intent.RoomBoard)]
    public void Classify_WhoPaysForAThingTheFactsName_IsNotTheFeesEntry(string text, string? featured, Intent intent)
    {
        // 自己出 (who pays) is a weak fee term: it finds the fees entry only when nothing else answers.
        var verdict = TestSessions.Of("wuhan-blind").Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
    }

    [Theory]
    [InlineData("萃取工有津贴没", "re-smelter")]
    [InlineData("行车工夜班有补助没", "steel-crane")]
    public void Classify_AllowanceOfAJob_IsABenefitNotTheHiringSubsidy(string text, string position)
    {
        var verdict = TestSessions.Of("hohhot-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Benefits, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Fact]
    public void Classify_FeeQuestionWithASignUpWord_IsTheFeesEntry()
    {
        // "sign up" is an interest word: it never decides between two entries found equally whole.
        var verdict = TestSessions.Of("guiyang-blind").Classify("do I have to pay anything to sign up", null);

        verdict.FaqId.ShouldBe("fees");
    }

    [Fact]
    public void Classify_AnotAWithheldWages_IsThePaydayEntry()
    {
        var verdict = TestSessions.Of("fujian-blind").Classify("鞋厂押不押工资？之前在石狮被押了两个月", null);

        verdict.FaqId.ShouldBe("payday");
    }

    [Fact]
    public void Classify_TopicAskedByAWeakWordAndARealOne_IsThatTopicsEntry()
    {
        // "要钱" only says a cost is asked; "收费" names the fees topic outright, so the key is a real topic, not a weak one.
        var verdict = TestSessions.Of("wenzhou-blind").Classify("要钱不？报名收费不", null);

        verdict.FaqId.ShouldBe("fees");
    }

    [Theory]
    [InlineData("ningbo-blind", "云南昭通的老乡在不在")]
    [InlineData("ningxia-blind", "我今年45了 以前在内蒙古煤矿干过井下电工 东泰的电工我能不能去 家就在灵武")]
    public void Classify_HomeProvinceMentionedInPassing_IsNoOutsideApplicantQuestion(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.FaqId.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("ningbo-blind", "贵州的能来伐")]
    [InlineData("hohhot-blind", "我在河北 过去有路费报销不")]
    public void Classify_HomeProvinceThatIsTheQuestion_IsTheOutsideApplicantsEntry(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.FaqId.ShouldBe("outside-applicants", text);
    }

    [Theory]
    [InlineData("mianyang-blind", "我是广元的 能报不")]
    [InlineData("yancheng-blind", "我在苏州 能报吗")]
    [InlineData("daqing-blind", "我是绥化的 能报不")]
    [InlineData("ningxia-blind", "开大车的 内蒙的能报不")]
    [InlineData("nantong-blind", "伲是盐城的 可以报么")]
    public void Classify_TownTheViewerIsFrom_AsksTheOutsideApplicantsEntry(string session, string text)
    {
        // None of these towns is in a lexicon: the frame "我是X的 能报不" says X is where the viewer lives (home.txt).
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq, text);
        verdict.FaqId.ShouldBe("outside-applicants", text);
    }

    [Theory]
    [InlineData("linyi-blind", "留指甲的行不行", "yizhou-packer")]
    [InlineData("yancheng-blind", "我会烧淮扬菜 能去当厨师吗", null)]
    public void Classify_ViewerDescribedNotPlaced_IsNoOutsideApplicant(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.FaqId.ShouldNotBe("outside-applicants", text);
    }
}
