namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// A topic term found in a text (<see cref="FaqTopics"/>): where, which topic it stands for, and whether it is a weak
/// term that only says a cost is asked ("谁出") and yields to the thing it is asked of ("车票钱谁出"), or a place
/// ("云南": the viewer's home province, which alone says little of what is asked), and whether it only tells where the
/// viewer is from beside another topic that is asked (<see cref="Analysis.ContentMask.AsideTopic"/>).
/// </summary>
internal readonly record struct TopicHit(int Start, int Length, int Topic, bool Weak, bool Place, bool Aside = false);
