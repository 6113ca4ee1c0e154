using System.Globalization;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

// Choosing a count fact's best figure: what supports each candidate, weighed by the sources it fits.
internal static partial class CountReconciler
{
    /// <summary>What stands behind one candidate figure.</summary>
    private struct FigureSupport
    {
        public long Figure;

        /// <summary>How many distinct reports state it.</summary>
        public int Reports;

        /// <summary>How many distinct voices state it.</summary>
        public int Independent;

        /// <summary>The last report and voice counted, while counting.</summary>
        public int LastReport;

        public int LastVoice;

        public DateOnly? Latest;

        public double Fits;

        public int FitsCount;

        public double Direct;
    }

    private static (long Best, string Why) Choose(ArraySegment<Entry> active, Span<FigureSupport> all, Dictionary<long, int> figureIds, SourceSnapshot table)
    {
        var speakers = Representatives(active, e => e.Source.Independent, table).ToList();
        speakers.Sort((x, y) => CompareRepresentatives(x, y, table));
        int n = speakers.Count;
        var los = new (long At, double W)[n];
        var his = new (long At, double W)[n];
        for (int i = 0; i < n; i++)
        {
            var e = speakers[i];
            var (lo, hi) = Interval(e.Quantity);
            double w = Weight(e.Source.Certainty);
            los[i] = (lo, w);
            his[i] = (hi, w);
            if (Candidate(e.Quantity) is { } f && figureIds.TryGetValue(f, out int id))
            {
                all[id].Direct += w * Directness(e.Quantity.Qualifier);
            }
        }

        Array.Sort(los, (a, b) => a.At.CompareTo(b.At));
        Array.Sort(his, (a, b) => a.At.CompareTo(b.At));
        var loSum = Prefix(los, out var loCount);
        var hiSum = Prefix(his, out var hiCount);
        foreach (ref var s in all)
        {
            int started = UpperBound(los, s.Figure);   // intervals with lo <= f
            int ended = LowerBound(his, s.Figure);     // intervals with hi < f
            s.Fits = loSum[started] - hiSum[ended];
            s.FitsCount = loCount[started] - hiCount[ended];
        }

        // one pass for the winner and the runner-up: no sort of the candidates
        int first = 0;
        int? second = null;
        for (int i = 1; i < all.Length; i++)
        {
            if (Rank(all[i], all[first]) > 0)
            {
                second = first;
                first = i;
            }
            else if (second is not { } runnerUp || Rank(all[i], all[runnerUp]) > 0)
            {
                second = i;
            }
        }

        var support = all[first];
        long best = support.Figure;
        string why = $"{best.ToString(CultureInfo.InvariantCulture)}: fits {support.FitsCount} of {n} independent source{(n == 1 ? "" : "s")}, stated by {support.Reports} report{(support.Reports == 1 ? "" : "s")}";
        if (second is { } secondBest)
        {
            var nextSupport = all[secondBest];
            long next = nextSupport.Figure;
            string reason = Math.Round(support.Fits, 6) > Math.Round(nextSupport.Fits, 6) ? "fits more sources"
                : support.Reports > nextSupport.Reports ? "stated by more reports"
                : Math.Round(support.Direct, 6) > Math.Round(nextSupport.Direct, 6) ? "stated more directly or by surer sources"
                : (support.Latest ?? DateOnly.MinValue) > (nextSupport.Latest ?? DateOnly.MinValue) ? "stated later"
                : "the higher figure where support is equal";
            why += $"; over {next.ToString(CultureInfo.InvariantCulture)}: {reason}";
        }

        return (best, why);
    }

    /// <summary>Positive when candidate x ranks above y: more fit, more reports, more direct, later, higher.</summary>
    private static int Rank(in FigureSupport x, in FigureSupport y)
    {
        int c = Math.Round(x.Fits, 6).CompareTo(Math.Round(y.Fits, 6));
        if (c != 0)
        {
            return c;
        }

        c = x.Reports.CompareTo(y.Reports);
        if (c != 0)
        {
            return c;
        }

        c = Math.Round(x.Direct, 6).CompareTo(Math.Round(y.Direct, 6));
        if (c != 0)
        {
            return c;
        }

        c = (x.Latest ?? DateOnly.MinValue).CompareTo(y.Latest ?? DateOnly.MinValue);
        return c != 0 ? c : x.Figure.CompareTo(y.Figure);
    }

    private static double[] Prefix((long At, double W)[] sorted, out int[] counts)
    {
        var sums = new double[sorted.Length + 1];
        counts = new int[sorted.Length + 1];
        for (int i = 0; i < sorted.Length; i++)
        {
            sums[i + 1] = sums[i] + sorted[i].W;
            counts[i + 1] = counts[i] + (sorted[i].W > 0 ? 1 : 0);
        }

        return sums;
    }

    /// <summary>The number of entries with At &lt;= value.</summary>
    private static int UpperBound((long At, double W)[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].At <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of entries with At &lt; value.</summary>
    private static int LowerBound((long At, double W)[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].At < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
