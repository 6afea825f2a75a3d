namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>Context conditions on a term.</summary>
[Flags]
internal enum TermFlags : byte
{
    /// <summary>No condition.</summary>
    None = 0,

    /// <summary>A position alias that is also an everyday word ("主播", "仓库"): counts only in context.</summary>
    Everyday = 1,

    /// <summary>An interest cue that only counts when the message is not a question ("报名").</summary>
    Signup = 2,

    /// <summary>A question particle that only counts at the end of the message ("包住不").</summary>
    EndOnly = 4,

    /// <summary>An everyday alias that names a person the viewer may be talking to or about ("主播", "老板").</summary>
    Person = 8,

    /// <summary>An interest cue that counts only right before a job's name or number ("报⑥", "选11号").</summary>
    BeforeName = 16,

    /// <summary>A question word that asks only inside a clause, not opening one ("月结还是周结"; not "还是屋里好").</summary>
    InnerOnly = 32,

    /// <summary>An interest cue that also says one must ("要去"): no wish in a clause that asks ("面试要去县城么").</summary>
    Must = 64,
}
