namespace BroadcastBot.Core.Answering;

/// <summary>An answer the bot could give, described by what the policy needs to know.</summary>
/// <param name="Platform">Where the question came from.</param>
/// <param name="Room">The room on that platform.</param>
/// <param name="ViewerId">The asking viewer's stable id on the platform.</param>
/// <param name="Topic">What is answered, e.g. <c>salary/food-forklift</c>: equal topics get one answer per window.</param>
public readonly record struct AnswerRequest(string Platform, string Room, string ViewerId, string Topic);
