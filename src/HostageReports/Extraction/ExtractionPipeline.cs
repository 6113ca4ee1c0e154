using HostageReports.Rules.Counts;
using HostageReports.Rules.Locations;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Extraction;

/// <summary>
/// The stages that read a report, in the order they run: first the shared scans whose products several rules
/// read (each run once a report, by name), then the rules that add claims. Built once by an
/// <see cref="ExtractionPipelineBuilder"/>, which checked that every product a stage reads is made by a stage
/// before it; immutable and safe to run from many threads, one context per report.
/// </summary>
internal sealed class ExtractionPipeline
{
    private readonly IExtractionStage[] _stages;

    /// <summary>Takes the stages in the order the builder checked.</summary>
    /// <param name="stages">The stages, owned from now on.</param>
    internal ExtractionPipeline(IExtractionStage[] stages) => _stages = stages;

    /// <summary>
    /// The pipeline <see cref="ClaimExtractor"/> reads every report with (see <see cref="CreateDefaultBuilder"/>), built
    /// once for the process.
    /// </summary>
    public static ExtractionPipeline Default { get; } = CreateDefaultBuilder().Build();

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages => _stages;

    /// <summary>
    /// A builder holding the default stages: the name starts and the group mentions,
    /// which the perpetrator and location rules share; then the count, perpetrator and location rules, in the order
    /// their claims have always been added. A new rule is added here, after the stages whose products it reads.
    /// </summary>
    /// <returns>A builder to build the default pipeline from, or to add stages to first.</returns>
    public static ExtractionPipelineBuilder CreateDefaultBuilder() => new ExtractionPipelineBuilder()
        .Add(TriggerIndex.Stage(CountTriggers.Words, GroupFinder.Words))
        .Add(new ProductStage<NameStarts>("name-starts", Products.NameStarts, static c => new NameStarts(c)))
        .Add(new ProductStage<GroupScan>("group-mentions", Products.GroupMentions, GroupFinder.Scan, Products.Triggers, Products.NameStarts))
        .Add(new ProductStage<DatelineReading>("dateline-place", Products.DatelinePlace, DatelineMatcher.Read))
        .Add(new ClaimRuleStage("counts", new CountRule(), Products.Triggers))
        .Add(new ClaimRuleStage("perpetrators", new PerpetratorRule(), Products.NameStarts, Products.GroupMentions))
        .Add(new ClaimRuleStage("locations", new LocationRule(), Products.NameStarts, Products.GroupMentions, Products.DatelinePlace));

    /// <summary>Runs every stage on the report, in order.</summary>
    /// <param name="context">The report being read; it receives the products and the claims.</param>
    /// <exception cref="InvalidOperationException">A stage did not set a product it declares.</exception>
    public void Run(ExtractionContext context)
    {
        foreach (var stage in _stages)
        {
            stage.Run(context);
            var produces = stage.Produces;
            for (int p = 0; p < produces.Count; p++)
            {
                if (!context.Has(produces[p]))
                {
                    throw new InvalidOperationException($"Stage '{stage.Name}' declares it produces '{produces[p].Name}' but did not set it.");
                }
            }
        }
    }
}

/// <summary>
/// Puts an <see cref="ExtractionPipeline"/> together: stages are added in the order they are to run, and
/// <see cref="Build"/> checks that order (every product a stage requires made by an earlier stage, each product
/// made by one stage, each stage name once), so a wrong order fails when the pipeline is built, never on a report.
/// </summary>
internal sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractionStage> _stages = [];

    /// <summary>The stages added so far, in order.</summary>
    public IReadOnlyList<IExtractionStage> Stages => _stages;

    /// <summary>Adds a stage after those already added.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public ExtractionPipelineBuilder Add(IExtractionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds a stage just before the stage of that name (a rule before the rules that must see its claims).</summary>
    /// <param name="name">The name of a stage already added.</param>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No stage of that name was added.</exception>
    public ExtractionPipelineBuilder InsertBefore(string name, IExtractionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        int at = _stages.FindIndex(s => s.Name == name);
        if (at < 0)
        {
            throw new ArgumentException($"No stage '{name}' to insert '{stage.Name}' before.", nameof(name));
        }

        _stages.Insert(at, stage);
        return this;
    }

    /// <summary>Checks the order of the stages and builds the pipeline.</summary>
    /// <returns>The pipeline, immutable: later changes to this builder do not reach it.</returns>
    /// <exception cref="InvalidOperationException">
    /// Two stages share a name, two stages produce one product, or a stage requires a product no earlier stage
    /// produces (the message names the stage and the product, and the later stage that produces it, if any).
    /// </exception>
    public ExtractionPipeline Build()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var producer = new Dictionary<ProductKey, IExtractionStage>();
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new InvalidOperationException($"Two stages are named '{stage.Name}': a stage runs once in a pipeline.");
            }

            foreach (var product in stage.Requires)
            {
                if (!producer.ContainsKey(product))
                {
                    var later = _stages.Find(s => s.Produces.Contains(product));
                    string where = later is null ? "no stage produces it" : $"it is produced only later, by stage '{later.Name}'";
                    throw new InvalidOperationException($"Stage '{stage.Name}' requires product '{product.Name}', but {where}.");
                }
            }

            foreach (var product in stage.Produces)
            {
                if (!producer.TryAdd(product, stage))
                {
                    throw new InvalidOperationException($"Product '{product.Name}' is produced by both stage '{producer[product].Name}' and stage '{stage.Name}'.");
                }
            }
        }

        return new ExtractionPipeline([.. _stages]);
    }
}
