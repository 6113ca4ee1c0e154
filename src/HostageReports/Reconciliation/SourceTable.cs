using System.Buffers;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>
/// A claim behind a value, with what ordering and weighing need kept inline (so that grouping a million
/// sources does not chase a million pointers): the ordinal of its report, the id of the independent source
/// behind it, the evidence's offset and the certainty. Kept per claim instead of a <see cref="FactSource"/>:
/// the source as shown is made only when a fact's sources are read.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Report">The report's ordinal in the incident (the order reports were added).</param>
/// <param name="Independent">The id, in <see cref="SourceTable"/>, of who stands behind it.</param>
/// <param name="Start">The evidence's offset in the report's body.</param>
/// <param name="Certainty">How sure the report is.</param>
internal readonly record struct SourceEntry(Claim Claim, int Report, int Independent, int Start, Certainty Certainty);

/// <summary>
/// The independent sources of one incident, as reports arrive. A source is independent of another when it
/// has another speaker (five outlets quoting the police are one source); a report in its own voice is its
/// outlet (or itself, when the outlet is unknown). Ids are handed out as claims arrive; every order shown
/// is by keys that do not depend on arrival: publication date, report id, offset. Not thread-safe: the
/// incident calls it under its lock, and each reconciliation works on a <see cref="Freeze">snapshot</see>.
/// </summary>
internal sealed class SourceTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _speakers = new(StringComparer.Ordinal);

    /// <summary>The voice of each outlet as written, so each spelling is keyed once.</summary>
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<(string Id, DateOnly? Published)> _reports = [];

    /// <summary>Registers a report; returns its ordinal and the id of its own voice.</summary>
    public (int Report, int OwnVoice) AddReport(string id, DateOnly? published, string? outlet)
    {
        _reports.Add((id, published));
        if (outlet is not { Length: > 0 })
        {
            return (_reports.Count - 1, Intern("report:" + id));
        }

        if (!_outlets.TryGetValue(outlet, out int voice))
        {
            voice = Intern("outlet:" + NameKeys.Exact(outlet));
            _outlets[outlet] = voice;
        }

        return (_reports.Count - 1, voice);
    }

    /// <summary>The id of a claim's independent source.</summary>
    public int IndependentOf(Claim claim, int ownVoice)
    {
        if (claim.Source is not { } attribution)
        {
            return ownVoice;
        }

        if (!_speakers.TryGetValue(attribution.Speaker, out int id))
        {
            id = Intern("speaker:" + NameKeys.Speaker(attribution.Speaker));
            _speakers[attribution.Speaker] = id;
        }

        return id;
    }

    private int Intern(string key)
    {
        if (!_ids.TryGetValue(key, out int id))
        {
            id = _keys.Count;
            _ids[key] = id;
            _keys.Add(key);
        }

        return id;
    }

    /// <summary>
    /// The reports and voices registered so far, ranked for showing, with scratch of their own: what one
    /// reconciliation reads. Adding reports afterwards leaves the snapshot as it was. Linear in the reports
    /// and voices (the ranking sorts the reports once).
    /// </summary>
    public SourceSnapshot Freeze() => new([.. _reports], [.. _keys]);
}

/// <summary>
/// The reports and independent sources of one incident as they stood when a reconciliation began: the
/// rank of each report for showing (earliest published first, undated last, then by id), publication
/// dates, and the keys of the voices. Its scratch (the stamps that count distinct sources) belongs to the
/// one reconciliation that froze it, on one thread: two reconciliations never share scratch.
/// </summary>
internal sealed class SourceSnapshot
{
    private readonly (string Id, DateOnly? Published)[] _reports;
    private readonly string[] _keys;
    private readonly int[] _days;
    private readonly int[] _rank;
    private readonly DateOnly?[] _published;
    private readonly int[] _stamp;
    private int _stampValue;
    private LocalNumbers? _localReports;
    private LocalNumbers? _localVoices;

    /// <summary>Ranks the reports: earliest published first (undated last), then by id.</summary>
    /// <param name="reports">Each report's id and date, by ordinal (owned by the snapshot).</param>
    /// <param name="keys">The key of each independent source, by id (owned by the snapshot).</param>
    public SourceSnapshot((string Id, DateOnly? Published)[] reports, string[] keys)
    {
        _reports = reports;
        _keys = keys;
        var order = Enumerable.Range(0, reports.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int c = ComparePublished(reports[a].Published, reports[b].Published);
            return c != 0 ? c : string.CompareOrdinal(reports[a].Id, reports[b].Id);
        });
        _rank = new int[reports.Length];
        for (int i = 0; i < order.Length; i++)
        {
            _rank[order[i]] = i;
        }

