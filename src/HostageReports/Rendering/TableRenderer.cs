using System.Globalization;
using System.Text;
using HostageReports.Claims;
using HostageReports.Reconciliation;

namespace HostageReports.Rendering;

/// <summary>
/// Writes incidents as a readable table of facts: the reports numbered [1], [2] ... in id order, then one
/// row per fact (key, status, range, best) followed by why the best was chosen and each value with the
/// reports and speakers behind it. Plain text, no colours, lines of moderate width.
/// </summary>
public static class TableRenderer
{
    private const int KeyWidth = 20;
    private const int StatusWidth = 14;
    private const int RangeWidth = 10;
    private const int ValueWidth = 30;

    /// <summary>Writes the incidents as text tables, line by line as they are made.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="cancellationToken">Checked between incidents, reports and facts; when cancelled, the table is left unfinished.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(TextWriter writer, IEnumerable<Incident> incidents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(incidents);
        bool first = true;
        foreach (var incident in incidents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteIncident(writer, incident, cancellationToken);
        }
    }

    /// <summary>The table of one incident as a string.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The table.</returns>
    public static string ToText(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteIncident(writer, incident, CancellationToken.None);
        return writer.ToString();
    }

    private static void WriteIncident(TextWriter w, Incident incident, CancellationToken cancellationToken)
    {
        var ordered = incident.Reports.Select(r => r.Report).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++)
        {
            labels[ordered[i].Id] = $"[{(i + 1).ToString(CultureInfo.InvariantCulture)}]";
        }

        w.WriteLine($"Incident {incident.Id}: {ordered.Count} report{(ordered.Count == 1 ? "" : "s")}, {incident.Facts.Count} fact{(incident.Facts.Count == 1 ? "" : "s")}");
        foreach (var r in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var meta = r.Metadata;
            var line = new StringBuilder($"  {labels[r.Id],-5} {r.Id}");
            if (meta.Published is { } d)
            {
                line.Append("  ").Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (meta.Outlet is { Length: > 0 } outlet)
            {
                line.Append("  ").Append(outlet);
            }

            if (meta.Title is { Length: > 0 } title)
            {
                line.Append("  \"").Append(Clip(title, 60)).Append('"');
            }

            w.WriteLine(line.ToString());
        }

        w.WriteLine();
        if (incident.Facts.Count == 0)
        {
            w.WriteLine("  (no facts: no claims were found)");
            return;
        }

        w.WriteLine($"  {"FACT",-KeyWidth} {"STATUS",-StatusWidth} {"RANGE",-RangeWidth} BEST");
        foreach (var fact in incident.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string best = fact.Best?.ToString(CultureInfo.InvariantCulture) ?? fact.BestValue?.Name ?? "-";
            w.WriteLine($"  {fact.Key,-KeyWidth} {FactNames.Of(fact.Status),-StatusWidth} {fact.Range?.ToString() ?? "",-RangeWidth} {best}");
            w.WriteLine($"      why: {fact.Why}");
            foreach (var check in fact.CrossChecks)
            {
                w.WriteLine($"      ! conflict: {check.Text}");
            }

            foreach (var value in fact.Values)
            {
                w.Write($"      {Describe(value),-ValueWidth} {Support(value)}: ");
                WriteSources(w, value, labels);
                w.WriteLine();
            }
        }
    }

    private static string Describe(FactValue value)
    {
        if (value.Type() == FactType.Location && value.LocationKind is { } kind)
        {
            string where = string.Join(", ", new[] { value.Region, value.Country }.Where(s => !string.IsNullOrEmpty(s)));
            return where.Length > 0 ? $"{value.Text} ({ClaimNames.Of(kind)}, {where})" : $"{value.Text} ({ClaimNames.Of(kind)})";
        }

        return value.IsDerived ? value.Text + " (derived)" : value.Text;
    }

    private static FactType Type(this FactValue value) =>
        value.Quantity is not null ? FactType.Count : value.PerpetratorKind is not null ? FactType.Perpetrator : FactType.Location;

    private static string Support(FactValue value) =>
        $"{value.ReportCount.ToString(CultureInfo.InvariantCulture)} rep/{value.IndependentSourceCount.ToString(CultureInfo.InvariantCulture)} src";

    /// <summary>The distinct "[label] speaker (certainty)" of a value's sources, joined by "; ", written as they are made: a value may have any number of sources.</summary>
    private static void WriteSources(TextWriter w, FactValue value, Dictionary<string, string> labels)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var s in value.Sources)
        {
            string label = labels.GetValueOrDefault(s.ReportId) ?? s.ReportId;
            sb.Clear().Append(label);
            if (s.Speaker is { } speaker)
            {
                sb.Append(' ').Append(speaker);
            }

            if (s.Certainty != Certainty.Reported)
            {
                sb.Append(" (").Append(ClaimNames.Of(s.Certainty)).Append(')');
            }

            string text = sb.ToString();
            if (seen.Add(text))
            {
                if (seen.Count > 1)
                {
                    w.Write("; ");
                }

                w.Write(text);
            }
        }
    }

    private static string Clip(string text, int width)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 3), "...");
    }
}
