using System.Runtime.InteropServices;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>
/// The claims of one count (measure and population) as they arrive: each distinct wording is numbered
/// once, and each claim is kept as one entry in one list, with its wording's number beside it. No list per
/// wording: <see cref="Group"/> puts the entries of each wording together with a counting sort when the
/// fact is built (linear in the claims).
/// </summary>
internal sealed class CountValues
{
    private readonly Dictionary<Quantity, int> _ids = [];
    private readonly List<Quantity> _quantities = [];
    private readonly List<int> _counts = [];
    private readonly List<SourceEntry> _entries = [];
    private readonly List<int> _valueOf = [];

    /// <summary>Adds one claim of the wording.</summary>
    public void Add(Quantity quantity, SourceEntry source)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, quantity, out bool known);
        if (!known)
        {
            id = _quantities.Count;
            _quantities.Add(quantity);
            _counts.Add(0);
        }

        CollectionsMarshal.AsSpan(_counts)[id]++;
        _entries.Add(source);
        _valueOf.Add(id);
    }

    /// <summary>
    /// Every distinct wording with its claims, in the order the wordings first arrived; each wording's
    /// claims in the order they arrived, as a window on one new array (the caller may reorder a window).
    /// </summary>
    public (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] Group()
    {
        var counts = CollectionsMarshal.AsSpan(_counts);
        var next = new int[counts.Length];
        var result = new (Quantity, ArraySegment<SourceEntry>)[counts.Length];
        var grouped = new SourceEntry[_entries.Count];
        int at = 0;
        for (int v = 0; v < counts.Length; v++)
        {
            next[v] = at;
            result[v] = (_quantities[v], new ArraySegment<SourceEntry>(grouped, at, counts[v]));
            at += counts[v];
        }

        var entries = CollectionsMarshal.AsSpan(_entries);
        var valueOf = CollectionsMarshal.AsSpan(_valueOf);
        for (int i = 0; i < entries.Length; i++)
        {
            grouped[next[valueOf[i]]++] = entries[i];
        }

        return result;
    }
}
