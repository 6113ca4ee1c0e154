using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>
/// Turns the distinct values of one count (measure and population) into a fact: status, range, best
/// estimate and why. Works on distinct values and independent sources, never on pairs of claims: the
/// best estimate is found with one sweep over sorted interval ends, O(n log n) in the sources.
/// </summary>
/// <remarks>
/// The policy for the best estimate (documented in the README):
/// <list type="number">
/// <item>Each independent source (a speaker, or a report's own voice) speaks once: its figure from the
/// latest report, in its most precise wording, surest, first mentioned (a report states its toll in the
/// lede; later mentions often count one victim).</item>
/// <item>Every figure stated anywhere is a candidate ("more than 20" puts forward 21). A candidate scores the
/// weight of every independent source whose wording allows it ("at least 20" allows 41; "as many as 40"
/// does not). Reported claims weigh 1; a party's own claim (the militants' figure) and an unconfirmed
/// report weigh 1/2; denied claims 0.</item>
/// <item>The highest score wins; ties go to the figure more reports state, then to the one stated more
/// directly (an exact figure counts fully, "about" 3/4, a bound 1/2), then to the one a later report states
/// (a later report knows more), then to the higher figure (tolls grow as the wounded die).</item>
/// </list>
/// </remarks>
internal static partial class CountReconciler
{
    private const double PartyClaimWeight = 0.5;

    /// <summary>The interval a wording allows, closed, for comparing claims. "about 20" is taken as 16 to 24.</summary>
    internal static (long Lo, long Hi) Interval(Quantity q)
    {
        long v = q.Value ?? 0;
        return q.Qualifier switch
        {
            Qualifier.Exact => (v, v),
            Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.Vague or Qualifier.Present => (q.Min ?? 1, long.MaxValue),
            Qualifier.AtMost or Qualifier.FewerThan => (0, q.Max ?? v),
            Qualifier.About => (Math.Max(0, v - Math.Max(1, v / 5)), v + Math.Max(1, v / 5)),
            _ => (0, long.MaxValue),
        };
    }

    /// <summary>The figure the wording states ("at least 20" states 20), or null ("several", "present").</summary>
    internal static long? StatedFigure(Quantity q) => q.Qualifier is Qualifier.Vague or Qualifier.Present ? null : q.Value;

    /// <summary>The figure a wording puts forward as a candidate best: its own number, moved inside the interval ("more than 20" is 21).</summary>
    internal static long? Candidate(Quantity q) => q.Qualifier switch
    {
        Qualifier.MoreThan => q.Min,
        Qualifier.FewerThan => q.Max,
        _ => StatedFigure(q),
    };

    /// <summary>How precise a wording is, most precise first.</summary>
    private static int Precision(Qualifier q) => q switch
    {
        Qualifier.Exact => 0,
        Qualifier.About => 1,
        Qualifier.AtLeast or Qualifier.MoreThan => 2,
        Qualifier.AtMost or Qualifier.FewerThan => 3,
        Qualifier.Vague => 4,
        _ => 5,
    };

    /// <summary>How directly a wording states its figure: "41" fully, "about 40" mostly, "at least 20" only as a bound.</summary>
    private static double Directness(Qualifier q) => q switch
    {
        Qualifier.Exact => 1.0,
        Qualifier.About => 0.75,
        _ => 0.5,
    };

    private static double Weight(Certainty c) => c switch
    {
        Certainty.Reported => 1.0,
        Certainty.Claimed or Certainty.Unconfirmed => PartyClaimWeight,
        _ => 0.0,
    };

    /// <summary>The words a value is shown with.</summary>
    internal static string Describe(Quantity q) => q.Qualifier switch
    {
        Qualifier.Vague => q.Min is > 1 ? $"several ({q.Min.Value.ToString(CultureInfo.InvariantCulture)}+)" : "some",
        Qualifier.Present => "present",
        _ => q.ToString(),
    };

    /// <summary>A claim of the fact: its wording and its source.</summary>
    internal readonly record struct Entry(Quantity Quantity, SourceEntry Source);