        _published = new DateOnly?[reports.Length];
        _days = new int[reports.Length];
        for (int i = 0; i < reports.Length; i++)
        {
            _published[i] = reports[i].Published;
            _days[i] = reports[i].Published?.DayNumber ?? -1;
        }

        _stamp = new int[keys.Length];
    }

    /// <summary>How many reports were added; they are numbered from 0 in the order they were added.</summary>
    public int ReportCount => _reports.Length;

    /// <summary>The key of each independent source, by id.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The report's publication day number, or -1 when undated: later reports have higher numbers.</summary>
    public int DayOf(int report) => _days[report];

    /// <summary>The report's publication date.</summary>
    public DateOnly? PublishedOf(int report) => _published[report];

    /// <summary>Numbers the reports of one fact's claims, one fact at a time (scratch of this snapshot).</summary>
    public LocalNumbers LocalReports => _localReports ??= new LocalNumbers(_reports.Length);

    /// <summary>Numbers the independent sources of one fact's claims, one fact at a time (scratch of this snapshot).</summary>
    public LocalNumbers LocalVoices => _localVoices ??= new LocalNumbers(_keys.Length);

    /// <summary>Sorts sources for showing, in place: earliest published first, then by report id and offset.</summary>
    /// <param name="entries">The sources; sorted by the call.</param>
    /// <returns>The same window.</returns>
    public ArraySegment<SourceEntry> SortInPlace(ArraySegment<SourceEntry> entries)
    {
        if (entries.Count < 2)
        {
            return entries;
        }

        var span = entries.AsSpan();
        bool byRank = span.Length >= 64 && span.Length >= _rank.Length / 8;
        if (byRank)
        {
            SortByRank(span);
        }

        var rented = ArrayPool<long>.Shared.Rent(span.Length);
        var keys = rented.AsSpan(0, span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            keys[i] = ((long)_rank[span[i].Report] << 32) | (uint)span[i].Start;
        }

        if (!byRank)
        {
            keys.Sort(span);
        }
        else
        {
            // in rank order already: only the claims of one report need ordering by offset
            for (int start = 0; start < span.Length;)
            {
                int end = start + 1;
                while (end < span.Length && span[end].Report == span[start].Report)
                {
                    end++;
                }

                if (end - start > 1)
                {
                    keys[start..end].Sort(span[start..end]);
                }

                start = end;
            }
        }

        // runs of one report and offset: settle them by the remaining fields, so the order never depends on arrival
        for (int start = 0; start < span.Length;)
        {
            int end = start + 1;
            while (end < span.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                span[start..end].Sort(Compare);
            }

            start = end;
        }

        ArrayPool<long>.Shared.Return(rented);
        return entries;
    }

    /// <summary>
    /// Orders many sources by their report's rank with a counting sort (linear in the sources and the
    /// reports; used when the sources are at least an eighth as many as the reports), keeping the order of
    /// each report's sources.
    /// </summary>
    private void SortByRank(Span<SourceEntry> span)
    {
        int reports = _rank.Length;
        var start = ArrayPool<int>.Shared.Rent(reports + 1);
        Array.Clear(start, 0, reports + 1);
        foreach (ref readonly var e in span)
        {
            start[_rank[e.Report] + 1]++;
        }

        for (int r = 0; r < reports; r++)
        {
            start[r + 1] += start[r];
        }

        var copy = ArrayPool<SourceEntry>.Shared.Rent(span.Length);
        span.CopyTo(copy);
        for (int i = 0; i < span.Length; i++)
        {
            span[start[_rank[copy[i].Report]]++] = copy[i];
        }

        Array.Clear(copy, 0, span.Length);
        ArrayPool<SourceEntry>.Shared.Return(copy);
        ArrayPool<int>.Shared.Return(start);
    }

    /// <summary>The full order of sources.</summary>
    public int Compare(SourceEntry x, SourceEntry y)
    {
        int c = _rank[x.Report].CompareTo(_rank[y.Report]);
        if (c != 0)
        {
            return c;
        }

        c = x.Start.CompareTo(y.Start);
        if (c != 0)
        {
            return c;
        }

        c = x.Claim.Evidence.Length.CompareTo(y.Claim.Evidence.Length);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(_keys[x.Independent], _keys[y.Independent]);
        if (c != 0)
        {
            return c;
        }

        c = x.Certainty.CompareTo(y.Certainty);
        return c != 0 ? c : string.CompareOrdinal(x.Claim.Source?.ToString(), y.Claim.Source?.ToString());
    }

    /// <summary>Makes a count value from sorted sources.</summary>
    public FactValue Value(string text, ArraySegment<SourceEntry> sorted, Quantity quantity, bool derived)
    {
        var (shown, reports, independent, first) = Parts(sorted);
        return new FactValue(text, shown, reports, independent, first) { Quantity = quantity, IsDerived = derived };
    }

    /// <summary>What a value shows of its sorted sources, counting reports and independent sources in one pass.</summary>
    public (IReadOnlyList<FactSource> Shown, int Reports, int Independent, DateOnly? FirstPublished) Parts(ArraySegment<SourceEntry> sorted)
    {
        int reports = 0, independent = 0;
        _stampValue++;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i].Report != sorted[i - 1].Report)
            {
                reports++;
            }

            if (_stamp[sorted[i].Independent] != _stampValue)
            {
                _stamp[sorted[i].Independent] = _stampValue;
                independent++;
            }
        }

        return (new SourceList(sorted, _published), reports, independent, sorted.Count > 0 ? PublishedOf(sorted[0].Report) : null);
    }

    /// <summary>How many distinct independent sources stand behind the entries.</summary>
    public int CountIndependent(IEnumerable<SourceEntry> entries)
    {
        _stampValue++;
        int n = 0;
        foreach (var e in entries)
        {
            if (_stamp[e.Independent] != _stampValue)
            {
                _stamp[e.Independent] = _stampValue;
                n++;
            }
        }

        return n;
    }

    /// <summary>Dated before undated, earlier before later.</summary>
    public static int ComparePublished(DateOnly? x, DateOnly? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y.Value),
    };
}

