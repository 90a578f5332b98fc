using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HelmValues.Charts;

/// <summary>
/// The Unicode data Go's regexp uses for <c>\p{...}</c> classes and <c>(?i)</c>, built from .NET's own tables the first
/// time a pattern needs them (one pass over the code points, a few milliseconds).
/// </summary>
/// <remarks>
/// .NET knows general categories but not scripts, so <c>\p{Greek}</c> and the like are refused (see
/// <see cref="TryGetClass"/>). The Unicode versions of Go and .NET may differ for recently assigned characters.
/// </remarks>
internal static class UnicodeTables
{
    private static readonly Lazy<CodePointSet[]> Categories = new(BuildCategories);
    private static readonly Lazy<KeyValuePair<int, int[]>[]> Orbits = new(BuildOrbits);

    // Go's unicode.Categories: the two-letter categories and the one-letter groups (C is Cc|Cf|Co|Cs: no Cn).
    private static readonly Dictionary<string, UnicodeCategory[]> Names = new(StringComparer.Ordinal)
    {
        ["Lu"] = [UnicodeCategory.UppercaseLetter],
        ["Ll"] = [UnicodeCategory.LowercaseLetter],
        ["Lt"] = [UnicodeCategory.TitlecaseLetter],
        ["Lm"] = [UnicodeCategory.ModifierLetter],
        ["Lo"] = [UnicodeCategory.OtherLetter],
        ["Mn"] = [UnicodeCategory.NonSpacingMark],
        ["Mc"] = [UnicodeCategory.SpacingCombiningMark],
        ["Me"] = [UnicodeCategory.EnclosingMark],
        ["Nd"] = [UnicodeCategory.DecimalDigitNumber],
        ["Nl"] = [UnicodeCategory.LetterNumber],
        ["No"] = [UnicodeCategory.OtherNumber],
        ["Zs"] = [UnicodeCategory.SpaceSeparator],
        ["Zl"] = [UnicodeCategory.LineSeparator],
        ["Zp"] = [UnicodeCategory.ParagraphSeparator],
        ["Cc"] = [UnicodeCategory.Control],
        ["Cf"] = [UnicodeCategory.Format],
        ["Cs"] = [UnicodeCategory.Surrogate],
        ["Co"] = [UnicodeCategory.PrivateUse],
        ["Pc"] = [UnicodeCategory.ConnectorPunctuation],
        ["Pd"] = [UnicodeCategory.DashPunctuation],
        ["Ps"] = [UnicodeCategory.OpenPunctuation],
        ["Pe"] = [UnicodeCategory.ClosePunctuation],
        ["Pi"] = [UnicodeCategory.InitialQuotePunctuation],
        ["Pf"] = [UnicodeCategory.FinalQuotePunctuation],
        ["Po"] = [UnicodeCategory.OtherPunctuation],
        ["Sm"] = [UnicodeCategory.MathSymbol],
        ["Sc"] = [UnicodeCategory.CurrencySymbol],
        ["Sk"] = [UnicodeCategory.ModifierSymbol],
        ["So"] = [UnicodeCategory.OtherSymbol],
        ["L"] =
        [
            UnicodeCategory.UppercaseLetter,
            UnicodeCategory.LowercaseLetter,
            UnicodeCategory.TitlecaseLetter,
            UnicodeCategory.ModifierLetter,
            UnicodeCategory.OtherLetter,
        ],
        ["M"] = [UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark],
        ["N"] = [UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber],
        ["Z"] = [UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator],
        ["C"] = [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.PrivateUse, UnicodeCategory.Surrogate],
        ["P"] =
        [
            UnicodeCategory.ConnectorPunctuation,
            UnicodeCategory.DashPunctuation,
            UnicodeCategory.OpenPunctuation,
            UnicodeCategory.ClosePunctuation,
            UnicodeCategory.InitialQuotePunctuation,
            UnicodeCategory.FinalQuotePunctuation,
            UnicodeCategory.OtherPunctuation,
        ],
        ["S"] = [UnicodeCategory.MathSymbol, UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol],
    };

    /// <summary>
    /// Every code point with other case forms, with those forms (its case-folding orbit without itself), in code point
    /// order: what Go's <c>unicode.SimpleFold</c> walks through.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<int, int[]>> FoldOrbits => Orbits.Value;

    /// <summary>
    /// The code points of the Go class name <paramref name="name"/> (<c>L</c>, <c>Lu</c>, <c>Any</c>). False for a script
    /// name, which .NET has no data for, and for names Go does not know.
    /// </summary>
    public static bool TryGetClass(string name, out CodePointSet set)
    {
        set = new CodePointSet();
        if (name == "Any")
        {
            set.Add(0, CodePointSet.MaxCodePoint);
            return true;
        }

        if (!Names.TryGetValue(name, out var categories))
        {
            return false;
        }

        foreach (var category in categories)
        {
            set.Add(Categories.Value[(int)category]);
        }

        return true;
    }

    private static CodePointSet[] BuildCategories()
    {
        var ranges = new List<(int Low, int High)>[Enum.GetValues<UnicodeCategory>().Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = [];
        }

        var start = 0;
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        for (var codePoint = 1; codePoint <= CodePointSet.MaxCodePoint + 1; codePoint++)
        {
            var category = codePoint <= CodePointSet.MaxCodePoint ? CharUnicodeInfo.GetUnicodeCategory(codePoint) : (UnicodeCategory)(-1);
            if (category != current)
            {
                ranges[(int)current].Add((start, codePoint - 1));
                start = codePoint;
                current = category;
            }
        }

        var sets = new CodePointSet[ranges.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = new CodePointSet();
            foreach (var (low, high) in ranges[i])
            {
                sets[i].Add(low, high);
            }
        }

        return sets;
    }

    // Groups code points by a key every case form shares (lower of upper): k, K and the Kelvin sign K; s, S and ſ.
    private static KeyValuePair<int, int[]>[] BuildOrbits()
    {
        var groups = new Dictionary<int, List<int>>();
        for (var codePoint = 0; codePoint <= CodePointSet.MaxCodePoint; codePoint++)
        {
            // Surrogates are no code points; the Turkish dotted and dotless i have no simple folding in Unicode, so
            // Go keeps them out of the i orbit (.NET's invariant casing would put them in).
            if (codePoint is >= 0xD800 and <= 0xDFFF or 0x130 or 0x131)
            {
                continue;
            }

            var rune = new Rune(codePoint);
            var upper = Rune.ToUpperInvariant(rune);
            var lower = Rune.ToLowerInvariant(rune);
            if (upper == rune && lower == rune)
            {
                continue;
            }

            var key = Rune.ToLowerInvariant(upper).Value;
            if (key is 0x130 or 0x131 || upper.Value is 0x130 or 0x131 || lower.Value is 0x130 or 0x131)
            {
                continue;
            }

            AddTo(groups, key, codePoint);
            AddTo(groups, key, upper.Value);
            AddTo(groups, key, lower.Value);
        }

        var orbits = new SortedDictionary<int, int[]>();
        foreach (var members in groups.Values)
        {
            foreach (var member in members)
            {
                orbits[member] = members.FindAll(m => m != member).ToArray();
            }
        }

        return [.. orbits];
    }

    private static void AddTo(Dictionary<int, List<int>> groups, int key, int member)
    {
        if (!groups.TryGetValue(key, out var members))
        {
            groups[key] = members = [];
        }

        if (!members.Contains(member))
        {
            members.Add(member);
        }
    }
}
