using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Dialect chat: Cantonese function characters read as Mandarin (唔 不, 冇 没, 喺 在), dialect words for where and how
/// much, and particles that end a clause rather than the message.
/// </summary>
public sealed class DialectTests
{
    [Theory]
    [InlineData("foshan-blind", "4號人工幾多", null, Intent.Salary, "ht-sorter")]
    [InlineData("foshan-blind", "No.5系唔系做六休一", null, Intent.Hours, "ht-glaze")]
    [InlineData("chengdu-blind", "配菜师傅一个月好多", null, Intent.Salary, "hotpot-prep")]
    [InlineData("fuyang-blind", "2号一个月多钱", null, Intent.Salary, "yh-brazing")]
    [InlineData("liuzhou-blind", "#9 几班", null, Intent.Hours, "gf-weigh")]
    // The pay basis and the price of a day beat the hours words 小时 and 夜班; where one sleeps is housing.
    [InlineData("linyi-blind", "按小时算还是按月", "yizhou-packer", Intent.Salary, "yizhou-packer")]
    [InlineData("guangzhou-blind", "分拣夜班几多钱一日", "suchi-sorter", Intent.Salary, "suchi-sorter")]
    [InlineData("linyi-blind", "晚上睡哪", "renhe-escort", Intent.RoomBoard, "renhe-escort")]
    [InlineData("huizhou-blind", "四班三倒系点样上", "wt-operator", Intent.Hours, "wt-operator")]
    [InlineData("huizhou-blind", "电焊一个月几多", null, Intent.Salary, "wt-welder")]
    [InlineData("huizhou-blind", "2号几人一间", null, Intent.RoomBoard, "hn-qc")]
    [InlineData("huizhou-blind", "包食吗", "wt-operator", Intent.RoomBoard, "wt-operator")]
    [InlineData("huizhou-blind", "开叉车要上夜斑吗", null, Intent.Hours, "sl-forklift")]
    [InlineData("lanzhou-blind", "保安要多高", null, Intent.Requirements, "aj-guard")]
    [InlineData("tianjin-blind", "岸桥夜班一晚上补多少钱", null, Intent.Salary, "jingang-quay-crane")]
    [InlineData("hangzhou-blind", "夜班多少一小时", "shuntu-sorter", Intent.Salary, "shuntu-sorter")]
    [InlineData("quanzhou-blind", "没经验的新手 保底有多少", "hongbu-stitcher", Intent.Salary, "hongbu-stitcher")]
    [InlineData("zhuhai-blind", "过山车操作员要几高", null, Intent.Requirements, "hy-ride")]
    [InlineData("zunyi-blind", "採茶工資怎麼算的", null, Intent.Salary, "tea-picker")]
    [InlineData("harbin-blind", "住哪疙瘩啊 有暖气没", "ice-sculptor", Intent.RoomBoard, "ice-sculptor")]
    [InlineData("harbin-blind", "hourly rate for the night sorter?", null, Intent.Salary, "courier-sorter")]
    // Sichuan 耍 (a day off), north-eastern 开支 (payday), Hakka 落水天 (a rainy day).
    [InlineData("zigong-blind", "焊工礼拜天耍不耍", null, Intent.Hours, "valve-welder")]
    [InlineData("anshan-blind", "几号开支", "mart-clerk", Intent.Salary, "mart-clerk")]
    [InlineData("meizhou-blind", "摘柚子落水天做唔做", null, Intent.Hours, "jinyou-orchard")]
    [InlineData("zigong-blind", "6号是去哪个国家", null, Intent.Location, "lantern-overseas")]
    [InlineData("zigong-blind", "不认得字 可以去包装不", null, Intent.Requirements, "rabbit-pack")]
    // "岗位 1周" is a week, not position 1 beside position 8.
    [InlineData("anshan-blind", "８号岗位 一周休几天", null, Intent.Hours, "mart-clerk")]
    // One's own child is the applicant, not a child brought along (孩子 is a detail no requirements text states).
    [InlineData("anshan-blind", "俺家孩子17 初中毕业 能去学雕玉不", null, Intent.Requirements, "jade-apprentice")]
    // Sichuan 好多 (how much, how old), a toilet said plainly, schooling in other words, traditional 繡.
    [InlineData("tongren-blind", "一个月拿得到好多", "chili-line", Intent.Salary, "chili-line")]
    [InlineData("tongren-blind", "这个要好多岁以内", "scenic-guide", Intent.Requirements, "scenic-guide")]
    [InlineData("lhasa-blind", "房间带厕所不", "zangyao-qc", Intent.RoomBoard, "zangyao-qc")]
    [InlineData("lhasa-blind", "没读过书能做包装不", null, Intent.Requirements, "qingke-packer")]
    [InlineData("lhasa-blind", "考导游证给报销不", null, Intent.Benefits, "travel-guide")]
    [InlineData("jining-blind", "有证的另外给钱不", "xs-loader", Intent.Salary, "xs-loader")]
    [InlineData("jining-blind", "battery dismantling - extra pay for night shift?", null, Intent.Salary, "xl-dismantler")]
    // "第一个月" is a month, not position 1; Cantonese 开 (paid); how long a season lasts; English "do I need".
    [InlineData("maoming-blind", "新人第一个月够唔够4000", "ganxiang-packer", Intent.Salary, "ganxiang-packer")]
    [InlineData("xining-blind", "第六个休几天", null, Intent.Hours, "huban-frontdesk")]
    [InlineData("maoming-blind", "啤机工一个月开几多", null, Intent.Salary, "anhe-molding")]
    [InlineData("hulunbuir-blind", "服务员干到几月份", null, Intent.Hours, "aobao-service")]
    [InlineData("hulunbuir-blind", "Do I need Russian for the customs declarant job?", null, Intent.Requirements, "tongda-declarant")]
    [InlineData("zhoukou-blind", "给发棉袄不", "cold-picker", Intent.Benefits, "cold-picker")]
    // Asking to be told (先说下), how often one gets home, days off at New Year (stated as 春节), a title without 工.
    [InlineData("qujing-blind", "我要报3号 工资先说下", null, Intent.Salary, "hongtai-operator")]
    [InlineData("qujing-blind", "司机多久回一次家", null, Intent.Hours, "hongtai-driver")]
    [InlineData("nanyang-blind", "过年放几天假？", "jade-apprentice", Intent.Hours, "jade-apprentice")]
    [InlineData("nanyang-blind", "香菇採摘一天多少錢", null, Intent.Salary, "mushroom-picker")]
    // Shaanxi 咧 (了) after an age; 段造 for 锻造; clothes and rice or oil handed out; a couple's room said as 夫妻房;
    // overtime pay answered by the hours that state its rate.
    [InlineData("baoji-blind", "额65咧还能摘不", "jinqin-picker", Intent.Requirements, "jinqin-picker")]
    [InlineData("baoji-blind", "段造的夏天热不热 有高温补贴没", null, Intent.Benefits, "qintai-forging")]
    [InlineData("baoji-blind", "冷库给发衣服不 冻得很", null, Intent.Benefits, "jinqin-sorter")]
    [InlineData("baoji-blind", "汉中的油厂 发油不", null, Intent.Benefits, "hanyuan-oilpress")]
    [InlineData("huludao-blind", "12号 俺们两口子都去 有夫妻房不", null, Intent.RoomBoard, "farm-crab")]
    [InlineData("shenzhen-blind", "飛羽組裝工加班費怎麼算", null, Intent.Hours, "uav-assembler")]
    // Hubei 好多钱 as one word (not 好 beside 多钱); 5险 after a job number; how often one may leave a closed site;
    // "要俺不" (will they take me); a fear of heights the requirements state.
    [InlineData("enshi-blind", "缆车维修 好多钱", null, Intent.Salary, "cable-car")]
    [InlineData("enshi-blind", "做一间房给好多钱", "hotel-room", Intent.Salary, "hotel-room")]
    [InlineData("enshi-blind", "10号岗位 五险一金有没有", null, Intent.Benefits, "hydro-operator")]
    [InlineData("enshi-blind", "封闭管理是么子意思 好久能出来一次", "pig-keeper", Intent.Hours, "pig-keeper")]
    [InlineData("dezhou-blind", "2保焊俺干了十来年了 要俺不", null, Intent.Requirements, "sy-welder")]
    [InlineData("dezhou-blind", "恐高能干不", "sy-installer", Intent.Requirements, "sy-installer")]
    [InlineData("shaoxing-blind", "warehouse job night shift pay?", null, Intent.Salary, "jiyang-packer")]
    // A garment piece rate in 一件 is pay; Cantonese 要识 is 要会; a bath house answers where to wash.
    [InlineData("foshan-blind", "车位几多钱一件", null, Intent.Salary, "js-sewing")]
    [InlineData("beihai-blind", "要识游水吗", "wz-ferry", Intent.Requirements, "wz-ferry")]
    [InlineData("bengbu-blind", "有洗澡的地方吗 洗煤一天下来一身黑", null, Intent.Benefits, "mine-prep")]
    // Cantonese 几多人一间; rain said plainly (雨天 in the text); a holiday the hours call 节假日; north-eastern 本.
    [InlineData("shangrao-blind", "⑧号几多人一间", null, Intent.RoomBoard, "cy-battery")]
    [InlineData("shangrao-blind", "7号下雨天还要上山不", null, Intent.Hours, "yx-tea")]
    [InlineData("shangshui-blind", "理货员过年放假不", null, Intent.Hours, "wanjiafu-stocker")]
    [InlineData("tonghua-blind", "司机要啥本", null, Intent.Requirements, "water-driver")]
    [InlineData("sanming-blind", "茶季是不是要熬通宵啊", "yanyun-maker", Intent.Hours, "yanyun-maker")]
    // Teochew 无 ending the question; how pay is counted; warm clothes named by 防寒.
    [InlineData("jieyang-blind", "阿姨50岁了还要无", "jinding-qc", Intent.Requirements, "jinding-qc")]
    [InlineData("luzhou-blind", "剥笋子按时算还是按件", null, Intent.Salary, "zhuxiang-packer")]
    [InlineData("tianshui-blind", "冷库发棉衣不 冷得很吧", null, Intent.Benefits, "guofeng-coldstore")]
    // What one can take home outweighs the requirements words beside it; meals outweigh 加班; 文身 is 纹身; eyesight.
    [InlineData("liuan-blind", "冇得经验的新手 一个月能拿好多", "wanling-filling", Intent.Salary, "wanling-filling")]
    [InlineData("shiyan-blind", "锻压工一个月能拿几多", null, Intent.Salary, "hx-forging")]
    [InlineData("liuan-blind", "车位晚上加班管饭不", null, Intent.RoomBoard, "wanling-sewing")]
    [InlineData("liuan-blind", "冲压有纹身能进不", null, Intent.Requirements, "yicheng-press")]
    [InlineData("liuan-blind", "第七个岗位要视力好的吗 我戴眼镜", null, Intent.Requirements, "yicheng-qc")]
    // 共 slipped for 工; Cantonese 包唔包食, 边日 (which day), 识做 (know how to) and 得唔得 (will I do); 扎 for 轧;
    // "need to speak" a language.
    [InlineData("zhaoqing-blind", "2号共资几多", null, Intent.Salary, "stone-polisher")]
    [InlineData("zhaoqing-blind", "#7包唔包食", null, Intent.RoomBoard, "hotel-cook")]
    [InlineData("zhaoqing-blind", "10号休边日", null, Intent.Hours, "herb-sorter")]
    [InlineData("zhaoqing-blind", "摘砂仁要唔要识做", null, Intent.Requirements, "herb-harvest")]
    [InlineData("zhaoqing-blind", "我会整鼎湖上素同裹蒸，7号我得唔得", null, Intent.Requirements, "hotel-cook")]
    [InlineData("taian-blind", "扎钢一个月多少钱", null, Intent.Salary, "steel-roller")]
    [InlineData("taian-blind", "Do the tour guides need to speak English?", null, Intent.Requirements, "tai-guide")]
    // Shaanxi 得是 (是不是) asks; "how many years" of something asks the requirements.
    [InlineData("xianyang-blind", "山顶酒店得是住在山上", null, Intent.RoomBoard, "huashan-hotel")]
    [InlineData("jingzhou-blind", "interested in #7, how many years of driving do you need?", null, Intent.Requirements, "rice-driver")]
    // A licence class said as 照; earning more with a certificate; Guizhou 要不要得; a night-shift allowance in English.
    [InlineData("zhangzhou-blind", "开铲车的要C照吗", null, Intent.Requirements, "juli-test-driver")]
    [InlineData("yueyang-blind", "有钳工证 能多拿点不", null, Intent.Salary, "paper-fitter")]
    [InlineData("qiandongnan-blind", "我62了还能绣 要不要得", "miao-embroidery", Intent.Requirements, "miao-embroidery")]
    [InlineData("qiandongnan-blind", "Is there a night shift allowance for customer service?", null, Intent.Benefits, "cs-agent")]
    // Traditional 導遊; pay cut in probation is pay, not a staff discount; Sichuan 落屋 (take home); drink handed out;
    // a driver's days on the road; a mothers' shift.
    [InlineData("ganzi-blind", "導遊冬天淡季工資有保底嗎", null, Intent.Salary, "kd-guide")]
    [InlineData("ganzi-blind", "乳品工试用期打折不", null, Intent.Salary, "yak-dairy")]
    [InlineData("ganzi-blind", "开货车的一个月落屋好多 我想报8号", null, Intent.Salary, "yak-driver")]
    [InlineData("ganzi-blind", "青稞酿酒工发酒不 哈哈", null, Intent.Benefits, "qingke-brewer")]
    [InlineData("shangqiu-blind", "一个月跑几天", "coldchain-driver", Intent.Hours, "coldchain-driver")]
    [InlineData("shangqiu-blind", "有宝妈班没？俺孩子上幼儿园得接", "noodle-packer", Intent.Hours, "noodle-packer")]
    // 陀 for 驼, 绿 for 氯; north-western 甚本本 (which licence).
    [InlineData("wuhai-blind", "陀工咋算钱", null, Intent.Salary, "tuoling-camel-handler")]
    [InlineData("wuhai-blind", "绿碱车间要甚学历", null, Intent.Requirements, "haiyu-chloralkali-operator")]
    [InlineData("wuhai-blind", "要甚本本", "tuoling-offroad-driver", Intent.Requirements, "tuoling-offroad-driver")]
    // A licence class said as 本; meals paid for in English; 拿多少 (take home); how early the day starts.
    [InlineData("baoding-blind", "C本能开不", "furniture-driver", Intent.Requirements, "furniture-driver")]
    [InlineData("baoding-blind", "installer job, do they pay for meals?", null, Intent.RoomBoard, "furniture-installer")]
    [InlineData("zhangye-blind", "refrigerated truck driver, any meal allowance?", null, Intent.RoomBoard, "cold-driver")]
    [InlineData("zhangye-blind", "冷库分拣一个月拿多少", null, Intent.Salary, "cold-sorter")]
    [InlineData("lishui-blind", "采菇要起老早伐", null, Intent.Hours, "guxiang-picker")]
    // Yunnan 给 (whether), Anhui 噶; 吵 for 炒, 中 for 终; 给几多; how much per month in English; how long a shift lasts.
    [InlineData("lincang-blind", "宿舍给有空调 耿马热得很", "sugar-operator", Intent.RoomBoard, "sugar-operator")]
    [InlineData("lincang-blind", "下雨天给上班", "coffee-picker", Intent.Hours, "coffee-picker")]
    [InlineData("lincang-blind", "4号一个班干好久", "sugar-operator", Intent.Hours, "sugar-loader")]
    [InlineData("xuancheng-blind", "结冰天也要挑噶", "songyun-porter", Intent.Hours, "songyun-porter")]
    // Yunnan 咯 before a verb (whether).
    [InlineData("lijiang-blind", "讲解员咯要导游证", null, Intent.Requirements, "yuling-guide")]
    // Hubei 么样的人 (what kind of person).
    [InlineData("xiantao-blind", "品检员要么样的人", null, Intent.Requirements, "kangjie-qc")]
    // 有好多 after a month (how much); northern 开资 (pay); how high pay goes.
    [InlineData("qianxinan-blind", "天车工一个月有好多", null, Intent.Salary, "qs-crane")]
    [InlineData("ulanqab-blind", "一个月开资多少", "bcy-idc-ops", Intent.Salary, "bcy-idc-ops")]
    [InlineData("ulanqab-blind", "旺季能到多少", "sd-line", Intent.Salary, "sd-line")]
    // How far; how far one must swim is what the lifeguard's job asks.
    [InlineData("baicheng-blind", "运维的地方离市里多远", null, Intent.Location, "wind-om")]
    [InlineData("hainan-blind", "要游多远啊", "resort-lifeguard", Intent.Requirements, "resort-lifeguard")]
    [InlineData("xuancheng-blind", "吵茶师傅几多钱一个月", null, Intent.Salary, "yunwu-roaster")]
    [InlineData("xuancheng-blind", "学徒期间给几多", "jingyun-laozhi", Intent.Salary, "jingyun-laozhi")]
    [InlineData("jixi-blind", "十一号有年中奖没", null, Intent.Benefits, "dx-miller")]
    [InlineData("jixi-blind", "my husband drives trucks, he has an A2 licence. how much per month?", "yj-truck", Intent.Salary, "yj-truck")]
    // Pay by the hour in 块.
    [InlineData("shaoyang-blind", "装卸一小时几块钱", null, Intent.Salary, "sulian-loader")]
    [InlineData("liuan-blind", "12号多久倒一次班", null, Intent.Hours, "lanqing-molding")]
    [InlineData("jiamusi-blind", "有电工证能多给不 碾米机", null, Intent.Salary, "rice-miller")]
    [InlineData("baotou-blind", "勾机给甚价钱", null, Intent.Salary, "mine-excavator")]
    // Pay per hour (一个钟); more money for a certificate in Cantonese (多啲钱); how long one trip lasts (几耐); 食住 asked with 点搞.
    [InlineData("yibin-blind", "想干分拣 夜班好多钱一个钟", null, Intent.Salary, "cyt-sorter")]
    [InlineData("heyuan-blind", "护工考咗证会唔会多啲钱", null, Intent.Salary, "yk-carer")]
    [InlineData("heyuan-blind", "出海一次要几耐", null, Intent.Hours, "lw-deckhand")]
    [InlineData("heyuan-blind", "船上食住点搞", "lw-deckhand", Intent.RoomBoard, "lw-deckhand")]
    // An evening meal asked as 晚饭 is answered by a board text that says 晚餐.
    [InlineData("yibin-blind", "晚饭要自己出钱不", "jx-bottling", Intent.RoomBoard, "jx-bottling")]
    [InlineData("yibin-blind", "Does the liquor sales job need a driving licence?", null, Intent.Requirements, "jx-sales")]
    // Which bus (坐几路车), a traditional 譯, how long one trip at sea lasts.
    [InlineData("bijie-blind", "魔芋加工厂坐几路车", null, Intent.Location, "konjac-worker")]
    [InlineData("weihai-blind", "翻譯週末休息嗎", null, Intent.Hours, "hanxing-interpreter")]
    [InlineData("weihai-blind", "出海一次得多长时间啊", "haiyu-deckhand", Intent.Hours, "haiyu-deckhand")]
    // Yunnan 格 before a verb asks whether; where the loads go; which bus with a job named; somewhere to sleep.
    [InlineData("dali-blind", "民宿保洁格是在古城", null, Intent.Location, "homestay-housekeeping")]
    [InlineData("tieling-blind", "司机都送到哪", null, Intent.Location, "beifang-driver")]
    [InlineData("tieling-blind", "⑫号去山东坐啥车", null, Intent.Location, "liaoji-apple")]
    [InlineData("dali-blind", "摘花的外地人有地方住没", null, Intent.RoomBoard, "rose-picker")]
    // Gan and Hunan 啵 ends a question; Jianghuai 可给 asks whether; how many days one trip takes.
    [InlineData("jiujiang-blind", "50多岁了还能养鱼啵", null, Intent.Requirements, "pohu-farmer")]
    [InlineData("lianyungang-blind", "英语不好可给做", "lq-docs", Intent.Requirements, "lq-docs")]
    [InlineData("yuxi-blind", "开大车的跑一趟几天", null, Intent.Hours, "ly-driver")]
    // A time unit before "how much money" asks a rate; an allowance per show; how often pay is settled.
    [InlineData("anqing-blind", "注塑机一小时几多钱", null, Intent.Salary, "ys-injection")]
    [InlineData("liaocheng-blind", "小时工一个钟头多少钱", null, Intent.Salary, "logistics-sorter")]
    [InlineData("liaocheng-blind", "想报名分拣 夜班多少钱", null, Intent.Salary, "logistics-sorter")]
    [InlineData("anqing-blind", "演一場補幾多", "xy-lighting", Intent.Salary, "xy-lighting")]
    [InlineData("liaocheng-blind", "钉珠是天天结账还是一个月一结", null, Intent.Salary, "costume-beading")]
    // When a season ends (Shandong 多咱, Jianghuai 么时候); how far on foot from where one lives.
    [InlineData("liaocheng-blind", "嫁接干到多咱结束", null, Intent.Hours, "peony-grafter")]
    [InlineData("anqing-blind", "采茶季搞到么时候结束", null, Intent.Hours, "cl-picker")]
    [InlineData("anqing-blind", "我住大桥街道 宝妈岗走路过去远不", null, Intent.Location, "ys-momshift")]
    // A misspelt word found though a cue hides inside a longer word ("钱" in "要钱"); 荼 typed for 茶.
    [InlineData("liaocheng-blind", "分拣嘞宿社要钱吗", null, Intent.RoomBoard, "logistics-sorter")]
    [InlineData("anqing-blind", "采荼住哪里 几个人一间", null, Intent.RoomBoard, "cl-picker")]
    // Cantonese which licence, which places, paid by the catty; whether someone teaches; working every day.
    [InlineData("qingyuan-blind", "冷链司机要咩牌", null, Intent.Requirements, "axing-driver")]
    [InlineData("qingyuan-blind", "司机送边几个地方", null, Intent.Location, "axing-driver")]
    [InlineData("qingyuan-blind", "摘茶叶系按斤计定系按日计", "jicui-picker", Intent.Salary, "jicui-picker")]
    [InlineData("qingyuan-blind", "出车有冇饭补", "axing-driver", Intent.RoomBoard, "axing-driver")]
    [InlineData("qiqihar-blind", "不会鸡奶 有人教不", "dairy-milker", Intent.Requirements, "dairy-milker")]
    [InlineData("qiqihar-blind", "讲解员冬天也得天天上班吗", null, Intent.Hours, "hotel-guide")]
    // Standing the heat (受得住) is no housing; Cantonese how counted (点计), how many hours, 识 for 会; Jin 甚地方;
    // 浸 sounds like 进.
    [InlineData("wuzhou-blind", "渥堆车间好热喔，受唔受得住嘅", "tea-maker", Intent.Requirements, "tea-maker")]
    [InlineData("wuzhou-blind", "做茶嘅人工点计", null, Intent.Salary, "tea-maker")]
    [InlineData("wuzhou-blind", "旺季一日做几多个钟", "tea-maker", Intent.Hours, "tea-maker")]
    [InlineData("wuzhou-blind", "茶艺要唔要识讲白话", null, Intent.Requirements, "tea-sales")]
    [InlineData("changzhi-blind", "甚地方", "hawthorn-picker", Intent.Location, "hawthorn-picker")]
    [InlineData("changzhi-blind", "进胶要上夜班不", null, Intent.Hours, "glove-dipping")]
    // North-eastern 米 is money.
    [InlineData("dandong-blind", "剥虾的一个月能整多少米", null, Intent.Salary, "seafood-worker")]
    // Jianghuai 可管 (will it do); which months the work is done.
    [InlineData("chuzhou-blind", "36了 超了一岁可管", "lingchuan-inspector", Intent.Requirements, "lingchuan-inspector")]
    [InlineData("chuzhou-blind", "我老公在合肥海尔干过发泡 可管", null, Intent.Requirements, "lingchuan-foaming")]
    [InlineData("liaoyuan-blind", "造林几月份干", null, Intent.Hours, "songling-forestry")]
    // Which township; fainting at blood, a detail the requirements state; a room text's 独立卫浴 is the 卫生间 asked;
    // bringing one's own food asks the meals, which 包三餐 answers.
    [InlineData("huangshi-blind", "养殖基地在梁子湖哪个镇", null, Intent.Location, "lianghu-farmtech")]
    [InlineData("huangshi-blind", "晕血的能去杀鱼不 哈哈", null, Intent.Requirements, "lianghu-processing")]
    [InlineData("yongzhou-blind", "宿舍带卫生间冇", "panshi-dcs", Intent.RoomBoard, "panshi-dcs")]
    [InlineData("panjin-blind", "井场吃饭咋整 自己带饭吗", "xinhai-workover", Intent.RoomBoard, "xinhai-workover")]
    // How long the season's work lasts.
    [InlineData("weinan-blind", "能干多长时间，茶季完了咋办", "hanshui-picker", Intent.Hours, "hanshui-picker")]
    // Seniority pay, stated in the benefits.
    [InlineData("jiaozuo-blind", "电焊有没有工龄工资", null, Intent.Benefits, "kitchen-welder")]
    // Paid more for a licence; a named job's pay asked beside a licence the training entry also names.
    [InlineData("longyan-blind", "有证的多给吗", "dingsheng-crane", Intent.Salary, "dingsheng-crane")]
    [InlineData("longyan-blind", "2号岗位工资几多 我有电工证想去", null, Intent.Salary, "ningchuan-maintenance")]
    // Living conditions are the room; an allowance's amount asked like pay is answered by the benefits that state it
    // when the pay note only lists it.
    [InlineData("xinyang-blind", "炒茶师傅住的啥条件", null, Intent.RoomBoard, "tea-roaster")]
    [InlineData("bayingolin-blind", "保全工宿社条件咋样", null, Intent.RoomBoard, "tianmian-mechanic")]
    [InlineData("youyang-blind", "可以走读不 我屋就在板溪", "youzhou-packer", Intent.RoomBoard, "youzhou-packer")]
    [InlineData("heze-blind", "冷库低温补贴一天多少钱", null, Intent.Benefits, "huanghai-coldstore")]
    [InlineData("hami-blind", "偏远补贴一个月多少", "chem-operator", Intent.Benefits, "chem-operator")]
    // An allowance the pay note adds with 另补 ("夜班每晚另补30元") is in the benefits answer.
    [InlineData("shantou-blind", "有无夜班补贴", "lvyuan-pelletizer", Intent.Benefits, "lvyuan-pelletizer")]
    // An allowance only the room and board text names ("不提供宿舍，每月住房补贴400元").
    [InlineData("xiantao-blind", "有住房补贴冇", "jianghan-driver", Intent.RoomBoard, "jianghan-driver")]
    // A dialect the job wants; looks; a meal card is the board, not the pay; which months a season runs; field work in
    // the villages; Sichuan 得行不 with a couple; how often one gets out of a closed farm; schooling in other words.
    [InlineData("zhumadian-blind", "河南话能直播不", "xb-live-host", Intent.Requirements, "xb-live-host")]
    [InlineData("zhumadian-blind", "带货主播要长得好看不？俺长得不咋着😂", "xb-live-host", Intent.Requirements, "xb-live-host")]
    [InlineData("zhumadian-blind", "盐化操作工饭卡每月多少钱", null, Intent.RoomBoard, "yj-dcs-operator")]
    [InlineData("hechi-blind", "榨季是几月到几月喔", "sugar-press", Intent.Hours, "sugar-press")]
    [InlineData("hechi-blind", "养蚕技术员是不是要下乡", null, Intent.Location, "silk-tech")]
    [InlineData("dazhou-blind", "两口子一起去得行不", "pig-breeder", Intent.Requirements, "pig-breeder")]
    [InlineData("dazhou-blind", "封闭管理是啥子意思哦 好久能出来一趟", "pig-breeder", Intent.Hours, "pig-breeder")]
    [InlineData("dazhou-blind", "我屋头种天麻好多年了，当技术员得行不 没读过大学", null, Intent.Requirements, "herb-tech")]
    // An age asked beside 闲不住 (no housing word); a typo of 时间 after 干多长; days of a season; getting home; whether a
    // skill helps; Hailufeng how much; Cantonese whether one works in the rain and when a boat is back; paid off-season.
    [InlineData("linfen-blind", "60多岁还能去核桃园不？俺爹闲不住", null, Intent.Requirements, "walnut-orchard")]
    [InlineData("linfen-blind", "分拣一天干多长时问", null, Intent.Hours, "jujube-sorter")]
    [InlineData("jiuquan-blind", "干多少天", "jinsui-detassel", Intent.Hours, "jinsui-detassel")]
    [InlineData("jiuquan-blind", "多久能回一趟家", "hangcheng-cook", Intent.Hours, "hangcheng-cook")]
    [InlineData("jiuquan-blind", "英文好的讲解员有优势吗", null, Intent.Requirements, "tuoling-guide")]
    [InlineData("shanwei-blind", "晒鱼干若济钱一日", null, Intent.Salary, "seafood-drying")]
    [InlineData("shanwei-blind", "晒鱼落雨天使唔使返工", null, Intent.Hours, "seafood-drying")]
    [InlineData("shanwei-blind", "出海一次几耐先返", "fishing-crew", Intent.Hours, "fishing-crew")]
    [InlineData("shanwei-blind", "休渔期有冇钱出", "fishing-crew", Intent.Salary, "fishing-crew")]
    // 满勤 is full attendance and 好多 after a bonus asks its amount; whether pay is settled daily,
    // answered by a pay note that says 月底; where a named job works, though the onboarding entry says when to start
    // (上班); dust said 灰大, answered by requirements about 粉尘.
    [InlineData("xiangtan-blind", "满勤奖好多", "fish-processor", Intent.Benefits, "fish-processor")]
    [InlineData("huanggang-blind", "装配满勤奖好多", null, Intent.Benefits, "mc-assembly")]
    [InlineData("xiangtan-blind", "是日结不", "lotus-sorter", Intent.Salary, "lotus-sorter")]
    [InlineData("xiangtan-blind", "5号岗位在哪上班", null, Intent.Location, "tea-host")]
    [InlineData("datong-blind", "选煤厂灰大不大", null, Intent.Requirements, "kq-washery")]
    // Hubei 好高 is how tall; the night allowance said short (夜班补); until which month.
    [InlineData("jingmen-blind", "保安要好高", null, Intent.Requirements, "yingdu-security")]
    [InlineData("chengde-blind", "主播 刚才那个钢化炉的夜班补多少钱来着", null, Intent.Benefits, "haijing-tempering")]
    [InlineData("qiannan-blind", "采茶采到几月份", null, Intent.Hours, "tea-picker")]
    // Near a place; 熬不住 is no housing word, so the late shift asks the hours.
    [InlineData("fangchenggang-blind", "公司喺口岸附近吗", "dongxing-translator", Intent.Location, "dongxing-translator")]
    [InlineData("baoshan-blind", "晚场搞到凌晨1点啊？？熬不住哦", "jade-streamer", Intent.Hours, "jade-streamer")]
    // Whether there is a bonus the texts do not name is still answered with the benefits list (an allowance is not).
    [InlineData("daqing-blind", "挤奶工有年终奖没", null, Intent.Benefits, "lvyuan-milker")]
    // Wu 几钿 after a time unit asks the hourly rate; 除了工资 asks for what comes besides the pay.
    [InlineData("suzhou-blind", "小时工一个钟头几钿", "yuntong-sorter", Intent.Salary, "yuntong-sorter")]
    [InlineData("chuxiong-blind", "刺绣除了工资还有哪样福利", null, Intent.Benefits, "embroidery-worker")]
    // How many insurances, though a sound-alike of 公交 straddles the job's name; seasickness, which the crew's
    // requirements rule out (无晕船史), not a home place for the outside applicants' entry.
    [InlineData("zhoushan-blind", "水产普工交几险", null, Intent.Benefits, "haiwei-worker")]
    [InlineData("zhoushan-blind", "晕船的能去伐", "dongji-crew", Intent.Requirements, "dongji-crew")]
    // Shaanxi and Gansu 咥 is 吃.
    [InlineData("qingyang-blind", "管咥不？井上有灶没", "oil-workover", Intent.RoomBoard, "oil-workover")]
    // 得会 asks a skill the job may need; "rest days" asks the schedule.
    [InlineData("baishan-blind", "检验员是不是得会仪器啥的", null, Intent.Requirements, "ginseng-lab")]
    [InlineData("yunfu-blind", "rest days for the loader driver?", null, Intent.Hours, "yunfeng-loader")]
    // A job word after the number belongs to the call, so it shares nothing with the replay entry's "岗位能在哪里看";
    // whether there is a meal outweighs the night shift it is asked for.
    [InlineData("loudi-blind", "1号岗位在哪里上班", null, Intent.Location, "xzgl-crane")]
    [InlineData("huainan-blind", "夜班有饭吗", "hs-mech", Intent.RoomBoard, "hs-mech")]
    // 我在…住 tells where the viewer lives; the question is where the job is.
    [InlineData("baishan-blind", "参源化验员在哪上班 我在抚松县城住", null, Intent.Location, "ginseng-lab")]
    // Two drivers to a truck; 不要 ending the clause asks; a car allowance; Northern 几个点 (how many hours).
    [InlineData("bazhong-blind", "双驾还是单驾", "tongba-driver", Intent.Hours, "tongba-driver")]
    [InlineData("hengshui-blind", "电焊工要证不要", null, Intent.Requirements, "mesh-welder")]
    [InlineData("hengshui-blind", "6号销售有车补吗", null, Intent.Benefits, "liquor-sales")]
    [InlineData("hengshui-blind", "一天干几个点啊", "mesh-weaver", Intent.Hours, "mesh-weaver")]
    // Where a driver drives: the hours that list the routes, when the address names none; an address that says where
    // the deliveries go answers it.
    [InlineData("meishan-blind", "冷链司机一般跑哪些地方", null, Intent.Hours, "paocai-driver")]
    [InlineData("chizhou-blind", "跑哪些线路 跑不跑新疆", "jr-driver", Intent.Hours, "jr-driver")]
    [InlineData("changde-blind", "送货跑哪些地方", null, Intent.Location, "rice-driver")]
    // Whether women are taken, of a job whose requirements say (女工优先, 男女不限).
    [InlineData("ankang-blind", "扫丝工要女的吗", null, Intent.Requirements, "silk-reeler")]
    [InlineData("anqing-blind", "一号岗位是不是男的女的都要", null, Intent.Requirements, "wj-assembly")]
    // "在海港区住" is where the viewer lives, the question is the commute; knowing a skill; the floor pay for a beginner.
    [InlineData("qinhuangdao-blind", "在海港区住，去那上班方便不", "borun-qc", Intent.Location, "borun-qc")]
    [InlineData("jiyuan-blind", "技术员要懂PLC不", null, Intent.Requirements, "hongchuan-tech")]
    [InlineData("neijiang-blind", "新手没干过能保底不", "longxing-welder", Intent.Salary, "longxing-welder")]
    // An amount the benefits name and the pay does not is the bonus it is.
    [InlineData("xiangxi-blind", "普工满3个月那2000是真的给？", null, Intent.Benefits, "quancheng-operator")]
    // "我住秀英" is where the viewer lives, the question is the ride; a named benefit outweighs 待遇 beside it.
    [InlineData("chengmai-blind", "海口过去有车吗 我住秀英", "zhihui-annotator", Intent.Location, "zhihui-annotator")]
    [InlineData("chengmai-blind", "厨师待遇怎样 有五险一金没有", null, Intent.Benefits, "yingbin-cook")]
    // 出车 is driving out: "出车补吃饭" asks the meal, not a car allowance.
    [InlineData("nanning-blind", "4号出车补吃饭吗", null, Intent.RoomBoard, "logistics-driver")]
    // Hokkien 几钱 (how much money) after a time unit asks the hourly rate.
    [InlineData("shouning-blind", "打包一个小时几钱", null, Intent.Salary, "ecom-packer")]
    // 啷个搞 (how is it done) after a trip to and from the county town asks how to get there.
    [InlineData("wushan-blind", "曲尺离县城好远哦，每天来回啷个搞", "guoye-sorter", Intent.Location, "guoye-sorter")]
    // How often a driver gets home asks the schedule.
    [InlineData("kalpin-blind", "驾驶员跑长途几天回来一次", null, Intent.Hours, "sheep-driver")]
    // South-western 好远 ending the clause asks how far.
    [InlineData("enshi-blind", "隔河岩离县城好远", "hydro-operator", Intent.Location, "hydro-operator")]
    // 包主 typed for 包住 (主 sounds like 住).
    [InlineData("yanhe-blind", "包主不", "qianyan-assembler", Intent.RoomBoard, "qianyan-assembler")]
    public void Classify_DialectQuestionAboutAPosition_AnswersIt(string session, string text, string? featured, Intent intent, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    // Min how much money: Fuzhou and Ningde 偌侪钱, Pingtan 若夥钱 (蜀 is one).
    [InlineData("shouning-blind", "茶厂一个月偌侪钱", null, "yunlan-tea", null)]
    [InlineData("pingtan-blind", "蜀个月若夥钱", "lanhai-processing", null, "lanhai-processing")]
    public void Classify_MinHowMuchMoney_AsksThePay(string session, string text, string? featured, string? company, string? position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Salary, text);
        verdict.CompanyId.ShouldBe(company, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("chengdu-blind", "光伏厂在德阳哪点", "guangsheng-solar")]
    [InlineData("shenyang-blind", "博锐在铁西哪旮沓", "borui-auto")]
    [InlineData("lanzhou-blind", "马记在阿达有店", "maji-noodle")]
    // Northern 哪儿了, though the place name 介休 holds the hours word 休.
    [InlineData("jinzhong-blind", "洗煤厂在介休哪儿了", "jinyuan-coal")]
    [InlineData("dazhou-blind", "锦程在达州哪个地方", "jincheng-garment")]
    [InlineData("linfen-blind", "通达物流在柳林哪嗒", "tongda-logistics")]
    // Qinghai 阿扎 (where), with the particles 哩 and 里 after it.
    [InlineData("haidong-blind", "高源在乐都阿扎哩", "gaoyuan-lithium")]
    [InlineData("haidong-blind", "酒厂在互助阿扎里", "caihonggu-liquor")]
    // Traditional 傢 and 廠.
    [InlineData("qiannan-blind", "傢俱廠在哪裡", "linsen-furniture")]
    // Min Dong 底落 (where).
    [InlineData("shouning-blind", "电池厂在底落", "ningshou-energy")]
    // Qinghai 阿里 (where) ending the question.
    [InlineData("menyuan-blind", "毛牛肉厂在阿里", "gangshika-food")]
    // Gansu 阿搭, written for 阿达.
    [InlineData("lintao-blind", "洮阳牧业在阿搭", "taoyang-livestock")]
    // Gan 何里 (where).
    [InlineData("nanchang-blind", "飞机厂在南昌何里", "hongxiang-aero")]
    public void Classify_DialectWhereWithAnEmployer_AnswersItsLocations(string session, string text, string company)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Location, text);
        verdict.CompanyId.ShouldBe(company, text);
    }

    [Theory]
    [InlineData("shenyang-blind", "有回放不 刚进来", "replay")]
    [InlineData("chengdu-blind", "要交钱不，莫得钱哦", "fees")]
    public void Classify_ParticleEndingTheFirstClause_IsAQuestion(string session, string text, string faq)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.FaqId.ShouldBe(faq, text);
    }

    [Theory]
    [InlineData("有保险没有", Intent.Benefits)]
    [InlineData("包住没有", Intent.RoomBoard)]
    public void Classify_MeiYouEndingAClause_AsksAcrossThePositions(string text, Intent intent)
    {
        // "X没有" asks like "X没": with no job named, every position's answer.
        var verdict = TestSessions.Of("tieling-blind").Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Fact]
    public void Classify_ParticleInsideAClause_IsNoQuestion()
    {
        // 不 inside "我不想去了" ends no clause: a statement, not "有…不".
        var verdict = TestSessions.Of("chengdu-blind").Classify("我不想去了 宿舍太远", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("ningbo-blind", "有押金伐", "fees")]
    [InlineData("changsha-blind", "错过了有回放冒", "replay")]
    [InlineData("ningxia-blind", "下一场撒时候播", "replay")]
    [InlineData("yulin-blind", "甚时候面试", "interview")]
    [InlineData("huizhou-blind", "补贴500系咪真嘅", "job-subsidy")]
    [InlineData("jiujiang-blind", "返乡有补贴啵 我刚从泉州回来", "returnee-subsidy")]
    // Whether there is a stream tomorrow; who pays the medical check, in traditional characters (誰).
    [InlineData("nanping-blind", "明天还有直播吗", "replay")]
    [InlineData("jinzhou-blind", "體檢費誰出", "fees")]
    public void Classify_DialectQuestionWords_AskTheEntry(string session, string text, string faq)
    {
        // Wu 伐 and Hunan 冒 end a question like 吗; north-west 撒 and Shaanbei 甚 are 啥.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.FaqId.ShouldBe(faq, text);
    }

    [Theory]
    [InlineData("taiyuan-blind", "化工操作工有夜班费没", Intent.Salary)]
    [InlineData("kunming-blind", "摘果要自己带铺盖不", Intent.RoomBoard)]
    [InlineData("zhanjiang-blind", "摘龙眼住边度", Intent.RoomBoard)]
    [InlineData("zhanjiang-blind", "有冇包食住嘅？", Intent.RoomBoard)]
    [InlineData("xuzhou-blind", "公交司机一个月能落多少", Intent.Salary)]
    [InlineData("yulin-blind", "光伏板子擦一天多钱", Intent.Salary)]
    // kf: the pinyin initials of 客服.
    [InlineData("huade-blind", "kf有提成没", Intent.Salary)]
    public void Classify_DialectWordsForPayAndHousing_AskThem(string session, string text, Intent intent)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Fact]
    public void Classify_CountingWithJi_IsNoQuestion()
    {
        // 几 in 好几年 counts years; the message signs up for job 12 and asks nothing.
        var verdict = TestSessions.Of("changchun-blind").Classify("挑参我干过好几年 报名12号", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("hs-sorter");
    }

    [Fact]
    public void Classify_CantoneseChildrenInTheDorm_IsADetailTheFactsDoNotState()
    {
        var verdict = TestSessions.Of("zhanjiang-blind").Classify("可以带细路去宿舍住吗", null);

        verdict.Intent.ShouldBe(Intent.None);
    }

    [Theory]
    [InlineData("zhaoqing-blind", "厂里有冇宵夜食㗎", null, null)]
    [InlineData("maoming-blind", "夜班有冇宵夜食", "runhua-operator", "夜宵")]
    public void Classify_LateNightMeal_IsAnsweredOnlyWhereABoardTextStatesIt(string session, string text, string? featured, string? fact)
    {
        // 宵夜 and 夜宵 are one meal; a session whose board texts say nothing of it answers nothing.
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(fact is null ? Intent.None : Intent.RoomBoard);
        if (fact is not null)
        {
            verdict.Answer.ShouldNotBeNull().ShouldContain(fact);
        }
    }

    [Fact]
    public void Classify_ShenZhiMeaningEven_IsNoQuestion()
    {
        // 甚至 holds the question word 甚; read as a question, the weak cue 住 would get the housing of the job on screen.
        var verdict = TestSessions.Of("yulin-blind").Classify("我甚至在厂里住了三年", "guangtuo-cleaner");

        verdict.Intent.ShouldBe(Intent.None);
    }

    [Fact]
    public void Classify_HakkaPronounBeyondTheBmp_ReadsAsI()
    {
        var session = TestSessions.Of("meizhou-blind");

        var signup = session.Classify("𠊎要报", "wlj-housekeeping");
        signup.Interest.ShouldBeTrue();
        signup.PositionId.ShouldBe("wlj-housekeeping");

        // Arriving, and leaving for work, are no wish for a job.
        session.Classify("主播好，𠊎来了", null).Interest.ShouldBeFalse();
        var replay = session.Classify("有冇回放啊，𠊎要返工冇时间睇", null);
        replay.FaqId.ShouldBe("replay");
        replay.Interest.ShouldBeFalse();
    }

    [Fact]
    public void Classify_CantoneseHowAndStill_AskTheFaq()
    {
        var session = TestSessions.Of("maoming-blind");

        var apply = session.Classify("点报名啊 唔识弄", null);
        apply.FaqId.ShouldBe("how-to-apply");
        apply.Interest.ShouldBeFalse();
        session.Classify("听晚仲有冇直播", null).FaqId.ShouldBe("replay");
    }

    [Theory]
    [InlineData("zhoukou-blind", "哪个活钱多")]
    [InlineData("beihai-blind", "边个岗位人工最高啊")]
    public void Classify_WhichJobPaysMost_GivesThePayOverview(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.PositionId.ShouldBeNull();
        verdict.Answer.ShouldNotBeNull();
    }

    [Fact]
    public void Classify_SouthWesternWords_ReadAsMandarin()
    {
        // 莫得 ending the question is 没得; 繡 is 绣; "我也1" answers the host's call.
        TestSessions.Of("lhasa-blind").Classify("错过了前面的 有回放莫得", null).FaqId.ShouldBe("replay");
        TestSessions.Of("bengbu-blind").Classify("有回放木得，俺下午才有空看", null).FaqId.ShouldBe("replay");
        TestSessions.Of("jieyang-blind").Classify("明晚还播无", null).FaqId.ShouldBe("replay");
        TestSessions.Of("jieyang-blind").Classify("有无就业补贴", null).FaqId.ShouldBe("subsidies");
        TestSessions.Of("luzhou-blind").Classify("zm报名", null).FaqId.ShouldBe("how-to-apply");
        TestSessions.Of("yulin-blind").Classify("神木有店不", "yangguan-waiter").Intent.ShouldBe(Intent.Location);
        var session = TestSessions.Of("tongren-blind");
        session.Classify("我要報名繡娘", null).PositionId.ShouldBe("miao-embroidery");
        var call = session.Classify("我也1", "chili-line");
        call.Interest.ShouldBeTrue();
        call.PositionId.ShouldBe("chili-line");
    }

    [Theory]
    [InlineData("zigong-blind", "盐厂过年发不发东西", "jinghai-salt")]
    [InlineData("zunyi-blind", "酿酒工过节发不发东西", null)]
    [InlineData("jining-blind", "合作社年底有分红吗", "hexiang-coop")]
    public void Classify_GoodsHandedOut_AnswersTheBenefits(string session, string text, string? company)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Benefits, text);
        if (company is not null)
        {
            verdict.CompanyId.ShouldBe(company, text);
        }
    }

    [Fact]
    public void Classify_TwoCharacterANotA_IsAQuestionAboutTheNamedJob()
    {
        // Henan 得劲不得劲 (is it any good) asks as 好不好 does: a judgement nothing answers, about the job it names.
        var verdict = TestSessions.Of("zhumadian-blind").Classify("香油灌装那个活得劲不得劲", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.PositionId.ShouldBe("tzx-sesame-filling");
        verdict.IsQuestion.ShouldBeTrue();
    }
}
