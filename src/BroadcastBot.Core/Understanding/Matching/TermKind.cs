namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>What a dictionary term stands for.</summary>
internal enum TermKind : byte
{
    /// <summary>A position's title, alias or number; <see cref="TermPayload.Index"/> is the position's index.</summary>
    Position,

    /// <summary>An employer's name or alias; the index is the company's index.</summary>
    Company,

    /// <summary>A cue word of a fact intent; the index is the <see cref="Intent"/>.</summary>
    Cue,

    /// <summary>The viewer wants (or, with a negative weight, does not want) the job.</summary>
    Interest,

    /// <summary>Greeting, applause, stream talk.</summary>
    Chatter,

    /// <summary>A personal remark about the host ("漂亮", "多大了").</summary>
    Personal,

    /// <summary>Links, contact grabs, money lures.</summary>
    Spam,

    /// <summary>Question word or particle.</summary>
    Question,

    /// <summary>Function word without topic, stripped before FAQ matching.</summary>
    Stop,

    /// <summary>A specific detail the knowledge base must mention before it is answered.</summary>
    Detail,

    /// <summary>
    /// A judgement or an experience told ("还行", "受不了", "干过"): the message comments, it does not ask. A question
    /// word inside it is rhetorical ("谁去啊").
    /// </summary>
    Remark,
}
