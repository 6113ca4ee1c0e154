namespace HostageReports.Claims;

/// <summary>
/// Whom a count counts: everyone, the foreigners, the locals, or the nationals of one country
/// (an ISO 3166-1 alpha-2 code). Its <see cref="ToString"/> form is the key used in JSON and in
/// fact keys: <c>all</c>, <c>foreign</c>, <c>local</c>, <c>GB</c>.
/// </summary>
public readonly record struct Population
{
    private Population(string key) => Key = key;

    /// <summary>Everyone the count covers.</summary>
    public static Population All { get; } = new("all");

    /// <summary>Foreigners: foreign nationals, westerners, expatriates.</summary>
    public static Population Foreign { get; } = new("foreign");

    /// <summary>Locals: local workers, nationals of the country where it happened.</summary>
    public static Population Local { get; } = new("local");

    /// <summary>The key: <c>all</c>, <c>foreign</c>, <c>local</c> or a two-letter country code.</summary>
    public string Key { get; }

    /// <summary>The country code when this is a nationality, otherwise null.</summary>
    public string? CountryCode => Key is { Length: 2 } ? Key : null;

    /// <summary>The nationals of one country.</summary>
    /// <param name="countryCode">An ISO 3166-1 alpha-2 code such as <c>GB</c>.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentException">The code is not two ASCII letters.</exception>
    public static Population Nationality(string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        if (countryCode.Length != 2 || !char.IsAsciiLetter(countryCode[0]) || !char.IsAsciiLetter(countryCode[1]))
        {
            throw new ArgumentException($"'{countryCode}' is not an ISO 3166-1 alpha-2 country code.", nameof(countryCode));
        }

        return new Population(countryCode.ToUpperInvariant());
    }

    /// <summary>Parses a key written by <see cref="ToString"/>.</summary>
    /// <param name="key">all, foreign, local or a country code.</param>
    /// <returns>The population.</returns>
    public static Population Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key switch
        {
            "all" => All,
            "foreign" => Foreign,
            "local" => Local,
            _ => Nationality(key),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Key ?? "all";
}
