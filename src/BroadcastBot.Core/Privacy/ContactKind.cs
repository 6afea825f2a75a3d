namespace BroadcastBot.Core.Privacy;

/// <summary>What kind of contact detail a match is.</summary>
public enum ContactKind
{
    /// <summary>A mainland China mobile number: 11 digits starting 1[3-9], optionally with +86.</summary>
    ChinaMobile,

    /// <summary>A landline (0 + area code + 7–8 digits) or another long run of digits that looks like a phone or QQ number.</summary>
    OtherPhone,
}
