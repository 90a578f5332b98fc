using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>Patterns mean what Go's regexp (RE2) makes of them, since that is what Helm's validator runs.</summary>
public class GoRegexTests
{
    private static bool Matches(string pattern, string input) =>
        (GoRegex.TryCreate(pattern, out var error) ?? throw new AssertionException(error!)).IsMatch(input)
        ?? throw new AssertionException("timed out");

    [TestCase("^abc$", "abc", true)]
    [TestCase("^abc$", "abc\n", false)]
    [TestCase("(?m)^abc$", "x\nabc\ny", true)]
    [TestCase("abc", "xxabcxx", true)]
    [TestCase(@"^\d+$", "123", true)]
    [TestCase(@"^\d+$", "١٢٣", false)]
    [TestCase(@"^\w+$", "héllo", false)]
    [TestCase(@"^\s$", "\u00a0", false)]
    [TestCase(@"^\s$", "\v", false)]
    [TestCase(@"^[[:space:]]$", "\v", true)]
    [TestCase("^.$", "\U0001F600", true)]
    [TestCase("^..$", "\U0001F600", false)]
    [TestCase("^[^a]$", "\U0001F600", true)]
    [TestCase("^[\U0001F600-\U0001F64F]$", "\U0001F610", true)]
    [TestCase("^.$", "\n", false)]
    [TestCase("(?s)^.$", "\n", true)]
    [TestCase("^[^a]$", "\n", true)]
    [TestCase("(?i)^k$", "\u212A", true)]
    [TestCase("(?i)^S$", "\u017F", true)]
    [TestCase("(?i)^i$", "\u0130", false)]
    [TestCase("(?i:a)b", "Ab", true)]
    [TestCase("(?i:a)b", "AB", false)]
    [TestCase("^[[:alpha:]]+$", "abcXYZ", true)]
    [TestCase("^[[:^digit:]]$", "a", true)]
    [TestCase(@"^\pL+$", "héllo", true)]
    [TestCase(@"^\p{Lu}$", "É", true)]
    [TestCase(@"^\PL$", "1", true)]
    [TestCase(@"^\p{^L}$", "1", true)]
    [TestCase(@"^\p{Any}$", "\U0001F600", true)]
    [TestCase(@"\Qa.b\E", "a.b", true)]
    [TestCase(@"\Qa.b\E", "axb", false)]
    [TestCase(@"^\Qab\E*$", "abbb", true)]
    [TestCase("^a{,3}$", "a{,3}", true)]
    [TestCase("^a{2}$", "aa", true)]
    [TestCase("^a{2,}$", "aaaa", true)]
    [TestCase("^a{01}$", "a{01}", true)]
    [TestCase(@"\bfoo\b", "a foo b", true)]
    [TestCase(@"\bfoo\b", "éfooé", true)]
    [TestCase(@"\Bfoo", "afoo", true)]
    [TestCase("^(?P<name>a)(?<other>b)$", "ab", true)]
    [TestCase(@"^\x41\x{1F600}\101$", "A\U0001F600A", true)]
    [TestCase(@"^\$\.\_$", "$._", true)]
    [TestCase("^]$", "]", true)]
    [TestCase("^[]a]+$", "]a", true)]
    [TestCase("^[a-]+$", "a-", true)]
    [TestCase("^$", "", true)]
    [TestCase("^*$", "", true)]
    [TestCase("(?U)a+", "aaa", true)]
    [TestCase(@"^\z", "", true)]
    [TestCase(@"\Aa", "ba", false)]
    public void Matching_follows_go(string pattern, string input, bool matches) => Matches(pattern, input).ShouldBe(matches);

    [TestCase("(?=a)", "invalid or unsupported Perl syntax")]
    [TestCase("(?!a)", "invalid or unsupported Perl syntax")]
    [TestCase("(?<=a)", "invalid named capture")]
    [TestCase("(a)\\1", "invalid escape sequence")]
    [TestCase("\\u0041", "invalid escape sequence")]
    [TestCase("\\Z", "invalid escape sequence")]
    [TestCase("\\C", "invalid escape sequence")]
    [TestCase("[\\b]", "invalid escape sequence")]
    [TestCase("\\8", "invalid escape sequence")]
    [TestCase("a\\", "trailing backslash")]
    [TestCase("a**", "invalid nested repetition operator")]
    [TestCase("a*+", "invalid nested repetition operator")]
    [TestCase("a{2}{3}", "invalid nested repetition operator")]
    [TestCase("*a", "missing argument to repetition operator")]
    [TestCase("(|*)", "missing argument to repetition operator")]
    [TestCase("a{1001}", "invalid repeat count")]
    [TestCase("a{3,2}", "invalid repeat count")]
    [TestCase("(a{10}){200}", "invalid repeat count")]
    [TestCase("((a{10}){10}){11}", "invalid repeat count")]
    [TestCase("(a", "missing closing )")]
    [TestCase("a)", "unexpected )")]
    [TestCase("[a", "missing closing ]")]
    [TestCase("[z-a]", "invalid character class range")]
    [TestCase("[[:foo:]]", "invalid character class range")]
    [TestCase("(?P<a-b>x)", "invalid named capture")]
    [TestCase("(?i-)", "invalid or unsupported Perl syntax")]
    [TestCase("\\p{Greek}", "not scripts")]
    [TestCase("\\p{Foo}", "unsupported character class")]
    public void Patterns_go_refuses_are_refused(string pattern, string message)
    {
        GoRegex.TryCreate(pattern, out var error).ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(message);
    }

    [TestCase("(a{10}){100}")]
    [TestCase("(a{0}){1000}")]
    [TestCase("(?i)(?-i)a")]
    [TestCase("(?)")]
    [TestCase("a{,}")]
    [TestCase("x*?y+?z??")]
    [TestCase("a(?i)*")]
    public void Patterns_go_accepts_are_accepted(string pattern) => GoRegex.TryCreate(pattern, out var error).ShouldNotBeNull(error);
}
