using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Common;

/// <summary>How a <see cref="ConnectionSupervisor"/> reconnects (section <c>Connectors:Supervisor</c>).</summary>
public sealed class ConnectionSupervisorOptions
{
    /// <summary>Delay before the first retry; doubles with each consecutive failure. tmi.js starts at 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the retry delay (tmi.js caps at 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Fraction of the delay added or removed at random so that many bots restarted together do not reconnect
    /// in lockstep. 0.2 means ±20 %.
    /// </summary>
    [Range(0.0, 1.0)]
    public double JitterFactor { get; set; } = 0.2;

    /// <summary>A connection that stayed up this long resets the back-off to <see cref="InitialDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StablePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many recent message ids per platform are remembered to drop duplicates across reconnects.</summary>
    [Range(16, 10_000_000)]
    public int DuplicateWindow { get; set; } = 10_000;

    /// <summary>Checks the options the DataAnnotations way and throws with every problem listed.</summary>
    public void Validate()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new ValidationException(string.Join("; ", results.Select(r => r.ErrorMessage)));
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ValidationException("MaxDelay must not be shorter than InitialDelay.");
        }
    }
}