    /// <summary>A wounded figure less the dead counted elsewhere: "3 shot" with 1 dead is 2 wounded; bounds from above stay.</summary>
    internal static Quantity LessDead(Quantity q, long dead) => q.Qualifier switch
    {
        Qualifier.Exact or Qualifier.About or Qualifier.AtLeast or Qualifier.MoreThan when q.Value is long v
            => v > dead ? Quantity.Of(q.Qualifier, v - dead) : Quantity.Exactly(0),
        _ => q,
    };

    /// <summary>Builds the fact from its distinct values.</summary>
    /// <param name="key">The fact's key.</param>
    /// <param name="values">Each distinct wording with its claims; each window is sorted in place.</param>
    /// <param name="table">The reports and voices.</param>
    /// <param name="dead">
    /// For the wounded: the best estimate of the dead. Wounded whose outcome a report that mentions no death
    /// leaves open (<see cref="CountClaim.OutcomeOpen"/>) may be among them: "a boy was shot" on Friday, "the boy
    /// has died" on Saturday. Their figures are weighed less the dead.
    /// </param>
    public static Fact Build(string key, (Quantity Quantity, ArraySegment<SourceEntry> Sources)[] values, SourceSnapshot table, long dead = 0)
    {
        var shown = new List<FactValue>(values.Length);
        int total = 0;
        foreach (var (_, sources) in values)
        {
            total += sources.Count;
        }

        // the claims that are not denied, in a pooled array (cleared before it goes back: it holds claims)
        var rented = ArrayPool<Entry>.Shared.Rent(Math.Max(1, total));
        int count = 0;
        foreach (var (quantity, sources) in values)
        {
            shown.Add(table.Value(Describe(quantity), table.SortInPlace(sources), quantity, derived: false));
            foreach (var s in sources)
            {
                if (s.Certainty != Certainty.Denied)
                {
                    rented[count++] = new Entry(quantity, s);
                }
            }
        }

        SortTimeline(shown);
        var (status, range, best, why) = Judge(new ArraySegment<Entry>(rented, 0, count), values.Length, table);
        if (dead > 0 && LessDead(rented.AsSpan(0, count), dead) is int moved and > 0)
        {
            // status and range are of the figures reported; the best weighs the hit less the dead
            (_, _, best, why) = Judge(new ArraySegment<Entry>(rented, 0, count), values.Length + moved, table);
            why += $"; {moved} figure{(moved == 1 ? "" : "s")} of wounded whose outcome was open (hit or critical, in reports that mention no death) taken less the {dead.ToString(CultureInfo.InvariantCulture)} dead (they may have died since)";
            if (range is not null && best < range.Min)
            {
                range = range with { Min = best.Value };
            }
        }

        Array.Clear(rented, 0, count);
        ArrayPool<Entry>.Shared.Return(rented);
        var bestValue = best is null ? null : shown.FirstOrDefault(v => Candidate(v.Quantity!) == best) ?? shown.FirstOrDefault(v => v.Quantity!.Min == best);
        return new Fact(key, FactType.Count, status, range, best, bestValue, why, shown, []);
    }

    /// <summary>Takes the dead out of the figures of wounded whose outcome was open; returns how many claims changed.</summary>
    private static int LessDead(Span<Entry> entries, long dead)
    {
        int moved = 0;
        foreach (ref var e in entries)
        {
            if (e.Source.Claim is CountClaim { OutcomeOpen: true } && LessDead(e.Quantity, dead) is var less && less != e.Quantity)
            {
                e = e with { Quantity = less };
                moved++;
            }
        }

        return moved;
    }

