using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>The overview across every position answers questions only, never statements that carry a cue word.</summary>
public sealed class StatementTests
{
    [Theory]
    [InlineData("今天坐地铁过来的")]
    [InlineData("我家离地铁站很近")]
    [InlineData("我以前住的宿舍八个人")]
    public void Classify_StatementWithCueAndNothingNamed_StaysSilent(string text)
    {
        var verdict = TestSessions.Sample.Classify(text, featuredPositionId: null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("离地铁远吗", Intent.Location)]
    [InlineData("宿舍几个人住？", Intent.RoomBoard)]
    public void Classify_QuestionWithNothingNamed_StillGetsTheOverview(string text, Intent expected)
    {
        var verdict = TestSessions.Sample.Classify(text, featuredPositionId: null);

        verdict.Intent.ShouldBe(expected, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("我表哥也是司机 天天在家睡觉")]
    [InlineData("那个服务员小姐姐好可爱")]
    [InlineData("去年我在快递站分拣到半夜")]
    public void Classify_RemarkThatContainsAJobTitle_IsAboutNoPosition(string text)
    {
        var verdict = TestSessions.Of("dongguan-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("叉车累不累啊", "food-forklift", null)]
    [InlineData("电工要自己带工具吗", "ruida-electrician", null)]
    [InlineData("质检员是干啥的 没听过", "food-qc", null)]
    [InlineData("康宁是国企不", null, "kangning-pharma")]
    public void Classify_UnansweredQuestionAboutANamedJob_IsAboutIt(string text, string? position, string? company)
    {
        var verdict = TestSessions.Sample.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.CompanyId.ShouldBe(company, text);
        verdict.Interest.ShouldBeFalse(text);
    }

    [Theory]
    [InlineData("恒信的火腿肠超市有卖的不")]
    [InlineData("康宁的药哪个牌子好 在哪买")]
    [InlineData("恒信食品好吃不")]
    [InlineData("what's the weather like at Hengxin today")]
    public void Classify_QuestionAboutGoodsOrTheDay_IsAboutNoJob(string text)
    {
        var verdict = TestSessions.Sample.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.CompanyId.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("handan-blind", "钢厂退休工资高不")]
    [InlineData("ordos-blind", "雪绒的羊绒衫内购多少钱一件")]
    [InlineData("zhongshan-blind", "摩托车驾照在哪考啊 有人知道吗")]
    // What sitting a certificate costs is no pay, though the certificate names a job.
    [InlineData("huma-blind", "叉车证哪考 多少钱")]
    [InlineData("huma-blind", "考个叉车证要多少钱")]
    public void Classify_PensionStaffPriceOrLicenceTest_IsNoJobQuestion(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("yantai-blind", "俺媳妇也想去 夫妻能一块住么", "haisheng-cucumber")]
    [InlineData("jingdezhen-blind", "我老婆在浙江画了几年瓷，想回景德镇来", "yaoguang-painter")]
    [InlineData("zhangjiakou-blind", "这都啥年代了还两班倒", null)]
    [InlineData("hengyang-blind", "服务区的工资低得很哦", null)]
    [InlineData("zhangjiakou-blind", "宿舍能用电热毯不", null)]
    [InlineData("zhangjiakou-blind", "土豆丰收了 今年价贱 一毛多一斤", null)]
    [InlineData("yantai-blind", "有没有开大车的活 俺有A2本", null)]
    // An allergy (not a home town before 的能去不), a night-shift allowance, a national holiday and working from home:
    // details no text states.
    [InlineData("nanyang-blind", "蘑菇过敏的能去不", null)]
    [InlineData("nanyang-blind", "玉雕学徒有夜班补助没", null)]
    [InlineData("lhasa-blind", "有没有夜班补贴", null)]
    [InlineData("chongzuo-blind", "10月1号放几天假", null)]
    [InlineData("datong-blind", "想做客服，在家做行不行", null)]
    // Overtime pay that no text of the job states (the pay note or the hours), a roll call by home town, a hand caught in
    // a press (not 到手 pay), a sore back (not a slip of 要会), and buyers asking a wholesale price.
    [InlineData("qujing-blind", "节假日上班有加班费没", "changyi-server")]
    [InlineData("jinhua-blind", "江西上饶的在伐", null)]
    [InlineData("jinhua-blind", "搬一晚上腰会断掉的吧 哈哈", null)]
    [InlineData("jinhua-blind", "How much is the 500ml vacuum flask wholesale? We are buyers from Dubai", null)]
    // Nothing to do at home (没得事, no question), whether a plant is safe, waiting a long while, air-conditioning in a
    // workshop (not the dorm's), where goods are sold, a ticket price.
    [InlineData("yichun-blind", "在浙江做了八年鞋子，回来冇得事做", null)]
    [InlineData("yichun-blind", "鞭炮厂安不安全哦，怕炸", null)]
    [InlineData("dezhou-blind", "等了半天了 咋还不开始？？", null)]
    [InlineData("dezhou-blind", "磨工车间有空调吗", null)]
    [InlineData("enshi-blind", "长阳的魔芋粉在哪里买得到", null)]
    [InlineData("enshi-blind", "索道票现在好多钱", null)]
    // Liking a benefit (a remark), a weekend outing, what a live room sells for.
    [InlineData("shaoxing-blind", "过年发黄酒哈哈哈 这个福利我喜欢", null)]
    [InlineData("liupanshui-blind", "周末去黄果树耍 门票好多钱", null)]
    [InlineData("xingtai-blind", "你们清河的羊绒衫直播间卖多少钱一件", null)]
    // Stop 15: a goods or market price, buying, a complaint about unpaid pay, talk to the host or other viewers, praise,
    // a lagging stream, 觉得是 (no Shaanxi 得是), how a licence is obtained, and details no text states (宵夜, 味道,
    // 喝酒, 退休, 牌子, 夜班费, bringing a kid).
    [InlineData("jingzhou-blind", "小黄车里的虾尾多少钱一盒", null)]
    [InlineData("jingzhou-blind", "上个月的工资还冇发 找哪个", null)]
    [InlineData("xianyang-blind", "我觉得是3号好", null)]
    [InlineData("yueyang-blind", "做客服会不会被顾客骂哦", null)]
    [InlineData("yueyang-blind", "住塘口边上 蚊子多不多😂", null)]
    [InlineData("hengyang-blind", "主播恰饭了冇", null)]
    [InlineData("qiandongnan-blind", "酸汤厂味道大不大 身上会不会一股酸味🤣", null)]
    [InlineData("qiandongnan-blind", "Can I bring my kid to live in the dorm?", null)]
    [InlineData("chifeng-blind", "宿舍让不让喝酒啊哈哈", null)]
    [InlineData("chifeng-blind", "元宝山那个电厂是不是要关了", null)]
    [InlineData("huaibei-blind", "煤矿工人是不是退休早", null)]
    [InlineData("huaibei-blind", "步锐给哪个牌子做鞋 安踏还是特步", null)]
    [InlineData("wenshan-blind", "导游证咋个考", null)]
    [InlineData("shangqiu-blind", "主播能不能把二维码放大点 看不清", null)]
    [InlineData("shangqiu-blind", "Where is the host from?", null)]
    [InlineData("zibo-blind", "化验员值夜班有夜班费不", null)]
    [InlineData("jiangmen-blind", "主播你识唔识揸电单车😆", null)]
    [InlineData("jiangmen-blind", "where r u guys from? I'm in Jiangmen", null)]
    [InlineData("pingxiang-blind", "遂川金桔几多钱一斤 想买点", null)]
    [InlineData("pingxiang-blind", "今年脐橙价钱好不好啊 我屋里也种了几十棵", null)]
    [InlineData("wuhai-blind", "驾照扣了12分还能考A2不", null)]
    [InlineData("baoding-blind", "家具城的床垫多少钱一张 想买个", null)]
    [InlineData("zhangye-blind", "今年玉米种子啥价钱", null)]
    [InlineData("zhangye-blind", "how old is the host lol", null)]
    [InlineData("zhangye-blind", "谝了半天还没轮到酒钢", null)]
    [InlineData("lishui-blind", "庆元香菇现在啥价钱", null)]
    [InlineData("lishui-blind", "宝剑网上能买伐，多少钱一把", null)]
    [InlineData("lincang-blind", "核桃今年好多钱一公斤收", null)]
    [InlineData("shaoyang-blind", "假发多少钱一顶 想给我妈买个", null)]
    [InlineData("shaoyang-blind", "搞么子咯 卡半天", null)]
    [InlineData("shaoyang-blind", "主播多大哒 有对象冇", null)]
    [InlineData("jinzhong-blind", "不赖不赖，这工资可以", null)]
    // A hurt hand (整到手) is no take-home pay (到手), and pain is stated nowhere.
    [InlineData("heyuan-blind", "剥虾会唔会整到手好痛😭", null)]
    // Goods in the shop cart, mailing them, and a route between two towns with no job named.
    [InlineData("dali-blind", "小黄车里那个玫瑰酱好多钱", null)]
    [InlineData("dali-blind", "主播 玫瑰花饼可以寄到外省不", null)]
    [InlineData("zibo-blind", "淄博到滨州坐啥车方便", null)]
    // The last bus between two towns, one of whose names normalises to a digit (九江 reads 9江).
    [InlineData("jiujiang-blind", "湖口到九江最后一班车几点", null)]
    // A restaurant one worked in is no meal; an office job is not 坐班 misheard.
    [InlineData("leshan-blind", "我在饭馆做过三年墩子 可以去卤鸭子不", null)]
    [InlineData("liaocheng-blind", "有没有坐办公室的活", null)]
    // Whether the work harms one is a worry, never a skill asked; wanting someone 不怕累 does not say the work is
    // tiring; a crowd at a sight on the weekend asks no rest days.
    [InlineData("zhuzhou-blind", "打磨会不会得尘肺病啊", null)]
    [InlineData("qiqihar-blind", "挤奶的活累不累", null)]
    [InlineData("qingyuan-blind", "潮州古城周末人多唔多", null)]
    // Nobody could stand it (谁扛得住), said; the host's love life; years of the past told (过几年), with the 老家 they were in.
    [InlineData("changchun-blind", "零下二十多度在外头站一天 谁扛得住啊 哈哈", "xsl-lift")]
    [InlineData("wuzhou-blind", "主播几岁啊，有冇男朋友😏", null)]
    // Whether the host is local too, with a job on screen; a craft learned (学得到手艺) is no take-home pay (到手).
    [InlineData("wushi-blind", "主播你也是乌什的吗", "bilingual-host")]
    [InlineData("shouning-blind", "制茶学得到手艺吗 以后想自己开个茶厂", null)]
    // Whether a dialect word means how much money asks what it means, not the pay.
    [InlineData("pingtan-blind", "平潭话“若夥钱”就是多少钱的意思吗 哈哈", null)]
    // A driving licence to sit for: its cost, where it is sat, whether the fee is refunded, are no requirement or workplace.
    [InlineData("kokdala-blind", "考个B2驾照要多少钱啊", null)]
    [InlineData("zhongshan-blind", "摩托车驾照在哪考啊 有人知道吗", null)]
    [InlineData("yangquan-blind", "兄弟们谁有考C1驾照的门路 便宜点", null)]
    // A con suspected, with the lodging once promised told.
    [InlineData("kalpin-blind", "骗子吧 去年也说包吃住 结果啥都没有", null)]
    // The same in traditional script, with 根本 (at all) stressing what was met; 哪个去 (who would go), rhetorical; a
    // sweatshop suspected, which no text answers.
    [InlineData("dongkou-blind", "騙子吧 上次去了根本冇得宿舍", null)]
    // What came of it (结果 then a lack), told.
    [InlineData("huining-blind", "骗子吧 去年说包住结果么有", null)]
    // Pay compared and called lower.
    [InlineData("liangcheng-blind", "咱凉城的工资比呼市低多了吧", null)]
    [InlineData("hongjiang-blind", "民宿前台工资太低了 3500哪个去", null)]
    [InlineData("hongjiang-blind", "电子厂是不是黑厂哦 听说天天加班", null)]
    // 好远 followed by 哦 says a place is far; it asks nothing.
    [InlineData("bazhong-blind", "我们平昌到开发区好远哦", null)]
    // Pay called low, told.
    [InlineData("fenxi-blind", "工资有点低啊", "shijiagou-homestay")]
    [InlineData("luodian-blind", "CNM 都是骗人的 工资那么低", null)]
    [InlineData("zhushan-blind", "学徒工资好低哦", null)]
    // A job the session does not have (岗位 shares no topic with the replay entry's "岗位还在吗"); the ride between two
    // towns; the price of turquoise by the gram.
    [InlineData("tiane-blind", "有没有保安岗位", null)]
    [InlineData("tiane-blind", "县城有没有做月嫂的岗位", null)]
    [InlineData("tiane-blind", "天峨到深圳坐车要几个钟", null)]
    [InlineData("zhushan-blind", "绿松石现在好多钱一克啊", null)]
    // Army service, which no text of the session mentions; what one can save.
    [InlineData("pingnan-blind", "我是退伍军人，有优先吗", null)]
    [InlineData("pingnan-blind", "电工一个月能存多少钱啊", null)]
    // Pay scorned.
    [InlineData("danzhai-blind", "什么垃圾工资 三四千打发叫花子哦", null)]
    // Whether a job still hires, or how many: no text states it; rent for a room of one's own.
    [InlineData("guzhang-blind", "牛角山那个民宿还招人不", null)]
    [InlineData("hulin-blind", "乌苏里文旅今年还招人啊 去年还去虎头玩了", null)]
    [InlineData("guzhang-blind", "古丈县城租个房子一个月好多钱", null)]
    // Part-time work no text offers; where to go for fun.
    [InlineData("xupu-blind", "有冇兼职的，周末做的那种", null)]
    [InlineData("zhenxiong-blind", "兼职有没得 周末做的那种", null)]
    [InlineData("xupu-blind", "员工旅游去哪里玩", "huayao-butler")]
    [InlineData("deyang-blind", "我要去 在老家喂过几年猪", "fm-stockman")]
    // Insurance at the lowest grade is stated nowhere; a bowl of food, a thing bought and an altitude are no pay.
    [InlineData("anyang-blind", "社保是按最低档交的不", null)]
    [InlineData("anyang-blind", "扁粉菜一碗多钱 想吃了", "cold-loader")]
    [InlineData("nyingchi-blind", "买了块藏毯 三千多 贵不贵", null)]
    [InlineData("nyingchi-blind", "牧场海拔多高 4000多受得了不", "yak-herder")]
    // A price per person for a trip is no pay.
    [InlineData("sanya-blind", "大东海那边潜水多少钱一位 想去玩", null)]
    // When a bus leaves a station is no working hours, and no location states a timetable.
    [InlineData("baise-blind", "田阳汽车站几点有车", "mango-picker")]
    // A potted plant's price and a harvest's market price are no pay; "not bad" and "咋这么早开播" judge, they do not ask;
    // whether the work blackens one's hands is a worry, never a skill.
    [InlineData("zaozhuang-blind", "石榴盆景多少钱一盆", null)]
    [InlineData("guangyuan-blind", "我屋头就是龙王镇的 哈哈 今年果子价钱好不", null)]
    [InlineData("zaozhuang-blind", "wow 13000 for a crane job? not bad", null)]
    [InlineData("chaoyang-blind", "主播今儿个咋这么早开播", null)]
    [InlineData("guangyuan-blind", "剥核桃手会不会黑哦哈哈", "nut-sorter")]
    // Approval of a fact just read out, the viewer's own day or hunger, talk about the host, sitting still (坐不住) or
    // standing all day (架不住: a 住 after a verb holds on, no housing), home being better after all, and a question to
    // the viewers who work somewhere.
    [InlineData("huangshi-blind", "8号有单间宿舍👍👍 这个可以", null)]
    [InlineData("panjin-blind", "刚下夜班 看会儿直播就睡了😪", "gangtong-reachstacker")]
    [InlineData("panjin-blind", "主播你们那边几点吃饭啊 饿了", "jinmei-kiln")]
    [InlineData("panjin-blind", "这主播普通话贼标准 一点不像咱东北的🤣", "jinmei-lab")]
    [InlineData("yongzhou-blind", "厂里一坐一天 我屁股坐不住😂", "xinlian-smt")]
    [InlineData("yongzhou-blind", "站一整天 俺这老腰架不住", "xinlian-smt")]
    [InlineData("yongzhou-blind", "我在东莞厂里做了三年 还是屋里好", null)]
    [InlineData("panjin-blind", "有没有在鲅鱼圈上班的老铁 那边租房一个月多少钱", null)]
    // A pay rise or work clothes no text states; a rhetorical 咋这么低; a hydropower station's 水电 (no utility bill);
    // produce to be mailed; a deadline the how-to-apply entry never names.
    [InlineData("weinan-blind", "检修工干满一年能涨工资不", null)]
    [InlineData("weinan-blind", "服务员有工作服吗", null)]
    [InlineData("heze-blind", "gz咋这么低，4500谁干啊🙄", null)]
    [InlineData("weinan-blind", "主播你们那水电站能钓鱼不哈哈", null)]
    [InlineData("weinan-blind", "谁有白水的苹果，给额寄两箱", null)]
    [InlineData("quzhou-blind", "报名截止到啥辰光", null)]
    // Hours called unbearable; a remark softened by 嘛; "you know" said to the viewers; a host who keeps not
    // mentioning something.
    [InlineData("jiaozuo-blind", "12个钟头？？？咦 熬死人", "alu-extrusion")]
    [InlineData("suining-blind", "整烫工资低了点嘛 4500", null)]
    [InlineData("suining-blind", "晓得不 内江到遂宁高铁好快 半个钟头就到了", null)]
    [InlineData("zhaotong-blind", "整哪样哦 咋个半天不讲浙江的", null)]
    // Getting used to living on a fish raft; when the stream ends; crops by weight (斤 is no money); doubt that it is all
    // a con; how many women work there; whether one could stand the shift; a job ad with a contact handle.
    [InlineData("longyan-blind", "渔排上面住得惯吗 会不会好晃", null)]
    [InlineData("longyan-blind", "晚上几点下播啊", null)]
    [InlineData("tongliao-blind", "玉米厂现在收苞米不 俺家还有两万斤没卖呢", null)]
    [InlineData("tongliao-blind", "都是忽悠人的吧 上回说包住结果让自己租房😡", null)]
    [InlineData("tongliao-blind", "化验员女的多不", null)]
    [InlineData("shangluo-blind", "12个钟头 站得住不哦😂", "konjac-operator")]
    [InlineData("shangluo-blind", "招日结临时工 一天350 包车接送 V:hd5566", null)]
    // 还是 opening a clause means "better" and asks nothing; hours called deadly; a rule called unfair; a pay rise,
    // pay never received.
    [InlineData("xinyang-blind", "信阳工资太低了 还是去广东", null)]
    [InlineData("xiaogan-blind", "我们这边工资都低 还是广东好", null)]
    [InlineData("xinyang-blind", "凌晨三点？？？要命了😵", "crayfish-sorter")]
    [InlineData("hami-blind", "凭啥要大专 我种了二十年瓜比他们懂😤", null)]
    [InlineData("yingtan-blind", "铜价涨了工资会涨冇", null)]
    [InlineData("hami-blind", "我老乡说去年没拿到工资 真的假的", null)]
    // Not knowing what to do is talk about oneself, though it names a school (中专, a requirements word).
    [InlineData("zhumadian-blind", "俺孩儿今年中专毕业 学数控的 不知道干啥好", null)]
    // A crowd of thousands is no sum of money.
    [InlineData("baoshan-blind", "好多人啊 今天在线几千人了", null)]
    // With no job named or on screen, a question that names the host asks about the host (a FAQ entry still answers).
    [InlineData("hengyang-blind", "主播几点下班", null)]
    [InlineData("qujing-blind", "主播你们几点下班", null)]
    // A figure told back before a cue word; English judgements; asking those who worked there or who know; the northern
    // exclamation 老…了; a judgement of standing or of deadly hours; a headcount; closing the day.
    [InlineData("guilin-blind", "12个钟头啊 站得脚都断😩", "guixiang-line")]
    [InlineData("yanan-blind", "oilfield jobs r tough but pay is ok lol", null)]
    [InlineData("suzhou-blind", "有在里面干过的说说 加班多伐", null)]
    [InlineData("rizhao-blind", "有懂的么 日照房租一个月多少", null)]
    [InlineData("puyang-blind", "给恁说，家具厂喷漆老挣钱了，俺表哥一年十来万", null)]
    [InlineData("jian-blind", "12个钟头站得住啵😂", "lith-operator")]
    [InlineData("rizhao-blind", "一班12个钟头？？熬死个人", null)]
    [InlineData("rizhao-blind", "门机司机招几个人", null)]
    [InlineData("rizhao-blind", "今天就到这吧 下回见 拜拜👋", null)]
    // A cousin's pay told; an insurance seller told off; a benefit approved.
    [InlineData("zhoushan-blind", "阿拉表哥跑了三年远洋 赚了一套房", null)]
    [InlineData("zhoushan-blind", "卖保险的别在这刷屏了好伐", null)]
    [InlineData("bayannur-blind", "每月发牛奶哈哈 这个福利可以了", "mg-milker")]
    [InlineData("linchuan-blind", "(｡•́︿•̀｡) 我色弱 质检冇戏了", null)]
    [InlineData("fuxin-blind", "体力活咋了 挣钱不寒碜", null)]
    // 呢 after an amount boasts of it; envy of a fact on screen.
    [InlineData("zhenjiang-blind", "我老公在扬中做电焊 一个月一万多呢", null)]
    [InlineData("loudi-blind", "双休啊 羡慕死哒", "meishan-designer")]
    // Boredom and worry are judgements; 谁 in "谁跟我一起" asks the other viewers.
    [InlineData("lvliang-blind", "业务员才单休啊，没意思", null)]
    [InlineData("lvliang-blind", "化验室三班倒，女娃娃上夜班家里不放心", null)]
    [InlineData("hezhou-blind", "谁跟我一起去黄姚上班，包吃包住还能看风景", null)]
    [InlineData("shuozhou-blind", "开大车的都是拿命挣钱 不容易啊", "shuoyun-truck")]
    // What a word means, with no job named or on screen: the overview of every position explains nothing.
    [InlineData("siping-blind", "wxyj啥意思 新来的不懂🤔", null)]
    [InlineData("siping-blind", "四班三倒是啥意思 咋倒啊", null)]
    // Disbelief; where the viewer lives (我在…住, and 着呢 affirms).
    [InlineData("heihe-blind", "零下三十度在外面卸车 疯了吧🥶", null)]
    [InlineData("wuwei-blind", "没麻达，报一个，我在黄羊镇住着呢", "tianma-winemaking")]
    // Asked of a fact the text does not hold: a festival holiday, a move to another post, a clock time the FAQ answer
    // names no hour for, pay settled daily or paid before New Year.
    [InlineData("laibin-blind", "三月三放假不？", null)]
    [InlineData("laibin-blind", "面试不过能不能换别的岗", null)]
    [InlineData("laibin-blind", "通勤车早上几点发车", null)]
    [InlineData("puer-blind", "2号采茶工是一天一结还是一个月一结", null)]
    [InlineData("jincheng-blind", "年前能发工资不", null)]
    // Empty promises, the stream's staff, tastes in Xiang.
    [InlineData("jincheng-blind", "煤矿工资都是画大饼", null)]
    [InlineData("yiyang-blind", "主播你们直播间几个人在搞", "taohuajiang-worker")]
    [InlineData("yiyang-blind", "食堂的饭好恰不", "zijiang-operator")]
    // The host as the subject; Cantonese cold; sports grounds; worn out beside a question mark; 冇得 opening a clause
    // states; whether women are taken, of a job whose requirements name no sex.
    [InlineData("heihe-blind", "主播是黑河本地人不", null)]
    [InlineData("guigang-blind", "挖藕冬天会唔会好冻", null)]
    [InlineData("xinyu-blind", "厂里有冇篮球场，下班想打球🏀", null)]
    [InlineData("xinyu-blind", "12个钟头？？站一天腿都废了😭", "ruili-operator")]
    [InlineData("xinyu-blind", "冇得钱 过年回来买车票都贵", null)]
    [InlineData("meishan-blind", "厨师女的要不要", null)]
    [InlineData("binzhou-blind", "分割工男的女的都要吗", null)]
    [InlineData("meishan-blind", "厨师两头班 中间那几个小时好无聊哦", null)]
    // Let down, crowded, "even that pays more": remarks, and the question mark beside them is rhetorical; the legal
    // minimum wage is no job's pay; "在…住" opening a clause tells where the viewer lives.
    [InlineData("qinhuangdao-blind", "啊？不要女的啊😭白等了", "borun-casting")]
    [InlineData("neijiang-blind", "八人间？？？好挤哦", null)]
    [InlineData("qinhuangdao-blind", "4500？俺在昌黎跑滴滴都比这挣得多😓", null)]
    [InlineData("qinhuangdao-blind", "秦皇岛最低工资标准是多少来着", null)]
    // Worn out or worked like an animal; whether the food is tasty, asked in Cantonese.
    [InlineData("xiangxi-blind", "12个钟头一班？？？腰都要断了", null)]
    [InlineData("zhanjiang-blind", "食堂嘅饭好唔好食", null)]
    // Whether to bring a thing the interview entry does not name.
    [InlineData("chengmai-blind", "要不要带毕业证去面试", null)]
    // "What does that buy": a complaint.
    [InlineData("bazhong-blind", "gz太低了吧 3200够啥子嘛", null)]
    [InlineData("qianxinan-blind", "三千多的工资 咋个活嘛 房贷都不够", null)]
    // Rent of one's own, a household registration (落户), a prize draw in the stream, praise told of the food.
    [InlineData("nagqu-blind", "那曲市区租房一个月多少", null)]
    [InlineData("shihezi-blind", "石河子大学毕业的能落户不", null)]
    [InlineData("shihezi-blind", "直播间能抽奖不 来点福利嘛", null)]
    [InlineData("yichunhlj-blind", "我二舅去年在矿山干 说伙食贼好", null)]
    // Giving up, hunger, a disability no text names.
    [InlineData("bayingolin-blind", "算了 还是跑运输挣得多", "kaidu-line")]
    [InlineData("bayingolin-blind", "好饿 中午吃拌面还是抓饭", null)]
    [InlineData("sangzhi-blind", "好久发工资咯", null)]
    // How many are hired; why scanning fails, which no entry explains.
    [InlineData("ninglang-blind", "3号帮厨要几个人", null)]
    [InlineData("ninglang-blind", "扫了二维码咋个没反应", null)]
    [InlineData("delingha-blind", "我是残疾人能报吗", null)]
    public void Classify_WhatNoFactAnswers_GetsNoAnswer(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Answer.ShouldBeNull(text);
        verdict.Intent.ShouldBe(Intent.None, text);
    }

    [Fact]
    public void Classify_CouplesHiredTogether_IsARequirement()
    {
        var verdict = TestSessions.Of("wenzhou-blind").Classify("夫妻工优先？我和老公一起", "hongda-boxing");

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.Answer.ShouldNotBeNull().ShouldContain("夫妻工优先");
    }

    [Fact]
    public void Classify_WhetherStaffMayBuyTheProducts_IsABenefit()
    {
        var verdict = TestSessions.Of("quanzhou-blind").Classify("衣服能内购吗", "yishang-returns");

        verdict.Intent.ShouldBe(Intent.Benefits);
    }

    [Fact]
    public void Classify_QuestionEndedByQuestionMarksBeforeARemark_IsStillAsked()
    {
        var verdict = TestSessions.Of("daqing-blind").Classify("要交钱不？？前年让中介忽悠了八百块", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("fees");
    }

    [Theory]
    [InlineData("3号宿舍八个人 忒挤了", null)]
    [InlineData("质检员工资太低了 谁去啊", null)]
    [InlineData("12个钟头也太久了吧", "food-operator")]
    [InlineData("叉车我干过 食堂还行", null)]
    [InlineData("包装线那个味道真的受不了", null)]
    [InlineData("两班倒 舒服", "food-operator")]
    public void Classify_RemarkThatNamesAFact_AsksNothing(string text, string? featured)
    {
        var verdict = TestSessions.Sample.Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    // How cold it gets, told in degrees beside the question, is no detail the answer must mention.
    [InlineData("huangnan-blind", "宿舍冬天有暖气没 河南县零下二三十度呢", "dairy-operator", Intent.RoomBoard)]
    [InlineData("huangnan-blind", "冷库零下多少度", null, Intent.None)]
    [InlineData("hulunbuir-blind", "挤奶的冬天给发棉袄不？零下四十度可扛不住", null, Intent.Benefits)]
    public void Classify_FigureInDegrees_IsToldNotAsked(string session, string text, string? featured, Intent expected)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(expected, text);
    }

    [Theory]
    [InlineData("叉车工资多少 太低了可不去", Intent.Salary)]
    [InlineData("宿舍几人间 太挤了可不行", Intent.RoomBoard)]
    [InlineData("3号是12个小时吗 太长了吧", Intent.Hours)]
    public void Classify_RemarkBesideARealQuestion_IsStillAnswered(string text, Intent expected)
    {
        var verdict = TestSessions.Sample.Classify(text, featuredPositionId: null);

        verdict.Intent.ShouldBe(expected, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("yiwu-blind", "主播主播 工资多少呀")]
    [InlineData("shangshui-blind", "俺爷爷也住养老院 饭菜不错")]
    public void Classify_TalkToOrAboutSomeoneElse_NamesNoPosition(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.PositionId.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("lanzhou-blind", "兰州城关区房租一个月多少钱，有知道的么")]
    [InlineData("huizhou-blind", "湖南老乡多唔多")]
    [InlineData("huizhou-blind", "楼上嘅你都系江西嘅？")]
    // A shared ride, or a recommendation asked of people.
    [InlineData("mishan-blind", "有在裴德住的吗 一起拼车去面试啊")]
    [InlineData("wushan-blind", "你们有没有人在西永干过的？")]
    [InlineData("wangqing-blind", "wq本地人 想找个离家近的 有啥推荐不")]
    public void Classify_QuestionToOtherViewers_IsNotAnswered(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("主播几点下播")]
    [InlineData("我去年在电子厂干过")]
    [InlineData("主播能不能说慢点，记不住啊")]
    [InlineData("啥时候开始讲岗位啊 等半天了")]
    public void Classify_StreamTalkOrPastJob_NamesNoPositionAndNoInterest(string text)
    {
        var verdict = TestSessions.Of("chongzuo-blind").Classify(text, null);

        verdict.PositionId.ShouldBeNull(text);
        verdict.Interest.ShouldBeFalse(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("坐高铁到赣州西有人接冇", Intent.Faq)]
    [InlineData("包装厂离高铁站远冇", Intent.Location)]
    public void Classify_TrainToTheJob_IsNoFareQuestion(string text, Intent intent)
    {
        // The vehicle comes before 到, or the place is the job's: getting to work, which the session answers.
        TestSessions.Of("ganzhou-blind").Classify(text, null).Intent.ShouldBe(intent, text);
    }

    [Theory]
    [InlineData("kunshan-blind", "二手叉车多少钱一台")]
    [InlineData("chengdu-blind", "光伏板现在好多钱一块 装屋顶划算不")]
    [InlineData("kunming-blind", "斗南玫瑰现在好多钱一扎啊")]
    [InlineData("luoyang-blind", "云峡景区门票多少钱")]
    [InlineData("daqing-blind", "绿原的牛奶超市有卖的不 好喝不")]
    [InlineData("daqing-blind", "食堂有锅包肉不😋")]
    [InlineData("mianyang-blind", "我老公就在科锐上班 福利确实可以")]
    [InlineData("tianjin-blind", "饼干随便吃吗哈哈")]
    [InlineData("xiangyang-blind", "宿舍能用电饭锅不")]
    [InlineData("tianjin-blind", "包装线要站一天吧")]
    [InlineData("xiangyang-blind", "主播是襄阳本地人吧 口音蛮亲切")]
    [InlineData("ganzhou-blind", "在东莞电子厂做了十年，工资一直冇涨😮‍💨")]
    [InlineData("ganzhou-blind", "稀土现在几多钱一吨，涨了冇")]
    [InlineData("hangzhou-blind", "主播几岁了")]
    [InlineData("hangzhou-blind", "贵州老乡有没得")]
    [InlineData("hangzhou-blind", "3号链接多少钱")]
    [InlineData("baotou-blind", "工资每月几号发？")]
    [InlineData("baotou-blind", "这活儿灰不灰，天天戴口罩憋死了")]
    [InlineData("nantong-blind", "叠石桥四件套批发多少钱 有链接么")]
    [InlineData("xining-blind", "光伏板一块多少钱 我家想装")]
    [InlineData("nantong-blind", "买了个扫码枪 才几十块")]
    [InlineData("zunyi-blind", "数据标注会不会过几年就被AI取代哦")]
    [InlineData("zunyi-blind", "遵义到宁波高铁几个钟")]
    [InlineData("luohe-blind", "冬天羽绒服员工价多少钱")]
    [InlineData("yichang-blind", "化工厂有没得毒哦 身体吃不吃得消")]
    [InlineData("kashgar-blind", "古城晚上几点关门 想去玩")]
    [InlineData("kashgar-blind", "今年核桃收购价多少钱一公斤")]
    [InlineData("datong-blind", "口泉矿的井下工退休金能开多少")]
    [InlineData("jiaxing-blind", "有没有一起去濮院的 安徽阜阳的")]
    [InlineData("changde-blind", "冒得意思 工资太低了 不如去长沙")]
    // Fares and timetables between two places: the pickup or travel-refund entry shares 车票 or 大巴, not the answer.
    [InlineData("hohhot-blind", "呼市到包头的动车票多少钱")]
    [InlineData("jilin-blind", "谁知道延吉到珲春的大巴几点")]
    [InlineData("zigong-blind", "自贡到内江的动车票好多钱")]
    [InlineData("meizhou-blind", "围龙居住一晚几多钱")]
    // Details no text states: sleeping on duty, foreign nationals, goods the benefits never name, a hospital stay.
    [InlineData("datong-blind", "保安夜班能睡觉不")]
    [InlineData("guiyang-blind", "护理员 夜班能睡觉不")]
    [InlineData("huizhou-blind", "I'm from Vietnam, can foreigners apply?")]
    [InlineData("kunming-blind", "can foreigners apply? I'm from Myanmar")]
    [InlineData("changde-blind", "烟厂发不发烟😂😂")]
    [InlineData("zigong-blind", "我妈在住院 想请个陪护 找哪个嘛")]
    // A roll call of townspeople, a crowd in the stream, the host told to rest.
    [InlineData("lhasa-blind", "四川老乡在不在？？")]
    [InlineData("tongren-blind", "今天好多人哦 两千多了")]
    [InlineData("jining-blind", "主播喝口水歇歇吧")]
    // Damp no room text mentions; a spouse's pay told with north-eastern 老鼻子.
    [InlineData("maoming-blind", "海边宿舍会唔会好潮湿")]
    [InlineData("hulunbuir-blind", "我对象在北辰上班 一年挣老鼻子钱了")]
    // A job turned down; goods by the piece; household registration, which no entry speaks of.
    [InlineData("bengbu-blind", "4号工资低了点，俺再看看别的")]
    [InlineData("beihai-blind", "剥虾剥到手都烂 唔好去啊")]
    [InlineData("beihai-blind", "珍珠项链几多钱一条")]
    [InlineData("karamay-blind", "公司给不给落户口")]
    // A ticket for a weekend outing, wine by the bottle; a mask or a New Year holiday no text mentions.
    [InlineData("yichang-blind", "大坝门票好多钱 周末想带伢去玩")]
    [InlineData("ningxia-blind", "酒庄的干红多少钱一瓶 想买两箱")]
    [InlineData("shangrao-blind", "铜箔车间热不热，要不要戴口罩")]
    [InlineData("tonghua-blind", "过年放假不")]
    // A civil-service exam or post no entry speaks of; a roll call in Teochew 有无.
    [InlineData("luzhou-blind", "公务员考试啥时候报名")]
    [InlineData("tianshui-blind", "有编制吗")]
    [InlineData("hainan-blind", "有无老乡 广西的")]
    // Dust, a child or a rice cooker in the dormitory no text mentions; the market price of produce.
    [InlineData("liuan-blind", "充绒车间灰大不大 会不会呛人")]
    [InlineData("shiyan-blind", "宿舍能带伢一起住不")]
    [InlineData("hongjiang-blind", "宿舍可以带细伢子住不")]
    [InlineData("dongkou-blind", "宿舍能用电饭煲不")]
    [InlineData("yongxiu-blind", "开货车的 能不能带老婆一起住")]
    // Pay held back, a uniform's cost, one's own insurance record looked up: no text says.
    [InlineData("xunwu-blind", "工资押唔押一个月？")]
    [InlineData("xunwu-blind", "讲解员要穿工装冇，工装费扣唔扣钱")]
    [InlineData("xunwu-blind", "帮我查下我社保交了冇")]
    [InlineData("maqin-blind", "修复工的宿舍有电没 能充手机不")]
    // Whether anything suits someone is advice, not every job's requirements.
    [InlineData("chongyi-blind", "女儿大专毕业 学旅游的 有合适的冇")]
    // A shuttle no text speaks of.
    [InlineData("danfeng-blind", "药材厂有没有厂车接送")]
    [InlineData("danfeng-blind", "从县城到棣花有班车不")]
    [InlineData("makit-blind", "挡车工车间能带手机吗")]
    [InlineData("jiamusi-blind", "今年大豆价钱咋样啊")]
    public void Classify_PriceOfGoodsNamedWithAJobWord_StaysSilent(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("主播吃饭没得")]
    [InlineData("主播吃饭了没")]
    public void Classify_HaveYouEatenGreeting_IsNoMealQuestion(string text)
    {
        var verdict = TestSessions.Of("chengdu-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("wangqing-blind", "铲车我开八年了 啥证都有 +1")]
    [InlineData("wangqing-blind", "我五十三了 啥活都能干")]
    [InlineData("yanchi-blind", "楼上的 剔骨手艺好在哪都吃香")]
    public void Classify_QuestionWordBeforeDou_MeansAnyAndAsksNothing(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_GivingUpSoftenedByBa_AsksNothing()
    {
        var verdict = TestSessions.Of("pingtan-blind").Classify("这个年纪大的就算了吧 唉", "wind-tech");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_AnyBesideARealQuestion_IsStillAnswered()
    {
        var verdict = TestSessions.Of("mishan-blind").Classify("有培训吗 啥都不会", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("training");
    }

    [Fact]
    public void Classify_WishThatDescribesTheViewer_IsInterestWithoutAnAnswer()
    {
        var verdict = TestSessions.Of("chengdu-blind").Classify("我是护理专业应届生 想去七号", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("care-nurse");
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_AdWithAContactGrab_IsSpam()
    {
        var verdict = TestSessions.Of("taishun-blind").Classify("正规平台🔥高薪招夜场服务员 日结800 滴滴我", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.FaqId.ShouldBeNull();
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_SellingToOtherViewers_IsSpam()
    {
        var verdict = TestSessions.Of("changsha-blind").Classify("谁有焊工证 便宜转让 私我", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("fuyang-blind", "早上五点半？？起不来啊😂", "sy-stall")]
    [InlineData("yulin-blind", "哇 下井这么多钱", null)]
    // Question marks beside a remark are rhetorical.
    [InlineData("kelan-blind", "做十休五？这个美", "jinlan-pv")]
    // Giving up, scoffing, pay scoffed at in English.
    [InlineData("nanao-blind", "我晕船 养殖工还是算了", null)]
    [InlineData("uxin-blind", "做梦呢哇 坐办公室还想挣一万😂", null)]
    [InlineData("nanao-blind", "this hotel job pays peanuts lol", null)]
    [InlineData("zhanjiang-blind", "凌晨4点半起身摘荔枝？？顶唔顺啊😂", null)]
    public void Classify_ExclamationAboutAFact_AsksNothing(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("linyi-blind", "主播喝口水吧 说半天了", null)]
    [InlineData("linyi-blind", "扣1 俺大专毕业", "shuntong-dispatcher")]
    [InlineData("guangzhou-blind", "有冇人一齐去面试 白云这边的", null)]
    public void Classify_TalkToTheHostOrOtherViewers_IsNotAnswered(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("wenzhou-blind", "主播你几岁了", Intent.None)]
    [InlineData("linyi-blind", "主播俺问一下哈，恁这边外地人能报名不", Intent.Faq)]
    public void Classify_HostAddressedAsYouOrI_IsNotTheStreamerJob(string session, string text, Intent intent)
    {
        // 主播 is also the streamer job's alias in these sessions; "主播你…", "主播俺…" speak to the host.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBeNull(text);
    }
}
