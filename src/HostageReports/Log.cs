using Microsoft.Extensions.Logging;

namespace HostageReports;

/// <summary>Every log message of the library, in one place, as source-generated delegates.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Report {ReportId}: {ClaimCount} claims")]
    public static partial void Extracted(ILogger logger, string reportId, int claimCount);

    /// <summary>What reading a report repaired or guessed (a <see cref="Reports.Report.Warnings"/> entry, naming the file).</summary>
    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Report {ReportId}: {Warning}")]
    public static partial void ReportRepaired(ILogger logger, string reportId, string warning);
}