    /// <summary>Builds a total no report states from its parts: "at least 2" from "a Briton" and "an Algerian".</summary>
    public static Fact Derived(string key, long sum, IReadOnlyList<string> parts, IReadOnlyList<SourceEntry> sources, SourceSnapshot table)
    {
        var quantity = Quantity.Of(Qualifier.AtLeast, sum);
        var text = $"at least {sum.ToString(CultureInfo.InvariantCulture)} ({string.Join(" + ", parts)})";
        var value = table.Value(text, table.SortInPlace(sources.ToArray()), quantity, derived: true);
        int independent = value.IndependentSourceCount;
        var status = independent <= 1 ? FactStatus.SingleSource : FactStatus.Compatible;
        string why = $"{sum.ToString(CultureInfo.InvariantCulture)}: no report gives a total; the sum of the parts ({string.Join(", ", parts)})";
        return new Fact(key, FactType.Count, status, new FactRange(sum, null), sum, value, why, [value], []);
    }

    /// <summary>The timeline: earliest published first, undated last; then by figure and wording. Keys are read once per value.</summary>
    private static void SortTimeline(List<FactValue> values)
    {
        var items = CollectionsMarshal.AsSpan(values);
        var rented = ArrayPool<TimelineKey>.Shared.Rent(Math.Max(1, items.Length));
        var keys = rented.AsSpan(0, items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var q = items[i].Quantity!;
            keys[i] = new TimelineKey(items[i].FirstPublished?.DayNumber ?? int.MaxValue, q.Value ?? q.Min ?? 0, q.Qualifier);
        }

        // distinct wordings never share day, figure and qualifier unless they are the same wording: a total order
        keys.Sort(items);
        ArrayPool<TimelineKey>.Shared.Return(rented);
    }

    /// <summary>A value's place on the timeline: day (undated last), figure, qualifier.</summary>
    private readonly record struct TimelineKey(int Day, long Figure, Qualifier Qualifier) : IComparable<TimelineKey>
    {
        public int CompareTo(TimelineKey other)
        {
            int c = Day.CompareTo(other.Day);
            if (c != 0)
            {
                return c;
            }

            c = Figure.CompareTo(other.Figure);
            return c != 0 ? c : ((int)Qualifier).CompareTo((int)other.Qualifier);
        }
    }

    /// <summary>Representative order: latest published first, then most precise, surest, highest figure.</summary>
    private static int CompareRepresentatives(Entry x, Entry y, SourceSnapshot table)
    {
        // later first; an undated report counts as the earliest (a total order, so the choice never depends on input order)
        int c = -table.DayOf(x.Source.Report).CompareTo(table.DayOf(y.Source.Report));
        if (c != 0)
        {
            return c;
        }

        c = Precision(x.Quantity.Qualifier).CompareTo(Precision(y.Quantity.Qualifier));
        if (c != 0)
        {
            return c;
        }

        c = x.Source.Certainty.CompareTo(y.Source.Certainty);
        if (c != 0)
        {
            return c;
        }

        // the first mention: a report states its toll in the lede; later mentions often count one victim ("a man, 23")
        c = x.Source.Start.CompareTo(y.Source.Start);
        if (c != 0)
        {
            return c;
        }

        c = -(x.Quantity.Value ?? x.Quantity.Min ?? 0).CompareTo(y.Quantity.Value ?? y.Quantity.Min ?? 0);
        return c != 0 ? c : table.Compare(x.Source, y.Source);
    }

    /// <summary>
    /// One representative claim per group: the group's latest, most precise, surest, highest figure.
    /// In no particular order; one dictionary look-up per claim.
    /// </summary>
    /// <param name="active">The claims.</param>
    /// <param name="group">The group of a claim, as one number.</param>
    /// <param name="table">The reports and voices.</param>
    private static Dictionary<long, Entry>.ValueCollection Representatives(ArraySegment<Entry> active, Func<Entry, long> group, SourceSnapshot table)
    {
        var best = new Dictionary<long, Entry>();
        foreach (var e in active)
        {
            ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(best, group(e), out bool seen);
            if (!seen || CompareRepresentatives(e, current, table) < 0)
            {
                current = e;
            }
        }

        return best.Values;
    }

