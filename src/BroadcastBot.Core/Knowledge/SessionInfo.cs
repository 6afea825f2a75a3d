namespace BroadcastBot.Core.Knowledge;

/// <summary>The <c>session</c> block of a knowledge base.</summary>
/// <param name="Id">Slug used in Redis keys, URLs and exports.</param>
/// <param name="Title">Shown on overlays.</param>
/// <param name="TitleEn">English title, when given.</param>
/// <param name="Language">Main chat language, a BCP 47 tag such as <c>zh-CN</c>.</param>
/// <param name="Host">The organiser.</param>
/// <param name="StartsAt">When the broadcast starts.</param>
/// <param name="ApplyBaseUrl">Every position's apply URL starts with it.</param>
/// <param name="CollectContacts">True only when viewers are told on screen that contact details they type go to the employer.</param>
public sealed record SessionInfo(
    string Id,
    string Title,
    string? TitleEn,
    string Language,
    string Host,
    DateTimeOffset StartsAt,
    string ApplyBaseUrl,
    bool CollectContacts);
