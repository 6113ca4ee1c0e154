using System.Diagnostics.Tracing;
using FluentAssertions;
using HostageReports.Tests.Performance.Shapes;

namespace HostageReports.Tests.Performance;

/// <summary>
/// Every shape of <see cref="IncidentShapes"/> costs about as much again for each as much again of claims:
/// four times the reports allocate at most about four times as much, and rent at most about four times as
/// many pooled array elements. Reconciliation keeps its scratch in pooled arrays, so a step that clears an
/// array the size of the incident for every fact allocates nothing new and shows only in what it rents
/// (rentals are counted through the runtime's array-pool events, on this thread only). Counted, never timed.
/// </summary>
public class IncidentScalingTests
{
    public static TheoryData<string> Shapes() => [.. IncidentShapes.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Incident_FourTimesTheReports_AllocatesAndRentsAtMostAboutFourTimesAsMuch(string name)
    {
        var shape = IncidentShapes.All.Single(s => s.Name == name);
        var small = shape.Reports(shape.Size);
        var large = shape.Reports(4 * shape.Size);
        // Warm up both sizes: pooled buffers and caches are allocated on first use.
        IncidentShape.Run(small);
        IncidentShape.Run(large);

        var (smallBytes, smallRented) = Measure(() => IncidentShape.Run(small));
        var (largeBytes, largeRented) = Measure(() => IncidentShape.Run(large));

        ((double)largeBytes / smallBytes).Should().BeLessThan(4.8, $"{name}: {smallBytes:N0} bytes allocated at n, {largeBytes:N0} at 4n");
        smallRented.Should().BePositive("the reconciliation rents its scratch");
        ((double)largeRented / smallRented).Should().BeLessThan(4.8, $"{name}: {smallRented:N0} array elements rented at n, {largeRented:N0} at 4n");
    }

    [Fact]
    public void Rentals_OfThisThread_AreCounted()
    {
        var (_, rented) = Measure(() =>
        {
            var array = System.Buffers.ArrayPool<long>.Shared.Rent(3000);
            System.Buffers.ArrayPool<long>.Shared.Return(array);
            return 0;
        });

        rented.Should().BeGreaterThanOrEqualTo(3000);
    }

    /// <summary>The bytes allocated and the array elements rented from the shared pools by this thread while the work runs.</summary>
    private static (long Bytes, long Rented) Measure(Func<int> work)
    {
        using var rentals = new Rentals(Environment.CurrentManagedThreadId);
        long bytes = Allocation.Of(work);
        return (bytes, rentals.Elements);
    }

    /// <summary>Counts the array elements rented on one thread (the pool's events are raised on the renting thread).</summary>
    private sealed class Rentals(int thread) : EventListener
    {
        private long _elements;
        private volatile bool _counting = true;

        public long Elements
        {
            get
            {
                _counting = false;
                return Interlocked.Read(ref _elements);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "System.Buffers.ArrayPoolEventSource")
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (_counting && eventData.EventName == "BufferRented" && Environment.CurrentManagedThreadId == thread && eventData.Payload is [_, int size, ..])
            {
                Interlocked.Add(ref _elements, size);
            }
        }
    }
}