    /// <summary>
    /// The indexes of the claims grouped by a small key (the fact's own numbering of its reports or voices,
    /// see <see cref="LocalNumbers"/>) with a counting sort: linear in the claims, without hashing. Within a
    /// key, in their order in the claims.
    /// </summary>
    /// <param name="keyOf">The key of each claim, by index.</param>
    /// <param name="count">How many claims.</param>
    /// <param name="keys">How many keys there are (at most <paramref name="count"/>).</param>
    /// <param name="start">Where each key's run starts; <c>start[keys]</c> is the end. Rented: return it.</param>
    /// <returns>The indexes, key by key (rented: return it; only the first <paramref name="count"/> are used).</returns>
    private static int[] GroupBy(int[] keyOf, int count, int keys, out int[] start)
    {
        start = ArrayPool<int>.Shared.Rent(keys + 1);
        Array.Clear(start, 0, keys + 1);
        for (int i = 0; i < count; i++)
        {
            start[keyOf[i] + 1]++;
        }

        for (int k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var next = ArrayPool<int>.Shared.Rent(Math.Max(1, keys));
        Array.Copy(start, next, keys);
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        for (int i = 0; i < count; i++)
        {
            order[next[keyOf[i]]++] = i;
        }

        ArrayPool<int>.Shared.Return(next);
        return order;
    }

    /// <summary>
    /// The widest lower bound and narrowest upper bound over the representative claim of each report and
    /// voice (see <see cref="CompareRepresentatives"/>). Linear in the fact's claims: the claims come grouped
    /// by report, and a voice's representative in the current report is kept in an array indexed by the
    /// fact's own number of the voice.
    /// </summary>
    private static (long MaxLo, long MinHi) ReportVoiceBounds(ArraySegment<Entry> active, int[] byReport, int[] start, int reports, int[] voiceOf, int voices, SourceSnapshot table)
    {
        // per voice, the index (plus one) of its representative in the current report; 0 when it has none yet
        var chosen = ArrayPool<int>.Shared.Rent(Math.Max(1, voices));
        Array.Clear(chosen, 0, voices);
        long maxLo = long.MinValue, minHi = long.MaxValue;
        for (int r = 0; r < reports; r++)
        {
            var claims = byReport.AsSpan(start[r], start[r + 1] - start[r]);
            foreach (int i in claims)
            {
                ref int best = ref chosen[voiceOf[i]];
                if (best == 0 || CompareRepresentatives(active[i], active[best - 1], table) < 0)
                {
                    best = i + 1;
                }
            }

            foreach (int i in claims)
            {
                ref int best = ref chosen[voiceOf[i]];
                if (best != 0)
                {
                    var (lo, hi) = Interval(active[best - 1].Quantity);
                    maxLo = Math.Max(maxLo, lo);
                    minHi = Math.Min(minHi, hi);
                    best = 0;
                }
            }
        }

        ArrayPool<int>.Shared.Return(chosen);
        return (maxLo, minHi);
    }

    /// <summary>What a fact's claims come to: its status, the range of its figures, the best figure and why it is the best.</summary>
    private readonly record struct Judgement(FactStatus Status, FactRange? Range, long? Best, string Why);

    /// <summary>A claim that puts forward no candidate figure ("several", "at least" with no number) in the figure numbers of <see cref="Judge"/>.</summary>
    private const int NoFigure = -1;

    /// <summary>No report or voice counted yet for a figure (<see cref="FigureSupport.LastReport"/>, <see cref="FigureSupport.LastVoice"/>): report and voice numbers are never negative.</summary>
    private const int NoneCounted = -1;

    private static Judgement Judge(ArraySegment<Entry> active, int wordings, SourceSnapshot table)
    {
        if (active.Count == 0)
        {
            return new(FactStatus.SingleSource, null, null, "every report denies it");
        }

        // the fact's own numbers of its reports and voices: grouping by them costs the fact's claims, not the incident's reports
        var reportOf = ArrayPool<int>.Shared.Rent(active.Count);
        var voiceOf = ArrayPool<int>.Shared.Rent(active.Count);
        var reportNumbers = table.LocalReports;
        var voiceNumbers = table.LocalVoices;
        reportNumbers.Begin();
        voiceNumbers.Begin();
        for (int i = 0; i < active.Count; i++)
        {
            reportOf[i] = reportNumbers.Of(active[i].Source.Report);
            voiceOf[i] = voiceNumbers.Of(active[i].Source.Independent);
        }

        // Status: one voice per report and speaker; conflict when two intervals share no figure.
        int reports = reportNumbers.Count, voices = voiceNumbers.Count;
        var byReport = GroupBy(reportOf, active.Count, reports, out var reportStart);
        var (maxLo, minHi) = ReportVoiceBounds(active, byReport, reportStart, reports, voiceOf, voices, table);

        // the candidate figures, numbered as first met; each claim's figure number, or NoFigure
        // (no more figures than wordings: the support array is pooled and sized once)
        var figureIds = new Dictionary<long, int>(wordings);
        var rentedFigures = ArrayPool<FigureSupport>.Shared.Rent(Math.Max(1, wordings));
        var figureOf = ArrayPool<int>.Shared.Rent(active.Count);
        var spread = Spread.None;
        var figures = rentedFigures.AsSpan(0, CollectFigures(active, table, figureIds, rentedFigures, figureOf, ref spread));

        // distinct reports and voices per figure: claims grouped by report, then by voice, so a figure meets each once in a row
        CountReports(active, figures, figureOf, byReport);
        ArrayPool<int>.Shared.Return(byReport);
        ArrayPool<int>.Shared.Return(reportStart);
        var byVoice = GroupBy(voiceOf, active.Count, voices, out var voiceStart);
        CountVoices(active, figures, figureOf, byVoice);
        ArrayPool<int>.Shared.Return(byVoice);
        ArrayPool<int>.Shared.Return(voiceStart);
        ArrayPool<int>.Shared.Return(figureOf);
        ArrayPool<int>.Shared.Return(reportOf);
        ArrayPool<int>.Shared.Return(voiceOf);

        var status = StatusOf(maxLo, minHi, voices, figures, active); // every voice the fact numbered has a claim in it
        if (figures.Length == 0)
        {
            ArrayPool<FigureSupport>.Shared.Return(rentedFigures);
            long atLeast = spread.HighestBound ?? 1;
            return new(status, new FactRange(spread.LowestBound ?? atLeast, null), atLeast,
                $"{atLeast.ToString(CultureInfo.InvariantCulture)}: no report states a figure; the least the wording allows");
        }

        // the highest figure, unless only a lower bound ("at least 3") reaches it: then no report sets a ceiling
        var range = new FactRange(spread.LowestFigure, spread.HighestCapped >= spread.HighestFigure ? spread.HighestFigure : null);
        var (best, why) = Choose(active, figures, figureIds, table);
        ArrayPool<FigureSupport>.Shared.Return(rentedFigures);
        return new(status, range, best, why);
    }

    /// <summary>How far a fact's figures reach, and for the claims that state none, the least their wordings allow.</summary>
    private struct Spread
    {
        /// <summary>Nothing seen yet.</summary>
        public static Spread None => new() { LowestFigure = long.MaxValue, HighestFigure = long.MinValue, HighestCapped = long.MinValue };

        /// <summary>The lowest figure stated or put forward.</summary>
        public long LowestFigure;

        /// <summary>The highest figure stated or put forward.</summary>
        public long HighestFigure;

        /// <summary>The highest figure of a wording that sets a ceiling (not "at least", "more than").</summary>
        public long HighestCapped;

        /// <summary>Of the claims that state no figure, the lowest and the highest least their wording allows; null when every claim states one.</summary>
        public long? LowestBound;

        /// <inheritdoc cref="LowestBound"/>
        public long? HighestBound;
    }

    /// <summary>
    /// Numbers the candidate figures as first met (<paramref name="figureIds"/>, their support in <paramref name="figures"/>),
    /// gives each claim its figure's number in <paramref name="figureOf"/> (<see cref="NoFigure"/> when it puts none forward)
    /// and widens the spread.
    /// </summary>
    /// <returns>How many figures there are.</returns>
    private static int CollectFigures(ArraySegment<Entry> active, SourceSnapshot table, Dictionary<long, int> figureIds, FigureSupport[] figures, int[] figureOf, ref Spread spread)
    {
        int figureCount = 0;
        for (int i = 0; i < active.Count; i++)
        {
            var e = active[i];
            if (Candidate(e.Quantity) is { } f)
            {
                long stated = StatedFigure(e.Quantity)!.Value;
                spread.LowestFigure = Math.Min(spread.LowestFigure, Math.Min(stated, f));
                spread.HighestFigure = Math.Max(spread.HighestFigure, Math.Max(stated, f));
                if (e.Quantity.Qualifier is not (Qualifier.AtLeast or Qualifier.MoreThan))
                {
                    spread.HighestCapped = Math.Max(spread.HighestCapped, Math.Max(stated, f));
                }

                ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(figureIds, f, out bool known);
                if (!known)
                {
                    id = figureCount++;
                    figures[id] = new FigureSupport { Figure = f, LastReport = NoneCounted, LastVoice = NoneCounted };
                }

                figureOf[i] = id;
                ref var support = ref figures[id];
                if (table.PublishedOf(e.Source.Report) is { } d && (support.Latest is null || d > support.Latest))
                {
                    support.Latest = d;
                }
            }
            else
            {
                figureOf[i] = NoFigure;
                long lo = Interval(e.Quantity).Lo;
                spread.LowestBound = spread.LowestBound is null ? lo : Math.Min(spread.LowestBound.Value, lo);
                spread.HighestBound = spread.HighestBound is null ? lo : Math.Max(spread.HighestBound.Value, lo);
            }
        }

        return figureCount;
    }

    /// <summary>Counts the distinct reports behind each figure, the claims taken in <paramref name="byReport"/>'s order (grouped by report).</summary>
    private static void CountReports(ArraySegment<Entry> active, Span<FigureSupport> figures, int[] figureOf, int[] byReport)
    {
        for (int k = 0; k < active.Count; k++)
        {
            int i = byReport[k];
            if (figureOf[i] != NoFigure && figures[figureOf[i]].LastReport != active[i].Source.Report)
            {
                figures[figureOf[i]].LastReport = active[i].Source.Report;
                figures[figureOf[i]].Reports++;
            }
        }
    }

    /// <summary>Counts the distinct voices behind each figure, the claims taken in <paramref name="byVoice"/>'s order (grouped by voice).</summary>
    private static void CountVoices(ArraySegment<Entry> active, Span<FigureSupport> figures, int[] figureOf, int[] byVoice)
    {
        for (int k = 0; k < active.Count; k++)
        {
            int i = byVoice[k];
            if (figureOf[i] != NoFigure && figures[figureOf[i]].LastVoice != active[i].Source.Independent)
            {
                figures[figureOf[i]].LastVoice = active[i].Source.Independent;
                figures[figureOf[i]].Independent++;
            }
        }
    }

    /// <summary>
    /// Conflicting when two voices' intervals share no figure (<paramref name="maxLo"/> past <paramref name="minHi"/>);
    /// single-source with one voice; agreed when two voices or more state the one figure, or every claim words it alike;
    /// else compatible.
    /// </summary>
    private static FactStatus StatusOf(long maxLo, long minHi, int independent, Span<FigureSupport> figures, ArraySegment<Entry> active)
    {
        if (maxLo > minHi)
        {
            return FactStatus.Conflicting;
        }

        if (independent <= 1)
        {
            return FactStatus.SingleSource;
        }

        if (figures.Length == 1 && figures[0].Independent >= 2)
        {
            return FactStatus.Agreed;
        }

        return figures.Length == 0 && DistinctQuantities(active) == 1 ? FactStatus.Agreed : FactStatus.Compatible;
    }

    private static int DistinctQuantities(ArraySegment<Entry> active)
    {
        var first = active[0].Quantity;
        foreach (var e in active)
        {
            if (!ReferenceEquals(e.Quantity, first) && e.Quantity != first)
            {
                return 2;
            }
        }

        return 1;
    }
}