/// <summary>
/// Numbers ids drawn from 0 to n - 1 (reports, voices) densely, 0, 1, ... in order of first sight, for one
/// group of claims at a time: what lets a fact group its claims by report or voice in arrays the size of its
/// own claims. A stamp per id tells whether it was seen in the current group, so starting a group costs
/// nothing: the incident's thousands of reports are never cleared per fact (which, over thousands of
/// facts of one claim each, cost the facts times the reports).
/// </summary>
internal sealed class LocalNumbers
{
    private readonly int[] _stamp;
    private readonly int[] _number;
    private int _group;

    /// <summary>Creates the numbering of ids below <paramref name="size"/>.</summary>
    public LocalNumbers(int size)
    {
        _stamp = new int[size];
        _number = new int[size];
    }

    /// <summary>How many distinct ids the current group has met.</summary>
    public int Count { get; private set; }

    /// <summary>Starts a new group: every id is unseen again.</summary>
    public void Begin()
    {
        _group++;
        Count = 0;
    }

    /// <summary>The id's number in the current group, handed out on first sight.</summary>
    public int Of(int id)
    {
        if (_stamp[id] != _group)
        {
            _stamp[id] = _group;
            _number[id] = Count++;
        }

        return _number[id];
    }
}

/// <summary>
/// The sources of one value as shown, made from its sorted claims on first read (a million claims make a
/// million <see cref="FactSource"/> records only when someone reads them). Immutable once made; safe to
/// read from several threads (a race makes equal records twice and keeps one set).
/// </summary>
internal sealed class SourceList : IReadOnlyList<FactSource>
{
    private readonly ArraySegment<SourceEntry> _entries;
    private readonly DateOnly?[] _published;
    private FactSource[]? _shown;

    /// <summary>Creates the list.</summary>
    /// <param name="entries">The claims, in the order shown.</param>
    /// <param name="published">The publication date of each report, by ordinal (a snapshot: never changed).</param>
    public SourceList(ArraySegment<SourceEntry> entries, DateOnly?[] published)
    {
        _entries = entries;
        _published = published;
    }

    public int Count => _entries.Count;

    public FactSource this[int index] => Shown[index];

    private FactSource[] Shown
    {
        get
        {
            if (Volatile.Read(ref _shown) is { } shown)
            {
                return shown;
            }

            var made = new FactSource[_entries.Count];
            for (int i = 0; i < made.Length; i++)
            {
                var e = _entries[i];
                made[i] = new FactSource(e.Claim.ReportId, e.Claim.Source, e.Claim.Evidence, _published[e.Report], e.Certainty);
            }

            return Interlocked.CompareExchange(ref _shown, made, null) ?? made;
        }
    }

    public IEnumerator<FactSource> GetEnumerator() => ((IEnumerable<FactSource>)Shown).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
