using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Pipeline;

/// <summary>
/// The declared pipeline: stages run in the order they were added, a product is read only after the stage
/// that makes it (checked when the pipeline is built, with an error naming the stage and the product), each
/// shared stage runs once a report however many stages read its product, and the default pipeline holds the
/// shared scans before the rules that read them.
/// </summary>
public class ExtractionPipelineTests
{
    private static readonly ProductKey<string> Words = new("test words");
    private static readonly ProductKey<string> Marks = new("test marks");

    private static ExtractionContext Context(string text = "Gunmen killed 3 people in Kabul on Monday.") =>
        new(ReportReader.Parse("t", text).Report!);

    /// <summary>A stage that writes its name to a log when it runs and sets each product it declares to its name.</summary>
    private sealed class Recording(string name, List<string> log, ProductKey<string>[] requires, params ProductKey<string>[] produces) : IExtractionStage
    {
        public string Name => name;

        public IReadOnlyList<ProductKey> Requires => requires;

        public IReadOnlyList<ProductKey> Produces => produces;

        /// <summary>What the stage read of each product it requires, in order.</summary>
        public List<string> Read { get; } = [];

        public bool SetsProducts { get; init; } = true;

        public void Run(ExtractionContext context)
        {
            log.Add(name);
            foreach (var key in requires)
            {
                Read.Add(context.Get(key));
            }

            if (SetsProducts)
            {
                foreach (var key in produces)
                {
                    context.Set(key, name);
                }
            }
        }
    }

    [Fact]
    public void Build_StagesInDependencyOrder_RunsThemInTheOrderAdded()
    {
        var log = new List<string>();
        var pipeline = new ExtractionPipelineBuilder()
            .Add(new Recording("words", log, [], Words))
            .Add(new Recording("marks", log, [Words], Marks))
            .Add(new Recording("rule", log, [Words, Marks]))
            .Build();

        pipeline.Run(Context());

        log.Should().Equal("words", "marks", "rule");
        pipeline.Stages.Select(static s => s.Name).Should().Equal("words", "marks", "rule");
    }

    public static readonly TheoryData<string, string[], string> MissingProducts = new()
    {
        // The stages, in order (name:requires>produces); the words the error must hold.
        { "no stage produces it", ["rule:test words>"], "Stage 'rule' requires product 'test words', but no stage produces it." },
        { "produced only later", ["rule:test words>", "words:>test words"], "Stage 'rule' requires product 'test words', but it is produced only later, by stage 'words'." },
        { "second of two requires", ["words:>test words", "rule:test words,test marks>"], "Stage 'rule' requires product 'test marks', but no stage produces it." },
        { "stage requires its own product", ["words:test words>test words"], "Stage 'words' requires product 'test words', but it is produced only later, by stage 'words'." },
    };

