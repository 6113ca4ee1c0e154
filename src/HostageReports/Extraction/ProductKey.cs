namespace HostageReports.Extraction;

/// <summary>
/// The name of something one stage of the extraction works out of a report for later stages (the
/// report's group mentions, the tokens a name may start at): what a stage declares it requires or
/// produces, so the pipeline can check their order once, when it is built. Declared once, as a static
/// readonly field (see <see cref="Products"/>); each key has a small number of its own, the slot its
/// value takes on a report's <see cref="ExtractionContext"/>.
/// </summary>
internal abstract class ProductKey
{
    /// <summary>The number of keys declared so far: the next key's slot.</summary>
    private static int s_count;

    /// <summary>Declares a key.</summary>
    /// <param name="name">What the product is, in a word or two: named in the pipeline's errors.</param>
    private protected ProductKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Id = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>The number of keys declared so far: every key's <see cref="Id"/> is below it.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>What the product is, as the pipeline's errors name it.</summary>
    public string Name { get; }

    /// <summary>The key's slot on a report's context: 0 for the first key declared, then 1, 2 ...</summary>
    public int Id { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A <see cref="ProductKey"/> whose product is a <typeparamref name="T"/>: read back from the context with that type, no cast at the reader.</summary>
/// <typeparam name="T">The product's type.</typeparam>
/// <param name="name">What the product is, in a word or two.</param>
internal sealed class ProductKey<T>(string name) : ProductKey(name)
    where T : class;
