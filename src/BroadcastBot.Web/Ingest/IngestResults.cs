using System.Text.Json.Serialization;

namespace BroadcastBot.Web.Ingest;

/// <summary>Answer to an accepted POST: how many events were queued.</summary>
/// <param name="Accepted">Events written to the chat feed.</param>
public sealed record IngestAccepted([property: JsonPropertyName("accepted")] int Accepted);

/// <summary>Answer to a refused request: what is wrong, in words a sender can act on.</summary>
/// <param name="Error">The problem.</param>
public sealed record IngestError([property: JsonPropertyName("error")] string Error);
