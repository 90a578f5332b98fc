using System;
using System.Text.RegularExpressions;

namespace HelmValues.Charts;

/// <summary>
/// A <c>pattern</c> or <c>patternProperties</c> regex with Go's syntax and meaning (see <see cref="GoRegexTranslator"/>),
/// compiled once into a thread-safe .NET <see cref="Regex"/>.
/// </summary>
/// <remarks>
/// Go's RE2 engine runs in linear time. .NET's non-backtracking engine does too, and handles everything Go accepts
/// except <c>\b</c>/<c>\B</c>, which become lookarounds; those, and patterns with large Unicode classes (which that engine
/// takes seconds to build), run on the backtracking engine. The match timeout bounds that case, and a timeout is
/// reported as a violation rather than thrown.
/// </remarks>
internal sealed class GoRegex
{
    /// <summary>How long one match may take.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex _regex;

    private GoRegex(string source, Regex regex)
    {
        Source = source;
        _regex = regex;
    }

    /// <summary>The pattern as written in the schema.</summary>
    public string Source { get; }

    /// <summary>Compiles <paramref name="pattern"/>, or returns null with the reason Go's <c>regexp.Compile</c> gives.</summary>
    public static GoRegex? TryCreate(string pattern, out string? error)
    {
        var translated = GoRegexTranslator.Translate(pattern, out var needsBacktracking, out error);
        if (translated is null)
        {
            return null;
        }

        var options = RegexOptions.CultureInvariant | (needsBacktracking ? RegexOptions.None : RegexOptions.NonBacktracking);
        try
        {
            return new GoRegex(pattern, new Regex(translated, options, MatchTimeout));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            // Go refuses very large expressions too ("expression too large"); the limits differ in detail.
            error = $"expression too large to compile ({exception.Message})";
            return null;
        }
    }

    /// <summary>Go's verdict on the syntax alone (the <c>regex</c> format): null when Go compiles it, else the reason.</summary>
    public static string? SyntaxError(string pattern)
    {
        GoRegexTranslator.Translate(pattern, out _, out var error);
        return error;
    }

    /// <summary>True when the pattern matches somewhere in <paramref name="input"/>; null when matching timed out.</summary>
    public bool? IsMatch(string input)
    {
        try
        {
            return _regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}
