using BroadcastBot.Web.Access;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Tests.Access;

public class AccessTokenStoreTests
{
    private static AccessTokenStore NewStore() => new(Options.Create(new WebOptions
    {
        HostToken = WebTestServer.HostToken,
        OverlayToken = WebTestServer.OverlayToken,
        CompanyTokens = new() { ["a"] = "company-a-token-0123456789" },
    }));

    [Fact]
    public void Check_HostToken_GrantsEveryScope()
    {
        var store = NewStore();

        store.Check(WebTestServer.HostToken, TokenScope.Overlay).ShouldBe(AccessResult.Granted);
        store.Check(WebTestServer.HostToken, TokenScope.Company("a")).ShouldBe(AccessResult.Granted);
    }

    [Fact]
    public void Check_CompanyToken_OnlyItsOwnCompany()
    {
        var store = NewStore();

        store.Check("company-a-token-0123456789", TokenScope.Company("a")).ShouldBe(AccessResult.Granted);
        store.Check("company-a-token-0123456789", TokenScope.Company("b")).ShouldBe(AccessResult.Forbidden);
        store.Check("company-a-token-0123456789", TokenScope.Host).ShouldBe(AccessResult.Forbidden);
    }

    [Fact]
    public void Revoke_CompanyToken_StopsWorking()
    {
        var store = NewStore();

        store.Revoke(TokenScope.Company("a"));

        store.Check("company-a-token-0123456789", TokenScope.Company("a")).ShouldBe(AccessResult.Invalid);
    }

    [Fact]
    public void Set_ShortToken_IsRefused() =>
        Should.Throw<ArgumentException>(() => NewStore().Set(TokenScope.Overlay, "short"));
}
