using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// A set of Unicode code points as sorted, disjoint ranges, written out as a .NET regex that matches one code point
/// of the set, a surrogate pair counting as one, as Go's regexp (which reads UTF-8) does.
/// </summary>
internal sealed class CodePointSet
{
    /// <summary>The largest code point.</summary>
    public const int MaxCodePoint = 0x10FFFF;

    private const int SurrogateFirst = 0xD800;
    private const int SurrogateLast = 0xDFFF;

    private readonly List<(int Low, int High)> _ranges = [];

    /// <summary>The ranges, sorted and merged.</summary>
    public IReadOnlyList<(int Low, int High)> Ranges => _ranges;

    /// <summary>A set of one code point.</summary>
    public static CodePointSet Of(int codePoint) => new CodePointSet().Add(codePoint, codePoint);

    /// <summary>A set of one range.</summary>
    public static CodePointSet Of(int low, int high) => new CodePointSet().Add(low, high);

    /// <summary>Adds the code points from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public CodePointSet Add(int low, int high)
    {
        if (low > high)
        {
            return this;
        }

        // Ranges mostly arrive in order (tables, class items): append or extend the last one.
        if (_ranges.Count == 0 || low > _ranges[^1].High + 1)
        {
            _ranges.Add((low, high));
            return this;
        }

        if (low >= _ranges[^1].Low)
        {
            _ranges[^1] = (_ranges[^1].Low, Math.Max(_ranges[^1].High, high));
            return this;
        }

        // Otherwise: the first range that could touch [low, high], then swallow every range it overlaps or touches.
        var first = FirstEndingAtOrAfter(low - 1);
        var last = first;
        var mergedLow = low;
        var mergedHigh = high;
        while (last < _ranges.Count && _ranges[last].Low <= high + 1)
        {
            mergedLow = Math.Min(mergedLow, _ranges[last].Low);
            mergedHigh = Math.Max(mergedHigh, _ranges[last].High);
            last++;
        }

        _ranges.RemoveRange(first, last - first);
        _ranges.Insert(first, (mergedLow, mergedHigh));
        return this;
    }

    /// <summary>Adds every code point of <paramref name="other"/>.</summary>
    public CodePointSet Add(CodePointSet other)
    {
        foreach (var (low, high) in other._ranges)
        {
            Add(low, high);
        }

        return this;
    }

    /// <summary>The code points not in this set.</summary>
    public CodePointSet Negate()
    {
        var result = new CodePointSet();
        var next = 0;
        foreach (var (low, high) in _ranges)
        {
            if (low > next)
            {
                result._ranges.Add((next, low - 1));
            }

            next = high + 1;
        }

        if (next <= MaxCodePoint)
        {
            result._ranges.Add((next, MaxCodePoint));
        }

        return result;
    }

    /// <summary>True when the set holds <paramref name="codePoint"/>.</summary>
    public bool Contains(int codePoint)
    {
        var i = FirstEndingAtOrAfter(codePoint);
        return i < _ranges.Count && _ranges[i].Low <= codePoint;
    }

    /// <summary>The set with the other cases of its letters added, as Go's <c>(?i)</c> does (Unicode simple folding).</summary>
    public CodePointSet Fold()
    {
        var result = new CodePointSet().Add(this);
        foreach (var (codePoint, orbit) in UnicodeTables.FoldOrbits)
        {
            if (Contains(codePoint))
            {
                foreach (var other in orbit)
                {
                    result.Add(other, other);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Appends a .NET pattern matching one code point of the set. Surrogate code points are left out: Go strings hold
    /// none (invalid UTF-8 reads as U+FFFD), and a surrogate pair is matched whole, never half.
    /// </summary>
    public void AppendPattern(StringBuilder pattern)
    {
        var bmp = new StringBuilder();
        var astral = new List<string>();
        foreach (var (low, high) in _ranges)
        {
            AppendBmp(bmp, low, Math.Min(high, SurrogateFirst - 1));
            AppendBmp(bmp, Math.Max(low, SurrogateLast + 1), Math.Min(high, 0xFFFF));
            if (high > 0xFFFF)
            {
                AppendAstral(astral, Math.Max(low, 0x10000), high);
            }
        }

        var alternatives = new List<string>();
        if (bmp.Length > 0)
        {
            alternatives.Add("[" + bmp + "]");
        }

        alternatives.AddRange(astral);
        if (alternatives.Count == 0)
        {
            // Matches nothing (every UTF-16 unit is either in or out of this class... and it is in neither).
            pattern.Append(@"[^\u0000-\uFFFF]");
            return;
        }

        pattern.Append("(?:").AppendJoin('|', alternatives).Append(')');
    }

    // The index of the first range whose High is at least value (binary search), or Count.
    private int FirstEndingAtOrAfter(int value)
    {
        var (low, high) = (0, _ranges.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_ranges[middle].High < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static void AppendBmp(StringBuilder bmp, int low, int high)
    {
        if (low > high)
        {
            return;
        }

        bmp.Append(Escape(low));
        if (high > low)
        {
            bmp.Append('-').Append(Escape(high));
        }
    }

    // A range above U+FFFF as UTF-16: a high surrogate (range) followed by a low surrogate range.
    private static void AppendAstral(List<string> alternatives, int low, int high)
    {
        var (lowHigh, lowLow) = Split(low);
        var (highHigh, highLow) = Split(high);
        if (lowHigh == highHigh)
        {
            alternatives.Add($"{Escape(lowHigh)}[{Escape(lowLow)}-{Escape(highLow)}]");
            return;
        }

        alternatives.Add($"{Escape(lowHigh)}[{Escape(lowLow)}-{Escape(0xDFFF)}]");
        if (highHigh - lowHigh > 1)
        {
            alternatives.Add($"[{Escape(lowHigh + 1)}-{Escape(highHigh - 1)}][{Escape(0xDC00)}-{Escape(0xDFFF)}]");
        }

        alternatives.Add($"{Escape(highHigh)}[{Escape(0xDC00)}-{Escape(highLow)}]");
    }

    private static (int High, int Low) Split(int codePoint)
    {
        var offset = codePoint - 0x10000;
        return (0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF));
    }

    private static string Escape(int unit) => "\\u" + unit.ToString("X4", CultureInfo.InvariantCulture);
}
