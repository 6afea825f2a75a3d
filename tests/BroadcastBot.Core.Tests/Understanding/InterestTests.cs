using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Spec: "扣1", "+1", "1"/"111" in reply to the host's call, "想去", "报名X", "我要X", "interested in X".</summary>
public class InterestTests
{
    private static readonly MessageClassifier Classifier = TestSessions.Sample;

    [Theory]
    [InlineData("1")]
    [InlineData("111")]
    [InlineData("扣1")]
    [InlineData("扣一")]
    [InlineData("扣1扣1")]
    [InlineData("扣个1")]
    [InlineData("扣个1先")]
    [InlineData("扣1了")]
    [InlineData("帮她扣个1")]
    [InlineData("我跟我姐两个人一起报 +2")]
    [InlineData("我替他扣个1")]
    [InlineData("kou1")]
    [InlineData("+1")]
    [InlineData("＋１")]
    [InlineData("我想去")]
    [InlineData("报名")]
    [InlineData("算我一个")]
    [InlineData("sign me up")]
    [InlineData("冲了冲了")]
    public void Classify_ReplyToHostsCall_IsInterestInFeatured(string text)
    {
        var verdict = Classifier.Classify(text, "ruida-cnc");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("ruida-cnc");
        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("报名3号", "food-operator")]
    [InlineData("我要报名质检", "food-qc")]
    [InlineData("我想去5号", "ruida-electrician")]
    [InlineData("interested in the forklift job", "food-forklift")]
    [InlineData("I want to be a streamer", "yunda-host")]
    [InlineData("3号扣1", "food-operator")]
    [InlineData("5号+1", "ruida-electrician")]
    public void Classify_InterestNamingAPosition_IsInterestInIt(string text, string position)
    {
        var verdict = Classifier.Classify(text, "ruida-cnc");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe(position);
    }

    [Theory]
    [InlineData("666")]
    [InlineData("888")]
    [InlineData("2")]
    [InlineData("3号")]
    [InlineData("工资多少")]
    [InlineData("怎么报名")]
    [InlineData("我想问一下工资")]
    [InlineData("不想去")]
    [InlineData("how can I apply?")]
    [InlineData("香油 给我来两瓶")]
    [InlineData("报名费要好多")]
    public void Classify_ApplauseOrQuestion_IsNotInterest(string text)
    {
        Classifier.Classify(text, "ruida-cnc").Interest.ShouldBeFalse();
    }

    [Fact]
    public void Classify_AcknowledgementWithNothingFeatured_IsNotInterest()
    {
        var verdict = Classifier.Classify("扣1", null);

        verdict.Interest.ShouldBeFalse();
        verdict.PositionId.ShouldBeNull();
    }

