using CsCheck;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class GoDurationTests
{
    private const long Second = 1_000_000_000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;

    [TestCase(90 * 60_000L, "1h30m")]
    [TestCase(15 * 60_000L, "15m")]
    [TestCase(90_000L, "1m30s")]
    [TestCase(500L, "500ms")]
    [TestCase(1_500L, "1s500ms")]
    [TestCase(0L, "0s")]
    [TestCase(-300_000L, "-5m")]
    [TestCase(3_600_000L, "1h")]
    [TestCase(86_400_000L, "24h")]
    [TestCase(3_661_001L, "1h1m1s1ms")]
    public void Format_writes_compact_go_durations(long milliseconds, string expected)
    {
        GoDuration.Format(TimeSpan.FromMilliseconds(milliseconds)).ShouldBe(expected);
    }

    [TestCase(1L, "100ns")]
    [TestCase(10L, "1us")]
    [TestCase(12L, "1us200ns")]
    [TestCase(10_000L, "1ms")]
    [TestCase(10_012L, "1ms1us200ns")]
    [TestCase(-1L, "-100ns")]
    public void Format_writes_sub_millisecond_parts_in_us_and_ns(long ticks, string expected)
    {
        GoDuration.Format(TimeSpan.FromTicks(ticks)).ShouldBe(expected);
    }

    [Test]
    public void Format_writes_the_largest_go_duration()
    {
        GoDuration.Format(GoDuration.MaxValue).ShouldBe("2562047h47m16s854ms775us800ns");
        GoDuration.Format(GoDuration.MinValue).ShouldBe("-2562047h47m16s854ms775us800ns");
    }

    [Test]
    public void Format_refuses_durations_go_cannot_hold()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => GoDuration.Format(TimeSpan.MaxValue));
        Should.Throw<ArgumentOutOfRangeException>(() => GoDuration.Format(GoDuration.MaxValue + TimeSpan.FromTicks(1)));
        Should.Throw<ArgumentOutOfRangeException>(() => GoDuration.Format(TimeSpan.MinValue));
    }

    // Go's own time.ParseDuration test table (time_test.go), as facts about Go's behaviour.
    [TestCase("0", 0L)]
    [TestCase("5s", 5 * Second)]
    [TestCase("30s", 30 * Second)]
    [TestCase("1478s", 1478 * Second)]
    [TestCase("-5s", -5 * Second)]
    [TestCase("+5s", 5 * Second)]
    [TestCase("-0", 0L)]
    [TestCase("+0", 0L)]
    [TestCase("5.0s", 5 * Second)]
    [TestCase("5.6s", 5 * Second + 600_000_000)]
    [TestCase("5.s", 5 * Second)]
    [TestCase(".5s", 500_000_000L)]
    [TestCase("1.0s", Second)]
    [TestCase("1.00s", Second)]
    [TestCase("1.004s", Second + 4_000_000)]
    [TestCase("1.0040s", Second + 4_000_000)]
    [TestCase("100.00100s", 100 * Second + 1_000_000)]
    [TestCase("10ns", 10L)]
    [TestCase("11us", 11_000L)]
    [TestCase("12\u00B5s", 12_000L)]
    [TestCase("12\u03BCs", 12_000L)]
    [TestCase("13ms", 13_000_000L)]
    [TestCase("14s", 14 * Second)]
    [TestCase("15m", 15 * Minute)]
    [TestCase("16h", 16 * Hour)]
    [TestCase("3h30m", 3 * Hour + 30 * Minute)]
    [TestCase("10.5s4m", 4 * Minute + 10 * Second + 500_000_000)]
    [TestCase("-2m3.4s", -(2 * Minute + 3 * Second + 400_000_000))]
    [TestCase("1h2m3s4ms5us6ns", Hour + 2 * Minute + 3 * Second + 4_000_000 + 5_000 + 6)]
    [TestCase("39h9m14.425s", 39 * Hour + 9 * Minute + 14 * Second + 425_000_000)]
    [TestCase("52763797000ns", 52763797000L)]
    [TestCase("0.3333333333333333333h", 20 * Minute)]
    [TestCase("9007199254740993ns", (1L << 53) + 1)]
    [TestCase("9223372036854775807ns", long.MaxValue)]
    [TestCase("9223372036854775.807us", long.MaxValue)]
    [TestCase("9223372036s854ms775us807ns", long.MaxValue)]
    [TestCase("-9223372036854775808ns", long.MinValue)]
    [TestCase("-9223372036854775.808us", long.MinValue)]
    [TestCase("-9223372036s854ms775us808ns", long.MinValue)]
    [TestCase("-2562047h47m16.854775808s", long.MinValue)]
    [TestCase("0.100000000000000000000h", 6 * Minute)]
    [TestCase("0.830103483285477580700h", 49 * Minute + 48 * Second + 372_539_827)]
    public void Parses_what_go_parses_to_the_same_nanoseconds(string text, long nanoseconds)
    {
        GoDuration.TryParseNanoseconds(text, out var value, out var error).ShouldBeTrue(error);
        value.ShouldBe(nanoseconds);
    }

    // Go's parseDurationErrorTests, plus a few of ours.
    [TestCase("")]
    [TestCase("3")]
    [TestCase("-")]
    [TestCase("s")]
    [TestCase(".")]
    [TestCase("-.")]
    [TestCase(".s")]
    [TestCase("+.s")]
    [TestCase("1d")]
    [TestCase("\u0085\u0085")]
    [TestCase("\uFFFD")]
    [TestCase("\uFFFD hello \uFFFD world")]
    [TestCase("9223372036854775810ns")]
    [TestCase("9223372036854775808ns")]
    [TestCase("-9223372036854775809ns")]
    [TestCase("9223372036854776us")]
    [TestCase("3000000h")]
    [TestCase("9223372036854775.808us")]
    [TestCase("9223372036854ms775us808ns")]
    [TestCase(" 1s")]
    [TestCase("1s ")]
    [TestCase("1 s")]
    [TestCase("1S")]
    [TestCase("1H")]
    [TestCase("1sec")]
    [TestCase("1e3s")]
    [TestCase("1.5.5s")]
    [TestCase("1h-5m")]
    [TestCase("--1s")]
    [TestCase("0x10s")]
    [TestCase("1,5s")]
    [TestCase("5 minutes")]
    [TestCase("1\u00B5")]
    public void Refuses_what_go_refuses(string text)
    {
        GoDuration.TryParseNanoseconds(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrEmpty();
        GoDuration.TryParse(text, out _).ShouldBeFalse();
    }

    [TestCase("1h30m", 90 * 60L)]
    [TestCase("1.5h", 90 * 60L)]
    [TestCase("90m", 90 * 60L)]
    [TestCase("-1m30s", -90L)]
    [TestCase("0s", 0L)]
    public void TryParse_returns_a_TimeSpan(string text, long seconds)
    {
        GoDuration.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [TestCase("1ns")]
    [TestCase("150ns")]
    [TestCase("1.00000001s")]
    [TestCase("9223372036854775807ns")]
    public void TryParse_refuses_durations_that_are_not_whole_ticks(string text)
    {
        GoDuration.TryParse(text, out _, out var error).ShouldBeFalse();
        error!.ShouldContain("100-nanosecond");
    }

    [Test]
    public void TryParse_refuses_null()
    {
        GoDuration.TryParse(null, out _).ShouldBeFalse();
    }

    [Test]
    public void Format_then_parse_gives_back_the_same_TimeSpan()
    {
        Gen.Long[GoDuration.MinValue.Ticks, GoDuration.MaxValue.Ticks]
            .Select(TimeSpan.FromTicks)
            .Sample(
                value =>
                {
                    var text = GoDuration.Format(value);
                    return GoDuration.TryParse(text, out var parsed) && parsed == value;
                },
                iter: 10_000
            );
    }

    [Test]
    public void Format_of_small_durations_parses_back_too()
    {
        Gen.Long[-10_000_000_000, 10_000_000_000]
            .Select(TimeSpan.FromTicks)
            .Sample(value => GoDuration.TryParse(GoDuration.Format(value), out var parsed) && parsed == value, iter: 10_000);
    }
}
