using CsCheck;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Tests.Kubernetes;

/// <summary>Kubernetes' quantity grammar, limited to values it keeps as written, at a cost linear in the text.</summary>
public class QuantitiesTests
{
    [TestCase("2", "2")]
    [TestCase("100m", "100m")]
    [TestCase("1.5Gi", "1.5Gi")]
    [TestCase("+1.5Gi", "1.5Gi")]
    [TestCase("1.G", "1G")]
    [TestCase(".5", "0.5")]
    [TestCase("007.500", "7.5")]
    [TestCase("0", "0")]
    [TestCase("-0", "0")]
    [TestCase("0e99", "0")]
    [TestCase("1e3", "1e3")]
    [TestCase("1E+3", "1e3")]
    [TestCase("1000e-3", "1e0")]
    [TestCase("1n", "1n")]
    [TestCase("0.001Ki", "0.001Ki")]
    [TestCase("9223372036854775807", "9223372036854775807")]
    [TestCase("9223372036854775807.000000000", "9223372036854775807")]
    [TestCase("7Ei", "7Ei")]
    [TestCase("1e-9", "1e-9")]
    public void Accepts_what_Kubernetes_keeps_and_shortens_it_without_changing_its_value(string text, string normalized)
    {
        Quantities.TryParse(text, out var result, out var error).ShouldBeTrue(error);
        result.ShouldBe(normalized);
        new ResourceQuantity(result).ToDecimal().ShouldBe(new ResourceQuantity(text.TrimEnd('.')).ToDecimal());
    }

    [TestCase("", "resource quantity")]
    [TestCase(".", "resource quantity")]
    [TestCase("+", "resource quantity")]
    [TestCase("1K", "resource quantity")]
    [TestCase("1ki", "resource quantity")]
    [TestCase("1e", "resource quantity")]
    [TestCase("1e+", "resource quantity")]
    [TestCase("1e1.5", "resource quantity")]
    [TestCase("1 Gi", "resource quantity")]
    [TestCase("1.2.3", "resource quantity")]
    [TestCase("1e9223372036854775808", "64 bits")]
    [TestCase("1e2147483648", "larger than Kubernetes allows")]
    [TestCase("1e999999999", "larger than Kubernetes allows")]
    [TestCase("1e99999", "larger than Kubernetes allows")]
    [TestCase("9223372036854775808", "larger than Kubernetes allows")]
    [TestCase("9Ei", "larger than Kubernetes allows")]
    [TestCase("0.1n", "finer than Kubernetes keeps")]
    [TestCase("1e-10", "finer than Kubernetes keeps")]
    [TestCase("8Ei", "larger than Kubernetes allows")]
    [TestCase("0e99999999999999999999", "64 bits")]
    [TestCase("1e-2147483648", "finer than Kubernetes keeps")]
    [TestCase("1.0000000001", "finer than Kubernetes keeps")]
    [TestCase("-1", "must not be negative")]
    public void Refuses_with_the_reason(string text, string reason)
    {
        Quantities.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Test]
    public void A_huge_quantity_is_refused_and_shown_shortened()
    {
        var text = "1" + new string('0', 100_000);

        Quantities.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain("100001 characters");
        error.Length.ShouldBeLessThan(200);
    }

    [Test]
    public void Long_runs_of_zeros_that_keep_the_value_in_range_are_accepted_in_short_form()
    {
        Quantities.TryParse("1" + new string('0', 100_000) + "e-99999", out var normalized, out _).ShouldBeTrue();
        normalized.ShouldBe("1e1");
        Quantities.TryParse(new string('0', 100_000) + "1.5" + new string('0', 100_000) + "Mi", out normalized, out _).ShouldBeTrue();
        normalized.ShouldBe("1.5Mi");
    }

    [Test]
    public void Every_accepted_quantity_writes_as_a_canonical_form_that_is_accepted_with_the_same_value()
    {
        var suffixes = Gen.OneOf<string>(
            "",
            "n",
            "u",
            "m",
            "k",
            "M",
            "G",
            "T",
            "P",
            "E",
            "Ki",
            "Mi",
            "Gi",
            "Ti",
            "Pi",
            "Ei",
            "e3",
            "e-6",
            "E12"
        );
        Gen.Select(Gen.Long[0, 99_999_999], Gen.Int[0, 9], suffixes)
            .Sample(
                (mantissa, decimals, suffix) =>
                {
                    var digits = mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
                    var text = decimals == 0 ? digits + suffix : digits.Insert(digits.Length - decimals, ".") + suffix;
                    if (!Quantities.TryParse(text, out var normalized, out _))
                    {
                        return;
                    }

                    var written = new ResourceQuantity(normalized).ToString();
                    Quantities.TryParse(written, out var again, out var error).ShouldBeTrue($"{text} → {written}: {error}");
                    new ResourceQuantity(again).ToDecimal().ShouldBe(new ResourceQuantity(normalized).ToDecimal(), text);
                },
                iter: 5_000
            );
    }
}
