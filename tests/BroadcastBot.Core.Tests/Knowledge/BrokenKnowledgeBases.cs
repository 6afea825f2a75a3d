namespace BroadcastBot.Core.Tests.Knowledge;

/// <summary>Broken knowledge bases, each made by one edit of the sample, with the problem it must report.</summary>
public static class BrokenKnowledgeBases
{
    public static TheoryData<string, string, string> Cases()
    {
        var sample = KnowledgeBaseLoaderTests.SampleYaml();
        string Edit(string from, string to)
        {
            if (!sample.Contains(from, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"sample no longer contains '{from}'");
            }

            return sample.Replace(from, to);
        }

        return new TheoryData<string, string, string>
        {
            { "empty file", "", "(file): empty file" },
            { "only whitespace", "  \n\n", "(file): empty file" },
            { "comments only", "# nothing here\n", "(file): empty file" },
            { "not YAML", "session: [unclosed\n  id: x", "(file): not valid YAML" },
            { "top level is a list", "- a\n- b\n", "(file): expected a mapping" },
            { "two documents", sample + "\n---\nsession: {}\n", "(file): several YAML documents" },
            { "unknown top-level field", sample + "\nsponsors: []\n", "sponsors: unknown field" },
            { "missing session", Edit("session:\n  id: xiqing-spring-2026", "sessionx:\n  id: xiqing-spring-2026"), "session: missing" },
            { "missing session id", Edit("  id: xiqing-spring-2026\n", ""), "session.id: missing" },
            { "session id not a slug", Edit("id: xiqing-spring-2026", "id: Xiqing Spring"), "session.id: 'Xiqing Spring' is not a slug" },
            { "bad language tag", Edit("language: zh-CN", "language: chinese simplified"), "session.language: 'chinese simplified' is not a BCP 47" },
            { "starts_at without offset", Edit("starts_at: 2026-03-02T10:00:00+08:00", "starts_at: 2026-03-02T10:00:00"), "session.starts_at: '2026-03-02T10:00:00' is not an ISO 8601 time with an offset" },
            { "starts_at not a date", Edit("starts_at: 2026-03-02T10:00:00+08:00", "starts_at: next monday"), "session.starts_at: 'next monday' is not an ISO 8601" },
            { "apply base not https", Edit("apply_base_url: https://jobs.example.cn/xq", "apply_base_url: http://jobs.example.cn/xq"), "session.apply_base_url: 'http://jobs.example.cn/xq' is not an absolute https URL" },
            { "collect_contacts not bool", Edit("  language: zh-CN\n", "  language: zh-CN\n  collect_contacts: maybe\n"), "session.collect_contacts: 'maybe' is not true or false" },
            { "unknown session field", Edit("  language: zh-CN\n", "  language: zh-CN\n  langauge: en\n"), "session.langauge: unknown field" },
            { "companies missing", Edit("companies:\n", "firms:\n"), "companies: missing" },
            { "duplicate company id", Edit("  - id: ruida-auto\n", "  - id: hengxin-food\n"), "companies[1].id: duplicate company id 'hengxin-food' (first used at companies[0])" },
            { "empty company alias", Edit("aliases: [瑞达, 瑞达自动化, Ruida]", "aliases: [瑞达, '', Ruida]"), "companies[1].aliases[1]: is empty" },
            { "company aliases not a list", Edit("aliases: [瑞达, 瑞达自动化, Ruida]", "aliases: 瑞达"), "companies[1].aliases: expected a list" },
            { "unknown company", Edit("company: ruida-auto\n    title: 设备电工", "company: ruida\n    title: 设备电工"), "positions[4].company: unknown company 'ruida'" },
            { "duplicate position id", Edit("  - id: food-forklift\n", "  - id: food-qc\n"), "positions[1].id: duplicate position id 'food-qc' (first used at positions[0])" },
            { "duplicate position number", Edit("number: 2\n", "number: 1\n"), "positions[1].number: duplicate position number '1' (first used at positions[0])" },
            { "missing position number", Edit("    number: 3\n", ""), "positions[2].number: missing" },
            { "position number zero", Edit("number: 3\n", "number: 0\n"), "positions[2].number: 0 is below the minimum 1" },
            { "position number not a number", Edit("number: 3\n", "number: three\n"), "positions[2].number: 'three' is not a whole number" },
            { "salary min above max", Edit("salary: {min: 6000, max: 15000", "salary: {min: 16000, max: 15000"), "positions[6].salary.min: 16000 is above max 15000" },
            { "salary missing", Edit("    salary: {min: 4800, max: 6000, currency: CNY, period: month}\n", ""), "positions[2].salary: missing" },
            { "salary period unknown", Edit("max: 9500, currency: CNY, period: month", "max: 9500, currency: CNY, period: fortnight"), "positions[3].salary.period: 'fortnight' is not one of month, day, hour, piece, year" },
            { "salary currency bad", Edit("max: 9500, currency: CNY", "max: 9500, currency: yuan"), "positions[3].salary.currency: 'yuan' is not a 3-letter currency code" },
            { "salary not a number", Edit("salary: {min: 7000, max: 9500", "salary: {min: 7k, max: 9500"), "positions[3].salary.min: '7k' is not a number" },
            { "salary unknown field", Edit("salary: {min: 7000, max: 9500,", "salary: {min: 7000, max: 9500, bonus: 100,"), "positions[3].salary.bonus: unknown field" },
            { "apply url not under base", Edit("https://jobs.example.cn/xq/food-qc", "https://evil.example.com/food-qc"), "positions[0].apply_url: not under apply_base_url 'https://jobs.example.cn/xq'" },
            { "apply url sibling path", Edit("https://jobs.example.cn/xq/food-qc", "https://jobs.example.cn/xqz/food-qc"), "positions[0].apply_url: not under apply_base_url" },
            { "apply url not https", Edit("https://jobs.example.cn/xq/food-qc", "javascript:alert(1)"), "positions[0].apply_url: 'javascript:alert(1)' is not an absolute https URL" },
            { "empty position alias", Edit("aliases: [叉车, 叉车工, 开叉车, forklift, forklift operator]", "aliases: [叉车, \"\", 开叉车]"), "positions[1].aliases[1]: is empty" },
            { "unknown position field", Edit("    headcount: 8\n", "    headcount: 8\n    salery: 5000\n"), "positions[0].salery: unknown field" },
            { "missing title", Edit("    title: 质检员\n", ""), "positions[0].title: missing" },
            { "empty title", Edit("    title: 质检员\n", "    title: ''\n"), "positions[0].title: is empty" },
            { "position is a list", Edit("  - id: food-qc\n    number: 1\n", "  - [food-qc]\n  - id: food-qc-x\n    number: 1\n"), "positions[0]: expected a mapping" },
            { "duplicate faq id", Edit("  - id: interview\n", "  - id: how-to-apply\n"), "faq[1].id: duplicate faq id 'how-to-apply'" },
            { "faq without questions", Edit("    questions: [收费吗, 要交钱吗, 有没有中介费, 报名费, is there a fee, do I have to pay]\n", ""), "faq[2].questions: missing" },
            { "faq without answer", Edit("    answer: 每个工作日上午10点直播，回放和全部岗位可以在主页查看。\n", ""), "faq[3].answer: missing" },
            { "duplicate yaml key", Edit("    headcount: 8\n", "    headcount: 8\n    headcount: 9\n"), "(file): not valid YAML" },
        };
    }
}
