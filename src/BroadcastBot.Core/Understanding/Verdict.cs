namespace BroadcastBot.Core.Understanding;

/// <summary>
/// What one chat message means (shared spec: understanding.md): the intent, the position or company it is about,
/// the FAQ entry, whether the viewer wants the job, and the grounded answer. All strings come from the compiled
/// knowledge base, so producing a verdict allocates nothing.
/// </summary>
/// <param name="Intent">What the viewer asks about; <see cref="Understanding.Intent.None"/> when the bot should stay silent.</param>
/// <param name="PositionId">The position the message is about, or null.</param>
/// <param name="CompanyId">Set when the viewer names an employer but no single position.</param>
/// <param name="FaqId">Set when <paramref name="Intent"/> is <see cref="Understanding.Intent.Faq"/>.</param>
/// <param name="Interest">The viewer says they want the position ("我想去", "扣1").</param>
/// <param name="Answer">What the bot would say; null when the intent is none.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="IsQuestion">A question the bot could not answer: the pipeline logs it as "unanswered" for the host.</param>
/// <param name="Language">The language of the message and of the answer.</param>
public readonly record struct Verdict(
    Intent Intent,
    string? PositionId,
    string? CompanyId,
    string? FaqId,
    bool Interest,
    string? Answer,
    double Confidence,
    bool IsQuestion,
    MessageLanguage Language)
{
    /// <summary>Nothing to say and nothing recorded.</summary>
    public static Verdict Silent(MessageLanguage language, double confidence) =>
        new(Intent.None, null, null, null, false, null, confidence, false, language);
}