    [Theory]
    [MemberData(nameof(MissingProducts))]
    public void Build_RequiredProductNotProducedEarlier_ThrowsNamingStageAndProduct(string why, string[] stages, string message)
    {
        var builder = new ExtractionPipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Add(Parse(stage, []));
        }

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>(why).WithMessage(message);
    }

    [Fact]
    public void Build_TwoStagesWithOneName_Throws()
    {
        var log = new List<string>();
        var builder = new ExtractionPipelineBuilder().Add(new Recording("rule", log, [])).Add(new Recording("rule", log, []));

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("Two stages are named 'rule'*");
    }

    [Fact]
    public void Build_TwoProducersOfOneProduct_ThrowsNamingBoth()
    {
        var log = new List<string>();
        var builder = new ExtractionPipelineBuilder().Add(new Recording("first", log, [], Words)).Add(new Recording("second", log, [], Words));

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("Product 'test words' is produced by both stage 'first' and stage 'second'.");
    }

    [Fact]
    public void Run_ProductReadByTwoStages_ProducerRunsOnceAndBothSeeItsValue()
    {
        var log = new List<string>();
        var first = new Recording("first rule", log, [Words]);
        var second = new Recording("second rule", log, [Words]);
        var pipeline = new ExtractionPipelineBuilder().Add(new Recording("words", log, [], Words)).Add(first).Add(second).Build();

        pipeline.Run(Context());

        log.Should().Equal("words", "first rule", "second rule");
        first.Read.Should().Equal("words");
        second.Read.Should().Equal("words");
    }

    [Fact]
    public void Run_StageLeavesDeclaredProductUnset_ThrowsNamingStageAndProduct()
    {
        var pipeline = new ExtractionPipelineBuilder().Add(new Recording("words", [], [], Words) { SetsProducts = false }).Build();

        var act = () => pipeline.Run(Context());

        act.Should().Throw<InvalidOperationException>().WithMessage("Stage 'words' declares it produces 'test words' but did not set it.");
    }

    [Fact]
    public void Build_BuilderChangedAfterwards_PipelineKeepsItsStages()
    {
        var log = new List<string>();
        var builder = new ExtractionPipelineBuilder().Add(new Recording("words", log, [], Words));
        var pipeline = builder.Build();

        builder.Add(new Recording("later", log, []));
        pipeline.Run(Context());

        log.Should().Equal("words");
    }

    [Fact]
    public void InsertBefore_KnownStage_RunsTheNewStageJustBeforeIt()
    {
        var log = new List<string>();
        var pipeline = new ExtractionPipelineBuilder()
            .Add(new Recording("words", log, [], Words))
            .Add(new Recording("rule", log, [Words]))
            .InsertBefore("rule", new Recording("marks", log, [Words], Marks))
            .Build();

        pipeline.Run(Context());

        log.Should().Equal("words", "marks", "rule");
    }

    [Fact]
    public void InsertBefore_UnknownStage_ThrowsNamingIt()
    {
        var act = () => new ExtractionPipelineBuilder().InsertBefore("rule", new Recording("marks", [], []));

        act.Should().Throw<ArgumentException>().WithMessage("No stage 'rule' to insert 'marks' before.*");
    }

    [Fact]
    public void Default_Stages_SharedScansBeforeTheRulesThatReadThem()
    {
        var stages = ExtractionPipeline.Default.Stages;

        stages.Select(static s => s.Name).Should().Equal("trigger-index", "name-starts", "group-mentions", "dateline-place", "counts", "perpetrators", "locations");
        stages.Single(static s => s.Name == "group-mentions").Requires.Should().Equal(Products.Triggers, Products.NameStarts);
        stages.Single(static s => s.Name == "locations").Requires.Should().Contain(Products.GroupMentions);
        stages.Single(static s => s.Name == "locations").Requires.Should().Contain(Products.DatelinePlace);
        stages.Single(static s => s.Name == "perpetrators").Requires.Should().Contain(Products.GroupMentions);
    }

    [Fact]
    public void Default_Run_SetsEveryProductOfItsSharedStages()
    {
        var context = Context("Members of the Ansar Brigade attacked a checkpoint near Kabul.");

        ExtractionPipeline.Default.Run(context);

        context.Has(Products.NameStarts).Should().BeTrue();
        context.Get(Products.GroupMentions).Tokens.Should().HaveCount(context.Tokens.Count);
    }

    [Fact]
    public void TokenView_ContextThePipelineRead_ReadsTheSharedNameStarts()
    {
        const string Text = "Members of the Ansar Brigade attacked a checkpoint near Kabul, police said.";
        var read = Context(Text);
        ExtractionPipeline.Default.Run(read);

        var shared = new TokenView(read).NameStartTokens;
        var own = new TokenView(Context(Text)).NameStartTokens;

        System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(shared),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(read.Get(Products.NameStarts).Tokens))).Should().BeTrue();
        own.ToArray().Should().Equal(shared.ToArray()).And.NotBeEmpty();
    }

    [Fact]
    public void Extractor_PipelineWithAnAddedRule_AddsItsClaimsBesideTheDefaultOnes()
    {
        var report = ReportReader.Parse("t", "Gunmen killed 3 people in Kabul on Monday.").Report!;
        var plain = new ClaimExtractor().Extract(report).Claims;
        var pipeline = ExtractionPipeline.CreateDefaultBuilder()
            .Add(new ClaimRuleStage("every-report-in-kabul", new KabulRule(), Products.GroupMentions))
            .Build();

        var claims = new ClaimExtractor(pipeline).Extract(report).Claims;

        plain.Should().NotBeEmpty();
        claims.Should().HaveCount(plain.Count + 1);
        claims.Except(plain).Should().ContainSingle().Which.Should().BeOfType<LocationClaim>().Which.Name.Should().Be("Kabul (test)");
    }

    /// <summary>A rule for the test: one place at the report's first word.</summary>
    private sealed class KabulRule : IClaimRule
    {
        public void Apply(ExtractionContext context) =>
            context.Claims.Add(new LocationClaim { ReportId = context.Report.Id, Evidence = context.EvidenceOf(0, 6), Name = "Kabul (test)", Kind = LocationKind.City });
    }

    /// <summary>A stage from "name:requires>produces", the products named by the test's keys.</summary>
    private static Recording Parse(string stage, List<string> log)
    {
        int colon = stage.IndexOf(':');
        int arrow = stage.IndexOf('>');
        return new Recording(stage[..colon], log, Keys(stage[(colon + 1)..arrow]), Keys(stage[(arrow + 1)..]));

        static ProductKey<string>[] Keys(string names) =>
            names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(static n => n == Words.Name ? Words : n == Marks.Name ? Marks : throw new ArgumentException(n)).ToArray();
    }
}
