using HelmValues.Charts;

namespace HelmValues.Tests.Charts;

/// <summary>Numbers compare exactly, as Helm's validator compares them (big.Rat), not as doubles.</summary>
public class JsonDecimalTests
{
    private static JsonDecimal D(string text) => JsonDecimal.TryParse(text, out var value) ? value : throw new AssertionException(text);

    [TestCase("1", "1.0")]
    [TestCase("100", "1e2")]
    [TestCase("0.5", "5e-1")]
    [TestCase("-0", "0")]
    [TestCase("0.000", "0")]
    [TestCase("12.3400", "1234e-2")]
    public void Equal_values_are_equal(string a, string b)
    {
        D(a).ShouldBe(D(b));
        D(a).GetHashCode().ShouldBe(D(b).GetHashCode());
    }

    [TestCase("1", "2", -1)]
    [TestCase("-1", "-2", 1)]
    [TestCase("0.1", "0.09", 1)]
    [TestCase("9223372036854775807", "9223372036854776000", -1)]
    [TestCase("1e100000000", "1", 1)]
    [TestCase("-1e-100000000", "0", -1)]
    [TestCase("1e21", "999999999999999999999", 1)]
    public void Comparison_is_exact(string a, string b, int sign) => Math.Sign(D(a).CompareTo(D(b))).ShouldBe(sign);

    [TestCase("0.07", "0.01", true)]
    [TestCase("0.075", "0.01", false)]
    [TestCase("1e300", "3", false)]
    [TestCase("3e300", "3", true)]
    [TestCase("0", "0.3", true)]
    [TestCase("0.3", "0.1", true)]
    [TestCase("10", "0.0001", true)]
    [TestCase("1", "1e-100000000", true)]
    [TestCase("1e-5", "1e-4", false)]
    public void Multiple_of_is_exact(string value, string divisor, bool multiple) => D(value).IsMultipleOf(D(divisor)).ShouldBe(multiple);

    [TestCase(0.1, "0.1")]
    [TestCase(1e21, "1e+21")]
    [TestCase(123456789012345680.0, "123456789012345680")]
    [TestCase(9223372036854775807.0, "9223372036854776000")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.00001, "1e-05")]
    [TestCase(-2.5, "-2.5")]
    public void Doubles_are_the_shortest_decimal_that_reads_back(double value, string text) =>
        JsonDecimal.FromDouble(value).ToString().ShouldBe(text);

    [TestCase("")]
    [TestCase("-")]
    [TestCase("1e")]
    [TestCase("1x")]
    [TestCase("1e2000000000")]
    public void Non_numbers_do_not_parse(string text) => JsonDecimal.TryParse(text, out _).ShouldBeFalse();
}
