using System.Collections;

namespace HostageReports.Claims;

/// <summary>
/// A list that never changes and compares by its items, in order: what the library's immutable types
/// expose as <see cref="IReadOnlyList{T}"/> (a claim's aliases, a report's sentences, a fact's values).
/// A cast back to an array or a <see cref="List{T}"/> fails, and the <see cref="IList{T}"/> it implements
/// (for the fast paths of LINQ and of copying) refuses every change. Two lists are equal when they hold
/// equal items in the same order, and then hash alike, so records holding one compare by value.
/// Reading an item costs what reading a <see cref="List{T}"/>'s does.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;
    private readonly int _count;

    /// <summary>Wraps the first <paramref name="count"/> items of an array the caller hands over and never changes below <paramref name="count"/> again.</summary>
    private ValueList(T[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([], 0);

    /// <summary>
    /// Wraps the first <paramref name="count"/> items of an array the library made and hands over: no copy.
    /// The array may grow past <paramref name="count"/> later (an append-only list), but its first
    /// <paramref name="count"/> items must never change again.
    /// </summary>
    /// <param name="items">The items; owned by the list from now on (up to <paramref name="count"/>).</param>
    /// <param name="count">How many of them the list holds.</param>
    /// <returns>The list.</returns>
    internal static ValueList<T> Own(T[] items, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)items.Length, nameof(count));
        return count == 0 ? Empty : new ValueList<T>(items, count);
    }

    /// <summary>Wraps an array the library made and hands over: no copy; the array must never change again.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    internal static ValueList<T> Own(T[] items) => Own(items, items.Length);

    /// <summary>The items as an immutable list: the list itself when it is one already, else a copy made once.</summary>
    /// <param name="items">The items, or null for none.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Of(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        ICollection<T> { Count: 0 } => Empty,
        IReadOnlyCollection<T> { Count: 0 } => Empty,
        _ => Own(items.ToArray()),
    };

    /// <summary>The number of items.</summary>
    public int Count => _count;

    /// <summary>Always true: the list never changes.</summary>
    public bool IsReadOnly => true;

    /// <summary>The item at an index.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the list.</exception>
    /// <exception cref="NotSupportedException">On setting: the list never changes.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex(index);
            }

            return _items[index];
        }

        set => throw Immutable();
    }

    /// <summary>The items, for the library's loops: no interface call per item.</summary>
    internal ReadOnlySpan<T> Span => new(_items, 0, _count);

    /// <inheritdoc/>
    public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _count);

    /// <inheritdoc/>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _count);

    /// <summary>Enumerates the items in order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _count == 0 ? ((IEnumerable<T>)[]).GetEnumerator() : new BoxedEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    void ICollection<T>.Add(T item) => throw Immutable();

    void ICollection<T>.Clear() => throw Immutable();

    bool ICollection<T>.Remove(T item) => throw Immutable();

    void IList<T>.Insert(int index, T item) => throw Immutable();

    void IList<T>.RemoveAt(int index) => throw Immutable();

    /// <summary>True when the other list holds equal items in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>Whether the lists are equal.</returns>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || Span.SequenceEqual(other.Span, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_count);
        foreach (var item in Span)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    /// <returns>"[a, b]".</returns>
    public override string ToString() => $"[{string.Join(", ", this)}]";

    private static NotSupportedException Immutable() => new("The list is immutable: it never changes once made.");

    private static void ThrowIndex(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "The index lies outside the list.");

    /// <summary>Enumerates the items without allocating.</summary>
    public struct Enumerator
    {
        private readonly ValueList<T> _list;
        private int _index;

        internal Enumerator(ValueList<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _list._items[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>False past the last one.</returns>
        public bool MoveNext() => ++_index < _list._count;
    }

    private sealed class BoxedEnumerator(ValueList<T> list) : IEnumerator<T>
    {
        private int _index = -1;

        public T Current => list._items[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list._count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
