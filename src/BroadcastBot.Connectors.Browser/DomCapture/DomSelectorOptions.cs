using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>
/// CSS selectors that locate comments on a live-room page. Platforms change class names often (spec 7:
/// "selectors/class hashes change"), so they are configuration, not code.
/// </summary>
public sealed class DomSelectorOptions
{
    /// <summary>The element that holds the comment list; observed for added children.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Container { get; set; } = "[data-comment-list]";

    /// <summary>One comment inside the container.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Item { get; set; } = "[data-comment]";

    /// <summary>The commenter's name inside an item; empty means the item has no separate name.</summary>
    public string User { get; set; } = "[data-comment-user]";

    /// <summary>The comment text inside an item; empty means the item's whole text.</summary>
    public string Text { get; set; } = "[data-comment-text]";
}