    [Theory]
    // A condition, then the wish: 俺就去 (俺 reads 我).
    [InlineData("sample", "电工多少钱 我想去", Intent.Salary, "ruida-electrician")]
    [InlineData("panjin-blind", "压砖工包吃不 包吃俺就去", Intent.RoomBoard, "jinmei-press")]
    [InlineData("yunfu-blind", "铲车食住全包吗 包就去", Intent.RoomBoard, "yunfeng-loader")]
    [InlineData("sample", "叉车一个月多少钱 合适我就报", Intent.Salary, "food-forklift")]
    // Where the form is filled in is how to sign up.
    [InlineData("huainan-blind", "我要报标注员，在哪填", Intent.Faq, "hy-annotator")]
    // Cantonese 睇中 (took a fancy to) before a job, then how to sign up.
    [InlineData("longnan-blind", "我睇中咗11号，点报名", Intent.Faq, "xd-smt")]
    // A wish right before 报名 declares the sign-up; it does not ask how (the how-to-apply entry shares 报名).
    [InlineData("dalian-blind", "集卡司机一个月真能干到一万五？我要报名", Intent.Salary, "gt-truck")]
    public void Classify_QuestionAndInterest_AnswersAndRecordsBoth(string session, string text, Intent intent, string position)
    {
        var verdict = (session == "sample" ? Classifier : TestSessions.Of(session)).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("baishan-blind", "1号2号都想去 能报俩不")]
    [InlineData("binzhou-blind", "6号7号都想报 能报两个吗")]
    public void Classify_WishForTwoNamedJobs_IsInterestInNeither(string session, string text)
    {
        // Which of the two is meant is not told, so nothing is answered and no position is given; the wish still counts.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_Spam_IsNeitherAnsweredNorInterest()
    {
        var verdict = Classifier.Classify("加我微信 我要 日结工作 http://t.cn/x", "food-qc");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Interest.ShouldBeFalse();
        verdict.IsQuestion.ShouldBeFalse();
    }

    [Theory]
    [InlineData("想开货车", "sj-driver")]
    [InlineData("want to join #10", "xh-cs")]
    [InlineData("报名服务员 有宿舍不", "yw-waiter")]
    [InlineData("我也要报 8号", "yw-waiter")]
    public void Classify_WantsANamedJob_IsInterestInIt(string text, string position)
    {
        var verdict = TestSessions.Of("dongguan-blind").Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("卖脐橙吗 我要买两箱 寄到杭州")]
    [InlineData("面试要去哪里面")]
    [InlineData("主播几点下播 我要回嘎烧饭了")]
    [InlineData("有回放没得 我九点要去接娃儿")]
    [InlineData("我要接送娃娃 上班时间咋个样")]
    [InlineData("拜拜 俺去喝汤了")]
    public void Classify_BuyingOrGoingSomewhereElse_IsNoInterest(string text)
    {
        TestSessions.Of("shangrao-blind").Classify(text, null).Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("要去现场面试不", false)]
    [InlineData("讲解员我想去，要去现场面试不", true)]
    [InlineData("我去过泰山 冷得很", false)]
    [InlineData("谢谢主播 已报名 等电话", false)]
    [InlineData("能不能拿回家做 我要带孙子", false)]
    public void Classify_GoingToTheInterviewVenue_IsNoWishOfItsOwn(string text, bool interest)
    {
        TestSessions.Of("taian-blind").Classify(text, null).Interest.ShouldBe(interest, text);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<a href='http://xx.cc/hb'>1</a>")]
    public void Classify_MarkupWithAOne_IsNoCallAndNoAnswer(string text)
    {
        // Injected HTML is no viewer's words: its 1 answers no call for the job on screen.
        var verdict = TestSessions.Of("zhouning-blind").Classify(text, "steel-crane");

        verdict.Interest.ShouldBeFalse(text);
        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    // 要去 in a clause that asks is whether one must go; told, or beside a wish, it is one.
    [InlineData("subei-blind", "面式在阿达面 要去县城么", false)]
    [InlineData("shiqu-blind", "面试在哪面 要去县里不", false)]
    [InlineData("shiqu-blind", "讲解员古城那边也要去吗", false)]
    [InlineData("shiqu-blind", "我要去挖机 有宿舍吗", true)]
    [InlineData("shiqu-blind", "7号我要去", true)]
    // Going to have fun is no wish for a job.
    [InlineData("zhangjiajie-blind", "凤凰古城好玩不 五一想克耍", false)]
    [InlineData("danzhai-blind", "古镇晚上有篝火晚会不 想去耍", false)]
    [InlineData("zhijiang-blind", "卖鸭子的老板在不在 我要批发100只", false)]
    // Coming as a tourist.
    [InlineData("menyuan-blind", "主播那个民宿能住人么 我想来旅游", false)]
    public void Classify_MustOneGoAskedOrGoingToPlay_IsNoWish(string session, string text, bool interest)
    {
        TestSessions.Of(session).Classify(text, null).Interest.ShouldBe(interest, text);
    }

    [Theory]
    [InlineData("wenshan-blind", "报名#10 A2本有了 从业资格证要不要", "bianmao-driver")]
    [InlineData("jingzhou-blind", "报名护工 我今年52 要不要", "care-escort")]
    public void Classify_SignUpForANamedJobThatAsksOn_AnswersTheRequirements(string session, string text, string position)
    {
        // 报名 signs up for the job after it; it does not ask how to sign up.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Fact]
    public void Classify_SignUpForANamedJobThatAsksWhere_AnswersHowToApply()
    {
        var verdict = TestSessions.Of("xiangyang-blind").Classify("报名纺纱 在哪里填表", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.Interest.ShouldBeTrue();
    }

    [Theory]
    // A licence or a child's schooling told beside the wish asks nothing about the requirements.
    [InlineData("zhangzhou-blind", "I have a loader license, want the test driver job", "juli-test-driver")]
    [InlineData("tianshui-blind", "我女子大专旅游管理的 想让她去前台", "yunqi-frontdesk")]
    // Signing up someone else; a skill bragged about before the sign-up ("啥都会整" asks nothing).
    [InlineData("jiyuan-blind", "俺老公开铲车嘞 他不会打字 俺替他报了", "jifeng-loader")]
    [InlineData("qinhuangdao-blind", "俺就是做海鲜的，皮皮虾梭子蟹啥都会整，10号报名！", "jsw-chef")]
    // Applied already through the code (投了, 已投), right before the job.
    [InlineData("xinyu-blind", "我投了前台 等电话", "yunqi-frontdesk")]
    [InlineData("suining-blind", "谢谢主播 已经扫码投了兽医🙏", "sf-vet")]
    // Traditional 報 and 飼.
    [InlineData("lintao-blind", "我要報名飼養員", "cattle-keeper")]
    public void Classify_WishWithSomethingTold_IsInterestWithoutAnAnswer(string session, string text, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_CantoneseWishToTry_IsInterestInTheNamedJob()
    {
        var verdict = TestSessions.Of("beihai-blind").Classify("第三个我想试下", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("haihui-tech");
    }

    [Theory]
    [InlineData("扣1 问下包住吗", true)]
    [InlineData("+1 几点上班", true)]
    [InlineData("me too +1", true)]
    [InlineData("扣1的人多吗", false)]
    public void Classify_CallAnsweredThenAQuestion_IsInterestInTheFeaturedPosition(string text, bool interest)
    {
        var verdict = TestSessions.Of("shangshui-blind").Classify(text, "hengyuan-press");

        verdict.Interest.ShouldBe(interest, text);
    }

    [Theory]
    [InlineData("分级工扣1 顺便问下有没得全勤奖", "qiyuan-grader")]
    [InlineData("我在东莞饭店炒了五年菜 想回来了 8号扣1", "changyi-cook")]
    [InlineData("想克苹果园摘苹果 包吃不", "hongguo-picker")]
    public void Classify_CallInsideALongerMessageOrDialectGo_IsInterestInTheJobNamed(string text, string position)
    {
        // 想回来了 is coming home, not arriving in the stream (来了); south-western 克 is 去.
        var verdict = TestSessions.Of("qujing-blind").Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("qujing-blind", "化工厂危险不哦 我媳妇不让我去", null)]
    [InlineData("qujing-blind", "扣1是啥意思", "hongguo-picker")]
    [InlineData("huaihua-blind", "落雨天也要摘啊？", "orange-picker")]
    [InlineData("jinhua-blind", "采菇下雨天也要干伐", null)]
    [InlineData("enshi-blind", "哈哈哈 楼上的想当导游", null)]
    [InlineData("enshi-blind", "面试要克恩施城里吗 我在鹤峰", null)]
    // A crowd signing up is what others do.
    [InlineData("bazhong-blind", "好多人报名哦 加油加油💪", null)]
    public void Classify_ForbiddenAskingWhatTheCallMeansOrMustOne_IsNoInterest(string session, string text, string? featured)
    {
        TestSessions.Of(session).Classify(text, featured).Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("搞卫生我做得来，加1", "yungu-housekeeping")]
    [InlineData("包鞭炮我在行，报一个", "hongyan-packer")]
    public void Classify_CallAsAddOneOrSignUpForOne_IsInterestInTheFeaturedPosition(string text, string featured)
    {
        var verdict = TestSessions.Of("yichun-blind").Classify(text, featured);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(featured, text);
    }

    [Fact]
    public void Classify_ShaanxiPronounWish_IsInterestInTheFeaturedPosition()
    {
        // Shaanxi 额 is 我; it is not mapped as a character, since it is also 金额.
        var verdict = TestSessions.Of("baoji-blind").Classify("额要报这个", "hanyuan-rice");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("hanyuan-rice");
    }

    [Fact]
    public void Classify_DialectPronoun_ReadsAsI()
    {
        var verdict = TestSessions.Of("shangshui-blind").Classify("俺要干焊工", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("hengyuan-welder");
    }

    [Fact]
    public void Classify_ErrandWithGoing_IsNoInterest()
    {
        var verdict = TestSessions.Of("kunshan-blind").Classify("下午3点还要去接娃", null);

        verdict.Interest.ShouldBeFalse();
    }

    [Fact]
    public void Classify_SignUpWithBaoGe_IsInterestWithoutAnAnswer()
    {
        var verdict = TestSessions.Of("shijiazhuang-blind").Classify("俺是女的 打字还行 报个客服", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("xincheng-cs");
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_RollCall_IsNoSignUp()
    {
        var verdict = TestSessions.Of("wuhan-blind").Classify("来了来了 孝感的报个到🙋‍♀️", null);

        verdict.Interest.ShouldBeFalse();
    }

    [Fact]
    public void Classify_BothOfUsSignUp_IsInterestInTheNamedJob()
    {
        var verdict = TestSessions.Of("xinjiang-blind").Classify("6号 我和媳妇都报", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("tomato-line-worker");
    }

    [Theory]
    [InlineData("7号7号7号", "ct-loader")]
    [InlineData("5号 5号", "ct-truck")]
    public void Classify_PositionCalledOutAgainAndAgain_IsInterestInIt(string text, string position)
    {
        var verdict = TestSessions.Of("lanzhou-blind").Classify(text, "ct-loader");

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("7号")]
    [InlineData("7号8号")]
    [InlineData("7号7号工资多少")]
    public void Classify_PositionNamedOnceOrWithMore_IsNoCallOut(string text)
    {
        var verdict = TestSessions.Of("lanzhou-blind").Classify(text, null);

        verdict.Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("报叉车", "food-forklift")]
    [InlineData("选3号", "food-operator")]
    [InlineData("报#3 我和我媳妇俩人", "food-operator")]
    public void Classify_SignUpOrChoiceRightBeforeAJob_IsInterestInIt(string text, string position)
    {
        var verdict = Classifier.Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("大专能报叉车不")]
    [InlineData("选哪个好")]
    public void Classify_SignUpWordThatDoesNotOpenACall_IsNoInterest(string text)
    {
        Classifier.Classify(text, null).Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("9号", "xinling-mill")]
    [InlineData("9号", null)]
    public void Classify_JobNumberAlone_NamesIt(string text, string? featured)
    {
        var verdict = TestSessions.Of("yantai-blind").Classify(text, featured);

        verdict.PositionId.ShouldBe("xinling-mill");
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_OnesThenAQuestion_IsInterestAndAnAnswer()
    {
        var verdict = TestSessions.Of("yancheng-blind").Classify("1111 几点上班", "haifeng-grinder");

        verdict.Interest.ShouldBeTrue();
        verdict.Intent.ShouldBe(Intent.Hours);
        verdict.PositionId.ShouldBe("haifeng-grinder");
    }

    [Theory]
    [InlineData("@盐城小马 你不是想去汽车厂吗 快看")]
    [InlineData("@小芳 侬也在看啊 工资多少")]
    public void Classify_TalkToAnotherViewer_IsNeitherAnsweredNorInterest(string text)
    {
        var verdict = TestSessions.Of("yancheng-blind").Classify(text, "yanyue-assembly");

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Interest.ShouldBeFalse(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_QuestionToTheHostByMention_IsAnswered()
    {
        var verdict = TestSessions.Of("yancheng-blind").Classify("@主播 工资多少", "yanyue-assembly");

        verdict.Intent.ShouldBe(Intent.Salary);
    }

    [Fact]
    public void Classify_RemarkThenOne_IsInterestWithoutAnAnswer()
    {
        var verdict = TestSessions.Of("baotou-blind").Classify("这个好 双休 1", "truck-testdriver");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("truck-testdriver");
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_NorthEasternWishToDoAJob_IsInterestWithoutAnAnswer()
    {
        // 整 is "do" in the north-east; 挣点钱 tells why, it asks no pay.
        var verdict = TestSessions.Of("harbin-blind").Classify("想整个季节工干干 过年前挣点钱", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("park-seasonal");
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_HostileRunOfMentions_IsReadAsMentionsOfTheHost()
    {
        // 20,000 mentions with no space between them: each name ends at the next @, so the run is read once. (The
        // classifier reads only the start of a huge message, so the question comes first.)
        var text = "工资多少 " + string.Concat(Enumerable.Repeat("@主播", 20_000));
        var verdict = TestSessions.Of("yancheng-blind").Classify(text, "yanyue-assembly");

        verdict.Intent.ShouldNotBe(Intent.None);
    }

    [Fact]
    public void Classify_MentionBeyondWhatIsRead_DoesNotSilenceTheQuestion()
    {
        // The classifier reads the first 256 characters; a mention after them is never seen, like the rest.
        var text = "工资多少 " + new string('啊', 300) + " @小芳";
        var verdict = TestSessions.Of("yancheng-blind").Classify(text, "yanyue-assembly");

        verdict.Intent.ShouldBe(Intent.Salary);
    }

    [Fact]
    public void Classify_ViewerMentionedAfterTheHost_IsTalkBetweenViewers()
    {
        var verdict = TestSessions.Of("yancheng-blind").Classify("@主播@小芳 你看这个", "yanyue-assembly");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Interest.ShouldBeFalse();
    }

    [Theory]
    // An everyday word that names a job (司机, 包装) answers the host's call for it; so does 报了 before a job.
    [InlineData("zhumadian-blind", "司机扣1", "yl-reefer-driver")]
    [InlineData("yaan-blind", "扣个1 包装", "hotpot-packing")]
    [InlineData("dazhou-blind", "報了技術員，等電話", "herb-tech")]
    // A sign-up before a job's number that does not open the message.
    [InlineData("guilin-blind", "我和我妈两个人报5号", "jingui-picker")]
    public void Classify_CallOrSignUpWithAnEverydayOrPlainName_IsInterestInIt(string session, string text, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Interest.ShouldBeTrue(text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_HostAnsweringTheCall_IsNoInterestInTheHostJob()
    {
        // 主播 is an alias of the live-host job, and also the host: a person, never the job by itself.
        var verdict = Classifier.Classify("主播扣1", null);

        verdict.Interest.ShouldBeFalse();
        verdict.PositionId.ShouldBeNull();
    }
}
