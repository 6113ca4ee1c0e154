using System.Text.Json;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reconciliation;

namespace HostageReports.Rendering;

/// <summary>
/// Writes incidents as the JSON documented in SCHEMA.md: camelCase names, lower-case hyphenated
/// enumerations, UTF-16 offsets into each report's body.
/// </summary>
public static class JsonRenderer
{
    /// <summary>
    /// How many bytes the writer may hold before it hands them to the stream: the document is written
    /// as it is made, so the memory it takes stays the same whatever the number of incidents and claims.
    /// </summary>
    internal const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Writes the incidents as one JSON document, handing it to the stream as it is made (every 64 KiB
    /// or so): the memory it takes stays the same however large the run.
    /// </summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <param name="cancellationToken">Checked between incidents, reports and facts; when cancelled, the document is left unfinished.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(Stream stream, IEnumerable<Incident> incidents, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(incidents);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartArray("incidents");
        foreach (var incident in incidents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteIncident(w, incident, cancellationToken);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteIncident(Utf8JsonWriter w, Incident incident, CancellationToken cancellationToken)
    {
        w.WriteStartObject();
        w.WriteString("id", incident.Id);
        w.WriteStartArray("reports");
        foreach (var rc in incident.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteReport(w, rc);
            FlushIfFull(w);
        }

        w.WriteEndArray();
        w.WriteStartArray("facts");
        foreach (var fact in incident.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteFact(w, fact);
            FlushIfFull(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Hands what the writer holds to its stream once it passes <see cref="FlushThreshold"/>.</summary>
    internal static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushThreshold)
        {
            w.Flush();
        }
    }

    private static void WriteReport(Utf8JsonWriter w, ReportClaims rc)
    {
        var meta = rc.Report.Metadata;
        w.WriteStartObject();
        w.WriteString("id", rc.Report.Id);
        w.WriteString("title", meta.Title);
        WriteDate(w, "published", meta.Published);

        w.WriteString("outlet", meta.Outlet);
        w.WriteString("dateline", meta.Dateline);
        if (rc.Report.Warnings.Count > 0)
        {
            // What reading repaired or guessed (Report.Warnings); absent when the text was read as it stands.
            w.WriteStartArray("warnings");
            foreach (string warning in rc.Report.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("claims");
        foreach (var claim in rc.Claims)
        {
            WriteClaim(w, claim);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one fact: key, type, status, range, best, why, values with their sources.</summary>
    internal static void WriteFact(Utf8JsonWriter w, Fact fact)
    {
        w.WriteStartObject();
        w.WriteString("key", fact.Key);
        w.WriteString("type", FactNames.Of(fact.Type));
        w.WriteString("status", FactNames.Of(fact.Status));
        if (fact.Range is { } range)
        {
            w.WriteStartObject("range");
            w.WriteNumber("min", range.Min);
            WriteNumber(w, "max", range.Max);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("range");
        }

        WriteNumber(w, "best", fact.Best);
        if (fact.Type != FactType.Count && fact.BestValue is { } bestValue)
        {
            w.WriteString("bestName", bestValue.Name);
        }

        w.WriteString("why", fact.Why);
        if (fact.CrossChecks.Count > 0)
        {
            w.WriteStartArray("crossChecks");
            foreach (var check in fact.CrossChecks)
            {
                w.WriteStartObject();
                w.WriteString("status", "conflicting");
                w.WriteNumber("total", check.Total);
                w.WriteNumber("partsSum", check.PartsSum);
                WriteStrings(w, "parts", check.Parts);
                w.WriteString("text", check.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("values");
        foreach (var value in fact.Values)
        {
            WriteValue(w, value);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, FactValue value)
    {
        w.WriteStartObject();
        w.WriteString("text", value.Text);
        if (value.Quantity is { } q)
        {
            WriteNumber(w, "value", q.Value);
            WriteNumber(w, "min", q.Min);
            WriteNumber(w, "max", q.Max);
            w.WriteString("qualifier", ClaimNames.Of(q.Qualifier));
            if (value.IsDerived)
            {
                w.WriteBoolean("derived", true);
            }
        }
        else
        {
            w.WriteString("name", value.Name);
            WriteStrings(w, "aliases", value.Aliases);
            if (value.PerpetratorKind is { } pk)
            {
                w.WriteString("kind", ClaimNames.Of(pk));
                WriteStrings(w, "roles", value.Roles);
            }
            else
            {
                w.WriteString("kind", value.LocationKind is { } lk ? ClaimNames.Of(lk) : null);
                w.WriteString("country", value.Country);
                w.WriteString("region", value.Region);
            }
        }

        w.WriteNumber("reports", value.ReportCount);
        w.WriteNumber("independentSources", value.IndependentSourceCount);
        WriteDate(w, "firstPublished", value.FirstPublished);
        w.WriteStartArray("sources");
        foreach (var s in value.Sources)
        {
            w.WriteStartObject();
            w.WriteString("report", s.ReportId);
            w.WriteString("source", s.Speaker?.Speaker);
            if (s.Speaker is { Chain.Count: > 1 } chain)
            {
                WriteStrings(w, "sourceChain", chain.Chain);
            }

            w.WriteString("certainty", ClaimNames.Of(s.Certainty));
            WriteDate(w, "published", s.Published);
            WriteEvidence(w, s.Evidence);
            w.WriteEndObject();
            FlushIfFull(w); // a value may have any number of sources
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes one claim as a JSON object.</summary>
    internal static void WriteClaim(Utf8JsonWriter w, Claim claim)
    {
        w.WriteStartObject();
        switch (claim)
        {
            case CountClaim c:
                w.WriteString("type", "count");
                w.WriteString("measure", ClaimNames.Of(c.Measure));
                w.WriteString("population", c.Population.Key);
                WriteNumber(w, "value", c.Quantity.Value);
                WriteNumber(w, "min", c.Quantity.Min);
                WriteNumber(w, "max", c.Quantity.Max);
                w.WriteString("qualifier", ClaimNames.Of(c.Quantity.Qualifier));
                if (c.OutcomeOpen)
                {
                    w.WriteBoolean("outcomeOpen", true);
                }

                break;
            case PerpetratorClaim p:
                w.WriteString("type", "perpetrator");
                w.WriteString("name", p.Name);
                w.WriteString("kind", ClaimNames.Of(p.Kind));
                WriteStrings(w, "aliases", p.Aliases);
                w.WriteString("role", p.Role);
                break;
            case LocationClaim l:
                w.WriteString("type", "location");
                w.WriteString("name", l.Name);
                w.WriteString("kind", ClaimNames.Of(l.Kind));
                w.WriteString("country", l.Country);
                w.WriteString("region", l.Region);
                WriteStrings(w, "aliases", l.Aliases);
                break;
        }

        w.WriteString("certainty", ClaimNames.Of(claim.Certainty));
        w.WriteString("source", claim.Source?.Speaker);
        if (claim.Source is { Chain.Count: > 1 } src)
        {
            WriteStrings(w, "sourceChain", src.Chain);
        }

        WriteEvidence(w, claim.Evidence);
        w.WriteEndObject();
        FlushIfFull(w); // a report may hold any number of claims
    }

    /// <summary>Writes text, start and length.</summary>
    internal static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteString("text", e.Text);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("length", e.Length);
    }

    /// <summary>Writes a number or null.</summary>
    internal static void WriteNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
