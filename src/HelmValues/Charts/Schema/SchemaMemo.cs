using System;
using System.Collections.Generic;
using System.Threading;

namespace HelmValues.Charts;

/// <summary>
/// The schemas a chart's default values are known to pass. Coalescing shares every default node the user did not change
/// (<see cref="HelmCoalescing"/>), so every validation of the chart meets the same default subtrees under the same schema
/// nodes: <see cref="SchemaEvaluator"/> looks here where it moves into a child value, and a default subtree the user left
/// alone is evaluated once per chart and schema, not once per validation.
/// </summary>
/// <remarks>
/// <para>
/// Only "valid" is remembered, with what finding it out cost (steps, and how deep it nested), so that a hit can be
/// charged exactly as the evaluation it replaces; why that gives exactly the verdict of evaluating again is said at
/// <see cref="SchemaEvaluator"/>'s <c>EvaluateChild</c>.
/// </para>
/// <para>
/// Only the nodes of one shared tree take part: <see cref="ForSharedTree"/> numbers them (<see cref="HelmJson.MemoSlot"/>),
/// and values made per validation keep slot 0 and cost nothing. Many threads validate with one memo at once: each
/// node's entries are an immutable array, read without a lock and replaced whole with a compare-and-swap, so a hit
/// allocates nothing.
/// </para>
/// </remarks>
internal sealed class SchemaMemo
{
    // A node meets few schema nodes (its property's schema, perhaps an alternative or two); a hostile schema could apply
    // thousands, which would make each look-up a long scan. Past this many, a node's other verdicts are not remembered.
    private const int MaxEntriesPerNode = 32;

    private readonly Entry[]?[] _slots;
    private long _hits;

    private SchemaMemo(int count) => _slots = new Entry[]?[count];

    /// <summary>Look-ups that were answered here, over all validations (tests check the memo is used).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>
    /// A memo for the tree that <paramref name="nodes"/> make up (every node of it, in any order), numbering them. Call
    /// once, before the tree is shared with other threads; null when there is no node.
    /// </summary>
    public static SchemaMemo? ForSharedTree(IEnumerable<HelmJson> nodes)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            // A node met twice (a YAML alias) keeps its first number.
            if (node.MemoSlot == 0)
            {
                node.MemoSlot = ++count;
            }
        }

        return count == 0 ? null : new SchemaMemo(count);
    }

    /// <summary>True when <paramref name="value"/> was found valid against <paramref name="schema"/>, with what that took.</summary>
    /// <param name="schema">The schema node.</param>
    /// <param name="value">A node of this memo's tree.</param>
    /// <param name="trackEvaluated">Whether annotations were collected (it changes what is evaluated).</param>
    /// <param name="steps">The schema evaluations it took.</param>
    /// <param name="depth">How much deeper than its start the evaluation nested.</param>
    public bool TryGet(SchemaNode schema, HelmJson value, bool trackEvaluated, out long steps, out int depth)
    {
        var slot = value.MemoSlot - 1;
        if ((uint)slot < (uint)_slots.Length && Volatile.Read(ref _slots[slot]) is { } entries)
        {
            foreach (ref readonly var entry in entries.AsSpan())
            {
                if (entry.Matches(schema, value, trackEvaluated))
                {
                    steps = entry.Steps;
                    depth = entry.Depth;
                    return true;
                }
            }
        }

        steps = 0;
        depth = 0;
        return false;
    }

    /// <summary>Remembers that <paramref name="value"/> is valid against <paramref name="schema"/>.</summary>
    public void Add(SchemaNode schema, HelmJson value, bool trackEvaluated, long steps, int depth)
    {
        var slot = value.MemoSlot - 1;
        if ((uint)slot >= (uint)_slots.Length)
        {
            return;
        }

        ref var location = ref _slots[slot];
        while (true)
        {
            var current = Volatile.Read(ref location);
            var count = current?.Length ?? 0;
            if (count >= MaxEntriesPerNode)
            {
                return;
            }

            for (var i = 0; i < count; i++)
            {
                // Another thread got there first; the evaluation is deterministic, so its entry is this one.
                if (current![i].Matches(schema, value, trackEvaluated))
                {
                    return;
                }
            }

            var next = new Entry[count + 1];
            current?.CopyTo(next, 0);
            next[count] = new Entry(schema, value, trackEvaluated, steps, depth);
            if (ReferenceEquals(Interlocked.CompareExchange(ref location, next, current), current))
            {
                return;
            }
        }
    }

    /// <summary>Adds <paramref name="hits"/> to <see cref="Hits"/> (once per validation, not once per hit).</summary>
    public void CountHits(long hits) => Interlocked.Add(ref _hits, hits);

    // The value is part of the key too, so that a node numbered by another memo can never be answered for.
    private readonly record struct Entry(SchemaNode Schema, HelmJson Value, bool TrackEvaluated, long Steps, int Depth)
    {
        public bool Matches(SchemaNode schema, HelmJson value, bool trackEvaluated) =>
            ReferenceEquals(Schema, schema) && ReferenceEquals(Value, value) && TrackEvaluated == trackEvaluated;
    }
}
