namespace HostageReports.Extraction;

/// <summary>
/// One step of reading a report, in the order an <see cref="ExtractionPipeline"/> runs them: a shared scan
/// that works out a product for later stages (the group mentions), or a rule that adds claims. A stage says
/// which products it reads and which it sets, so the pipeline can check when it is built that every product
/// is made before it is read. Stages are built once, hold no per-report state and are safe to run from many
/// threads.
/// </summary>
internal interface IExtractionStage
{
    /// <summary>The stage's name, as the pipeline's errors and the architecture notes give it.</summary>
    string Name { get; }

    /// <summary>The products the stage reads from the context: an earlier stage must produce each.</summary>
    IReadOnlyList<ProductKey> Requires { get; }

    /// <summary>The products the stage sets on the context, each exactly once a report.</summary>
    IReadOnlyList<ProductKey> Produces { get; }

    /// <summary>Reads the report on the context: sets the products it produces, adds the claims it finds.</summary>
    /// <param name="context">The report being read.</param>
    void Run(ExtractionContext context);
}
