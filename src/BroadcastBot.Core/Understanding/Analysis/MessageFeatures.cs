namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>What the matches of one message add up to, before any decision.</summary>
internal struct MessageFeatures
{
    /// <summary>Explicitly named position (index), or -1.</summary>
    public int Position;

    /// <summary>True when two different positions were named ("2号3号哪个工资高").</summary>
    public bool SeveralPositions;

    /// <summary>Named employer (index), or -1.</summary>
    public int Company;

    /// <summary>True when two different employers were named.</summary>
    public bool SeveralCompanies;

    /// <summary>A position named only by an everyday word ("主播"), still to be confirmed by context.</summary>
    public int EverydayPosition;

    /// <summary>The everyday word addresses the host ("主播好", "谢谢主播").</summary>
    public bool EverydayAddressesHost;

    /// <summary>The message is one position's name or number and nothing else ("9号").</summary>
    public bool NameAlone;

    /// <summary>
    /// The only position named follows 会 ("不会电焊 可以学不"): a skill one has or lacks. A position after 会 beside another
    /// named one is set aside (<see cref="Position"/> is the other).
    /// </summary>
    public bool PositionAsSkill;

    /// <summary>A position named as a skill after 不会 ("不会踩缝纫机能去吗"): one the viewer lacks.</summary>
    public bool SkillLacked;

    /// <summary>The everyday word names a person who may be there ("主播是温州人吗" asks about the host).</summary>
    public bool EverydayPerson;

    public IntentScores Scores;

    /// <summary>Sum of interest cue weights (negative cues cancel).</summary>
    public float Desire;

    /// <summary>"报名", "apply": interest unless the message asks how.</summary>
    public bool Signup;

    /// <summary>The sign-up word names its job right after it ("报名#10", "报名护工").</summary>
    public bool SignupBeforeName;

    /// <summary>A wish comes right before the sign-up word ("我要报名", "想报名"): it declares, it does not ask how.</summary>
    public bool SignupWished;

    /// <summary>The whole message is "1", "111", "扣1", "+1" and the like.</summary>
    public bool Acknowledgement;

    /// <summary>The message opens with "扣1" or "+1" and goes on ("扣1 问下包住吗"): the host's call answered, then a question.</summary>
    public bool LeadingCall;

    /// <summary>What the message asks for (how much, when, where), from <see cref="Faq.AskClasses"/>: read once here.</summary>
    public uint Asks;

    public bool Question;

    /// <summary>The message judges or tells (lexicon remarks.txt, "太挤了"): unless it also asks, it is a remark.</summary>
    public bool Remark;
    public bool Spam;
    public bool Personal;

    /// <summary>Stream talk or applause with weight ≥ 1 ("下播", "666").</summary>
    public bool Chatter;

    /// <summary>An amount of money written in the message ("8000", "8k"): a statement or an advert unless asked.</summary>
    public bool MoneyNumber;

    /// <summary>Where the first amount of money is written (<see cref="MoneyNumber"/>), in the normalised text.</summary>
    public int MoneyStart;

    /// <summary>The length of that amount in characters; 0 when there is none.</summary>
    public int MoneyLength;

    /// <summary>A figure written right before a cue word ("12个钟头", "8人间"): told back unless asked.</summary>
    public bool FigureBeforeCue;

    /// <summary>An age stated with a bare number ("我52了", "she is 58"), <see cref="AgeMention"/>: asked, it asks the requirements.</summary>
    public bool Age;

    /// <summary>Start and length of up to two detail words ("wifi", "空调"); length 0 when absent.</summary>
    public int Detail1Start, Detail1Length, Detail2Start, Detail2Length;

    /// <summary>The strongest intent and its score.</summary>
    public readonly (Intent Intent, float Score) Best()
    {
        var best = Intent.None;
        var score = 0f;
        for (var i = (int)Intent.Salary; i <= (int)Intent.Requirements; i++)
        {
            if (Scores[i] > score)
            {
                score = Scores[i];
                best = (Intent)i;
            }
        }

        return (best, score);
    }

    public readonly bool HasDetail => Detail1Length > 0;

    /// <summary>
    /// A negative cue outweighed every other word of its intent ("多少钱一斤", "内购多少"): the message was read as being
    /// about something else, so nothing it shares with a fact makes it a question about the job.
    /// </summary>
    public readonly bool ReadAsOffJob()
    {
        for (var i = (int)Intent.Salary; i <= (int)Intent.Requirements; i++)
        {
            if (Scores[i] < 0f)
            {
                return true;
            }
        }

        return false;
    }
}
