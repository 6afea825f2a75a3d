namespace BroadcastBot.Web.Tests;

/// <summary>One Kestrel server shared by a test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public WebTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
